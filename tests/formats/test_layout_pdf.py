"""The PDF layout: spans with style and link, pieces with their position, columns, running headers
and footers, list markers, icon glyphs, a name over two lines. Inputs are made by third-party
producers (pdflatex with moderncv and fancyhdr, LibreOffice from HTML): tests/fixtures/layout/make.py."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.reading import pdf
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, normal_text
from mlresume_gui.formats.reading.pdf.lines import colour_hex, font_style

LAYOUT = Path(__file__).resolve().parent.parent / "fixtures" / "layout"
IMPORT = Path(__file__).resolve().parent.parent / "fixtures" / "import"


@pytest.fixture(scope="module")
def moderncv() -> LayoutDocument:
    return pdf.read_layout(LAYOUT / "latex_moderncv.pdf")


@pytest.fixture(scope="module")
def article() -> LayoutDocument:
    return pdf.read_layout(LAYOUT / "latex_article_footer.pdf")


@pytest.fixture(scope="module")
def sidebar() -> LayoutDocument:
    return pdf.read_layout(LAYOUT / "lo_html_sidebar.pdf")


def _line(doc: LayoutDocument, start: str) -> LayoutLine:
    return next(ln for ln in doc.lines if ln.text.startswith(start))


def test_a_left_date_column_is_a_piece_of_its_entry_line(moderncv: LayoutDocument) -> None:
    entry = _line(moderncv, "Mar 2021")
    assert [p.text.strip() for p in entry.pieces] == ["Mar 2021 –", "Senior Machine Learning Engineer, Harbourlight Analytics, Lisbon"]
    date, title = entry.pieces
    assert date.box[2] < title.box[0]
    assert _line(moderncv, "2016 – 2018").pieces[1].text.startswith("MSc in Machine Learning")
    assert all(ln.region != "sidebar" for ln in moderncv.lines)
    assert len({ln.column for ln in moderncv.lines}) == 1


def test_icons_are_dropped_and_the_contacts_they_label_kept(moderncv: LayoutDocument) -> None:
    text = "\n".join(ln.text for ln in moderncv.lines)
    assert not any(unicodedata.category(c) == "Co" for c in text)
    assert "(cid:" not in text
    spans = [s for ln in moderncv.lines for p in ln.pieces for s in p.spans]
    assert not any("awesome" in s.font.lower() for s in spans)
    email = _line(moderncv, "orla.wren@example.org")
    assert len(email.extra["icons"]) == 1  # type: ignore[arg-type]
    assert email.pieces[0].spans[0].link == "mailto:orla.wren@example.org"
    assert "https://github.com/owren" in _line(moderncv, "owren").links


def test_a_large_name_is_its_own_line_beside_a_small_contact_block(moderncv: LayoutDocument) -> None:
    name = _line(moderncv, "Orla Finnegan-Wren")
    assert name.text == "Orla Finnegan-Wren"
    assert name.size > 2 * _line(moderncv, "Cut inference").size


def test_bullets_lose_their_marker_and_keep_where_their_text_starts(moderncv: LayoutDocument) -> None:
    bullet = _line(moderncv, "Cut inference cost")
    assert bullet.bullet == "•"
    assert bullet.extra["text_indent"] > bullet.indent
    wrapped = _line(moderncv, "feature flag")
    assert wrapped.bullet == ""
    # the first item shares its line with the wrapped end of the date column
    first = next(ln for ln in moderncv.lines if "Trained gradient-boosted" in ln.text)
    assert first.bullet == "•" and first.pieces[0].text == "Present"


def test_running_headers_and_page_footers_are_marked_and_kept(article: LayoutDocument) -> None:
    footers = [ln for ln in article.lines if ln.region == "footer"]
    assert [ln.text for ln in footers] == ["Page 1 of 2", "Page 2 of 2"]
    headers = [ln for ln in article.lines if ln.region == "header"]
    assert [ln.page for ln in headers] == [0, 1]
    assert all([p.text for p in ln.pieces] == ["Tamsin Okonkwo-Reyes", "Curriculum Vitae"] for ln in headers)
    name = next(ln for ln in article.body if ln.text == "Tamsin Okonkwo-Reyes")
    assert name.page == 0 and name.size > 20
    # the header of each page comes before its body, the footer after it
    order = [(ln.page, ln.region) for ln in article.lines]
    assert order[0] == (0, "header") and order[-1] == (1, "footer")
    assert order.index((0, "footer")) < order.index((1, "header"))


def test_a_right_aligned_date_is_its_own_piece_and_tex_dashes_and_ligatures_read(article: LayoutDocument) -> None:
    company = _line(article, "Brackenridge Systems")
    assert [p.text.strip() for p in company.pieces] == ["Brackenridge Systems", "Jan 2022 – Present"]
    assert company.pieces[1].box[0] > 0.6 * article.pages[0][0]
    assert company.pieces[0].spans[0].bold and not company.pieces[1].spans[0].bold
    role = _line(article, "Machine Learning Engineer")
    assert role.pieces[0].spans[0].italic
    assert "profiling" in _line(article, "Reduced GPU hours").text
    assert "Sheffield, UK" in _line(article, "MEng in Electronic").text


def test_spans_carry_colour_links_and_font(article: LayoutDocument) -> None:
    heading = _line(article, "Experience")
    assert heading.pieces[0].spans[0].colour == "#0000ff"
    assert heading.pieces[0].spans[0].font.startswith("LMRoman")
    contact = _line(article, "tamsin.or@example.net")
    linked = {s.text.strip(" |"): s.link for p in contact.pieces for s in p.spans if s.link}
    assert linked.get("github.com/tokreyes") == "https://github.com/tokreyes"
    assert linked.get("tamsin.or@example.net") == "mailto:tamsin.or@example.net"
    assert "+44 7700 900123" in contact.text


def test_a_sidebar_is_read_apart_from_the_main_column(sidebar: LayoutDocument) -> None:
    side = [ln for ln in sidebar.lines if ln.region == "sidebar"]
    main = [ln for ln in sidebar.lines if ln.region == "body"]
    assert {"Contact", "Skills", "Languages", "Python", "Berlin, Germany"} <= {ln.text for ln in side}
    assert {"Experience", "Education", "Senior Data Scientist"} <= {ln.text for ln in main}
    assert len({ln.column for ln in side}) == 1 and {ln.column for ln in side}.isdisjoint({ln.column for ln in main[1:]})
    # each column is read whole: its lines are one run of the document
    idx = [i for i, ln in enumerate(sidebar.lines) if ln.region == "sidebar"]
    assert idx == list(range(idx[0], idx[0] + len(idx)))
    assert _line(sidebar, "ilse.md@example.com").pieces[0].spans[0].link == "mailto:ilse.md@example.com"


def test_a_name_set_over_two_lines_is_one_line(sidebar: LayoutDocument) -> None:
    name = sidebar.lines[0]
    assert [p.text for p in name.pieces] == ["Ilse", "Marwick-Dunne"]
    assert name.text == "Ilse Marwick-Dunne" and name.extra["joined_lines"] == 2


def test_non_breaking_hyphens_in_a_date_range_read_as_hyphens(sidebar: LayoutDocument) -> None:
    entry = _line(sidebar, "Lindqvist Mobility")
    assert [p.text for p in entry.pieces] == ["Lindqvist Mobility", "2021-2024"]
    bullet = _line(sidebar, "Rebuilt the pricing model")
    assert bullet.bullet == "•" and not bullet.text.startswith("•")


def test_gaps_indents_and_column_boxes(sidebar: LayoutDocument) -> None:
    wrapped = _line(sidebar, "forecast error by a fifth")
    item = _line(sidebar, "Rebuilt the pricing model")
    assert 0 <= wrapped.gap_above < item.size
    assert wrapped.indent == pytest.approx(item.extra["text_indent"], abs=1.0)
    assert item.extra["right_gap"] < wrapped.extra["right_gap"]
    for ln in sidebar.body:
        x0, _, x1, _ = sidebar.columns[(ln.page, ln.column)]
        assert x0 <= ln.box[0] and ln.box[2] <= x1 + 0.01


def _words(text: str) -> Counter[str]:
    """The words of ``text``, without the icon glyphs the layout drops on purpose."""
    text = re.sub(r"\(cid:\d+\)", " ", normal_text(text, True))
    return Counter(re.findall(r"\w+", text))


@pytest.mark.parametrize("path", sorted(LAYOUT.glob("*.pdf")) + sorted(IMPORT.glob("*.pdf")), ids=lambda p: p.name)
def test_the_layout_holds_every_word_the_lines_reader_finds(path: Path) -> None:
    lines = _words(" ".join(ln.text for ln in pdf.read_lines(path)))
    layout = _words(" ".join(f"{ln.bullet} {ln.text} {' '.join(ln.extra.get('icons', ()))}"  # type: ignore[arg-type]
                             for ln in pdf.read_layout(path).lines))
    assert not lines - layout


def test_a_file_that_is_no_pdf_gives_one_reason(tmp_path: Path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_text("hello")
    with pytest.raises(ReadError, match="not a PDF"):
        pdf.read_layout(bad)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes((LAYOUT / "lo_html_sidebar.pdf").read_bytes()[:3000])
    with pytest.raises(ReadError):
        pdf.read_layout(cut)


def test_text_normalisation() -> None:
    assert normal_text("2019\u20112021", soft_hyphen_drawn=False) == "2019-2021"
    assert normal_text("Jan 2019 \u00ad Mar 2020", soft_hyphen_drawn=False) == "Jan 2019 - Mar 2020"
    assert normal_text("distri\u00adbuted", soft_hyphen_drawn=False) == "distributed"
    assert normal_text("distri\u00ad", soft_hyphen_drawn=True) == "distri-"
    assert normal_text("\ufb01ne\u200b", soft_hyphen_drawn=True) == "fine"


def test_font_style_and_colour() -> None:
    assert font_style("ABCDEF+SourceSans-BoldItalic", None) == ("SourceSans-BoldItalic", True, True)
    assert font_style("Plain", (1 << 18, 0.0, 0.0))[1]  # ForceBold flag
    assert font_style("Plain", (0, -12.0, 0.0))[2]  # italic angle
    assert font_style("Plain", (0, 0.0, 700.0)) == ("Plain", True, False)
    assert colour_hex((1.0, 0.0, 0.0)) == "#ff0000"
    assert colour_hex(0.5) == "#808080"
    assert colour_hex((0.0, 0.0, 0.0, 1.0)) == "#000000"
    assert colour_hex(None) == ""


def test_three_columns_are_read_left_to_right_after_the_band() -> None:
    doc = pdf.read_layout(LAYOUT / "lo_html_three_columns.pdf")
    texts = [ln.text for ln in doc.lines]
    assert texts[0] == "Tobiah Renwick-Sato"
    first = {t: texts.index(t) for t in ("Contact", "Terraform", "Experience", "tables", "Education", "Open data")}
    assert first["Contact"] < first["Terraform"] < first["Experience"] < first["tables"] < first["Education"] < first["Open data"]
    cols = {t: _line(doc, t).column for t in ("Contact", "Experience", "Education")}
    assert len(set(cols.values())) == 3
    assert _line(doc, "Experience").region == "body"
    assert {_line(doc, t).region for t in ("Contact", "Education")} == {"sidebar"}


def test_blocks_group_lines_set_close_together(sidebar: LayoutDocument) -> None:
    item = _line(sidebar, "Rebuilt the pricing model")
    wrapped = _line(sidebar, "forecast error by a fifth")
    heading = _line(sidebar, "Experience")
    assert item.extra["block"] == wrapped.extra["block"] != heading.extra["block"]
    blocks = [ln.extra["block"] for ln in sidebar.lines]
    assert blocks == sorted(blocks)


@pytest.mark.parametrize("name", ["jsonresume-chromium-paper", "weasyprint-jsonresume-paper"])
def test_letter_spaced_small_capitals_read_as_their_words(name: str) -> None:
    """HTML engines (headless Chromium, WeasyPrint) set these dates and headings letter-spaced in
    small capitals: the words come back whole and in their own case ("2023-01 to 2024-09")."""
    path = next((LAYOUT.parent / "corpus" / "docs").glob(f"*--{name}.pdf"))
    lines = [ln.text for ln in pdf.read_layout(path).lines]
    ranges = [t for t in lines if re.match(r"^\d{4}-\d{2} to (?:\d{4}-\d{2}|Present)\b", t)]
    assert len(ranges) >= 3
    assert not [t for t in lines if re.search(r"(?:\b\w ){3}", t)]  # no "t o P r e s e n t"
    assert not [t for t in lines if re.search(r"\b(?:TO|T O)\b", t)]


@pytest.mark.parametrize("name", ["latex-moderncv-fancy", "jsonresume-chromium-paper"])
def test_a_gutter_of_headings_and_dates_is_read_beside_its_text(name: str) -> None:
    """moderncv's fancy style (pdflatex) and a JSON Resume theme (Chromium) set section headings
    and dates in a left column, a little off the baselines of the entries: each is read just
    before the text it stands beside, not as a sidebar before or after all of it."""
    path = sorted((LAYOUT.parent / "corpus" / "docs").glob(f"*--{name}.pdf"))[0]
    doc = pdf.read_layout(path)
    texts = [ln.text for ln in doc.lines]
    assert len({ln.column for ln in doc.lines}) == 1
    assert all(ln.region != "sidebar" for ln in doc.lines)
    headings = [i for i, t in enumerate(texts) if pdf_heading(t)]
    assert len(headings) >= 3
    for i in headings[:-1]:  # every heading is followed by its section's text, not by the next heading
        assert not pdf_heading(texts[i + 1]), texts[i:i + 2]
    dated = [i for i, t in enumerate(texts) if re.fullmatch(r"(?:\d{4}-\d{2}|\w{3} \d{4}) (?:to|–) .+", t)]
    for i in dated:  # a date stands beside an entry's first line, read next to it
        assert any(not re.search(r"\d{4}", texts[j]) for j in (i - 1, i + 1) if 0 <= j < len(texts))


def pdf_heading(text: str) -> bool:
    from mlresume_gui.formats.reading.headings import section_for_heading

    return len(text.split()) <= 4 and section_for_heading(text) is not None
