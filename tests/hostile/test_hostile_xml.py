"""Safe XML and archive checks: entity tricks never expand or read local files, even past the
archive check (the second line of defence), and the zip is judged before it is inflated."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from mlresume_gui.formats import limits, safe_xml
from mlresume_gui.formats.errors import ReadError
from mlresume_gui.model.codec import to_dict

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
sys.path.insert(0, str(ROOT / "scripts"))
import make_hostile_corpus as corpus  # noqa: E402

PASSWD = Path("/etc/passwd")
XXE = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
          + b"".join(b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1) if i > 1 else b"&a;") * 10) for i in range(1, 10))
          + b"]><r>&a9;</r>")


def _all_text(resume: object) -> str:
    return json.dumps(to_dict(resume), ensure_ascii=False)


def test_harden_replaces_both_python_docx_parsers_once() -> None:
    safe_xml.harden_docx_parser()
    first = safe_xml.docx_parsers()
    safe_xml.harden_docx_parser()
    assert safe_xml.docx_parsers() == first
    for parser in first:
        tree = etree.fromstring(XXE, parser)
        assert b"root:" not in etree.tostring(tree)


def test_python_docx_still_builds_its_element_classes_after_hardening() -> None:
    safe_xml.harden_docx_parser()
    from docx.oxml.parser import parse_xml
    from docx.oxml.text.paragraph import CT_P

    p = parse_xml(f'<w:p xmlns:w="{corpus.W_NS}"><w:r><w:t>x</w:t></w:r></w:p>')
    assert isinstance(p, CT_P)


@pytest.mark.parametrize("data", [XXE, LAUGHS], ids=["external-entity", "billion-laughs"])
def test_parse_untrusted_neither_reads_files_nor_expands(data: bytes) -> None:
    try:
        root = safe_xml.parse_untrusted(data)
    except ReadError as exc:  # libxml2 may refuse the amplification outright
        assert "not well-formed" in exc.reason
        return
    text = etree.tostring(root)
    assert b"root:" not in text and len(text) < 1000


def test_safe_parser_refuses_to_loosen_an_option() -> None:
    with pytest.raises(ValueError, match="resolve_entities"):
        safe_xml.safe_parser(resolve_entities=True)


@pytest.mark.parametrize("name", ["external-entity.docx", "billion-laughs.docx"])
def test_docx_importer_past_the_archive_check_neither_leaks_nor_expands(name: str) -> None:
    docx_import = pytest.importorskip("mlresume_gui.formats.reading.word")
    safe_xml.harden_docx_parser()
    try:
        resume = docx_import.load(HOSTILE / name)  # in process, skipping limits.check_docx_archive
    except ReadError as exc:
        text = exc.reason
    except etree.XMLSyntaxError as exc:  # libxml2's own amplification guard
        text = str(exc)
    else:
        text = _all_text(resume)
    assert "root:" not in text and text.count("lol") < 20
    if PASSWD.exists():
        first = PASSWD.read_text("utf-8", "replace").splitlines()[0]
        assert first not in text
    assert len(text) < 10_000


def test_valid_docx_passes_the_archive_check() -> None:
    limits.check_docx_archive(HOSTILE / "valid.docx")


def test_main_part_is_found_through_the_package_relationships() -> None:
    rels = corpus.ROOT_RELS.replace("word/document.xml", "word/document2.xml")
    data = corpus.docx_package({"[Content_Types].xml": corpus.CONTENT_TYPES, "_rels/.rels": rels,
                                "word/document2.xml": corpus.document_xml(["x"])})
    limits.check_docx_archive(io.BytesIO(data))  # type: ignore[arg-type]
    broken = corpus.docx_package({"[Content_Types].xml": corpus.CONTENT_TYPES, "_rels/.rels": rels,
                                  "word/document.xml": corpus.document_xml(["x"])})
    with pytest.raises(ReadError, match=r"main document part \(word/document2.xml\) is missing"):
        limits.check_docx_archive(io.BytesIO(broken))  # type: ignore[arg-type]


def test_ratio_check_uses_the_directory_not_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """A member declared 100 MB stored in 1 kB is refused without inflating a byte."""
    data = corpus.minimal_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    infos[-1].file_size, infos[-1].compress_size = 3 * limits.MB, 1000
    with pytest.raises(ReadError, match="zip bomb"):
        limits._check_members(infos)
    monkeypatch.setattr(limits, "MAX_ZIP_TOTAL_BYTES", 10)
    infos[-1].file_size = 1000
    with pytest.raises(ReadError, match="would inflate to"):
        limits._check_members(infos)


def test_resolve_ref_stops_a_self_reference() -> None:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFObjRef

    with open(HOSTILE / "recursive-objects.pdf", "rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        with pytest.raises(ReadError, match="refers to itself"):
            limits.resolve_ref(PDFObjRef(doc, 50))
        assert limits.resolve_ref(PDFObjRef(doc, 3))["BaseFont"].name == "Helvetica"


def test_char_budget_and_page_count() -> None:
    budget = limits.CharBudget(limit=10)
    budget.add(10)
    with pytest.raises(ReadError, match="more than 10 characters"):
        budget.add(1)
    limits.check_page_count(limits.MAX_PDF_PAGES)
    with pytest.raises(ReadError, match="500 pages"):
        limits.check_page_count(500)
