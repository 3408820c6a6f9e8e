"""Tutorials are told apart by who did what: following one is a tutorial, teaching or writing one is not."""

from __future__ import annotations

import pytest

from mlresume_gui.scoring.bullet import score_bullet


@pytest.mark.parametrize("text", [
    "Implemented a DCGAN on MNIST step by step from the official PyTorch tutorial",
    "Trained a sentiment classifier on IMDB based on the official Keras tutorial",
    "Built a character-level language model from scratch following a popular video series",
    "Deployed a toy model to Kubernetes following a cloud provider codelab",
    "Completed a deep learning specialization and built its image classifier capstone",
])
def test_following_material_is_a_tutorial(text: str) -> None:
    assert "tutorial" in score_bullet(text, "applied", "mid").flags


@pytest.mark.parametrize("text", [
    "Head TA for the graduate deep learning course",
    "Head TA for the graduate deep learning course: wrote 6 assignments taken by 240 students",
    "Teaching assistant for the undergraduate machine learning course, grading 300 assignments",
    "Taught a 12-week course on probabilistic machine learning to 80 graduate students",
    "Wrote a tutorial on diffusion models for the lab; read by 12,000 people in its first year",
    "Authored a step-by-step tutorial on normalising flows, used in 3 university courses",
    "Mentored 6 interns through a course-recommendation project that shipped to 1M learners",
    "Built a course recommendation model for 2M learners",
])
def test_teaching_and_authoring_are_not_tutorials(text: str) -> None:
    assert "tutorial" not in score_bullet(text, "applied", "mid").flags


def test_a_tutorial_is_fair_for_a_student_and_a_warning_later() -> None:
    text = "Implemented a DCGAN on MNIST step by step from the official PyTorch tutorial"
    student = score_bullet(text, "applied", "student")
    senior = score_bullet(text, "applied", "senior")
    sev = {s: next(f.severity for f in b.findings if f.code == "tutorial") for s, b in (("student", student), ("senior", senior))}
    assert sev == {"student": "info", "senior": "warning"}
    assert student.penalties["tutorial"] < senior.penalties["tutorial"]


def test_a_teaching_role_is_a_role_not_unmeasured_work() -> None:
    from mlresume_gui.scoring.bullet import score_bullet

    s = score_bullet("Head TA for the graduate deep learning course", "applied", "mid")
    assert not s.flags and "no-outcome" in {f.code for f in s.findings}
    assert "no-metric" in score_bullet("Built a deep learning course platform", "applied", "mid").flags
