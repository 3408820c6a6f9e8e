"""Benchmark of the scorer: median time per bullet over 1,000+ varied bullets (cache cleared
before every bullet, so each one is really scored), and a whole-resume re-score of 60 bullets.

Run: ``.venv/bin/python bench/scoring.py``. The last line is the headline against SPEC §6
(0.2 ms per bullet median, 10 ms per 60-bullet resume).
"""

from __future__ import annotations

import itertools
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mlresume_gui.model import Bullet, Experience, Resume
from mlresume_gui.scoring.bullet import clear_cache, score_bullet
from mlresume_gui.scoring.knowledge import knowledge
from mlresume_gui.scoring.resume import ResumeScorer

BUDGET_BULLET_MS = 0.2
BUDGET_RESUME_MS = 10.0

OPENERS = ["Built", "Shipped", "Designed", "Owned", "Trained", "Fine-tuned", "Led", "Worked on",
           "Helped with", "Responsible for", "Implemented", "Reduced", "Migrated", "Scaled",
           "Contributed to", "Deployed", "Wrote", "Profiled", "Launched", "Optimized"]
THINGS = ["a two-tower retrieval model for home-feed recommendations",
          "the vLLM serving stack for three production models",
          "gradient-boosted fraud models (XGBoost)", "a distributed training pipeline on PyTorch FSDP",
          "an anomaly-detection model for time-series alerting", "machine learning projects",
          "LLM and GenAI initiatives", "a RAG assistant over 4.2M support documents",
          "a CUDA kernel for fused attention", "drift monitoring with automatic rollback",
          "an offline and online evaluation harness", "a Transformer from scratch following a tutorial",
          "a feature store integration on Feast and Kafka", "Mistral-7B with LoRA on 310K conversations",
          "a churn model in scikit-learn", "the ranking team's feature pipelines in PySpark",
          "speculative decoding in TensorRT-LLM", "a ViT segmentation model for radiology scans",
          "data pipelines", "a new method for long-context retrieval"]
RESULTS = ["", "; cut p99 latency from 80 ms to 12 ms", "; lifted CTR 2.4% in an A/B test (n=9M sessions over 4 weeks)",
           "; reduced false-positive rate 41%", " for 3 years across 5 teams", "; saved $1.2M a year",
           " on 1024 H100 GPUs, raising MFU from 38% to 52%", "; published at NeurIPS 2024 (first author, 180+ citations)",
           " used by 6 teams", "; raised accuracy on a 1,200-question held-out eval from 71% to 84%",
           " with 12,000 entrants; finished 3rd (top 0.5%) with a stacked LightGBM ensemble",
           ", serving 45M monthly users", "", " reaching 3x throughput at the same cost"]


def corpus(n: int) -> list[str]:
    """``n`` distinct bullets from the combinations above (a fixed shuffle)."""
    rng = random.Random(7)
    combos = list(itertools.product(OPENERS, THINGS, RESULTS))
    rng.shuffle(combos)
    out = [f"{o} {t}{r}" for o, t, r in combos[:n]]
    return out


def bench_bullets(bullets: list[str]) -> tuple[list[float], list[float]]:
    times, cpu = [], []
    targets = ("applied", "infra", "research")
    for i, text in enumerate(bullets):
        clear_cache()
        t0, c0 = time.perf_counter(), time.thread_time()
        score_bullet(text, targets[i % 3], "mid")
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return times, cpu


def bench_resume(bullets: list[str], rounds: int = 30) -> tuple[list[float], list[float]]:
    resume = Resume(target="applied", seniority="senior")
    for j in range(6):
        resume.experience.append(Experience(company=f"Company {j}", title="ML Engineer",
                                            bullets=[Bullet(b) for b in bullets[j * 10 : j * 10 + 10]]))
    times, cpu = [], []
    for _ in range(rounds):
        clear_cache()
        t0, c0 = time.perf_counter(), time.thread_time()
        scorer = ResumeScorer(resume)
        scorer.update(None)
        _ = scorer.overall, scorer.fit, scorer.resume_findings
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return times, cpu


def bench_target_switch(bullets: list[str], rounds: int = 30) -> list[float]:
    """Whole-resume re-score for another target: the target-independent readings are cached."""
    resume = Resume(target="applied", seniority="senior")
    resume.experience.append(Experience(company="C", title="T", bullets=[Bullet(b) for b in bullets[:60]]))
    scorer = ResumeScorer(resume)
    times = []
    targets = ("infra", "research", "applied")
    for i in range(rounds):
        t0 = time.perf_counter()
        scorer.set_target(targets[i % 3])
        _ = scorer.overall, scorer.fit, scorer.resume_findings
        times.append((time.perf_counter() - t0) * 1000)
    return times


def bench_one_edit(bullets: list[str], rounds: int = 200) -> list[float]:
    resume = Resume(target="applied", seniority="senior")
    resume.experience.append(Experience(company="C", title="T", bullets=[Bullet(b) for b in bullets[:60]]))
    scorer = ResumeScorer(resume)
    target = resume.experience[0].bullets[7]
    times = []
    for i in range(rounds):
        target.text = bullets[100 + i]
        t0 = time.perf_counter()
        scorer.update({target.id})
        _ = scorer.overall, scorer.fit, scorer.resume_findings, scorer.coverage("applied")
        times.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> int:
    knowledge()  # loading the tables is a start-up cost, not a scoring cost
    bullets = corpus(1200)
    score_bullet("warm-up bullet", "applied")
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} "
          "(wall time includes waiting for a CPU; CPU time is this thread's own)")
    per_bullet, per_bullet_cpu = bench_bullets(bullets)
    med = statistics.median(per_bullet)
    p90 = statistics.quantiles(per_bullet, n=10)[-1]
    print(f"bullets scored: {len(per_bullet)} distinct, cache cleared before each")
    print(f"per bullet: median {med:.3f} ms, p90 {p90:.3f} ms, max {max(per_bullet):.3f} ms; "
          f"CPU median {statistics.median(per_bullet_cpu):.3f} ms, mean {statistics.mean(per_bullet_cpu):.3f} ms")
    whole, whole_cpu = bench_resume(bullets)
    wmed = statistics.median(whole)
    print(f"whole resume, 60 bullets, cold cache: median {wmed:.2f} ms, min {min(whole):.2f} ms, "
          f"max {max(whole):.2f} ms; CPU median {statistics.median(whole_cpu):.2f} ms")
    switch = bench_target_switch(bullets)
    print(f"whole resume, 60 bullets, target switch (readings cached): median {statistics.median(switch):.2f} ms")
    edit = bench_one_edit(bullets)
    emed = statistics.median(edit)
    p99 = sorted(edit)[int(len(edit) * 0.99) - 1]
    print(f"one-bullet edit, update({{id}}) + aggregates: median {emed:.3f} ms, p99 {p99:.3f} ms")
    ok = med <= BUDGET_BULLET_MS and wmed <= BUDGET_RESUME_MS
    print(f"{'PASS' if ok else 'FAIL'}: {med:.3f} ms per bullet (budget {BUDGET_BULLET_MS} ms), "
          f"{wmed:.2f} ms per 60-bullet resume (budget {BUDGET_RESUME_MS:.0f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
