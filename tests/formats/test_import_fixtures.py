"""Every import fixture: accuracy against its expected JSON (that nothing of the source is lost
is checked for every corpus by test_nothing_lost_corpora.py)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from mlresume_gui.formats.registry import read_document

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import fixture_accuracy as import_accuracy  # noqa: E402

FIXTURES = import_accuracy.fixtures()


@functools.cache
def _imported(path: Path):
    """Each fixture parsed once per test session, in this process (the child-process sandbox is
    tested elsewhere; here it would only add a process start per fixture)."""
    return read_document(path, isolate=False)


def test_there_are_enough_varied_fixtures() -> None:
    assert len(FIXTURES) >= 25
    producers = {exp["_fixture"]["producer"] for _, _, exp in FIXTURES}
    assert {"qt", "lo-docx", "lo-odt", "docx", "lo-html-docx", "text", "markdown"} <= producers
    names = {exp["basics"]["name"] for _, _, exp in FIXTURES}
    assert len(names) == len(FIXTURES)


@functools.cache
def _scores() -> dict[str, float]:
    return {fid: import_accuracy.score(exp, _imported(path))[0] for fid, path, exp in FIXTURES}


def test_accuracy_meets_the_targets() -> None:
    """At least 0.95 overall (issue 6). These fixtures are now part of what the labeller learns
    from, so they are no measure of reading unseen layouts (import-dev and the leave-one-producer-out
    figure of scripts/import_accuracy.py are); the floor per fixture is 0.65 while the layout
    readers still split header cells that wrap onto a second line (``Software Engineer, ML`` /
    ``Infrastructure, Klarna`` beside a two-line date) and two-column education blocks."""
    scores = _scores()
    overall = sum(scores.values()) / len(scores)
    worst = min(scores, key=scores.__getitem__)
    assert overall >= import_accuracy.TARGET_OVERALL, f"overall {overall:.3f}"
    assert scores[worst] >= 0.65, f"{worst} scores {scores[worst]:.3f}"


def test_accuracy_does_not_regress() -> None:
    """The level the learned reader reached (overall 0.967, 27 of 29 fixtures at 0.86 or more):
    a floor, so that a change that costs accuracy shows here."""
    scores = _scores()
    assert sum(scores.values()) / len(scores) >= 0.96
    low = {fid: round(s, 3) for fid, s in scores.items() if s < 0.85}
    assert len(low) <= 2, low
