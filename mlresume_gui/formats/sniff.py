"""What a file really is, from its first bytes (and a zip's directory), whatever its name says.

:func:`sniff` returns a :class:`Kind`: ``reader`` is the registry reader name that fits the content
("pdf", "docx", "text", "json") or "" when none does, and ``label`` describes it in plain words
for messages such as "not a PDF file despite its name (it looks like a Word document)".
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

HEAD_BYTES = 8192
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
)
_ARCHIVES = (
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program (executable)"),
    (b"MZ", "a Windows program"),
)


# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def bom_encoding(head: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when ``head`` starts with a byte-order mark; else None."""
    for mark, codec in BOMS:
        if head.startswith(mark):
            return codec, len(mark)
    return None


def decode_bom(data: bytes) -> str | None:
    """The text of ``data`` when it starts with a UTF-8, UTF-16 or UTF-32 byte-order mark (the
    mark itself dropped; in UTF-16/32 a broken character becomes U+FFFD); None without a mark
    (or for UTF-8 with a mark but bytes that are not UTF-8)."""
    found = bom_encoding(data)
    if found is None:
        return None
    codec, skip = found
    if codec == "utf-8":  # strict: the caller's own fallback (or reason) handles bad bytes
        try:
            return data[skip:].decode(codec)
        except UnicodeDecodeError:
            return None
    return data[skip:].decode(codec, "replace")


@dataclass(frozen=True)
class Kind:
    """The content type found: ``reader`` ("" if none fits), a label, and an optional hint."""

    reader: str
    label: str
    hint: str = ""


def sniff(path: str | Path) -> Kind:
    """Look at a file's content (reads at most the head, or a zip's central directory)."""
    p = Path(path)
    with open(p, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    if b"%PDF-" in head[:1024]:
        return Kind("pdf", "a PDF document")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(p)
    if head.startswith(_OLE):
        return _ole_kind(p)
    if head.lstrip().startswith(b"{\\rtf"):
        return Kind("", "an RTF document", "save it as .docx or PDF and import that")
    for magic, label in _IMAGES + _ARCHIVES:
        if head.startswith(magic):
            hint = "a scanned resume needs a PDF with a text layer" if "image" in label else ""
            return Kind("", label, hint)
    if not looks_textual(head):
        return Kind("", "binary data")
    marked = bom_encoding(head)
    if marked is not None and marked[0] != "utf-8":
        body = (decode_bom(head) or "").lstrip(" \t\r\n").encode("utf-8", "replace")
    else:
        body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body[:1] in (b"{", b"["):
        return Kind("json", "JSON text")
    if body[:20].lower().startswith((b"<!doctype html", b"<html")):
        return Kind("", "a web page (HTML)", "save it as PDF and import that")
    return Kind("text", "plain text")


def looks_textual(head: bytes) -> bool:
    """True when a file's first bytes look like text (UTF-8, Latin-1, or UTF-16/32 with a BOM)."""
    if bom_encoding(head) is not None:
        return True
    if not head:
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if (b < 0x20 and b not in b"\t\n\r\f\v\x1b") or b == 0x7F)
    return controls <= max(2, len(head) // 100)


def _zip_kind(path: Path) -> Kind:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        return Kind("docx-damaged", "a damaged zip archive")
    tops = {n.split("/", 1)[0] for n in names}
    if "word" in tops:
        return Kind("docx", "a Word document")
    if "ppt" in tops:
        return Kind("", "a PowerPoint presentation", "save it as PDF and import that")
    if "xl" in tops:
        return Kind("", "an Excel workbook")
    if b"opendocument.text" in mimetype:
        return Kind("", "an OpenDocument text file", "save it as .docx and import that")
    return Kind("", "a zip archive")


def _ole_kind(path: Path) -> Kind:
    data = path.read_bytes()
    if _ENCRYPTION_INFO in data:
        return Kind("docx-encrypted", "a password-protected Office document")
    return Kind("", "an old-style Word/Office file (.doc, 97-2003)", "save it as .docx in Word and import that")
