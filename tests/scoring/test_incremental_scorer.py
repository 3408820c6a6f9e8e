"""The incremental scorer agrees with a fresh one after any sequence of edits.

ResumeScorer keeps bullet scores by id and caches resume-level parts on their texts (skills
section, summary, publications, competitions) so that a keystroke only reads what changed. Here
random edits of every kind hit one scorer, and after each its aggregates must equal those of a
scorer built from scratch on a copy of the same resume.
"""

from __future__ import annotations

import copy
import datetime as dt
import random

import pytest

from mlresume_gui.model import (
    Bullet,
    Competition,
    Education,
    Experience,
    PartialDate,
    Project,
    Publication,
    Resume,
    SkillGroup,
)
from mlresume_gui.model.dates import PRESENT
from mlresume_gui.scoring.resume import ResumeScorer

TODAY = dt.date(2026, 6, 1)
NAME = "Jane Doe"

TEXTS = [
    "Shipped a two-tower retrieval model to 45M users; lifted CTR 2.4% in an A/B test (n=9M sessions over 4 weeks)",
    "Cut p99 latency from 900 ms to 210 ms on 16 L4 GPUs with TensorRT-LLM",
    "First author of a NeurIPS 2024 paper on sparse attention; SOTA on BEIR",
    "Worked on machine learning projects for 3 years across 5 teams",
    "Top 5% in 3 Kaggle competitions",
    "Completed a Coursera course on deep learning",
    "Expert in PyTorch, TensorFlow, JAX, Keras, scikit-learn, XGBoost and Spark",
    "Fine-tuned Llama-3-8B with LoRA on 300K support tickets; +9 pts accuracy on a 1K-question eval",
    "Trained FSDP jobs on 512 H100s at 52% MFU, up from 38%",
    "Helped with LLM and GenAI initiatives",
    "",
    "Deployed drift monitoring with automatic rollback across 22 production models",
]
SKILL_ITEMS = ["Python", "PyTorch", "JAX", "LLM", "GenAI", "RAG", "Kubernetes", "vLLM", "TensorRT",
               "Airflow (Astronomer)", "FSDP, DeepSpeed", "NCCL", "dbt", "Snowflake"]
VENUES = ["NeurIPS 2023", "ICML Workshop on Efficient Systems", "arXiv", "ACL 2022", "Journal of Things"]
TITLES = ["Sparse attention for retrieval", "Diffusion models for speech", "Offline reinforcement learning",
          "Graph neural networks for molecules", "Scaling laws for recommendation"]


def _resume(rng: random.Random) -> Resume:
    r = Resume(target=rng.choice([None, "research", "infra", "applied"]), seniority=rng.choice([None, "junior", "senior"]))
    r.basics.name = NAME
    for j in range(rng.randint(1, 4)):
        r.experience.append(Experience(company=f"Co {j}", title=rng.choice(["ML Engineer", "Senior ML Engineer", "Intern"]),
                                       start=PartialDate(2015 + 2 * j, 1), end=PRESENT if j == 0 else PartialDate(2017 + 2 * j, 6),
                                       bullets=[Bullet(rng.choice(TEXTS)) for _ in range(rng.randint(0, 6))]))
    r.skills.append(SkillGroup("Skills", rng.sample(SKILL_ITEMS, 4)))
    r.competitions.append(Competition(name="", platform="Kaggle", bullets=[Bullet(TEXTS[4])]))
    r.projects.append(Project(name="P", keywords=["FAISS"], description="", bullets=[Bullet(rng.choice(TEXTS))]))
    return r


def _edit(r: Resume, rng: random.Random, explicit: list[str | None]) -> set[str] | None:
    """One random edit of any part the scorer reads; returns the ids it would report (None for a
    change of structure, as the window reports a removed bullet)."""
    bullets = [b for *_rest, b in r.iter_bullets()]
    op = rng.randrange(16)
    if op <= 4 and bullets:
        b = rng.choice(bullets)
        b.text = rng.choice(TEXTS) if rng.random() < 0.6 else b.text[: rng.randint(0, len(b.text))] + " 12%"
        return {b.id}
    if op == 5:
        job = rng.choice(r.experience)
        new = Bullet(rng.choice(TEXTS))
        job.bullets.insert(rng.randint(0, len(job.bullets)), new)
        return {new.id}
    if op == 6:
        job = rng.choice(r.experience)
        if job.bullets:
            job.bullets.pop(rng.randrange(len(job.bullets)))
            return None
    elif op == 7:
        r.skills[0].items.append(rng.choice(SKILL_ITEMS))  # edited in place: the cache must notice
    elif op == 8:
        r.summary = rng.choice(["", "ML engineer working on Ray and Spark", "Researcher in NLP with JAX"])
    elif op == 9:
        r.publications.append(Publication(title=rng.choice(TITLES), venue=rng.choice(VENUES),
                                          authors=rng.choice([[NAME, "B. Lee"], ["B. Lee", NAME]]),
                                          citations=rng.choice([None, 5, 400])))
    elif op == 10 and r.publications:
        p = rng.choice(r.publications)
        p.venue, p.citations = rng.choice(VENUES), rng.choice([None, 0, 250])
    elif op == 11:
        if r.education:
            r.education[0].degree = rng.choice(["PhD", "MSc"])
        else:
            r.education.append(Education(institution="U", degree="PhD", field="Computer Science"))
    elif op == 12:
        r.competitions[0].name = rng.choice(["", "M5 Forecasting"])
        r.competitions[0].approach = rng.choice(["", "LightGBM ensemble"])
        return {r.competitions[0].id}
    elif op == 13:
        r.projects[0].keywords.append(rng.choice(SKILL_ITEMS))
        r.projects[0].description = rng.choice(["", "A RAG demo on vLLM"])
    elif op == 14:
        r.target = rng.choice([None, "research", "infra", "applied"])
    else:
        r.seniority = rng.choice([None, "student", "mid", "senior"])
        r.basics.name = rng.choice([NAME, "J. Doe", ""])
    return set()


def _state(s: ResumeScorer) -> dict:
    return {
        "target": s.target,
        "seniority": s.seniority,
        "detected": s.detected,
        "fit": s.fit,
        "overall": s.overall,
        "findings": [(f.code, f.severity, f.message, f.suggestion, f.item_id) for f in s.resume_findings],
        "coverage": {a: s.coverage(a) for a in ("research", "infra", "applied")},
        "scores": {bid: (s.bullet(bid).score, s.bullet(bid).flags, s.bullet(bid).findings) for bid in s.bullet_ids()},
        "order": s.bullet_ids(),
        "weakest": sorted(score.score for _bid, score in s.weakest(5)),
    }


@pytest.mark.parametrize("seed", range(6))
def test_incremental_scorer_matches_a_fresh_one_after_every_edit(seed: int) -> None:
    rng = random.Random(seed)
    resume = _resume(rng)
    explicit: list[str | None] = [rng.choice([None, "applied", "research"])]
    scorer = ResumeScorer(resume, explicit[0], today=TODAY)
    for _step in range(30):
        if rng.random() < 0.1:
            explicit[0] = rng.choice([None, "research", "infra", "applied"])
            scorer.set_target(explicit[0])
        else:
            scorer.update(_edit(resume, rng, explicit))
        # read a random subset first, as the panel does: lazily built aggregates must not go stale
        if rng.random() < 0.5:
            _ = scorer.coverage()
        got = _state(scorer)
        want = _state(ResumeScorer(copy.deepcopy(resume), explicit[0], today=TODAY))
        # the fit's mean adds bullet signals in the scorer's own order: equal up to float rounding
        for a, v in want.pop("fit").items():
            assert got["fit"][a] == pytest.approx(v, abs=0.0011)
        got.pop("fit")
        assert got == want


def test_an_edit_that_names_no_new_skill_reuses_the_coverage() -> None:
    resume = _resume(random.Random(1))
    resume.experience[0].bullets.append(Bullet("Built a churn model"))
    scorer = ResumeScorer(resume, "applied", today=TODAY)
    before = scorer.coverage("infra")
    resume.experience[0].bullets[-1].text = "Built a churn model for 2M subscribers"
    scorer.update({resume.experience[0].bullets[-1].id})
    assert scorer.coverage("infra") is before
    resume.experience[0].bullets[-1].text = "Built a churn model on Ray and Kubeflow"
    scorer.update({resume.experience[0].bullets[-1].id})
    assert scorer.coverage("infra") is not before
    assert scorer.coverage("infra") == ResumeScorer(copy.deepcopy(resume), "applied", today=TODAY).coverage("infra")


def test_a_keystroke_rescores_one_bullet_without_walking_the_document() -> None:
    resume = _resume(random.Random(3))
    resume.experience[0].bullets = [Bullet(t) for t in TEXTS[:8]]
    scorer = ResumeScorer(resume, "applied", today=TODAY)
    walks = scorer.walks
    b = resume.experience[0].bullets[2]
    b.text = "Cut p99 latency from 900 ms to 120 ms on 16 L4 GPUs with TensorRT-LLM"
    scorer.update({b.id})
    assert scorer.walks == walks
    assert scorer.bullet(b.id).score == ResumeScorer(copy.deepcopy(resume), "applied", today=TODAY).bullet(b.id).score
    new = Bullet("Shipped a churn model to 2M users")
    resume.experience[0].bullets.append(new)
    scorer.update({new.id})  # an id it has never seen: a walk finds where it sits
    assert scorer.walks == walks + 1 and new.id in scorer.bullet_ids()

