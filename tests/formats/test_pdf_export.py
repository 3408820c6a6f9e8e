"""PDF export: embedded shipped font, text extractable in reading order by pdftotext and pdfminer,
live links, and entry headings never stranded at the bottom of a page."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from export_cases import HAVE_PDFTOTEXT, awkward, dense, find_in_order, long_resume, sample, squash
from pdfminer.high_level import extract_text
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from mlresume_gui.formats.writing.pdf import _chains, dump
from mlresume_gui.model import Resume

needs_pdftotext = pytest.mark.skipif(not HAVE_PDFTOTEXT, reason="pdftotext (poppler-utils) missing")


def _bullets(resume: Resume) -> list[str]:
    return [b.text for *_x, b in resume.iter_bullets() if b.text.strip()]


def pdftotext(data: bytes, page: int | None = None) -> str:
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + ["-", "-"]
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout.decode()


def _pages(data: bytes) -> list:
    parser = PDFParser(io.BytesIO(data))
    return list(PDFPage.create_pages(PDFDocument(parser)))


def _link_targets(data: bytes) -> set[str]:
    out = set()
    for page in _pages(data):
        for annot in resolve1(page.annots) or []:
            action = resolve1(resolve1(annot).get("A")) or {}
            uri = resolve1(action.get("URI"))
            if uri:
                out.add(uri.decode() if isinstance(uri, bytes) else str(uri))
    return out


@pytest.fixture(scope="module")
def sample_pdfs() -> dict[str, bytes]:
    r = sample()
    return {t: dump(r, template=t) for t in ("classic", "compact")}


@needs_pdftotext
@pytest.mark.parametrize("template", ["classic", "compact"])
def test_pdftotext_reads_every_bullet_in_order(sample_pdfs, template):
    data = sample_pdfs[template]
    assert data.startswith(b"%PDF")
    text = pdftotext(data)
    assert not find_in_order(text, _bullets(sample()))
    assert "Maya Okafor" in text
    assert "Feb 2023 – Present" in squash(text)


def test_pdfminer_reads_every_bullet_in_order(sample_pdfs):
    bullets = _bullets(sample())
    # Top-down box order: bullets in print order (the right-aligned dates sit beside headings).
    ordered = extract_text(io.BytesIO(sample_pdfs["classic"]), laparams=LAParams(boxes_flow=None))
    assert not find_in_order(ordered, bullets)
    # With its default box flow, pdfminer may put a date box inside the first bullet after a
    # heading; every word is still there.
    words = dense(extract_text(io.BytesIO(sample_pdfs["classic"])))
    assert all(w in words for b in bullets for w in re.split(r"[\s/]+", b) if w)
    # ligatures are off, so "fi"/"ti" come back as letters
    assert "Fine-tuned" in ordered and "escalations" in ordered


def test_shipped_font_is_embedded(sample_pdfs):
    data = sample_pdfs["classic"]
    assert b"/FontFile2" in data
    assert b"Carlito" in data


def test_links_are_clickable(sample_pdfs):
    targets = _link_targets(sample_pdfs["classic"])
    assert {"mailto:maya.okafor@example.com", "https://github.com/mokafor",
            "https://scholar.google.com/citations?user=mokafor0001",
            "https://arxiv.org/abs/1805.00001"} <= targets


@needs_pdftotext
def test_awkward_content_and_empty_resume():
    r = awkward()
    text = pdftotext(dump(r, template="compact"))
    assert not find_in_order(text, _bullets(r))
    assert "Zoë Ångström-Núñez" in text and "TALKS" in text
    assert pdftotext(dump(Resume())).strip() == "Resume"


@needs_pdftotext
@pytest.mark.parametrize("summary_words", range(0, 200, 20))
@pytest.mark.parametrize("template", ["classic", "compact"])
def test_headings_stay_with_their_first_bullet(template, summary_words):
    """Across page breaks at many offsets, no entry heading ends a page without its first bullet,
    and no bullet is split over two pages."""
    r = long_resume(jobs=9, summary_words=summary_words)
    data = dump(r, template=template)
    pages = [dense(pdftotext(data, n + 1)) for n in range(len(_pages(data)))]
    assert len(pages) >= 2
    for job in r.experience:
        heading = dense(f"{job.company} — {job.title}")
        first = dense(job.bullets[0].text)
        where = [i for i, p in enumerate(pages) if heading in p]
        assert len(where) == 1, heading
        assert first in pages[where[0]], f"{heading} is separated from its first bullet"
        for b in job.bullets:
            assert any(dense(b.text) in p for p in pages), f"bullet split over pages: {b.text}"


def test_keep_groups():
    assert _chains([True, False, False, True, True, False]) == [(0, 1), (2, 2), (3, 5)]
    assert _chains([False, True]) == [(0, 0), (1, 1)]


def test_variant_and_template_options():
    r = sample()
    with pytest.raises(KeyError, match="no variant named"):
        dump(r, variant="Research")
    with pytest.raises(KeyError, match="templates:"):
        dump(r, template="nope")
    assert len(_pages(dump(r, template="compact"))) <= len(_pages(dump(r, template="classic")))


@pytest.mark.parametrize("template", ["classic", "compact"])
def test_wrapped_bullet_lines_start_where_the_first_line_text_starts(template: str) -> None:
    """The hanging indent: text after the bullet and every wrapped line share one left edge."""


    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextLine

    from mlresume_gui.model import Bullet, Experience, Resume

    resume = Resume()
    resume.basics.name = "Hang Tester"
    resume.experience.append(Experience(company="Acme", title="Engineer",
                                        bullets=[Bullet("Measured the wrap " * 25)]))

    def text_lines(obj):
        for child in obj:
            if isinstance(child, LTTextLine):
                yield child
            elif hasattr(child, "__iter__"):
                yield from text_lines(child)

    starts: list[tuple[bool, float]] = []
    for page in extract_pages(io.BytesIO(dump(resume, template=template, embed=False))):
        for line in text_lines(page):
            chars = [c for c in line if isinstance(c, LTChar) and c.get_text().strip()]
            if not chars or ("Measured" not in line.get_text() and "wrap" not in line.get_text()):
                continue
            bullet = chars[0].get_text() == "\u2022"
            first = chars[1] if bullet else chars[0]
            starts.append((bullet, first.x0))
    assert starts[0][0] and len(starts) >= 3, starts
    first_text = starts[0][1]
    for _bullet, x0 in starts[1:]:
        assert abs(x0 - first_text) < 0.5, starts


@needs_pdftotext
def test_dates_that_do_not_fit_beside_a_long_heading_stay_whole_on_a_line_of_their_own() -> None:
    """A right tab past the end of a long heading would push half the range to the next line."""
    from mlresume_gui.model import Education, PartialDate

    resume = Resume()
    resume.basics.name = "Wrap Tester"
    resume.education.append(Education(institution="Northern Lakes Polytechnic University of Applied Arts",
                                      degree="Bachelor of Science", field="Electrical Engineering and Computer Sciences",
                                      start=PartialDate(2017, 8), end=PartialDate(2021, 5)))
    lines = [ln.strip() for ln in pdftotext(dump(resume, template="classic", embed=False)).splitlines()]
    assert "Aug 2017 – May 2021" in lines, lines


@needs_pdftotext
@pytest.mark.parametrize("template", ["classic", "compact"])
def test_every_entry_reads_heading_then_dates_then_bullets(template: str) -> None:
    """One reading order for a text extractor: an entry's dates come before its first bullet and
    after its heading, also where short bullets leave the right margin empty."""
    from mlresume_gui.model import Bullet, Experience, PartialDate

    resume = Resume()
    resume.basics.name = "Order Tester"
    for k in range(4):
        resume.experience.append(Experience(company=f"Company {k}", title="Engineer", location="Lyon",
                                            start=PartialDate(2010 + k, 1), end=PartialDate(2010 + k, 12),
                                            bullets=[Bullet(f"Short bullet {k}")]))
    text = squash(pdftotext(dump(resume, template=template, embed=False)))
    for k in range(4):
        assert not find_in_order(text, [f"Company {k}", f"Jan {2010 + k} – Dec {2010 + k}", f"Short bullet {k}"]), text


@needs_pdftotext
def test_a_long_compact_heading_keeps_location_and_dates_whole() -> None:
    from mlresume_gui.model import Experience, PartialDate

    resume = Resume()
    resume.basics.name = "Wrap Tester"
    resume.experience.append(Experience(company="Northern Lakes Polytechnic Applied Research Consortium",
                                        title="Senior Machine Learning Engineer, Forecasting Platform",
                                        location="Saint-Jean-sur-Richelieu, Quebec",
                                        start=PartialDate(2017, 8), end=PartialDate(2021, 5)))
    text = pdftotext(dump(resume, template="compact", embed=False))
    assert "Saint-Jean-sur-Richelieu, Quebec · Aug 2017 – May 2021" in squash(text), text
