"""User-facing errors of reading and writing files: one clear line, never a traceback."""

from __future__ import annotations


class ReadError(Exception):
    """An input that cannot be read; ``str(err)`` is the one-line reason shown to the user."""

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {reason}" if path else reason)


class WriteError(Exception):
    """An output that cannot be written; ``str(err)`` is the one-line reason."""

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {reason}" if path else reason)


# What a parser's exception says about the file, in plain words, by the exception's class name (so
# this module imports no parser); the class name stays in the message for reports.
DAMAGE_REASONS = {
    "PSEOF": "it ends too early (cut short?)",
    "PDFEOFError": "it ends too early (cut short?)",
    "PSSyntaxError": "its internal structure is broken",
    "PDFSyntaxError": "its internal structure is broken",
    "PDFObjectNotFound": "it refers to parts that are missing",
    "PDFNoValidXRef": "its table of contents (xref) is broken",
    "PDFTypeError": "an internal object has the wrong type",
    "PDFValueError": "an internal object has an impossible value",
    "PDFFontError": "a font in it is broken",
    "CorruptDataError": "its compressed data is broken",
    "XMLSyntaxError": "its XML is not well-formed",
    "BadZipFile": "its zip archive is broken",
    "PackageNotFoundError": "it is not a Word package",
}


def damage_reason(exc: BaseException) -> str:
    """``it ends too early (cut short?) (PSEOF)``: what a parser's exception says about the file."""
    name = type(exc).__name__
    return f"{DAMAGE_REASONS.get(name, 'it could not be parsed')} ({name})"


def damaged(description: str, exc: BaseException) -> ReadError:
    """The ReadError for a parser's exception on a damaged file: ``damaged PDF file: …``."""
    return ReadError(f"damaged {description}: {damage_reason(exc)}")
