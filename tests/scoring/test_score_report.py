"""score_report and render_text in-process (the subprocess contract is in tests/cli)."""

from __future__ import annotations

import json
from pathlib import Path

from mlresume_gui.formats.native import load
from mlresume_gui.model import Bullet, Experience, Resume
from mlresume_gui.scoring.report import render_text, score_report

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample.mlresume"


def test_report_is_json_serialisable_and_in_document_order() -> None:
    resume = load(SAMPLE)
    report = score_report(resume, None)
    json.dumps(report)
    order = [(b["section"], b["entry"], b["index"]) for b in report["bullets"]]
    assert order[0] == ("work", 0, 0) and order[1] == ("work", 0, 1)
    assert [b["text"] for b in report["bullets"]] == [b.text for *_x, b in resume.iter_bullets()]


def test_explicit_target_wins_over_the_stored_one() -> None:
    resume = load(SAMPLE)
    assert score_report(resume, "research")["target"] == "research"
    assert score_report(resume, None)["target"] == "applied"


def test_empty_resume_reports_without_bullets() -> None:
    report = score_report(Resume(), None)
    assert report["bullets"] == [] and 0 <= report["overall"] <= 100
    assert "no bullets" in render_text(report)


def test_text_puts_the_weakest_bullet_first_with_its_suggestion() -> None:
    r = Resume(target="applied")
    r.experience.append(Experience(company="A", title="ML Engineer", bullets=[
        Bullet("Shipped a churn model to 2M users; cut churn from 5.1% to 4.3% in an A/B test"),
        Bullet("Worked on machine learning")]))
    text = render_text(score_report(r, None))
    assert text.index("Worked on machine learning") < text.index("Shipped a churn model")
    assert "→" in text and "Resume" in text and "Skills coverage for applied" in text
