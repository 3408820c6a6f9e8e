"""Limits checked before (and while) reading an input: sizes, archive shape, pages, characters.

Every check raises :class:`ReadError` with one plain line. The numbers are deliberately generous
for resumes (a resume is a few pages and a few hundred kilobytes) and tight for attacks (zip bombs,
entity tricks, endless page trees). The time and memory limits are enforced by ``sandbox``.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from .errors import ReadError

MB = 1024 * 1024

# Whole-file size limits, by reader kind (anything else: MAX_INPUT_BYTES).
MAX_INPUT_BYTES = 25 * MB
MAX_BYTES_BY_KIND = {"pdf": 25 * MB, "docx": 25 * MB, "text": 2 * MB, "json": 10 * MB, "mlresume": 10 * MB}

# Running a reader (see sandbox.py). 8 s of parsing keeps the whole answer, start-up and checks
# included, within the 10 s promise.
READ_TIME_LIMIT_S = 8.0
READ_MEMORY_LIMIT_BYTES = 1024 * MB

# PDF.
MAX_PDF_PAGES = 30
MAX_PDF_CHARS = 300_000

# JSON Resume and .mlresume: values in the parsed document (a real resume holds a few thousand;
# 2,000 bullets in 100 entries, the editor's own stress case, 6,500 in the native format).
MAX_JSON_VALUES = 50_000

MAX_REF_HOPS = 32  # references followed in a row before a PDF object graph counts as a loop

# DOCX (a zip archive): checked from the central directory before anything is inflated.
MAX_ZIP_MEMBERS = 1000
MAX_ZIP_MEMBER_BYTES = 64 * MB
MAX_ZIP_TOTAL_BYTES = 160 * MB
MAX_ZIP_RATIO = 150  # uncompressed / compressed, for members over ZIP_RATIO_FLOOR bytes
ZIP_RATIO_FLOOR = 2 * MB
MAX_XML_PROLOG = 4096  # bytes of each XML part read to look for a DTD

_REL_OFFICE_DOCUMENT = "relationships/officeDocument"


def max_bytes(kind: str) -> int:
    """The size limit for a reader kind ("pdf", "docx", "text", "json", "mlresume")."""
    return MAX_BYTES_BY_KIND.get(kind, MAX_INPUT_BYTES)


def check_size(size: int, kind: str) -> None:
    """Refuse an empty file or one over the limit for its kind."""
    if size == 0:
        raise ReadError("the file is empty")
    limit = max_bytes(kind)
    if size > limit:
        raise ReadError(
            f"file too large ({size / MB:.1f} MB; the limit for this type is {limit // MB} MB)"
        )


def check_page_count(pages: int) -> None:
    """Refuse a PDF with more pages than a resume import reads."""
    if pages > MAX_PDF_PAGES:
        raise ReadError(f"the PDF has {pages} pages; a resume import reads at most {MAX_PDF_PAGES}")


class CharBudget:
    """Counts characters as an importer extracts them; raises once a document holds too many."""

    def __init__(self, limit: int = MAX_PDF_CHARS) -> None:
        self.limit = limit
        self.used = 0

    def add(self, count: int) -> None:
        self.used += count
        if self.used > self.limit:
            raise ReadError(
                f"the document holds more than {self.limit:,} characters of text; "
                "that is not a resume MLResume can import"
            )


def check_json_values(data: object, what: str = "document", limit: int | None = None) -> None:
    """Refuse parsed JSON holding more than ``limit`` values (MAX_JSON_VALUES), naming the
    longest list in it; one pass, no recursion, and it stops as soon as the count is over."""
    limit = MAX_JSON_VALUES if limit is None else limit
    count = 0
    longest, longest_path = 0, ""
    stack: list[tuple[object, str]] = [(data, "")] if type(data) is dict or type(data) is list else []
    while stack:
        value, path = stack.pop()
        count += len(value)  # type: ignore[arg-type]
        if isinstance(value, list) and len(value) > longest:
            longest, longest_path = len(value), path
        if count > limit:
            where = f"; {longest_path or 'the top level'} alone holds {longest:,} items" if longest > limit // 10 else ""
            raise ReadError(f"not a resume MLResume can import: the {what} holds more than {limit:,} "
                            f"values{where}")
        if isinstance(value, dict):
            stack.extend((v, f"{path}.{k}" if path else str(k)) for k, v in value.items()
                         if type(v) is dict or type(v) is list)
        else:
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value)  # type: ignore[arg-type]
                         if type(v) is dict or type(v) is list)


def resolve_ref(obj: object) -> object:
    """pdfminer's ``resolve1`` with a bound: a PDF object that refers to itself (``5 0 obj 5 0 R``)
    makes ``resolve1`` loop for ever; this gives up after MAX_REF_HOPS with a ReadError."""
    from pdfminer.pdftypes import PDFObjRef

    for _ in range(MAX_REF_HOPS):
        if not isinstance(obj, PDFObjRef):
            return obj
        obj = obj.resolve()
    raise ReadError("damaged PDF file: an object refers to itself in a loop")


def check_docx_archive(path: str | Path) -> None:
    """Check a .docx zip archive before python-docx inflates it.

    Uses only the central directory for member count, sizes and compression ratios, then reads
    the small package relationships part and the first bytes of each XML part (to refuse DTDs,
    which Word documents never carry: that is where entity-expansion and external-entity tricks
    live). Raises ReadError with the reason.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_members(infos)
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names:
                raise ReadError("damaged Word file: the package has no [Content_Types].xml part")
            main = _main_part(zf, names)
            if main not in names:
                raise ReadError(f"damaged Word file: the main document part ({main}) is missing")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and _has_dtd(zf, info):
                    raise ReadError(
                        f"refused for safety: the part {info.filename} declares a DTD "
                        "(entity definitions), which Word documents never contain"
                    )
    except ReadError:
        raise
    except NotImplementedError:
        raise ReadError("damaged or unusual Word file: it uses a compression method MLResume cannot read") from None
    except RuntimeError as exc:  # zipfile raises this for encrypted members
        raise ReadError(f"the Word file is password-protected or damaged ({exc})") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise ReadError("damaged Word file: its zip archive is broken or truncated") from None


def _check_members(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ZIP_MEMBERS:
        raise ReadError(f"not a resume: the Word file holds {len(infos)} parts (the limit is {MAX_ZIP_MEMBERS})")
    total = 0
    for info in infos:
        size, packed = info.file_size, info.compress_size
        if size > MAX_ZIP_MEMBER_BYTES:
            raise ReadError(
                f"refused for safety: the part {info.filename} would inflate to {size / MB:.0f} MB "
                f"(the limit is {MAX_ZIP_MEMBER_BYTES // MB} MB)"
            )
        if size > ZIP_RATIO_FLOOR and size > MAX_ZIP_RATIO * max(packed, 1):
            raise ReadError(
                f"refused for safety: the part {info.filename} is compressed {size // max(packed, 1)}:1, "
                "the mark of a zip bomb"
            )
        total += size
    if total > MAX_ZIP_TOTAL_BYTES:
        raise ReadError(
            f"refused for safety: the Word file would inflate to {total / MB:.0f} MB "
            f"(the limit is {MAX_ZIP_TOTAL_BYTES // MB} MB)"
        )


def _main_part(zf: zipfile.ZipFile, names: set[str]) -> str:
    """The main document part named by _rels/.rels (word/document.xml when there is none)."""
    if "_rels/.rels" not in names:
        return "word/document.xml"
    from .safe_xml import parse_untrusted

    info = zf.getinfo("_rels/.rels")
    if info.file_size > MB:
        raise ReadError("damaged Word file: the package relationships part is implausibly large")
    root = parse_untrusted(zf.read(info), "the package relationships")
    for rel in root:
        if str(rel.get("Type", "")).endswith(_REL_OFFICE_DOCUMENT):
            target = str(rel.get("Target", "")).lstrip("/")
            return posixpath.normpath(target) if target else "word/document.xml"
    raise ReadError("not a Word document: the package names no main document")


def _has_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    with zf.open(info) as fh:
        head = fh.read(MAX_XML_PROLOG)
    text = head.decode("utf-16", "replace") if head.startswith((b"\xff\xfe", b"\xfe\xff")) else head.decode("latin-1")
    return "<!DOCTYPE" in text.upper() or "<!ENTITY" in text.upper()
