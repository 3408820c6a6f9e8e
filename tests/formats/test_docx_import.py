"""DOCX import: styles, list numbering, tables, page header, hyperlinks, and clear errors."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.reading import word as docx_import
from mlresume_gui.model import PRESENT, PartialDate


def _doc(tmp_path: Path) -> Path:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Noor Haddad — Applied Scientist"
    d.add_paragraph("noor@haddad.ai | Seattle, WA")
    d.add_heading("Work History", level=1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Acme Robotics", "Jan 2021 – Present"
    t.cell(1, 0).text, t.cell(1, 1).text = "Applied Scientist", "Seattle, WA"
    d.add_paragraph("Cut grasp failures 30% with a diffusion policy", style="List Bullet")
    d.add_paragraph("Shipped to 40 warehouses", style="List Number")
    d.add_heading("Skills", level=1)
    d.add_paragraph("Languages: Python, C++")
    f = tmp_path / "r.docx"
    d.save(str(f))
    return f


def test_structure_from_a_word_document(tmp_path: Path) -> None:
    r = docx_import.load(_doc(tmp_path))
    assert (r.basics.name, r.basics.headline, r.basics.email) == ("Noor Haddad", "Applied Scientist", "noor@haddad.ai")
    job = r.experience[0]
    assert (job.company, job.title, job.location) == ("Acme Robotics", "Applied Scientist", "Seattle, WA")
    assert job.start == PartialDate(2021, 1) and job.end is PRESENT
    assert [b.text for b in job.bullets] == ["Cut grasp failures 30% with a diffusion policy", "Shipped to 40 warehouses"]
    assert r.skills[0].items == ["Python", "C++"]


def test_progress_callback(tmp_path: Path) -> None:
    seen: list[float] = []
    docx_import.load(_doc(tmp_path), progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)


@pytest.mark.parametrize(("data", "reason"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "password-protected or in the old .doc format"),
    (b"just some text", "not a Word .docx file"),
    (b"PK\x03\x04broken", "damaged Word file"),
])
def test_bad_files_give_one_line_reasons(tmp_path: Path, data: bytes, reason: str) -> None:
    f = tmp_path / "x.docx"
    f.write_bytes(data)
    with pytest.raises(ReadError, match=reason):
        docx_import.load(f)


def test_two_documents_read_at_once_keep_their_own_styles(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    files = []
    for i, bold_heading in enumerate((True, False)):
        d = docx.Document()
        d.styles["Heading 1"].font.bold = bold_heading
        d.add_heading("Experience", level=1)
        d.add_paragraph(f"Company {i}")
        f = tmp_path / f"r{i}.docx"
        d.save(str(f))
        files.append(f)
    alone = [[(ln.text, ln.bold) for ln in docx_import.read_lines(f)] for f in files]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda f: [(ln.text, ln.bold) for ln in docx_import.read_lines(f)], files * 8))
    assert together == alone * 8
    assert alone[0][0] == ("Experience", True) and alone[1][0] == ("Experience", False)
