"""The Word layout: style names, real list markers, tables cell by cell, text boxes by position,
headers and footers, hyperlinks on spans. Inputs are built with python-docx and written back by
LibreOffice (tests/fixtures/layout/make.py, docx_sources.py)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.reading import word
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine
from mlresume_gui.formats.reading.lineparse import strip_bullet

LAYOUT = Path(__file__).resolve().parent.parent / "fixtures" / "layout"
IMPORT = Path(__file__).resolve().parent.parent / "fixtures" / "import"
TABLES = ["pydocx_table_layout.docx", "lo_table_layout.docx"]
BOXES = ["pydocx_text_boxes.docx", "lo_text_boxes.docx"]


def _line(doc: LayoutDocument, start: str) -> LayoutLine:
    return next(ln for ln in doc.lines if ln.text.startswith(start))


@pytest.mark.parametrize("name", TABLES)
def test_a_company_and_dates_row_is_one_line_of_two_pieces(name: str) -> None:
    doc = word.read_layout(LAYOUT / name)
    entry = _line(doc, "Kestrel Farm Robotics")
    assert [p.text for p in entry.pieces] == ["Kestrel Farm Robotics", "Feb 2022 – Present"]
    assert entry.pieces[0].spans[0].bold and not entry.pieces[1].spans[0].bold
    assert entry.table is not None and entry.extra["cells"] == (0, 1)
    assert [p.text for p in _line(doc, "Umberfield").pieces] == ["Umberfield Insurance", "2019 – 2022"]


@pytest.mark.parametrize("name", TABLES)
def test_a_layout_table_reads_each_cell_whole_in_turn(name: str) -> None:
    doc = word.read_layout(LAYOUT / name)
    texts = [ln.text for ln in doc.body]
    side = texts.index("Contact"), texts.index("SQL")
    main = texts.index("Experience"), texts.index("Exchange year 2015-2016")
    assert side[0] < side[1] < main[0] < main[1]
    assert {ln.table[2] for ln in doc.body[side[0]:side[1] + 1]} == {0}  # type: ignore[index]
    assert _line(doc, "Contact").column != _line(doc, "Experience").column


def test_the_narrow_cell_of_a_layout_table_is_a_sidebar() -> None:
    doc = word.read_layout(LAYOUT / "pydocx_table_layout.docx")
    assert _line(doc, "Nairobi, Kenya").region == "sidebar"
    assert _line(doc, "Perception Engineer").region == "body"


@pytest.mark.parametrize("name", TABLES)
def test_styles_numbering_and_spans(name: str) -> None:
    doc = word.read_layout(LAYOUT / name)
    assert _line(doc, "Experience").style.lower() == "heading 1"
    skills = [ln for ln in doc.lines if ln.text in ("Python", "PyTorch", "SQL")]
    assert [ln.bullet for ln in skills] == ["•"] * 3 and all(ln.list_level == 0 for ln in skills)
    numbered = [ln.bullet for ln in doc.lines if ln.style == "List Number"]
    assert numbered == ["1.", "2.", "3."]
    assert _line(doc, "Perception Engineer").pieces[0].spans[0].italic
    assert _line(doc, "MSc Machine Learning").pieces[0].spans[0].colour == "#224488"
    assert next(ln for ln in doc.body if ln.text == "Wendeline Aschcroft-Obi").size == 24.0
    assert _line(doc, "Exchange year").text == "Exchange year 2015-2016"  # a non-breaking hyphen


@pytest.mark.parametrize("name", TABLES)
def test_headers_footers_and_hyperlinks(name: str) -> None:
    doc = word.read_layout(LAYOUT / name)
    head = doc.lines[0]
    assert head.region == "header" and head.text == "Wendeline Aschcroft-Obi | wendeline@example.org"
    link = [s for p in head.pieces for s in p.spans if s.link]
    assert [(s.text, s.link) for s in link] == [("wendeline@example.org", "mailto:wendeline@example.org")]
    assert doc.lines[-1].region == "footer" and doc.lines[-1].text == "Page 1 of 1"
    assert _line(doc, "github.com/wendeline").links == ("https://github.com/wendeline",)


@pytest.mark.parametrize("name", BOXES)
def test_text_boxes_are_read_by_position(name: str) -> None:
    doc = word.read_layout(LAYOUT / name)
    texts = [ln.text for ln in doc.lines]
    assert texts == ["Radomir Quaye-Lindholm", "radomir.ql@example.com | +31 20 555 0199",
                     "Veldhoven Instruments Mar 2020 – Jun 2023", "Senior Vision Engineer",
                     "Led the wafer defect classifier rebuild", "Skills: Python, C++, CUDA"]
    entry = doc.lines[2]
    assert [p.text for p in entry.pieces] == ["Veldhoven Instruments", "Mar 2020 – Jun 2023"]
    assert entry.pieces[0].box[0] < entry.pieces[1].box[0]
    assert all(ln.in_textbox for ln in doc.lines[:5]) and not doc.lines[5].in_textbox
    assert doc.lines[0].bold and doc.lines[0].size == 22.0


def test_tabs_line_breaks_typed_bullets_and_icons(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Research Scientist\tLondon\t2020 – 2023")
    p = d.add_paragraph("Line one")
    p.add_run().add_break()
    p.add_run("Line two")
    d.add_paragraph("• Typed bullet with its text")
    d.add_paragraph("\uf0e0 ada@example.com")
    d.add_paragraph("– Present")
    path = tmp_path / "t.docx"
    d.save(str(path))
    doc = word.read_layout(path)
    assert [p.text for p in doc.lines[0].pieces] == ["Research Scientist", "London", "2020 – 2023"]
    assert [ln.text for ln in doc.lines[1:3]] == ["Line one", "Line two"] and doc.lines[2].extra["soft_break"]
    assert doc.lines[3].bullet == "•" and doc.lines[3].text == "Typed bullet with its text"
    assert doc.lines[4].text == "ada@example.com" and doc.lines[4].extra["icons"] == ("\uf0e0",)
    assert doc.lines[5].bullet == "" and doc.lines[5].text == "– Present"  # the rest of a range


@pytest.mark.parametrize("path", sorted(IMPORT.glob("*.docx")), ids=lambda p: p.name)
def test_the_layout_holds_the_text_of_every_paragraph_python_docx_sees(path: Path) -> None:
    d = docx.Document(str(path))
    layout = " ".join(ln.text for ln in word.read_layout(path).lines)
    for para in d.paragraphs:
        for part in para.text.replace("\t", "\n").split("\n"):
            if part.strip():  # a typed bullet glyph becomes the line's marker
                assert strip_bullet(part.strip())[1] in layout


def test_a_damaged_word_file_gives_one_reason(tmp_path: Path) -> None:
    bad = tmp_path / "x.docx"
    bad.write_bytes(b"PK\x03\x04broken")
    with pytest.raises(ReadError, match="damaged Word file"):
        word.read_layout(bad)
