"""The knowledge lives in resources/knowledge as data: it loads, it is consistent, and editing a
table changes the scores without touching code."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mlresume_gui.resources import resource
from mlresume_gui.scoring import knowledge as kmod
from mlresume_gui.scoring import scorer as scorer_mod
from mlresume_gui.scoring.bullet import COMPONENTS, score_bullet
from mlresume_gui.scoring.findings import FLAG_CODES
from mlresume_gui.scoring.text import phrase_key


def test_tables_load_with_every_archetype_and_weight() -> None:
    kn = kmod.knowledge()
    assert set(kn.archetypes) == {"research", "infra", "applied"}
    for target in kn.archetypes:
        assert set(kn.weights[target]) == set(COMPONENTS)
        assert len(kn.archetypes[target]) >= 5
    assert set(FLAG_CODES) - {"tutorial"} <= set(kn.penalties)
    assert set(kn.penalties["tutorial"]) == {"student", "junior", "mid", "senior", "unknown"}


def test_every_stack_item_is_a_known_skill() -> None:
    kn = kmod.knowledge()
    for cats in kn.archetypes.values():
        for items in cats.values():
            for item in items:
                assert kn.skill_exact.get(phrase_key(item)) == item, item


@pytest.mark.parametrize("alias,canonical", [
    ("HF Transformers", "Hugging Face Transformers"), ("FSDP", "PyTorch FSDP"), ("sklearn", "scikit-learn"),
    ("W&B", "Weights & Biases"), ("k8s", "Kubernetes"), ("Spark", "PySpark"), ("Go", "Go"), ("R", "R"),
])
def test_synonyms_resolve(alias: str, canonical: str) -> None:
    assert kmod.knowledge().skill_exact[phrase_key(alias)] == canonical


def test_short_names_only_count_as_whole_skill_items() -> None:
    s = score_bullet("Go to market with R and the team on a 12-week plan", "applied")
    assert "Go" not in s.skills and "R" not in s.skills


def test_vocabulary_lists_the_ml_terms() -> None:
    words = {w for w in resource("knowledge", "vocabulary.txt").read_text(encoding="utf-8").splitlines()
             if w and not w.startswith("#")}
    assert len(words) >= 500
    assert {"PyTorch", "vLLM", "FSDP", "NDCG@10", "p99", "LoRA", "XGBoost", "NeurIPS", "DeepSpeed"} <= words
    assert all(" " not in w for w in words)


@pytest.fixture
def edited_knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "resources"
    shutil.copytree(resource("knowledge"), root / "knowledge")
    monkeypatch.setattr(kmod, "resource", lambda *parts: root.joinpath(*parts))
    yield root / "knowledge"
    monkeypatch.undo()
    scorer_mod.reload()


def test_editing_a_table_changes_the_scores(edited_knowledge: Path) -> None:
    text = "Shepherded the migration of ranking training to PyTorch FSDP on 64 GPUs"
    assert "weak-verb" not in score_bullet(text, "infra").flags
    verbs = edited_knowledge / "verbs.toml"
    verbs.write_text(verbs.read_text(encoding="utf-8").replace('weak = [', 'weak = [\n  "shepherded",'),
                     encoding="utf-8")
    scoring = edited_knowledge / "scoring.toml"
    scoring.write_text(scoring.read_text(encoding="utf-8").replace('"weak-verb" = 10', '"weak-verb" = 25'),
                       encoding="utf-8")
    scorer_mod.reload()
    s = score_bullet(text, "infra")
    assert "weak-verb" in s.flags and s.penalties["weak-verb"] == 25
    # a scorer built from other tables shares no cache with the shared one
    private = scorer_mod.Scorer(kmod.load_knowledge())
    assert private.bullets is not scorer_mod.shared_scorer().bullets
    assert private.bullet(text, "infra").penalties["weak-verb"] == 25
