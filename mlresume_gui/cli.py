"""The command line: ``mlresume [FILE]``, ``mlresume convert``, ``mlresume score``.

Headless commands never import Qt widgets. Exit codes: 0 success, 2 usage error, 3 input that
cannot be read, 4 output that cannot be written. Failures print one line on stderr, no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from .formats.errors import ReadError, WriteError

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT = 0, 2, 3, 4
FORMATS = ("json-resume", "mlresume", "docx", "pdf", "markdown", "text")
TARGETS = ("research", "infra", "applied")
SUBCOMMANDS = ("convert", "score")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _fail(code: int, message: str) -> int:
    print(f"mlresume: {message}", file=sys.stderr)
    return code


def build_parser() -> argparse.ArgumentParser:
    """The full parser (subcommands); ``mlresume FILE`` is handled before it."""
    from . import __version__  # looked up lazily: the editor's start-up never needs it

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
    return parser


def _read(path: str, text_only: bool = False):  # -> Resume
    """Read INPUT; the reader's one-line notes (embedded data used or not) go to stderr."""
    from .formats.registry import read_import

    result = read_import(path, text_only=text_only)
    for note in result.notes:
        print(f"mlresume: {path}: {note}", file=sys.stderr)
    return result.resume


def _write_output(data: str | bytes, output: str | None) -> int:
    if output is None or output == "-":
        if isinstance(data, bytes):
            return _fail(EXIT_USAGE, "binary formats need an output file: add -o OUT")
        sys.stdout.write(data)
        sys.stdout.flush()
        return EXIT_OK
    from .formats.atomic import write_bytes_atomic

    write_bytes_atomic(output, data if isinstance(data, bytes) else data.encode("utf-8"))
    return EXIT_OK


def cmd_convert(args: argparse.Namespace) -> int:
    from .formats.registry import writer_for

    writer = writer_for(args.format)
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
    except (KeyError, ValueError) as exc:
        return _fail(EXIT_USAGE, str(exc.args[0] if exc.args else exc))
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
    handler = {"convert": cmd_convert, "score": cmd_score}[args.command]
    try:
        return handler(args)
    except ReadError as exc:
        return _fail(EXIT_INPUT, str(exc))
    except WriteError as exc:
        return _fail(EXIT_OUTPUT, str(exc))
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
