"""The Job panel: paste or drop a posting, the match shows, a found term jumps to its place,
a tailored variant hides but never deletes, a missing skill is added only when confirmed."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui import variants_ui
from mlresume_gui.gui.bullet_edit import BulletEdit
from mlresume_gui.gui.commands import EditBulletText
from mlresume_gui.matching.tailor import posting_of
from mlresume_gui.model.variants import apply_variant

ROOT = Path(__file__).resolve().parents[2]
POSTING = """Senior ML Engineer, Inference
Requirements
- Experience with LLM serving, e.g. vLLM or SGLang
- Strong Python and Kubernetes
- Experience with NCCL
Nice to have
- Experience with XGBoost
Benefits
- Dental and 401(k)
"""


@pytest.fixture
def panel(window: Any, qtbot: Any) -> Any:
    window.ensure_tools()
    window.job_dock.show()
    qtbot.waitUntil(lambda: window.job_panel is not None)
    p = window.job_panel
    real = p.set_posting

    def set_and_wait(text: str) -> None:  # the analysis runs in a pool thread
        with qtbot.waitSignal(p.matched, timeout=5000):
            real(text)

    p.set_posting = set_and_wait
    return p


def all_ids(resume: Any) -> set[str]:
    ids = set()
    for _key, _lst, entry in resume.iter_entries():
        ids.add(entry.id)
        ids |= {b.id for b in getattr(entry, "bullets", [])}
    return ids


def test_pasting_a_posting_shows_the_match_after_a_pause(panel: Any, qtbot: Any) -> None:
    panel.edit.setPlainText(POSTING)
    assert panel.result is None  # nothing runs on the keystroke path
    with qtbot.waitSignal(panel.matched, timeout=3000):
        pass
    result = panel.result
    by = {t.term: t for t in result.terms}
    assert by["Model serving"].required and by["vLLM"].found and not by["vLLM"].required
    assert "NCCL" in result.missing
    assert "Match" in panel.score_label.text() and "infra" in panel.score_label.text()
    top = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert top[0].startswith("Required") and top[1].startswith("Preferred")
    assert "Dental" not in by and "401(k)" not in by


def test_editing_the_resume_rematches_after_a_pause(panel: Any, qtbot: Any, window: Any) -> None:
    panel.set_posting(POSTING)
    assert "NCCL" in panel.result.missing
    _key, _ei, _bi, _entry, bullet = next(window.doc.resume.iter_bullets())
    window.doc.push(EditBulletText(window.doc, bullet.id, bullet.text, bullet.text + " with NCCL tuning"))
    assert "NCCL" in panel.result.missing  # not on the keystroke path
    with qtbot.waitSignal(panel.matched, timeout=3000):
        pass
    assert "NCCL" not in panel.result.missing


def test_clicking_a_found_term_focuses_its_bullet(panel: Any, qtbot: Any, window: Any) -> None:
    panel.set_posting(POSTING)
    term = next(t for t in panel.result.terms if t.term == "vLLM")
    bullet_places = [p for p in term.places if p.bullet_id]
    assert bullet_places
    item = next(panel.tree.topLevelItem(1).child(i) for i in range(panel.tree.topLevelItem(1).childCount())
                if panel.tree.topLevelItem(1).child(i).text(0).endswith("vLLM"))
    panel.tree.itemClicked.emit(item, 0)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), BulletEdit))
    assert QApplication.focusWidget().bullet_id == term.places[0].bullet_id
    assert "vllm" in window.doc.bullet(QApplication.focusWidget().bullet_id).text.lower()


def test_tailored_variant_hides_but_never_deletes(panel: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(variants_ui, "ask_name", lambda *_a: "Inference role")
    panel.set_posting(POSTING)
    doc = window.doc
    before = copy.deepcopy(doc.resume)
    vid = panel.tailor_variant()
    variant = doc.shown_variant()
    assert variant is not None and variant.id == vid and variant.name == "Inference role"
    assert variant.target == "infra"
    assert posting_of(variant) == POSTING
    assert variant.hidden  # unrelated bullets or projects are hidden in the variant ...
    assert all_ids(doc.resume) == all_ids(before)  # ... and nothing is deleted from the base
    assert [b.text for *_x, b in doc.resume.iter_bullets()] == [b.text for *_x, b in before.iter_bullets()]
    view = apply_variant(doc.resume, variant)
    first = view.experience[0].bullets[0].text.lower()
    assert "vllm" in first or "serving" in first  # the most relevant bullet leads
    doc.undo_stack.undo()
    assert doc.resume.variants == before.variants
    doc.undo_stack.redo()
    assert doc.shown_variant().name == "Inference role"


def test_posting_stored_with_the_variant_comes_back(panel: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(variants_ui, "ask_name", lambda *_a: "Tailored")
    panel.set_posting(POSTING)
    vid = panel.tailor_variant()
    window.variants.switch("")
    panel.set_posting("Requirements\n- Rust\n")
    window.variants.switch(vid)
    assert panel.edit.toPlainText() == POSTING
    panel.wait()


def test_missing_skill_added_only_when_confirmed(panel: Any, window: Any, isolated: Any) -> None:
    panel.set_posting(POSTING)
    doc = window.doc
    items = list(doc.resume.skills[0].items)
    isolated.yes = False
    assert not panel.add_skill("NCCL")
    assert doc.resume.skills[0].items == items
    isolated.yes = True
    assert panel.add_skill("NCCL")
    assert doc.resume.skills[0].items == [*items, "NCCL"]
    doc.undo_stack.undo()  # one undo step
    assert doc.resume.skills[0].items == items
    assert not panel.add_skill("Python")  # a found term is never added


def test_dropping_a_posting_file_reads_it(panel: Any, qtbot: Any) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ROOT / "tests/fixtures/jd/research_rl.docx"))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.edit.dropEvent(event)
    qtbot.waitUntil(lambda: panel.result is not None, timeout=15000)
    assert panel.result.archetype == "research"
    assert "Reinforcement learning" in {t.term for t in panel.result.terms}
