"""ResumeScorer: incremental updates, coverage, archetype fit and detection, seniority."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mlresume_gui.formats.native import load
from mlresume_gui.model import Bullet, Education, Experience, PartialDate, Resume, SkillGroup
from mlresume_gui.model.dates import PRESENT
from mlresume_gui.scoring.resume import ResumeScorer
from mlresume_gui.scoring.seniority import estimate

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "sample.mlresume"
GUIDE = ROOT / "tests" / "fixtures" / "scoring" / "guide_sample.mlresume"
TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def sample() -> Resume:
    return load(SAMPLE)


def test_sample_is_detected_applied_with_infra_flavour(sample: Resume) -> None:
    sample.target = None
    scorer = ResumeScorer(sample, today=TODAY)
    fit = scorer.fit
    assert scorer.detected == "applied"
    assert scorer.target == "applied"
    assert all(0.0 <= v <= 1.0 for v in fit.values())
    assert fit["applied"] > fit["infra"] > fit["research"] * 0.8
    assert fit["infra"] >= 0.35


def test_guide_sample_resume_is_detected_applied() -> None:
    resume = load(GUIDE)
    scorer = ResumeScorer(resume, today=TODAY)
    assert resume.target is None
    assert scorer.detected == "applied"
    assert scorer.fit["applied"] > scorer.fit["research"]
    assert scorer.seniority == "senior"  # 2018 to present with a senior title


def test_one_bullet_update_rescores_only_that_bullet(sample: Resume) -> None:
    scorer = ResumeScorer(sample)
    before = {bid: scorer.bullet(bid) for bid in scorer.bullet_ids()}
    weak = sample.experience[1].bullets[3]
    weak.text = "Shipped a query-understanding model for search; lifted CTR from 3.1% to 3.4% in an A/B test"
    scorer.update({weak.id})
    assert scorer.bullet(weak.id).score > before[weak.id].score
    for bid, old in before.items():
        if bid != weak.id:
            assert scorer.bullet(bid) is old


def test_unreported_edits_and_structure_changes_are_noticed_by_a_full_update(sample: Resume) -> None:
    """update(None) walks the document (the window calls it on structure changes); update(ids)
    trusts the ids and re-scores only those."""
    scorer = ResumeScorer(sample)
    first = sample.experience[0].bullets[0]
    old = scorer.bullet(first.id)
    first.text = "Worked on machine learning"
    removed = sample.experience[0].bullets.pop()
    added = Bullet("Cut p99 latency from 900 ms to 210 ms on 16 L4 GPUs with TensorRT-LLM")
    sample.experience[2].bullets.append(added)
    scorer.update(set())
    assert scorer.bullet(first.id) is old  # nothing named: nothing re-scored
    scorer.update(None)
    assert scorer.bullet(first.id).score < old.score
    assert removed.id not in scorer.bullet_ids()
    assert scorer.bullet(added.id).score >= 70
    assert scorer.bullet_ids()[-1] != added.id  # projects come after experience


def test_update_none_rescores_everything_and_aggregates_refresh(sample: Resume) -> None:
    scorer = ResumeScorer(sample)
    overall = scorer.overall
    for _s, _e, _i, _entry, b in sample.iter_bullets():
        b.text = "Helped with stuff"
    scorer.update(None)
    assert scorer.overall < overall
    assert all(scorer.bullet(b).score < 20 for b in scorer.bullet_ids())


def test_set_target_changes_archetype_signal_only(sample: Resume) -> None:
    scorer = ResumeScorer(sample, "applied")
    bid = sample.experience[0].bullets[1].id  # vLLM serving on A100s: an infra-flavoured bullet
    applied = scorer.bullet(bid)
    scorer.set_target("infra")
    infra = scorer.bullet(bid)
    assert scorer.target == "infra"
    assert infra.components["archetype signal"] >= applied.components["archetype signal"]
    assert {k: v for k, v in infra.components.items() if k != "archetype signal"} == \
        {k: v for k, v in applied.components.items() if k != "archetype signal"}
    with pytest.raises(ValueError):
        scorer.set_target("sales")


def test_weakest_lists_worst_first(sample: Resume) -> None:
    scorer = ResumeScorer(sample)
    worst = scorer.weakest(4)
    assert len(worst) == 4
    assert [s.score for _, s in worst] == sorted(s.score for _, s in worst)
    texts = {sample.bullet(bid).text for bid, _ in worst}
    assert "Worked on machine learning projects for 2 years across 4 teams" in texts


def test_coverage_counts_skills_section_and_bullets_with_synonyms() -> None:
    resume = Resume(target="infra", seniority="mid")
    resume.skills.append(SkillGroup("ML Frameworks", ["HF Transformers", "torch"]))
    resume.experience.append(Experience(company="X", title="ML Engineer", bullets=[
        Bullet("Moved pretraining to FSDP on 128 GPUs and served it with Triton; cut step time from 3s to 2s")]))
    scorer = ResumeScorer(resume)
    infra = scorer.coverage("infra")
    assert "PyTorch FSDP" in infra["Distributed training"].have
    assert "Triton Inference Server" in infra["Serving"].have
    assert "PyTorch" in infra["ML frameworks"].have
    assert "DeepSpeed" in infra["Distributed training"].missing
    research = scorer.coverage("research")
    assert "Hugging Face Transformers" in research["ML frameworks"].have
    for target in ("research", "infra", "applied"):
        for cat in scorer.coverage(target).values():
            assert 0.0 <= cat.fraction <= 1.0
            assert not set(cat.have) & set(cat.missing)


def test_coverage_follows_a_one_bullet_edit() -> None:
    resume = Resume(target="infra", seniority="mid")
    b = Bullet("Built a data pipeline")
    resume.experience.append(Experience(company="X", title="ML Engineer", bullets=[b]))
    scorer = ResumeScorer(resume)
    assert "DeepSpeed" not in scorer.coverage("infra")["Distributed training"].have
    b.text = "Moved training to DeepSpeed ZeRO-3 on 64 GPUs; halved step time"
    scorer.update({b.id})
    assert "DeepSpeed" in scorer.coverage("infra")["Distributed training"].have


def _job(title: str, start: str, end: str | None, *bullets: str) -> Experience:
    return Experience(company="Acme", title=title, start=PartialDate.parse(start),
                      end=PRESENT if end is None else PartialDate.parse(end), bullets=[Bullet(t) for t in bullets])


@pytest.mark.parametrize("jobs,expected", [
    ([], "student"),
    ([_job("ML Intern", "2025-06", "2025-09")], "student"),
    ([_job("ML Engineer", "2025-01", None)], "junior"),
    ([_job("ML Engineer", "2022-01", None)], "mid"),
    ([_job("ML Engineer", "2016-01", "2020-01"), _job("ML Engineer", "2020-01", None)], "senior"),
    ([_job("Senior ML Engineer", "2021-01", None)], "senior"),
])
def test_seniority_estimate(jobs: list[Experience], expected: str) -> None:
    assert estimate(Resume(experience=jobs), TODAY) == expected


def test_stored_seniority_wins() -> None:
    assert estimate(Resume(seniority="student", experience=[_job("ML Engineer", "2010-01", None)]), TODAY) == "student"


def test_estimated_seniority_sets_tutorial_severity() -> None:
    text = "Implemented a Transformer from scratch following an online tutorial"
    junior = Resume(experience=[_job("ML Engineer", "2025-09", None, text)],
                    education=[Education(institution="U", degree="B.S.")])
    senior = Resume(experience=[_job("Staff ML Engineer", "2012-01", None, text)])
    for resume, severity in ((junior, "info"), (senior, "warning")):
        scorer = ResumeScorer(resume, "applied", today=TODAY)
        f = next(f for f in scorer.bullet(resume.experience[0].bullets[0].id).findings if f.code == "tutorial")
        assert f.severity == severity


def test_each_archetype_is_detected_from_its_own_bullets() -> None:
    from bullet_cases import STRONG

    for target, bullets in STRONG.items():
        r = Resume(seniority="mid")
        r.experience.append(Experience(company="Acme", title="ML Engineer", bullets=[Bullet(b) for b in bullets]))
        scorer = ResumeScorer(r, today=TODAY)
        assert scorer.detected == target, (target, scorer.fit)
        assert scorer.target == target


def test_publications_pull_the_fit_towards_research() -> None:
    from mlresume_gui.model import Publication

    base = load(SAMPLE)
    base.target = None
    before = ResumeScorer(base, today=TODAY).fit["research"]
    base.publications += [Publication(title=f"Long-context retrieval with sparse attention {i}", venue="NeurIPS 2023",
                                      authors=[base.basics.name], citations=80) for i in range(4)]
    after = ResumeScorer(base, today=TODAY).fit["research"]
    assert after > before


def test_aggregates_follow_the_variant_being_edited() -> None:
    """Hidden bullets and entries are scored but left out of the weakest, the overall and the fit."""
    from mlresume_gui.model import Variant

    weak = Bullet("Helped with various projects")
    strong = [Bullet("Shipped a churn model to 2M users, cutting cancellations from 6.1% to 4.8% in an A/B test"),
              Bullet("Cut p99 latency of the ranking service from 180 ms to 45 ms with ONNX Runtime")]
    hidden_job = Experience(company="Old", title="Intern", bullets=[Bullet("Worked on data stuff")])
    resume = Resume(target="applied", experience=[Experience(company="Now", bullets=[weak, *strong]), hidden_job])
    scorer = ResumeScorer(resume)
    base_overall = scorer.overall
    assert weak.id in [bid for bid, _s in scorer.weakest(2)]
    variant = Variant(name="applied", hidden=[weak.id, hidden_job.id])
    scorer.set_variant(variant)
    shown = [bid for bid, _s in scorer.weakest(5)]
    assert weak.id not in shown and hidden_job.bullets[0].id not in shown
    assert set(shown) == {b.id for b in strong}
    assert scorer.overall > base_overall
    assert scorer.bullet(weak.id).score < 40  # still scored: the base resume shows it
    scorer.set_variant(None)
    assert scorer.overall == base_overall
