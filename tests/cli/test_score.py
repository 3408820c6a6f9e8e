"""``mlresume score`` through a real subprocess: exit codes, the JSON contract, --target, text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "sample.mlresume"
GUIDE = ROOT / "tests" / "fixtures" / "scoring" / "guide_sample.mlresume"
SEVERITIES = {"error", "warning", "info"}
ARCHETYPES = {"research", "infra", "applied"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mlresume_gui", "score", *args], capture_output=True,
                          text=True, timeout=60, env=env, cwd=ROOT)


def check_contract(report: dict) -> None:
    assert set(report) == {"target", "overall", "archetype", "bullets", "coverage", "resume_findings"}
    assert report["target"] in ARCHETYPES
    assert isinstance(report["overall"], int) and 0 <= report["overall"] <= 100
    assert set(report["archetype"]) == {"detected", "fit"}
    assert report["archetype"]["detected"] in ARCHETYPES
    assert set(report["archetype"]["fit"]) == ARCHETYPES
    assert all(0 <= v <= 1 for v in report["archetype"]["fit"].values())
    for b in report["bullets"]:
        assert set(b) == {"section", "entry", "index", "text", "score", "flags", "findings"}
        assert isinstance(b["entry"], int) and isinstance(b["index"], int)
        assert 0 <= b["score"] <= 100
        for f in b["findings"]:
            assert set(f) == {"code", "severity", "message", "suggestion", "start", "end"}
            assert f["severity"] in SEVERITIES
            assert 0 <= f["start"] <= f["end"] <= len(b["text"])
    assert set(report["coverage"]) == ARCHETYPES
    for cats in report["coverage"].values():
        for c in cats.values():
            assert set(c) == {"have", "missing", "fraction"} and 0 <= c["fraction"] <= 1
    for f in report["resume_findings"]:
        assert set(f) == {"code", "severity", "message"} and f["severity"] in SEVERITIES


def test_json_report_of_the_sample() -> None:
    proc = run(str(SAMPLE), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    check_contract(report)
    assert report["target"] == "applied"  # the document's stored target
    assert report["archetype"]["detected"] == "applied"
    assert len(report["bullets"]) == 15
    first = report["bullets"][0]
    assert (first["section"], first["entry"], first["index"]) == ("work", 0, 0)
    sections = {b["section"] for b in report["bullets"]}
    assert {"work", "projects", "competitions", "volunteer"} <= sections
    weak = next(b for b in report["bullets"] if b["text"].startswith("Worked on machine learning"))
    assert {"weak-verb", "vague", "no-metric"} <= set(weak["flags"])


@pytest.mark.parametrize("target", sorted(ARCHETYPES))
def test_target_option(target: str) -> None:
    proc = run(str(SAMPLE), "--target", target, "-f", "json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    check_contract(report)
    assert report["target"] == target


def test_without_stored_target_the_detected_lean_is_used() -> None:
    report = json.loads(run(str(GUIDE), "--format", "json").stdout)
    check_contract(report)
    assert report["target"] == report["archetype"]["detected"] == "applied"


def test_text_report_lists_worst_bullets_first() -> None:
    proc = run(str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("Overall ")
    worst = out.index("Worked on LLM and GenAI initiatives")
    best = out.index("Trained gradient-boosted fraud models")
    assert worst < best
    assert "→ " in out and "Skills coverage for applied" in out


def test_json_input_of_another_format(tmp_path: Path) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    other = tmp_path / "resume.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    proc = run(str(other), "-f", "json")
    assert proc.returncode == 0, proc.stderr
    check_contract(json.loads(proc.stdout))


@pytest.mark.parametrize("args,code", [
    (("--target", "sales", str(SAMPLE)), 2),
    (("--format", "yaml", str(SAMPLE)), 2),
    ((), 2),
    (("does-not-exist.mlresume",), 3),
])
def test_errors_are_one_line(args: tuple[str, ...], code: int) -> None:
    proc = run(*args)
    assert proc.returncode == code
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_unreadable_input_exits_3(tmp_path: Path) -> None:
    bad = tmp_path / "broken.mlresume"
    bad.write_text("{not json", encoding="utf-8")
    proc = run(str(bad))
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
