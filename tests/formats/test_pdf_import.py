"""PDF import: layout features and clear one-line reasons for files that cannot be imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.reading import pdf as pdf_import
from mlresume_gui.formats.reading.pdf.order import is_page_number, to_lines
from mlresume_gui.formats.reading.pdf.rows import Row

IMPORT = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def _minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page draws ``content`` (no fonts: no text layer)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def test_image_only_pdf_says_scanned(tmp_path: Path) -> None:
    f = tmp_path / "scan.pdf"
    f.write_bytes(_minimal_pdf(b"0 0 m 100 100 l S"))
    with pytest.raises(ReadError, match="scanned image"):
        pdf_import.load(f)


def test_not_a_pdf(tmp_path: Path) -> None:
    f = tmp_path / "x.pdf"
    f.write_bytes(b"hello, I am text")
    with pytest.raises(ReadError, match="not a PDF"):
        pdf_import.load(f)


def test_progress_is_reported_up_to_one() -> None:
    seen: list[float] = []
    pdf_import.load(IMPORT / "qt_one_classic.pdf", progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and all(0 <= p <= 1 for p in seen)


def test_two_columns_are_read_one_after_the_other() -> None:
    lines = [ln.text for ln in pdf_import.read_lines(IMPORT / "qt_sidebar_left.pdf")]
    assert not any("\t" in t and "EXPERIENCE" in t for t in lines)
    assert lines.index("EXPERIENCE") > lines.index("SKILLS")


def test_links_behind_words_are_kept() -> None:
    r = pdf_import.load(IMPORT / "qt_icons_links.pdf")
    assert r.basics.link("LinkedIn").startswith("https://linkedin.com/in/")
    assert r.basics.link("GitHub").startswith("https://github.com/")


def test_qt_tabs_become_spaces_and_ligatures_are_expanded() -> None:
    r = pdf_import.load(IMPORT / "qt_one_classic.pdf")
    text = " ".join(b.text for _, _, _, _, b in r.iter_bullets())
    assert "\t" not in text and "ﬁ" not in text and "ﬀ" not in text


def test_running_header_name_is_kept_once() -> None:
    r = pdf_import.load(IMPORT / "lo_docx_header_name.pdf")
    assert r.basics.name and all(r.basics.name not in e.title for s in r.custom for e in s.entries)


def test_page_numbers() -> None:
    assert is_page_number("Page 2 of 3") and is_page_number("2/3") and is_page_number("4")
    assert not is_page_number("2019")


def _row(text: str, x0: float, top: float, page: int = 0, column: int = 0, cells=None, **kw) -> Row:
    width = 5.0 * len(text)
    return Row(text=text, x0=x0, x1=x0 + width, top=top, bottom=top + 10, size=10.0, bold=kw.pop("bold", False),
               page=page, column=column, cells=cells or [(x0, x0 + width)], **kw)


def test_a_main_column_continued_on_the_next_page_is_read_on() -> None:
    page1 = [_row("EXPERIENCE", 50, 100, column=1), _row("Led a team", 50, 700, column=1),
             _row("SKILLS", 400, 100, column=2), _row("Python, Go", 400, 700, column=2)]
    page2 = [_row("and shipped it", 50, 40, page=1, column=1), _row("LANGUAGES", 400, 40, page=1, column=2)]
    order = [ln.text for ln in to_lines([page1, page2], [800, 800])]
    assert order == ["EXPERIENCE", "Led a team", "and shipped it", "SKILLS", "Python, Go", "LANGUAGES"]


def test_a_wrapped_table_cell_is_joined_into_its_cell() -> None:
    first = _row("University of\t2016 – 2018", 50, 100, cells=[(50, 115), (450, 520)], bold=True)
    wrap = _row("Cambridge", 50, 111, bold=True)
    date_wrap = _row("Toronto · May 2019 to\tFoo", 50, 200, cells=[(50, 150), (420, 520)])
    lines = [ln.text for ln in to_lines([[first, wrap]], [800])]
    assert lines == ["University of Cambridge\t2016 – 2018"]
    company = _row("Acme Robotics\t2016 – 2018", 50, 100, cells=[(50, 115), (450, 520)])
    second_row = _row("Research Engineer\tRemote", 50, 111, cells=[(50, 140), (490, 520)])
    assert len(to_lines([[company, second_row]], [800])) == 2
    date_end = _row("June 2021", 475, 211, cells=[(475, 520)])
    assert [ln.text for ln in to_lines([[date_wrap, date_end]], [800])] == ["Toronto · May 2019 to\tFoo June 2021"]


def test_text_drawn_outside_the_page_is_ignored() -> None:
    # Qt draws the last line of page 1 again, clipped, above the top of page 2
    lines = [ln.text for ln in pdf_import.read_lines(IMPORT / "qt_two_page_research.pdf")]
    assert sum("Self-Supervised Pretraining for Speech" in t for t in lines) == 1
