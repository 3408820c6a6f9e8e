"""``mlresume match`` through a real subprocess: the JSON contract, every posting format, exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "sample.mlresume"
JD = ROOT / "tests" / "fixtures" / "jd"
PLACE = re.compile(r"^(skills|summary|basics\.label|[a-z:0-9]+\[\d+\]\.[A-Za-z]+(\[\d+\])?)$")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mlresume_gui", "match", *args], capture_output=True,
                          text=True, timeout=60, env=env, cwd=ROOT)


@pytest.mark.parametrize("posting", ["infra_inference.html", "research_lab.md", "applied_ranking.txt",
                                     "infra_training.pdf", "research_rl.docx"])
def test_json_contract_for_every_format(posting: str) -> None:
    proc = run(str(SAMPLE), str(JD / posting), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert set(report) == {"archetype", "score", "terms", "missing"}
    assert report["archetype"] in {"research", "infra", "applied"}
    assert isinstance(report["score"], int) and 0 <= report["score"] <= 100
    assert report["terms"]
    for t in report["terms"]:
        assert set(t) == {"term", "kind", "required", "found", "where"}
        assert t["kind"] in {"skill", "responsibility", "qualification"}
        assert t["found"] == bool(t["where"])
        assert all(PLACE.match(w) for w in t["where"]), t["where"]
    assert report["missing"] == [t["term"] for t in report["terms"] if t["required"] and not t["found"]]


def test_text_explains_the_score() -> None:
    proc = run(str(SAMPLE), str(JD / "infra_inference.html"))
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"Match \d+/100", proc.stdout)
    assert "Required terms count" in proc.stdout and "Missing required terms" in proc.stdout


def test_unreadable_posting_exits_3_with_one_line(tmp_path: Path) -> None:
    cases = {"empty.txt": b"", "noise.pdf": os.urandom(2000), "fake.docx": b"PK\x03\x04broken",
             "image.md": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "posting.rtf": b"{\\rtf1 hello}"}
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        proc = run(str(SAMPLE), str(path))
        assert proc.returncode == 3, (name, proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr, proc.stderr
    proc = run(str(SAMPLE), str(tmp_path / "absent.txt"))
    assert proc.returncode == 3 and "no such file" in proc.stderr


def test_usage_error_exits_2() -> None:
    assert run(str(SAMPLE)).returncode == 2
