"""Benchmark of the scorer: median time per bullet over 1,000+ varied bullets (cache cleared
before every bullet, so each one is really scored), a whole-resume re-score of 60 bullets, and the
keystroke path (one bullet edited, ``update({id})`` then the aggregates), short and over a long
editing session whose caches fill up (where full garbage collections show up).

Wall time on a busy machine includes waiting for a CPU (a 4 ms scheduler slice shows up as a 4 ms
"spike"); CPU time is this thread's own, so both are printed. The team's internal targets are
printed before the headline: 0.1 ms per bullet, 5 ms CPU per cold 60-bullet resume, 2 ms p99 per
one-bullet update.

Run: ``.venv/bin/python bench/scoring.py``. The last line is the headline against SPEC §6
(0.2 ms per bullet median, 10 ms per 60-bullet resume).
"""

from __future__ import annotations

import gc
import itertools
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mlresume_gui.model import Bullet, Experience, Resume
from mlresume_gui.scoring.bullet import score_bullet
from mlresume_gui.scoring.knowledge import knowledge
from mlresume_gui.scoring.resume import ResumeScorer
from mlresume_gui.scoring.scorer import clear_cache

BUDGET_BULLET_MS = 0.2
BUDGET_RESUME_MS = 10.0
TARGET_BULLET_MS = 0.1  # internal targets (issue 3 follow-up), with margin under the budgets
TARGET_RESUME_CPU_MS = 5.0
TARGET_UPDATE_P99_MS = 2.0

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


class GcWatch:
    """Collects the CPU time of every garbage collection while installed."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, float]] = []
        self._t0 = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._t0 = time.thread_time()
        else:
            self.pauses.append((info["generation"], (time.thread_time() - self._t0) * 1000))

    def __enter__(self) -> GcWatch:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_one_edit(bullets: list[str], rounds: int = 400) -> tuple[list[float], list[float]]:
    """Wall and CPU ms of update({id}) + every aggregate, one new text each time (a cold score)."""
    resume = Resume(target="applied", seniority="senior")
    resume.experience.append(Experience(company="C", title="T", bullets=[Bullet(b) for b in bullets[:60]]))
    scorer = ResumeScorer(resume)
    target = resume.experience[0].bullets[7]
    times, cpu = [], []
    for i in range(rounds):
        target.text = bullets[100 + i % 1000]
        t0, c0 = time.perf_counter(), time.thread_time()
        scorer.update({target.id})
        _ = scorer.overall, scorer.fit, scorer.resume_findings, scorer.coverage("applied")
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return times, cpu


def bench_session(bullets: list[str], keys: int = 12_000) -> tuple[list[float], GcWatch, int]:
    """A long editing session: every keystroke leaves a new text behind, so the caches fill up and
    the collector runs on whatever they keep alive. CPU ms per keystroke, collections seen, and
    the objects the collector tracks at the end."""
    resume = Resume(target="applied", seniority="senior")
    for j in range(6):
        resume.experience.append(Experience(company=f"C{j}", title="ML Engineer",
                                            bullets=[Bullet(b) for b in bullets[j * 10 : j * 10 + 10]]))
    scorer = ResumeScorer(resume)
    everyone = [b for e in resume.experience for b in e.bullets]
    rng = random.Random(3)
    cpu = []
    bullet, base = everyone[0], bullets[0]
    with GcWatch() as watch:
        for i in range(keys):
            if i % 60 == 0:  # move to another bullet and retype it
                bullet, base = rng.choice(everyone), rng.choice(bullets)
            bullet.text = f"{base[: 10 + i % 60]} {i}"
            c0 = time.thread_time()
            scorer.update({bullet.id})
            _ = scorer.overall, scorer.fit, scorer.resume_findings, scorer.coverage("applied")
            cpu.append((time.thread_time() - c0) * 1000)
    return cpu, watch, len(gc.get_objects())


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
    edit, edit_cpu = bench_one_edit(bullets)
    emed, p99, p99_cpu = statistics.median(edit), percentile(edit, 99), percentile(edit_cpu, 99)
    print(f"one-bullet edit, update({{id}}) + aggregates: median {emed:.3f} ms, p99 {p99:.3f} ms, "
          f"max {max(edit):.3f} ms; CPU median {statistics.median(edit_cpu):.3f} ms, p99 {p99_cpu:.3f} ms, "
          f"max {max(edit_cpu):.3f} ms")
    session, watch, tracked = bench_session(bullets)
    print(f"long session, {len(session)} keystrokes with caches filling: CPU p50 {percentile(session, 50):.3f} ms, "
          f"p99 {percentile(session, 99):.3f} ms, p99.9 {percentile(session, 99.9):.3f} ms, max {max(session):.3f} ms")
    for gen in (0, 1, 2):
        pauses = [ms for g, ms in watch.pauses if g == gen]
        if pauses:
            print(f"  gen{gen} collections: {len(pauses)}, longest {max(pauses):.2f} ms CPU")
    print(f"  objects tracked by the collector at the end: {tracked}")
    whole_cpu_med = statistics.median(whole_cpu)
    print(f"targets: per bullet {med:.3f} ms (<= {TARGET_BULLET_MS}), 60-bullet cold CPU {whole_cpu_med:.2f} ms "
          f"(<= {TARGET_RESUME_CPU_MS:g}), update p99 wall {p99:.2f} ms / CPU {p99_cpu:.2f} ms "
          f"(<= {TARGET_UPDATE_P99_MS:g})")
    ok = med <= BUDGET_BULLET_MS and wmed <= BUDGET_RESUME_MS
    print(f"{'PASS' if ok else 'FAIL'}: {med:.3f} ms per bullet (budget {BUDGET_BULLET_MS} ms), "
          f"{wmed:.2f} ms per 60-bullet resume (budget {BUDGET_RESUME_MS:.0f} ms; CPU {whole_cpu_med:.2f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
