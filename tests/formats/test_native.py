from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlresume_gui.formats import native
from mlresume_gui.formats.errors import ReadError, WriteError
from mlresume_gui.model import Bullet, Experience, Resume


def test_sample_loads_and_round_trips(sample_path: Path, tmp_path: Path) -> None:
    r = native.load(sample_path)
    assert r.basics.name and r.experience and r.publications and r.competitions and r.skills
    out = tmp_path / "copy.mlresume"
    native.save(r, out)
    assert native.load(out) == r
    assert json.loads(out.read_text("utf-8"))["format_version"] == native.FORMAT_VERSION


def test_unknown_fields_survive(tmp_path: Path) -> None:
    data = {"format_version": 1, "from_the_future": [1, 2],
            "experience": [{"company": "X", "id": "e1", "rating": 5,
                            "bullets": [{"id": "b1", "text": "t", "color": "red"}]}]}
    path = tmp_path / "f.mlresume"
    path.write_text(json.dumps(data), "utf-8")
    r = native.load(path)
    native.save(r, path)
    again = json.loads(path.read_text("utf-8"))
    assert again["from_the_future"] == [1, 2]
    assert again["experience"][0]["rating"] == 5
    assert again["experience"][0]["bullets"][0]["color"] == "red"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("{", "line 1, column 2"),
        ("[]", "top level is not an object"),
        ('{"basics": {}}', "format_version is missing"),
        ('{"format_version": 99}', "newer MLResume"),
        ('{"format_version": 1, "experience": [{"title": 7}]}', "experience[0].title"),
    ],
)
def test_load_names_what_is_wrong(text: str, expect: str) -> None:
    with pytest.raises(ReadError) as err:
        native.loads(text)
    assert expect in str(err.value)
    assert "\n" not in str(err.value)


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bad.mlresume"
    path.write_bytes(b'{"format_version": 1, "summary": "\xff"}')
    with pytest.raises(ReadError, match="not UTF-8"):
        native.load(path)


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "doc.mlresume"
    native.save(Resume(summary="old"), path)
    native.save(Resume(summary="new"), path)
    assert native.load(path).summary == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.mlresume"]


def test_save_into_missing_folder_is_a_write_error(tmp_path: Path) -> None:
    with pytest.raises(WriteError):
        native.save(Resume(), tmp_path / "nope" / "doc.mlresume")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_save_into_read_only_folder(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(WriteError):
            native.save(Resume(), tmp_path / "doc.mlresume")
    finally:
        tmp_path.chmod(0o700)


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(texts, st.lists(texts, max_size=4)), max_size=4), texts)
def test_round_trip_property(entries: list[tuple[str, list[str]]], summary: str) -> None:
    r = Resume(summary=summary,
               experience=[Experience(company=c, bullets=[Bullet(t) for t in bs]) for c, bs in entries])
    assert native.loads(native.dumps(r)) == r
