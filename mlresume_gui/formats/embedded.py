"""MLResume data embedded in exported files, so reopening an export is exact.

An exported PDF carries the exported view of the resume (the variant as shown: no hidden entries,
no hidden bullets, no other variants) as an attached ``.mlresume`` file; an exported Word file
carries it as a custom XML part. Reading looks for that data first: found and readable, it is the
document, with the note :data:`USED`; damaged or from a newer version, the reader falls back to
the document's text and says why in one line. ``--text-only`` readers skip it altogether.
"""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path
from typing import Any

from mlresume_gui.formats.errors import ReadError
from mlresume_gui.model import Resume

ATTACHMENT = "resume.mlresume"
MIME = "application/vnd.mlresume+json"
NAMESPACE = "urn:mlresume:document"
DOCX_PART = "/customXml/mlresume1.xml"
MAX_PAYLOAD = 8 * 1024 * 1024  # larger embedded data is ignored (a resume is a few kB)
USED = "read from the MLResume data in the file"


def payload(view: Resume) -> bytes:
    """The native form of an exported view, variants removed (a view carries none of its own)."""
    from mlresume_gui.formats import native

    return native.dumps(dataclasses.replace(view, variants=[])).encode("utf-8")


def from_payload(data: bytes) -> Resume:
    """The resume in embedded data; ReadError when it is damaged or from a newer version."""
    from mlresume_gui.formats import native

    return native.loads(native.decode_utf8(data))


# -- writing --------------------------------------------------------------------------------------
def add_to_docx(document: Any, view: Resume) -> None:
    """Attach the view to a python-docx Document as a custom XML part of the main document."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    root = etree.Element(f"{{{NAMESPACE}}}document", nsmap={"m": NAMESPACE})
    root.set("format", "mlresume")
    root.text = payload(view).decode("utf-8")
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI(DOCX_PART), "application/xml", blob, document.part.package)
    document.part.relate_to(part, RT.CUSTOM_XML)


def add_to_pdf(writer: Any, view: Resume) -> None:
    """Attach the view to a QPdfWriter (before anything is printed on it)."""
    from PySide6.QtCore import QByteArray

    writer.addFileAttachment(ATTACHMENT, QByteArray(payload(view)), MIME)


# -- reading --------------------------------------------------------------------------------------
def docx_payload(path: str | Path) -> bytes | None:
    """The embedded data of a Word file (None when it has none). The archive was checked before."""
    from mlresume_gui.formats.safe_xml import parse_untrusted

    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = info.filename
                if not (name.startswith("customXml/") and name.endswith(".xml")):
                    continue
                if "/_rels/" in name or info.file_size > MAX_PAYLOAD:
                    continue
                try:
                    root = parse_untrusted(archive.read(info), f"the part {name}")
                except ReadError:
                    if "/" + name == DOCX_PART:
                        return b""  # our part, damaged: the caller says so
                    continue
                if root.tag == f"{{{NAMESPACE}}}document":
                    return (root.text or "").encode("utf-8")
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    return None


def pdf_payload(path: str | Path) -> bytes | None:
    """The embedded data of a PDF file (None when it has none or cannot be parsed)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    with open(path, "rb") as fp:
        try:
            doc = PDFDocument(PDFParser(fp))
        except Exception:  # a damaged file simply has no embedded data for us
            return None
        return pdf_document_payload(doc)


def pdf_document_payload(doc: Any) -> bytes | None:
    """The embedded data of an open pdfminer ``PDFDocument`` (None when it has none); the PDF
    reader calls it on the document it parsed (one parse for both)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    try:
        names = resolve1(doc.catalog.get("Names"))
        tree = resolve1(names.get("EmbeddedFiles")) if isinstance(names, dict) else None
        specs = _name_tree_values(tree, depth=0)
    except Exception:  # a damaged catalog simply has no embedded data for us
        return None
    for spec in specs:
        if not isinstance(spec, dict):
            continue
        try:
            filename = _text(resolve1(spec.get("UF")) or resolve1(spec.get("F")))
            files = resolve1(spec.get("EF"))
            stream = resolve1(files.get("F")) if isinstance(files, dict) else None
        except Exception:
            continue
        if filename != ATTACHMENT or not isinstance(stream, PDFStream):
            continue
        length = resolve1(stream.attrs.get("Length")) or 0
        if isinstance(length, int) and length > MAX_PAYLOAD:
            return None
        try:
            data = stream.get_data()
        except Exception:
            return b""
        return data if len(data) <= MAX_PAYLOAD else None
    return None


def _name_tree_values(node: Any, depth: int) -> list[Any]:
    """The values of a PDF name tree (bounded: at most 8 levels, 256 values)."""
    from pdfminer.pdftypes import resolve1

    if not isinstance(node, dict) or depth > 8:
        return []
    out: list[Any] = []
    pairs = resolve1(node.get("Names"))
    if isinstance(pairs, list):
        out.extend(resolve1(v) for v in pairs[1::2])
    kids = resolve1(node.get("Kids"))
    if isinstance(kids, list):
        for kid in kids[:64]:
            out.extend(_name_tree_values(resolve1(kid), depth + 1))
    return out[:256]


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be", "replace")
        return value.decode("latin-1")
    return value if isinstance(value, str) else ""


def embedded_resume(data: bytes | None) -> tuple[Resume | None, str]:
    """The resume in embedded data and the note to show: (resume, USED), or (None, why not)."""
    if data is None:
        return None, ""
    try:
        return from_payload(data), USED
    except ReadError as exc:
        if "newer" in exc.reason:
            return None, "the MLResume data in the file is from a newer version; read its text instead"
        return None, "the MLResume data in the file is damaged; read its text instead"
