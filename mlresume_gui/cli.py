"""The command line: ``mlresume [FILE]``, ``mlresume convert``, ``mlresume score``, ``mlresume match``.

Headless commands never import Qt widgets. Exit codes: 0 success, 2 usage error, 3 input that
cannot be read, 4 output that cannot be written. Failures print one line on stderr, no traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .formats.errors import ReadError, WriteError, collecting_notes, damage_reason, note, one_line

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT = 0, 2, 3, 4
FORMATS = ("json-resume", "mlresume", "docx", "pdf", "markdown", "text")
TARGETS = ("research", "infra", "applied")
SUBCOMMANDS = ("convert", "score", "match")


if TYPE_CHECKING:
    import argparse


def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse's parser, reporting usage errors in one line with exit code 2 (argparse is
    imported here: opening the editor never parses a command)."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

    return _Parser


def _fail(code: int, message: str) -> int:
    _say(message)
    return code


def _say(message: str) -> None:
    """One line on stderr, whatever the message holds (newlines, escape codes) and whatever
    stderr can encode."""
    line = f"mlresume: {one_line(message)}\n"
    stream = sys.stderr
    try:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        line = line.encode(encoding, "backslashreplace").decode(encoding)
        stream.write(line)
        stream.flush()
    except (OSError, ValueError, LookupError):
        pass  # nowhere left to say it


def build_parser() -> argparse.ArgumentParser:
    """The full parser (subcommands); ``mlresume FILE`` is handled before it."""
    from . import __version__  # looked up lazily: the editor's start-up never needs it

    _Parser = _parser_class()
    parser = _Parser(
        prog="mlresume",
        description="Offline resume editor for ML engineers. Without a command, opens the editor "
        "on FILE, else on the last document, else on the bundled sample resume.",
        epilog="Exit codes: 0 ok, 2 usage error, 3 unreadable input, 4 unwritable output.",
    )
    parser.add_argument("--version", action="version", version=f"mlresume {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    conv = sub.add_parser("convert", help="convert a resume to another format")
    conv.add_argument("input", metavar="INPUT", help="any importable file (.mlresume, .json, .pdf, .docx, .txt, .md)")
    conv.add_argument("--format", "-f", required=True, choices=FORMATS, help="output format")
    conv.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout for text formats)")
    conv.add_argument("--variant", metavar="NAME", help="export this variant instead of the base resume")
    conv.add_argument("--template", metavar="NAME", help="template for docx and pdf (classic, compact)")
    conv.add_argument("--text-only", action="store_true",
                      help="read only what INPUT shows, as an applicant tracking system would "
                      "(ignore MLResume data embedded in an exported PDF or Word file)")
    conv.add_argument("--no-embed", action="store_true",
                      help="do not embed MLResume data in docx and pdf output")

    score = sub.add_parser("score", help="score a resume's bullets and fit")
    score.add_argument("input", metavar="INPUT", help="any importable file")
    score.add_argument("--target", choices=TARGETS, help="archetype to score against")
    score.add_argument("--format", "-f", choices=("json", "text"), default="text", help="report format")

    match = sub.add_parser("match", help="match a resume to a job description")
    match.add_argument("resume", metavar="RESUME", help="any importable resume file")
    match.add_argument("jd", metavar="JD", help="the job description (.txt, .md, .html, .pdf, .docx)")
    match.add_argument("--format", "-f", choices=("json", "text"), default="text", help="report format")
    return parser


def _read(path: str, text_only: bool = False):  # -> Resume
    """Read INPUT; the reader's one-line notes (embedded data used or not) go to stderr."""
    from .formats.registry import read_import

    result = read_import(path, text_only=text_only)
    for line in result.notes:
        _say(f"{path}: {line}")
    return result.resume


def _write_output(data: str | bytes, output: str | None) -> int:
    if output is None or output == "-":
        if isinstance(data, bytes):
            return _fail(EXIT_USAGE, "binary formats need an output file: add -o OUT")
        _write_stdout(data)
        return EXIT_OK
    from .formats.atomic import write_bytes_atomic

    write_bytes_atomic(output, data if isinstance(data, bytes) else data.encode("utf-8", "replace"))
    return EXIT_OK


def _write_stdout(text: str) -> None:
    """Text to standard output in its encoding; what it cannot encode becomes "?" (noted)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        raw = text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        encoding = encoding if _codec_exists(encoding) else "utf-8"
        raw = text.encode(encoding, "replace")
        note(f"standard output uses {encoding}: characters it cannot show were replaced by \"?\"")
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(raw.decode(encoding))
        else:
            sys.stdout.flush()
            buffer.write(raw)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _silence_stdout()  # what is still buffered would fail again at exit
        raise WriteError(f"cannot write to standard output: {exc.strerror or exc}") from None


def _codec_exists(encoding: str) -> bool:
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def cmd_convert(args: argparse.Namespace) -> int:
    from .formats.registry import writer_for

    writer = writer_for(args.format)
    if args.output == "":
        return _fail(EXIT_USAGE, "the output file name is empty")
    if writer.binary and not args.output:
        return _fail(EXIT_USAGE, f"{args.format} output needs an output file: add -o OUT")
    resume = _read(args.input, text_only=args.text_only)
    options: dict[str, object] = {
        k: v for k, v in (("variant", args.variant), ("template", args.template)) if v}
    if args.no_embed:
        options["embed"] = False
    try:
        data = writer.dump(resume, **options)
    except (ReadError, WriteError):
        raise
    except UnicodeError as exc:
        raise WriteError(f"cannot write {args.format}: it holds text that cannot be encoded "
                         f"({exc.reason})", args.output) from None
    except (KeyError, ValueError) as exc:  # an unknown variant or template, a bad template file
        return _fail(EXIT_USAGE, str(exc.args[0] if exc.args else exc))
    except Exception as exc:  # an exporter's fault must still end in one line
        raise WriteError(f"cannot write {args.format}: the exporter failed ({damage_reason(exc)})",
                         args.output) from None
    return _write_output(data, args.output)


def cmd_score(args: argparse.Namespace) -> int:
    from .scoring.report import render_text, score_report

    resume = _read(args.input)
    report = score_report(resume, args.target)
    if args.format == "json":
        out = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    else:
        out = render_text(report)
    return _write_output(out, None)


def cmd_match(args: argparse.Namespace) -> int:
    from .matching import analyse, match_resume, read_posting
    from .matching.report import render_text as render_match

    resume = _read(args.resume)
    result = match_resume(resume, analyse(read_posting(args.jd)))
    if args.format == "json":
        out = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        out = render_match(result)
    return _write_output(out, None)


def main(argv: list[str] | None = None, open_editor: Callable[[str | None], int] | None = None) -> int:
    """Entry point of the ``mlresume`` command.

    Without a command, ``open_editor(FILE or None)`` opens the window: the caller above this
    layer (``mlresume_gui.__main__``) passes it in, so the command line never imports the GUI.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        if len(argv) > 1:
            return _fail(EXIT_USAGE, f"unknown command {argv[0]!r} (see mlresume --help)")
        file = argv[0] if argv else None
        if file is not None and not Path(file).exists():
            return _fail(EXIT_INPUT, f"{file}: no such file")
        if open_editor is None:
            return _fail(EXIT_USAGE, "no command given (see mlresume --help)")
        return open_editor(file)
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _fail(EXIT_USAGE, "nothing to do (see mlresume --help)")
    handler = {"convert": cmd_convert, "score": cmd_score, "match": cmd_match}[args.command]
    try:
        with collecting_notes() as notes:
            code = handler(args)
    except ReadError as exc:
        return _fail(EXIT_INPUT, str(exc))
    except WriteError as exc:
        return _fail(EXIT_OUTPUT, str(exc))
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    for line in notes:
        _say(f"note: {line}")
    return code


def _silence_stdout() -> None:
    """After the reader of our output went away, point stdout at devnull so the interpreter's
    final flush does not complain (the documented recipe for SIGPIPE)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
