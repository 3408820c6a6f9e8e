"""Realistic bullets of each archetype, beyond the guide: strong ones score well for their own
target with no penalty flag; weak ones score low and say why."""

from __future__ import annotations

import pytest
from bullet_cases import STRONG, WEAK

from mlresume_gui.scoring.bullet import score_bullet

TARGETS = ("research", "infra", "applied")

@pytest.mark.parametrize("target,text", [(t, b) for t, bs in STRONG.items() for b in bs])
def test_strong_bullets_score_well_for_their_target(target: str, text: str) -> None:
    s = score_bullet(text, target, "mid")
    assert not s.flags, s.flags
    assert s.score >= 65, (s.score, s.components)
    signal = {t: score_bullet(text, t, "mid").components["archetype signal"] for t in TARGETS}
    assert signal[target] >= 0.5, signal


@pytest.mark.parametrize("text,flags", WEAK)
def test_weak_bullets_score_low_and_say_why(text: str, flags: set[str]) -> None:
    for target in TARGETS:
        s = score_bullet(text, target, "senior")
        assert flags <= set(s.flags), (target, s.flags)
        assert s.score <= 30, (target, s.score)
        assert all(f.suggestion for f in s.findings)


@pytest.mark.parametrize("target", TARGETS)
def test_every_strong_bullet_beats_every_weak_bullet(target: str) -> None:
    strong = min(score_bullet(b, target, "mid").score for b in STRONG[target])
    weak = max(score_bullet(t, target, "mid").score for t, _ in WEAK)
    assert strong > weak


def test_suggestions_follow_the_target() -> None:
    text = "Built a recommendation model for the home feed"
    by = {t: next(f for f in score_bullet(text, t).findings if f.code == "no-metric").suggestion for t in TARGETS}
    assert len(set(by.values())) == 3
    assert "A/B" in by["applied"] and "GPU" in by["infra"] and "benchmark" in by["research"]
