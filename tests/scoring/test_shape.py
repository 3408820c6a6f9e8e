"""The scorer's shape: no import cycle inside scoring/, no module reaching into another's private
names, and one Scorer that owns its caches."""

from __future__ import annotations

import ast
from pathlib import Path

from mlresume_gui.scoring import scorer as scorer_mod
from mlresume_gui.scoring.knowledge import load_knowledge
from mlresume_gui.scoring.resume import ResumeScorer

PACKAGE = Path(scorer_mod.__file__).resolve().parent


def _modules() -> dict[str, ast.Module]:
    return {p.stem: ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.glob("*.py")}


def _local_imports(tree: ast.Module) -> list[tuple[str, list[str]]]:
    """(module, names) of every ``from .x import ...`` and ``from . import x`` anywhere in the file."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.append((node.module.split(".")[0], [a.name for a in node.names]))
            else:
                out.extend((a.name, []) for a in node.names)
    return out


def test_no_import_cycle_inside_scoring() -> None:
    mods = _modules()
    graph = {name: {m for m, _names in _local_imports(tree) if m in mods} for name, tree in mods.items()}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join([*path, node, nxt])
            if nxt not in state:
                visit(nxt, [*path, node])
        state[node] = 2

    for name in graph:
        if name not in state:
            visit(name, [])


def test_no_module_uses_another_modules_private_names() -> None:
    mods = _modules()
    for name, tree in mods.items():
        for module, names in _local_imports(tree):
            private = [n for n in names if n.startswith("_") and n != "__future__"]
            assert not private, f"{name} imports private names {private} from {module}"
        aliases = {a.asname or a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                   and node.level == 1 and not node.module for a in node.names}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases
                    and node.attr.startswith("_")):
                raise AssertionError(f"{name} reads {node.value.id}.{node.attr}")


def test_a_scorer_owns_its_caches() -> None:
    a, b = scorer_mod.Scorer(load_knowledge()), scorer_mod.Scorer(load_knowledge())
    text = "Cut p99 latency from 900 ms to 210 ms on 16 L4 GPUs with TensorRT-LLM"
    assert a.bullet(text, "infra").score == b.bullet(text, "infra").score
    assert a.bullets.score.cache_info().currsize == 1 and b.bullets.score.cache_info().currsize == 1
    a.clear()
    assert a.bullets.score.cache_info().currsize == 0 and b.bullets.score.cache_info().currsize == 1


def test_a_resume_scorer_uses_the_scorer_it_is_given() -> None:
    from mlresume_gui.model import Bullet, Experience, Resume

    private = scorer_mod.Scorer(load_knowledge())
    resume = Resume(target="applied", experience=[Experience(company="C", bullets=[Bullet("Shipped a churn model")])])
    rs = ResumeScorer(resume, scorer=private)
    _ = rs.overall, rs.resume_findings
    assert private.bullets.score.cache_info().currsize == 1
    assert rs.scorer is private
