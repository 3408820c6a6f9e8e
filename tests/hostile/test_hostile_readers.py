"""The readers themselves keep the promises of the reading path, without the sandbox's help: bounded
reference chasing, the shared page and character limits, ReadError with the reason for a damaged
file (never pdfminer's or lxml's own exception), and linear time on very long lines."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from mlresume_gui.formats import limits
from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.reading import pdf as pdf_import
from mlresume_gui.formats.reading import text as text_import
from mlresume_gui.formats.reading import word as docx_import
from mlresume_gui.formats.registry import read_document
from mlresume_gui.model import Resume

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
sys.path.insert(0, str(ROOT / "scripts"))
import make_hostile_corpus as corpus  # noqa: E402

LINK = b"<< /Type /Annot /Subtype /Link /Rect [50 740 300 775] /A << /S /URI /URI (https://example.org/jordan) >> >>"


def _pdf(tmp_path: Path, name: str, **kwargs) -> Path:
    path = tmp_path / name
    path.write_bytes(corpus.pdf_document([corpus.text_stream(corpus.RESUME_LINES)], **kwargs))
    return path


@pytest.mark.timeout(30)
def test_an_annotation_that_refers_to_itself_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    # /Annots is a list holding a self-reference, a link, and a reference chain longer than the bound
    chain = {60 + i: b"%d 0 R" % (61 + i) for i in range(limits.MAX_REF_HOPS + 2)}
    path = _pdf(tmp_path, "annots.pdf", extra={50: b"50 0 R", 51: LINK, 52: b"[50 0 R 51 0 R 60 0 R]", **chain},
                page_extra="/Annots 52 0 R ")
    resume = pdf_import.load(path)
    assert resume.basics.name == corpus.RESUME_LINES[0]
    assert resume.basics.url.rstrip("/") == "https://example.org/jordan"


@pytest.mark.timeout(30)
def test_annotations_that_are_a_self_reference_leave_the_page_readable(tmp_path: Path) -> None:
    path = _pdf(tmp_path, "loop.pdf", extra={50: b"50 0 R"}, page_extra="/Annots 50 0 R ")
    assert pdf_import.load(path).basics.name == corpus.RESUME_LINES[0]
    recursive = read_document(HOSTILE / "recursive-objects.pdf", isolate=False)  # used to hang here
    assert isinstance(recursive, Resume)


@pytest.mark.timeout(30)
def test_a_page_attribute_that_refers_to_itself_is_a_damaged_file(tmp_path: Path) -> None:
    path = _pdf(tmp_path, "resources.pdf", extra={50: b"50 0 R"}, resources="50 0 R")
    with pytest.raises(ReadError, match="damaged PDF file: an object refers to itself in a loop"):
        pdf_import.load(path)


def test_the_page_limit_is_the_shared_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 2)
    path = tmp_path / "three.pdf"
    path.write_bytes(corpus.pdf_document([corpus.text_stream(corpus.RESUME_LINES)] * 3))
    with pytest.raises(ReadError, match="the PDF has 3 pages; a resume import reads at most 2"):
        pdf_import.load(path)


def test_the_character_budget_is_the_shared_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _pdf(tmp_path, "valid.pdf")
    chars = sum(len(line) for line in corpus.RESUME_LINES)
    monkeypatch.setattr(limits, "MAX_PDF_CHARS", chars // 2)
    with pytest.raises(ReadError, match=f"more than {chars // 2:,} characters"):
        pdf_import.load(path)
    monkeypatch.setattr(limits, "MAX_PDF_CHARS", chars * 2)
    assert pdf_import.load(path).basics.name == corpus.RESUME_LINES[0]


@pytest.mark.parametrize(("data", "reason"), [
    ((HOSTILE / "truncated.pdf").read_bytes(), r"damaged PDF file: (page \d+: )?it ends too early \(cut short\?\)$"),
    (corpus.pdf_document([corpus.text_stream(corpus.RESUME_LINES)],  # a Type0 font that is not one
                         resources="<< /Font << /F1 << /Type /Font /Subtype /Type0 /DescendantFonts 9 >> >> >>"),
     r"damaged PDF file: (page 1: )?an internal object is malformed$"),
])
def test_the_pdf_reader_names_the_damage_itself(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(data)
    with pytest.raises(ReadError, match=reason):
        pdf_import.load(path)


def test_the_word_reader_names_the_damage_itself(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"damaged Word file: the part word/document\.xml is not well-formed XML \(.*line \d+"):
        docx_import.load(HOSTILE / "malformed-xml.docx")
    path = tmp_path / "unclosed.docx"
    path.write_bytes(corpus.minimal_docx(corpus.document_xml(corpus.RESUME_LINES)[:-20]))
    with pytest.raises(ReadError, match=r"damaged Word file: the part word/document\.xml is not well-formed XML \(.*line \d+"):
        docx_import.load(path)


def test_a_bug_in_the_reader_is_not_passed_off_as_a_damaged_file(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise KeyError("a bug of ours")

    monkeypatch.setattr(pdf_import, "pages_in_order", broken)
    with pytest.raises(KeyError):
        pdf_import.load(_pdf(tmp_path, "valid.pdf"))


def _long_lines_text(size: int) -> str:
    """Text shaped the ways that used to make the text importer quadratic: one heading line of
    ``size`` characters, a bullet wrapped over thousands of lines, emphasis and link markers that
    never close, a skills line wrapped over thousands of lines."""
    rng = random.Random(5)
    words = ["model", "training", "latency", "gpu", "data,", "pipeline", "ranking", "shipped", "40%"]

    def run(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n))

    per = size // 6
    return "\n".join([
        "Jordan Example", "EXPERIENCE", run(per // 7), "- " + run(8),
        "\n".join(run(6) + " and" for _ in range(per // 40)),
        "- " + " ".join("_x" for _ in range(per // 3)), "- " + " ".join("[x" for _ in range(per // 3)),
        "SKILLS", "Languages: " + "\n".join(run(6) + "," for _ in range(per // 40)),
    ])


def test_very_long_lines_are_read_within_the_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """About 600 kB of hostile lines: minutes before the fix, about a second now; the limit is the
    corpus tests' generous one, so only a return to quadratic time fails it."""
    monkeypatch.setattr(limits, "READ_TIME_LIMIT_S", 6.0)
    path = tmp_path / "long-lines.md"
    text = _long_lines_text(600_000)
    path.write_text(text, encoding="utf-8")
    resume = read_document(path)
    bullets = [b.text for e in resume.experience for b in e.bullets]
    assert any(b.startswith("_x _x _x") for b in bullets) and any(b.startswith("[x [x") for b in bullets)
    assert max(len(b) for b in bullets) > 10_000  # the wrapped bullet came back as one


def test_emphasis_is_removed_as_the_markdown_regex_would(tmp_path: Path) -> None:
    import re

    regex = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")  # the quadratic original
    rng = random.Random(11)
    for _ in range(20_000):
        t = "".join(rng.choice("ab *_`**__ x") for _ in range(rng.randint(0, 16)))
        assert text_import.strip_emphasis(t) == regex.sub(r"\2", t), t
    assert text_import.strip_emphasis("**Acme** and *Senior* `vLLM`, 2 * 3") == "Acme and Senior vLLM, 2 * 3"
