"""Every import fixture: accuracy against its expected JSON, and nothing of the source lost.

The source lines are read here independently of the importers (pdfminer's plain text, python-docx
paragraphs, raw text lines), then every word of every line must be somewhere in the imported model.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import pytest

from mlresume_gui.formats.reading.nothing_lost import missing_lines
from mlresume_gui.formats.registry import read_document

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import fixture_accuracy as import_accuracy  # noqa: E402

FIXTURES = import_accuracy.fixtures()
_PAGE_NO = re.compile(r"^\s*(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?\s*$", re.IGNORECASE)


@functools.cache
def _imported(path: Path):
    """Each fixture parsed once per test session, in this process (the child-process sandbox is
    tested elsewhere; here it would only add a process start per fixture)."""
    return read_document(path, isolate=False)


@functools.cache
def _source_lines(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        text = extract_text(str(path), laparams=LAParams(boxes_flow=None))
    elif path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for s in d.sections for p in s.header.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            parts += [p.text for row in t.rows for cell in row.cells for p in cell.paragraphs]
        text = "\n".join(parts)
    else:
        text = path.read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not _PAGE_NO.match(ln)]


def test_there_are_enough_varied_fixtures() -> None:
    assert len(FIXTURES) >= 25
    producers = {exp["_fixture"]["producer"] for _, _, exp in FIXTURES}
    assert {"qt", "lo-docx", "lo-odt", "docx", "lo-html-docx", "text", "markdown"} <= producers
    names = {exp["basics"]["name"] for _, _, exp in FIXTURES}
    assert len(names) == len(FIXTURES)


@pytest.mark.parametrize(("fid", "path", "expected"), FIXTURES, ids=[f[0] for f in FIXTURES])
def test_nothing_is_lost(fid: str, path: Path, expected: dict) -> None:
    resume = _imported(path)
    assert missing_lines(_source_lines(path), resume) == []


@functools.cache
def _scores() -> dict[str, float]:
    return {fid: import_accuracy.score(exp, _imported(path))[0] for fid, path, exp in FIXTURES}


def test_accuracy_meets_the_targets() -> None:
    """Issue 6: at least 0.95 overall and no fixture below 0.85."""
    scores = _scores()
    overall = sum(scores.values()) / len(scores)
    worst = min(scores, key=scores.__getitem__)
    assert overall >= import_accuracy.TARGET_OVERALL, f"overall {overall:.3f}"
    assert scores[worst] >= import_accuracy.TARGET_MIN, f"{worst} scores {scores[worst]:.3f}"


def test_accuracy_does_not_regress() -> None:
    """The level reached so far (overall 0.999, weakest fixture 0.98): a floor above the targets,
    so that a change that costs accuracy shows here before it costs the target."""
    scores = _scores()
    assert sum(scores.values()) / len(scores) >= 0.98
    low = {fid: round(s, 3) for fid, s in scores.items() if s < 0.93}
    assert not low
