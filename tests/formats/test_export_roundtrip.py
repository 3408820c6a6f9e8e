"""Export, then import with MLResume's own importers: the structure must come back.

Every document is exported to DOCX and PDF with every template and read back in process; the
field-by-field scorer of ``scripts/fixture_accuracy.py`` (the one the import fixtures are held to)
must give >= 0.98. The documents: the sample, an awkward resume (markup characters, a role with no
company, a bullet that starts with "- ", a publication title with a colon), two long resumes that
break pages, and the expected document of every import fixture. The sample and the built-in
resumes are also held to a stricter field list (locations, profiles, summary, project bullets).
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from export_cases import awkward, expected_from_resume, long_resume, resume_from_expected, sample

from mlresume_gui.formats.registry import read_document
from mlresume_gui.formats.writing.templates import template_names
from mlresume_gui.model import Resume

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import fixture_accuracy as import_accuracy  # noqa: E402

THRESHOLD = 0.98
FORMATS = ("docx", "pdf")
TEMPLATES = tuple(template_names())

# built-in resumes: (resume factory, also held to the stricter field list below)
BUILT_IN: dict[str, Callable[[], Resume]] = {
    "sample": sample,
    "awkward": awkward,
    "long": lambda: long_resume(jobs=5),
    "longer": lambda: long_resume(jobs=9, summary_words=90),
}
FIXTURE_EXPECTED = {fid: expected for fid, _path, expected in import_accuracy.fixtures()}
DOCUMENTS = sorted(BUILT_IN) + sorted(FIXTURE_EXPECTED)


@functools.cache
def _document(name: str) -> tuple[Resume, dict[str, Any]]:
    """The resume to export and the expected document the scorer compares with."""
    if name in BUILT_IN:
        resume = BUILT_IN[name]()
        return resume, expected_from_resume(resume)
    expected = FIXTURE_EXPECTED[name]
    return resume_from_expected(expected), expected


@functools.cache
def _round_trip(name: str, fmt: str, template: str, folder: Path) -> Resume:
    """``name`` exported to ``fmt`` with ``template`` and read back from its text alone (the
    embedded MLResume data ignored, as an applicant tracking system would), once per session."""
    dump = importlib.import_module(f"mlresume_gui.formats.writing.{ {'docx': 'word'}.get(fmt, fmt)}").dump
    path = folder / f"{name}.{template}.{fmt}"
    path.write_bytes(dump(_document(name)[0], template=template))
    return read_document(path, isolate=False, text_only=True)


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("roundtrip")


def _norm(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold()


def fields(r: Resume) -> dict[str, str]:
    """The fields an importer must recover, by path; empty values are left out."""
    out: dict[str, str] = {
        "name": r.basics.name, "email": r.basics.email, "phone": r.basics.phone,
        "summary": r.summary,
    }
    for p in r.basics.profiles:
        out[f"profile:{p.url.rstrip('/')}"] = p.url and "yes"
    for i, e in enumerate(r.experience):
        for attr in ("company", "title", "location", "start", "end"):
            value = getattr(e, attr)
            out[f"experience[{i}].{attr}"] = value.iso() if hasattr(value, "iso") else value
        for j, b in enumerate(e.bullets):
            out[f"experience[{i}].bullets[{j}]"] = b.text
    for i, e in enumerate(r.education):
        out[f"education[{i}].institution"] = e.institution
        out[f"education[{i}].degree"] = e.degree
    for i, p in enumerate(r.publications):
        out[f"publications[{i}].title"] = p.title
    for i, p in enumerate(r.projects):
        out[f"projects[{i}].name"] = p.name
        for j, b in enumerate(p.bullets):
            out[f"projects[{i}].bullets[{j}]"] = b.text
    for g in r.skills:
        for item in g.items:
            out[f"skills:{g.category}:{item}"] = "yes"
    return {k: _norm(v) for k, v in out.items() if _norm(v)}


def field_accuracy(original: Resume, imported: Resume) -> tuple[float, list[str]]:
    want, got = fields(original), fields(imported)
    wrong = [k for k, v in want.items() if got.get(k) != v]
    return 1 - len(wrong) / max(1, len(want)), wrong


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_export_then_import_keeps_the_structure(out_dir: Path, name: str, fmt: str, template: str):
    resume, expected = _document(name)
    imported = _round_trip(name, fmt, template, out_dir)
    accuracy, by_field = import_accuracy.score(expected, imported)
    below = {k: round(v, 2) for k, v in by_field.items() if v < 1}
    assert accuracy >= THRESHOLD, f"field accuracy {accuracy:.3f}; fields below 1: {below}"
    if name in BUILT_IN:
        strict, wrong = field_accuracy(resume, imported)
        assert strict >= THRESHOLD, f"field accuracy {strict:.3f}; wrong: {wrong[:12]}"


COMPETITION_FIELDS = ("name", "platform", "placement", "teams", "approach")


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_competitions_come_back(out_dir: Path, fmt: str, template: str):
    """Competitions (which the fixture scorer leaves out): exported as entries, read back field by
    field; the names are matched in order."""
    right = total = 0
    wrong = []
    for name in DOCUMENTS:
        resume, _ = _document(name)
        if not resume.competitions:
            continue
        got = _round_trip(name, fmt, template, out_dir).competitions
        for i, want in enumerate(resume.competitions):
            for field in COMPETITION_FIELDS:
                total += 1
                ok = i < len(got) and import_accuracy.norm(getattr(got[i], field)) == import_accuracy.norm(getattr(want, field))
                right += ok
                if not ok:
                    wrong.append(f"{name}[{i}].{field}")
    assert total >= 50 and right / total >= 0.95, f"{right}/{total}; wrong: {wrong[:10]}"


def test_every_import_fixture_is_a_round_trip_document():
    assert len(FIXTURE_EXPECTED) >= 25 and set(FIXTURE_EXPECTED) <= set(DOCUMENTS)
    assert {"classic", "compact"} <= set(TEMPLATES)


def test_awkward_resume_comes_back_unambiguous(out_dir: Path):
    """What used to be misread: a role with no company, a bullet opening with "- ", a colon title."""
    for fmt in FORMATS:
        got = _round_trip("awkward", fmt, "classic", out_dir)
        intern = got.experience[1]
        assert (intern.company, intern.title) == ("", "Research Intern"), fmt
        assert got.experience[0].bullets[1].text.startswith("- not a nested list"), fmt
        assert [(p.title, p.authors, p.venue) for p in got.publications] == [
            ("A Title: With Colons", ["Z. Ångström-Núñez"], "ICLR")], fmt
        assert not any(s.holding for s in got.custom), fmt


def test_resume_from_expected_builds_what_the_scorer_expects():
    name = sorted(FIXTURE_EXPECTED)[0]
    resume, expected = _document(name)
    assert import_accuracy.score(expected, resume)[0] == 1.0
    assert import_accuracy.score(expected, Resume())[0] < 0.5


def test_field_accuracy_counts_what_differs():
    a, b = sample(), sample()
    assert field_accuracy(a, b) == (1.0, [])
    b.experience[0].bullets[0].text = "changed"
    b.basics.email = ""
    accuracy, wrong = field_accuracy(a, b)
    assert set(wrong) == {"experience[0].bullets[0]", "email"} and accuracy < 1
