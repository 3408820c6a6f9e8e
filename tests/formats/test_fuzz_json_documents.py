"""Fuzz targets for JSON Resume and .mlresume (the slow group): documents shaped like each format
with values of any JSON type, text with lone surrogates and control characters, any encoding
with a byte-order mark, and byte mutations of the bundled sample, through the reading path
(sniffing, limits, sandbox). Every input is read or refused with a one-line reason, and what is
read can be written by every text writer as valid UTF-8."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlresume_gui.formats import limits, native
from mlresume_gui.formats.errors import ReadError, collecting_notes
from mlresume_gui.formats.registry import read_document, writer_for
from mlresume_gui.model import Resume

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "sample.mlresume"
sys.path.insert(0, str(ROOT / "scripts"))
from fuzz_mutations import mutate_bytes, mutate_json  # noqa: E402

pytestmark = pytest.mark.slow

ODD = st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b[2J", "\x0b", "\x9b", "\ufffe", "\n", "\u2028",
                       "é", "😀", "\u202e"])
TEXT = st.lists(st.one_of(st.text(max_size=12), ODD), max_size=4).map("".join)
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**12), st.floats(allow_nan=False), TEXT)
JSON = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                    st.dictionaries(TEXT, inner, max_size=4)), max_leaves=12)
DATES = st.one_of(st.sampled_from(["2021", "2021-03", "2021-03-15", "Present", "2019-13", "", "03/2020"]), TEXT)


def _value(kind: str) -> st.SearchStrategy[Any]:
    """Mostly the right type for a key, sometimes any JSON value."""
    right = {"text": TEXT, "date": DATES, "texts": st.lists(TEXT, max_size=5)}[kind]
    return st.one_of(right, right, right, JSON)


WORK = st.dictionaries(st.sampled_from(["name", "position", "url", "summary", "location", "description"]),
                       _value("text"), max_size=4)
ENTRY = st.builds(lambda a, b, c: {**a, **b, **c}, WORK,
                  st.dictionaries(st.sampled_from(["startDate", "endDate"]), _value("date"), max_size=2),
                  st.dictionaries(st.sampled_from(["highlights", "keywords", "courses"]), _value("texts"),
                                  max_size=2))
SECTIONS = ["work", "volunteer", "education", "awards", "certificates", "publications", "skills",
            "languages", "interests", "references", "projects"]
JSON_RESUME = st.dictionaries(
    st.sampled_from([*SECTIONS, "basics", "meta", "x-mlresume", "unknown"]),
    st.one_of(st.lists(st.one_of(ENTRY, ENTRY, JSON), max_size=4), WORK, JSON), max_size=6)
NATIVE_KEYS = ["basics", "summary", "experience", "education", "projects", "skills", "custom",
               "section_order", "target", "seniority", "variants", "meta", "competitions"]
NATIVE = st.builds(lambda body, version: {"format_version": version, **body},
                   st.dictionaries(st.sampled_from(NATIVE_KEYS),
                                   st.one_of(st.lists(st.one_of(ENTRY, JSON), max_size=3), WORK, JSON),
                                   max_size=6),
                   st.one_of(st.just(1), st.just(1), JSON))
ENCODINGS = st.sampled_from([("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                             ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
                             ("utf-32-be", b"\x00\x00\xfe\xff")])


def bounded(n: int) -> settings:
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def short_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "READ_TIME_LIMIT_S", 5.0)


def _read_and_write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    with collecting_notes() as notes:
        try:
            result = read_document(path)
        except ReadError as exc:
            assert exc.reason and "\n" not in str(exc) and "\r" not in str(exc)
            assert "Error)" not in exc.reason, f"a class name in the reason: {exc.reason}"
            return
        assert isinstance(result, Resume)
        for fmt in ("json-resume", "mlresume", "markdown", "text"):
            out = writer_for(fmt).dump(result)
            assert isinstance(out, str)
            out.encode("utf-8")  # strict: no lone surrogate may reach a writer's output
    assert all("\n" not in n for n in notes)


def _encoded(data: Any, encoding: tuple[str, bytes]) -> bytes:
    codec, bom = encoding
    return bom + json.dumps(data, ensure_ascii=codec == "utf-8").encode(codec, "surrogatepass")


@bounded(40)
@given(data=JSON_RESUME, encoding=ENCODINGS)
def test_json_resume_shaped_documents(tmp_path: Path, data: dict[str, Any], encoding: tuple[str, bytes]) -> None:
    _read_and_write(tmp_path / "fuzz.json", _encoded(data, encoding))


@bounded(30)
@given(data=NATIVE, encoding=ENCODINGS)
def test_mlresume_shaped_documents(tmp_path: Path, data: dict[str, Any], encoding: tuple[str, bytes]) -> None:
    _read_and_write(tmp_path / "fuzz.mlresume", _encoded(data, encoding))


@bounded(30)
@given(seed=st.integers(0, 2**32), rounds=st.integers(1, 8))
def test_mutated_mlresume(tmp_path: Path, seed: int, rounds: int) -> None:
    data = mutate_bytes(SAMPLE.read_bytes(), random.Random(seed), rounds)
    _read_and_write(tmp_path / "fuzz.mlresume", data)


@bounded(15)
@given(seed=st.integers(0, 2**32), rounds=st.integers(1, 4))
def test_mutated_sample_as_json_resume(tmp_path: Path, seed: int, rounds: int) -> None:
    sample = native.load(SAMPLE)
    text = writer_for("json-resume").dump(sample)
    data = mutate_bytes(text.encode("utf-8"), random.Random(seed), rounds)
    _read_and_write(tmp_path / "fuzz.json", data)


@bounded(30)
@given(seed=st.integers(0, 2**32), rounds=st.integers(1, 6), native_seed=st.booleans())
def test_structurally_mutated_documents(tmp_path: Path, seed: int, rounds: int, native_seed: bool) -> None:
    source = SAMPLE if native_seed else ROOT / "tests" / "fixtures" / "hostile" / "valid.json"
    data = mutate_json(source.read_bytes(), random.Random(seed), rounds)
    _read_and_write(tmp_path / f"fuzz{source.suffix}", data)
