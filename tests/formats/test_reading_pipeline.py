"""The reading pipeline: segments, alignment labels, the shipped labeller, assembly and the
ImportResult the review reads (through the sandbox too)."""

from __future__ import annotations

import pickle
from pathlib import Path

from mlresume_gui.formats.reading.alignment import align
from mlresume_gui.formats.reading.labelling.model import shipped
from mlresume_gui.formats.reading.labelling.roles import ROLES
from mlresume_gui.formats.reading.labelling.segments import segments, split_piece
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span
from mlresume_gui.formats.reading.pipeline import read_document_layout
from mlresume_gui.formats.registry import read_import
from mlresume_gui.model import Bullet, Experience, Resume

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def _line(*pieces: str, bold: bool = False, size: float = 10.0, bullet: str = "") -> LayoutLine:
    return LayoutLine(pieces=[Piece([Span(t, size=size, bold=bold)]) for t in pieces], bullet=bullet)


def _doc() -> LayoutDocument:
    return LayoutDocument(lines=[
        _line("Ada Quill", bold=True, size=20),
        _line("ada@example.org | +1 555 010 0199"),
        _line("EXPERIENCE", bold=True, size=12),
        _line("Lattice Works — Research Engineer", "Jan 2021 – Present", bold=True),
        _line("• Trained a retrieval model that cut latency by half for", bullet="•"),
        _line("every search request"),
    ])


def test_separators_split_a_piece_into_segments():
    assert split_piece("Company | Role | 2020 – 2021") == ["Company", "Role", "2020 – 2021"]
    segs = segments(_doc())
    assert [s.text for s in segs][:3] == ["Ada Quill", "ada@example.org", "+1 555 010 0199"]


def test_alignment_labels_segments_from_the_truth():
    truth = Resume()
    truth.basics.name = "Ada Quill"
    truth.basics.email = "ada@example.org"
    truth.basics.phone = "+1 555 010 0199"
    job = Experience(company="Lattice Works", title="Research Engineer")
    job.bullets = [Bullet("Trained a retrieval model that cut latency by half for every search request")]
    truth.experience = [job]
    roles = align(segments(_doc()), truth)
    assert roles == ["name", "contact", "contact", "heading", "w_orgtitle", "w_date", "w_bullet", "cont"]
    assert set(roles) <= set(ROLES)


def test_the_shipped_labeller_reads_a_simple_layout():
    result = read_document_layout(_doc())
    r = result.resume
    assert r.basics.name == "Ada Quill" and r.basics.email == "ada@example.org"
    assert len(r.experience) == 1
    job = r.experience[0]
    assert (job.company, job.title) == ("Lattice Works", "Research Engineer")
    assert job.start is not None and job.start.year == 2021
    assert [b.text for b in job.bullets] == ["Trained a retrieval model that cut latency by half for every search request"]
    assert [p.target for p in result.placements][:2] == ["basics.name", "basics.email"]
    assert all(0.0 <= p.confidence <= 1.0 for p in result.placements)
    assert result.placements[-1].target == "experience[0].bullets[0]"


def test_the_shipped_model_gives_only_known_roles():
    labeller = shipped()
    assert labeller.labels and set(labeller.labels) <= set(ROLES)


def test_import_result_comes_back_from_the_sandbox_whole():
    path = FIXTURES / "qt_one_classic.pdf"
    result = read_import(path)
    assert result.resume.basics.name and result.resume.experience
    assert len(result.placements) > 20
    assert {p.target.split("[")[0].split(".")[0] for p in result.placements} >= {"basics", "experience"}
    pickle.loads(pickle.dumps(result))
