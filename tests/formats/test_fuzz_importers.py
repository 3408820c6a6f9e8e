"""Hypothesis mutations of valid PDF, DOCX and JSON files through the reading path: every input
is read or refused with a one-line ReadError, within the time limit (bounded for CI; the longer
run is scripts/fuzz.py)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlresume_gui.formats import limits
from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.registry import read_document
from mlresume_gui.model import Resume

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "fixtures" / "hostile"
sys.path.insert(0, str(ROOT / "scripts"))
from fuzz_mutations import mutate_bytes, mutate_docx  # noqa: E402


def bounded(n: int) -> settings:
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _check(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        result = read_document(path)
    except ReadError as exc:
        assert exc.reason and "\n" not in str(exc) and "Traceback" not in str(exc)
    else:
        assert isinstance(result, Resume)


@pytest.fixture(autouse=True)
def short_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "READ_TIME_LIMIT_S", 5.0)


@bounded(12)
@given(seed=st.integers(0, 2**32), rounds=st.integers(1, 6))
def test_mutated_pdf(tmp_path: Path, seed: int, rounds: int) -> None:
    data = mutate_bytes((SEEDS / "valid.pdf").read_bytes(), random.Random(seed), rounds)
    _check(tmp_path / "fuzz.pdf", data)


@bounded(8)
@given(seed=st.integers(0, 2**32), rounds=st.integers(1, 6))
def test_mutated_docx_parts(tmp_path: Path, seed: int, rounds: int) -> None:
    data = mutate_docx((SEEDS / "valid.docx").read_bytes(), random.Random(seed), rounds)
    _check(tmp_path / "fuzz.docx", data)


@bounded(6)
@given(seed=st.integers(0, 2**32), rounds=st.integers(1, 3))
def test_mutated_docx_bytes(tmp_path: Path, seed: int, rounds: int) -> None:
    data = mutate_bytes((SEEDS / "valid.docx").read_bytes(), random.Random(seed), rounds)
    _check(tmp_path / "fuzz.docx", data)


@bounded(60)
@given(seed=st.integers(0, 2**32), rounds=st.integers(1, 8))
def test_mutated_json(tmp_path: Path, seed: int, rounds: int) -> None:
    data = mutate_bytes((SEEDS / "valid.json").read_bytes(), random.Random(seed), rounds)
    _check(tmp_path / "fuzz.json", data)


@bounded(15)
@given(text=st.text(max_size=2000))
def test_arbitrary_text_as_markdown(tmp_path: Path, text: str) -> None:
    _check(tmp_path / "fuzz.md", text.encode("utf-8", "surrogatepass"))
