"""Word export: named styles, real list numbering, live links, keep-with-next, golden structure,
and LibreOffice (a real third-party reader) opening every exported file."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from export_cases import HAVE_PDFTOTEXT, HAVE_SOFFICE, awkward, find_in_order, long_resume, sample

from mlresume_gui.formats.native import load
from mlresume_gui.formats.writing.word import BULLET_STYLE, STYLE_NAMES, dump

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("MLRESUME_UPDATE_GOLDEN") == "1"


def _open(data: bytes):
    return docx.Document(io.BytesIO(data))


def _bullet_num_ids(document) -> set[str]:
    """numIds whose level 0 is a bullet list in the numbering part."""
    numbering = document.part.numbering_part.element
    bullet_abstract = {
        a.get(qn("w:abstractNumId"))
        for a in numbering.findall(qn("w:abstractNum"))
        if a.find(f"{qn('w:lvl')}/{qn('w:numFmt')}").get(qn("w:val")) == "bullet"
    }
    return {
        n.get(qn("w:numId"))
        for n in numbering.findall(qn("w:num"))
        if n.find(qn("w:abstractNumId")).get(qn("w:val")) in bullet_abstract
    }


def _num_id(paragraph) -> str | None:
    num = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return None if num is None else num.get(qn("w:val"))


def structure(data: bytes) -> dict:
    """What the golden files pin: styles, the bullet numbering and every paragraph's shape."""
    document = _open(data)
    styles = {}
    for name in STYLE_NAMES:
        s = document.styles[name]
        pf = s.paragraph_format
        styles[name] = {
            "base": s.base_style.name if s.base_style else None,
            "font": s.font.name,
            "size": s.font.size.pt if s.font.size else None,
            "bold": s.font.bold,
            "italic": s.font.italic,
            "keep_with_next": pf.keep_with_next,
            "space_before": pf.space_before.pt if pf.space_before is not None else None,
            "space_after": pf.space_after.pt if pf.space_after is not None else None,
            "numbered": s.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None,
        }
    numbering = document.part.numbering_part.element
    num_ids = _bullet_num_ids(document)
    levels = []
    for a in numbering.findall(qn("w:abstractNum")):
        lvl = a.find(qn("w:lvl"))
        if lvl.find(qn("w:numFmt")).get(qn("w:val")) == "bullet":
            ind = lvl.find(f"{qn('w:pPr')}/{qn('w:ind')}")
            levels.append({"text": lvl.find(qn("w:lvlText")).get(qn("w:val")),
                           "left": ind.get(qn("w:left")), "hanging": ind.get(qn("w:hanging"))})
    paragraphs = []
    rels = document.part.rels
    for p in document.paragraphs:
        links = [rels[h.get(qn("r:id"))].target_ref for h in p._p.findall(qn("w:hyperlink"))]
        paragraphs.append({
            "style": p.style.name,
            "text": p.text[:48],
            "bullet": _num_id(p) in num_ids,
            "keep_with_next": p.paragraph_format.keep_with_next,
            **({"links": links} if links else {}),
        })
    section = document.sections[0]
    page = {"width_mm": round(section.page_width.mm, 1), "left_mm": round(section.left_margin.mm, 1)}
    return {"page": page, "styles": styles, "bullet_levels": levels, "paragraphs": paragraphs}


@pytest.mark.parametrize("template", ["classic", "compact"])
def test_golden_structure(template):
    resume = load(GOLDEN / "input.mlresume")
    got = structure(dump(resume, template=template))
    path = GOLDEN / f"docx-{template}.json"
    if UPDATE or not path.exists():
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"golden file {path.name} was missing and has been written; check it in")
    assert got == json.loads(path.read_text(encoding="utf-8"))


def test_bullets_are_word_lists_not_typed_glyphs():
    r = sample()
    document = _open(dump(r))
    num_ids = _bullet_num_ids(document)
    bullets = [p for p in document.paragraphs if p.style.name == BULLET_STYLE]
    texts = [b.text for *_x, b in r.iter_bullets()]
    assert len(bullets) == len(texts) + len(r.publications)
    for p in bullets:
        assert _num_id(p) in num_ids
        assert not p.text.lstrip().startswith(("•", "-", "*", "·"))
    assert not find_in_order("\n".join(p.text for p in bullets), texts)


def test_sections_are_heading_1_and_entry_headings_keep_with_next():
    document = _open(dump(sample()))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Summary", "Experience", "Projects"]
    paras = document.paragraphs
    for i, p in enumerate(paras):
        if p.style.name == "Entry Heading" and i + 1 < len(paras) and \
                paras[i + 1].style.name in ("Entry Meta", "Entry Detail", BULLET_STYLE):
            assert p.paragraph_format.keep_with_next is True, p.text
    heading = document.styles["Heading 1"]
    assert heading.paragraph_format.keep_with_next
    assert heading.font.name == "Calibri"


def test_links_are_live_hyperlinks():
    document = _open(dump(sample()))
    rels = document.part.rels
    targets = set()
    for h in document.element.body.iter(qn("w:hyperlink")):
        rel = rels[h.get(qn("r:id"))]
        assert rel.is_external
        targets.add(rel.target_ref)
    assert {"mailto:maya.okafor@example.com", "https://github.com/mokafor",
            "https://arxiv.org/abs/1805.00001"} <= targets


def test_page_and_fonts_follow_the_template():
    for template, left in (("classic", 19), ("compact", 14)):
        document = _open(dump(sample(), template=template))
        assert round(document.sections[0].left_margin.mm) == left
        assert document.styles["Normal"].font.name == "Calibri"
    a4 = _open(dump(sample(), paper="a4"))
    assert round(a4.sections[0].page_width.mm) == 210
    assert _open(dump(sample())).core_properties.author == "Maya Okafor"


def test_variant_option_and_unknown_variant():
    r = sample()
    with pytest.raises(KeyError, match="no variant named"):
        dump(r, variant="applied")


@pytest.mark.skipif(not HAVE_SOFFICE, reason="LibreOffice (soffice) is not installed: apt-get "
                    "install libreoffice-writer (scripts/setup.sh test installs it for CI)")
def test_libreoffice_opens_and_converts_every_export(tmp_path):
    cases = {"sample": sample(), "awkward": awkward(), "long": long_resume()}
    files = []
    for name, resume in cases.items():
        for template in ("classic", "compact"):
            path = tmp_path / f"{name}-{template}.docx"
            path.write_bytes(dump(resume, template=template))
            files.append(path)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    profile = (tmp_path / "lo-profile").as_uri()
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, files)],
        capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    for path in files:
        pdf = path.with_suffix(".pdf")
        assert pdf.exists() and pdf.stat().st_size > 1000, f"LibreOffice failed on {path.name}"
    if HAVE_PDFTOTEXT:
        for name, resume in cases.items():
            text = subprocess.run(["pdftotext", str(tmp_path / f"{name}-classic.pdf"), "-"],
                                  capture_output=True, text=True, check=True).stdout
            bullets = [b.text for *_x, b in resume.iter_bullets() if b.text.strip()]
            assert not find_in_order(text, bullets), name
