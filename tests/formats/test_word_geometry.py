"""Where a Word paragraph's pieces stand across the page: margins, indents, alignment, tab stops,
table cells and text boxes give each piece a box, as a PDF's geometry would."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt

from mlresume_gui.formats.reading import word
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine
from mlresume_gui.formats.reading.word_geometry import Frame, page_frame, tab_stops, text_width


def _line(doc: LayoutDocument, start: str) -> LayoutLine:
    return next(ln for ln in doc.lines if ln.text.startswith(start))


def _page(tmp_path: Path) -> tuple[docx.document.Document, Path]:
    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.left_margin, s.right_margin = Inches(8.5), Inches(1), Inches(1)
    return d, tmp_path / "g.docx"


def test_a_piece_after_a_right_aligned_tab_stop_ends_at_the_stop(tmp_path: Path) -> None:
    d, path = _page(tmp_path)
    p = d.add_paragraph("Staff Engineer, Harbour Labs\tMay 2019 – Present")
    p.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    d.add_paragraph("Trained a ranking model on two years of logs.")
    d.save(str(path))
    doc = word.read_layout(path)
    entry = _line(doc, "Staff Engineer")
    first, dates = entry.pieces
    assert first.box[0] == 72.0 and first.box[2] < 300
    assert abs(dates.box[2] - 540.0) < 0.5 and dates.box[0] > 300
    assert entry.box[0] == 72.0 and entry.box[2] == dates.box[2]


def test_an_ordinary_tab_goes_to_the_next_default_stop(tmp_path: Path) -> None:
    d, path = _page(tmp_path)
    d.add_paragraph("Python\tGo")
    d.save(str(path))
    go = word.read_layout(path).lines[0].pieces[1]
    assert go.box[0] % 36 == 0 and go.box[0] > 72


def test_indent_alignment_and_font_size_place_a_paragraph(tmp_path: Path) -> None:
    d, path = _page(tmp_path)
    p = d.add_paragraph("Indented line")
    p.paragraph_format.left_indent = Pt(36)
    r = d.add_paragraph().add_run("Flush right")
    r.font.size = Pt(10)
    r._parent.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Centred").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(str(path))
    doc = word.read_layout(path)
    assert _line(doc, "Indented").box[0] == 108.0
    right = _line(doc, "Flush right")
    assert right.box[2] == 540.0 and right.box[0] == 540.0 - text_width("Flush right", 10)
    centred = _line(doc, "Centred")
    assert abs((centred.box[0] + centred.box[2]) / 2 - 306.0) < 1


def test_the_cells_of_a_table_row_stand_in_their_columns(tmp_path: Path) -> None:
    d, path = _page(tmp_path)
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.columns[0].width = t.rows[0].cells[0].width = Inches(4.5)
    t.columns[1].width = t.rows[0].cells[1].width = Inches(2)
    t.rows[0].cells[0].text = "Research Intern, Quiet Owl"
    t.rows[0].cells[1].text = "2021 – 2022"
    t.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(str(path))
    entry = _line(word.read_layout(path), "Research Intern")
    left, right = entry.pieces
    assert left.box[0] < 90 and right.box[2] > 520 and right.box[0] > 72 + 4.5 * 72


def test_tab_stops_of_the_style_and_the_paragraph_combine() -> None:
    from lxml import etree

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    style = etree.fromstring(f'<w:tabs {ns}><w:tab w:val="left" w:pos="1440"/><w:tab w:val="right" w:pos="9360"/></w:tabs>')
    own = etree.fromstring(f'<w:tabs {ns}><w:tab w:val="clear" w:pos="1440"/><w:tab w:val="end" w:pos="8640"/></w:tabs>')
    assert tab_stops([style, own]) == [(432.0, "right"), (468.0, "right")]


def test_a_page_with_no_section_properties_is_letter_with_inch_margins() -> None:
    assert page_frame(None) == Frame(72.0, 540.0)


def test_a_date_cell_beside_an_entry_cell_is_read_with_the_entry_first_line(tmp_path: Path) -> None:
    d, path = _page(tmp_path)
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text = "Projects"
    t.rows[0].cells[1].text = "Things built on weekends"
    t.rows[0].cells[1].add_paragraph("Second line of the intro")
    dates, entry = t.rows[1].cells
    dates.text = "03/2019 - 08/2021"
    entry.text = "Lantern Works, Lisbon"
    entry.add_paragraph("Data Scientist")
    entry.add_paragraph("Forecast demand for 40 stores", style="List Bullet")
    d.save(str(path))
    texts = [[p.text for p in ln.pieces] for ln in word.read_layout(path).lines]
    assert texts[:2] == [["Projects"], ["Things built on weekends"]]  # a heading cell stays apart
    assert ["03/2019 - 08/2021", "Lantern Works, Lisbon"] in texts
    i = texts.index(["03/2019 - 08/2021", "Lantern Works, Lisbon"])
    assert texts[i + 1:i + 3] == [["Data Scientist"], ["Forecast demand for 40 stores"]]


def test_a_tab_typed_into_the_text_separates_pieces(tmp_path: Path) -> None:
    d, path = _page(tmp_path)
    d.add_paragraph().add_run().text = "placeholder"
    d.save(str(path))
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(b">placeholder<", b">MSc, Physics\t2014 - 2016<")
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert [p.text for p in word.read_layout(path).lines[0].pieces] == ["MSc, Physics", "2014 - 2016"]
