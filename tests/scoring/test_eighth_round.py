"""Eighth round of scoring rules: adoption said as "every ... includes it", and what makes a
deployment one of machine learning (the resume-level half lives in test_resume_findings.py)."""

from __future__ import annotations

import pytest

from mlresume_gui.scoring.bullet import score_bullet


def _outcome(text: str) -> bool:
    s = score_bullet(text, "applied", "mid")
    return "no-metric" not in s.flags and not any(f.code == "no-outcome" for f in s.findings)


@pytest.mark.parametrize("text", [
    "Shipped the clause-redlining model in our legal product; every enterprise contract signed since includes it",
    "Built the shared tokenizer service, and all new search features now run on it",
    "Designed the PII scrubber for the data lake; every ingestion job written since calls it",
])
def test_what_one_made_that_everything_counted_uses_is_an_adoption(text: str) -> None:
    assert _outcome(text), text


@pytest.mark.parametrize("text", [
    "Maintained the clause-redlining model; every enterprise contract includes it",  # not the person's making
    "Shipped the clause-redlining model for every enterprise contract in the legal product",  # no "it"
])
def test_without_a_making_verb_or_its_object_every_is_no_adoption(text: str) -> None:
    assert not _outcome(text), text
