"""The fifth round's own bullets: every strong one outranks its weak one, every flagged one raises its
flag, every look-alike stays clean (tests/scoring/fifth_round_cases.py)."""

from __future__ import annotations

import pytest
from fifth_round_cases import CLEAN, FLAGGED, PAIRS

from mlresume_gui.scoring.bullet import score_bullet


@pytest.mark.parametrize(("target", "strong", "weak"), PAIRS)
def test_the_outcome_outranks_effort_tools_and_scale(target: str, strong: str, weak: str) -> None:
    s, w = score_bullet(strong, target, "mid"), score_bullet(weak, target, "mid")
    assert s.score > w.score, (s.score, w.score)


@pytest.mark.parametrize(("target", "code", "text"), FLAGGED)
def test_the_flag_is_raised(target: str, code: str, text: str) -> None:
    assert code in score_bullet(text, target, "mid").flags


@pytest.mark.parametrize(("target", "text"), CLEAN)
def test_the_look_alike_is_clean(target: str, text: str) -> None:
    assert not score_bullet(text, target, "mid").flags
