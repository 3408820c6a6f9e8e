"""The third-party import corpus (tests/fixtures/corpus) is well formed.

It is rebuilt by scripts/corpus/build.py with producers the tests do not need; here we
check what was committed: every document, truth and source exists, ids are unique, the
breadth promised (renderers, layouts, people) is there, and each truth is a JSON Resume
cut of its source person (nothing in a truth that the source does not have).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
MANIFEST = CORPUS / "manifest.json"
KEYS = {"id", "file", "truth", "renderer", "theme", "format", "pipeline"}


@pytest.fixture(scope="module")
def manifest() -> list[dict]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def test_entries_have_the_scoring_format(manifest):
    for e in manifest:
        assert set(e) >= KEYS, e["id"]
        assert e["format"] in ("pdf", "docx"), e["id"]
        assert e["file"].endswith("." + e["format"]), e["id"]


def test_ids_are_unique(manifest):
    dupes = [i for i, n in Counter(e["id"] for e in manifest).items() if n > 1]
    assert not dupes


def test_every_file_exists(manifest):
    missing = [f for e in manifest for f in (e["file"], e["truth"], e["source"]) if not (CORPUS / f).is_file()]
    assert not missing


def test_documents_are_what_their_suffix_says(manifest):
    for e in manifest:
        head = (CORPUS / e["file"]).read_bytes()[:4]
        assert head == (b"%PDF" if e["format"] == "pdf" else b"PK\x03\x04"), e["id"]


def test_breadth(manifest):
    renderers = {e["renderer"] for e in manifest}
    layouts = {(e["renderer"], e["theme"]) for e in manifest}
    people = {e["source"] for e in manifest}
    assert len(renderers) >= 8, sorted(renderers)
    assert len(layouts) >= 25, len(layouts)
    assert len(people) >= 30, len(people)
    assert {e["format"] for e in manifest} == {"pdf", "docx"}


def test_corpus_stays_small():
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    assert total < 60 * 1024 * 1024, total


def _strings(x, path=""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from _strings(v, f"{path}.{k}")
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v, path)
    elif isinstance(x, str):
        yield path, x


def test_truth_is_a_cut_of_its_source(manifest):
    """Every truth string comes from its source person (dates may be cut to the year)."""
    for e in manifest:
        truth = json.loads((CORPUS / e["truth"]).read_text(encoding="utf-8"))
        source = json.loads((CORPUS / e["source"]).read_text(encoding="utf-8"))
        assert truth["basics"]["name"] == source["basics"]["name"], e["id"]
        have = {s for _, s in _strings(source)}
        years = {s[:4] for s in have}
        digits = re.sub(r"\D", "", source["basics"].get("phone", ""))
        for path, s in _strings(truth):
            if path == ".basics.phone":  # as printed: a theme may reformat the number
                assert re.sub(r"\D", "", s)[-7:] == digits[-7:], (e["id"], s)
                continue
            is_date = path.endswith(("Date", ".date"))
            assert s in have or (is_date and s[:4] in years), (e["id"], path, s)
        assert "meta" not in truth, e["id"]
