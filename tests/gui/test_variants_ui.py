"""Variants in the window: create, rename, switch, delete (undo/redo each), the Research/Applied pair
in one step, hide in a variant (greyed in outline and editor), and the target the panel follows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from mlresume_gui.gui import variants_ui
from mlresume_gui.gui.commands import EditBulletText
from mlresume_gui.model.variants import apply_variant


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers for the name prompts, in order."""
    answers: list[str] = []
    monkeypatch.setattr(variants_ui, "ask_name", lambda *_a: answers.pop(0) if answers else "")
    return answers


def _greyed(widget: QWidget) -> bool:
    """The widget's text is drawn in the muted colour (by it or by the row or card holding it)."""
    while widget is not None:
        if variants_ui.HIDDEN_QSS in widget.styleSheet():
            return True
        widget = widget.parentWidget()
    return False


def combo_items(window: Any) -> list[str]:
    combo = window.variants.combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_create_rename_switch_delete_with_undo(window: Any, names: list[str], isolated: Any) -> None:
    doc, ui = window.doc, window.variants
    stack = doc.undo_stack
    names.append("Infra")
    ui.new_variant()
    assert [v.name for v in doc.resume.variants] == ["Infra"]
    assert doc.shown_variant().name == "Infra"
    assert window.variants.combo.currentText().startswith("Infra")
    assert ui.act_rename.isEnabled() and ui.act_delete.isEnabled()

    names.append("Infra roles")
    ui.rename_variant()
    assert doc.shown_variant().name == "Infra roles"
    stack.undo()
    assert doc.shown_variant().name == "Infra"
    stack.redo()
    assert combo_items(window)[1].startswith("Infra roles")

    ui.switch("")
    assert doc.shown_variant() is None and window.variants.combo.currentIndex() == 0
    assert not ui.act_rename.isEnabled()
    stack.undo()
    assert doc.shown_variant().name == "Infra roles"
    stack.redo()
    assert doc.shown_variant() is None

    ui.switch(doc.resume.variants[0].id)
    ui.delete_variant()
    assert doc.resume.variants == [] and doc.shown_variant() is None
    assert combo_items(window) == ["Base resume"]
    stack.undo()
    assert doc.shown_variant().name == "Infra roles"
    stack.redo()
    assert doc.resume.variants == []
    while stack.canUndo():
        stack.undo()
    assert doc.resume.variants == [] and doc.variant_id == ""
    assert isolated.errors == []


def test_taken_or_empty_names_are_refused_with_a_reason(window: Any, names: list[str], isolated: Any) -> None:
    names.extend(["Applied", "applied "])
    window.variants.new_variant()
    count = window.doc.undo_stack.count()
    window.variants.new_variant()
    assert len(window.doc.resume.variants) == 1 and window.doc.undo_stack.count() == count
    assert len(isolated.errors) == 1 and "already exists" in isolated.errors[0]


def test_switching_in_the_selector_is_an_undo_step(window: Any, names: list[str]) -> None:
    names.append("A")
    window.variants.new_variant()
    combo = window.variants.combo
    combo.activated.emit(0)
    assert window.doc.shown_variant() is None
    combo.activated.emit(1)
    assert window.doc.shown_variant().name == "A"
    window.doc.undo_stack.undo()
    assert window.doc.shown_variant() is None


def test_research_and_applied_in_one_undo_step(window: Any) -> None:
    doc = window.doc
    before = doc.undo_stack.count()
    window.variants.create_pair()
    assert doc.undo_stack.count() == before + 1
    research, applied = doc.resume.variants
    assert (research.name, research.target) == ("Research", "research")
    assert (applied.name, applied.target) == ("Applied", "applied")
    assert applied.order["sections"][0] == "experience"
    job = doc.resume.experience[0]
    assert set(research.order[job.id]) == {b.id for b in job.bullets}
    assert combo_items(window)[1:] == ["Research (research)", "Applied (applied)"]
    doc.undo_stack.undo()
    assert doc.resume.variants == [] and combo_items(window) == ["Base resume"]
    doc.undo_stack.redo()
    assert [v.name for v in doc.resume.variants] == ["Research", "Applied"]


def test_hide_in_variant_greys_and_undoes(window: Any, names: list[str]) -> None:
    doc = window.doc
    job = doc.resume.experience[0]
    bullet = job.bullets[0]
    menu = QMenu()
    window.extend_item_menu(menu, bullet.id)
    assert menu.actions() == []  # nothing to hide in the base resume
    names.append("Short")
    window.variants.new_variant()
    window.focus_item(job.id)
    window.extend_item_menu(menu, bullet.id)
    hide = next(a for a in menu.actions() if a.objectName() == "HideInVariant")
    hide.trigger()
    variant = doc.shown_variant()
    assert variant.hidden == [bullet.id]
    edit = window.editor.bullet_editor(bullet.id)
    assert _greyed(edit.parentWidget()) and _greyed(edit)

    window.extend_item_menu(menu2 := QMenu(), job.id)
    next(a for a in menu2.actions() if a.objectName() == "HideInVariant").trigger()
    assert _greyed(window.editor.cards[job.id])
    item = window.outline._items[job.id]
    assert item.font(0).italic() and "Short" in item.toolTip(0)

    doc.undo_stack.undo()
    assert not _greyed(window.editor.cards[job.id])
    assert not window.outline._items[job.id].font(0).italic()
    window.variants.switch("")  # the base shows everything normally
    assert not _greyed(window.editor.bullet_editor(bullet.id))
    view = apply_variant(doc.resume, variant)
    assert bullet.id not in [b.id for b in view.experience[0].bullets]


def test_edits_to_shared_bullets_show_in_every_variant(window: Any) -> None:
    doc = window.doc
    window.variants.create_pair()
    bullet = doc.resume.experience[0].bullets[1]
    doc.push(EditBulletText(doc, bullet.id, bullet.text, "Cut p99 latency 40% for 3M users"))
    for variant in doc.resume.variants:
        texts = [b.text for b in apply_variant(doc.resume, variant).experience[0].bullets]
        assert "Cut p99 latency 40% for 3M users" in texts


def test_the_variant_target_drives_the_panel_target(window: Any, qtbot: Any, names: list[str]) -> None:
    doc = window.doc
    doc.resume.target = "infra"
    window.variants.create_pair()
    targets: list[str] = []
    doc.targetChanged.connect(targets.append)
    window.variants.switch(doc.resume.variants[0].id)
    assert doc.effective_target() == "research" and targets[-1] == "research"
    window.variants.switch("")
    assert doc.effective_target() == "infra" and targets[-1] == "infra"

    from mlresume_gui.gui.panel.live import LiveScoring
    from mlresume_gui.gui.panel.score_view import ScoreView

    live = LiveScoring(doc)
    view = ScoreView(live)
    qtbot.addWidget(view)
    window.variants.switch(doc.resume.variants[1].id)
    assert view.target_box.currentData() == "applied"
    view._chosen(view.target_box.findData("research"))  # the panel's selector sets the variant's target
    assert doc.resume.variants[1].target == "research" and doc.resume.target == "infra"
    doc.undo_stack.undo()
    assert doc.resume.variants[1].target == "applied"


def test_an_import_replacing_the_resume_returns_to_the_base(window: Any) -> None:
    from mlresume_gui.gui.commands import ReplaceResume
    from mlresume_gui.model import Resume

    window.variants.create_pair()
    window.variants.switch(window.doc.resume.variants[0].id)
    window.doc.push(ReplaceResume(window.doc, Resume()))
    assert window.doc.variant_id == "" and combo_items(window) == ["Base resume"]


def test_creating_the_pair_again_asks_and_never_overwrites(window: Any, isolated: Any) -> None:
    from mlresume_gui.model.variants import hide

    doc = window.doc
    window.variants.create_pair()
    assert isolated.asked == []  # the first time: created without a question
    research = doc.resume.variants[0]
    steps = doc.undo_stack.count()

    window.variants.create_pair()  # nothing changed since: nothing to ask, nothing pushed
    assert isolated.asked == [] and doc.undo_stack.count() == steps
    assert "up to date" in window.statusBar().currentMessage()

    bullet = doc.resume.experience[0].bullets[0]
    hide(research, bullet.id)  # the user's own choice in the variant
    research.target = "infra"
    isolated.yes = False
    window.variants.create_pair()
    assert isolated.asked == ["Update the Research and Applied variants"]
    assert bullet.id in research.hidden and research.target == "infra"  # left alone
    assert doc.undo_stack.count() == steps

    isolated.yes = True
    window.variants.create_pair()
    assert doc.undo_stack.count() == steps + 1
    research = doc.resume.variants[0]
    assert bullet.id not in research.hidden and research.target == "research"
    message = window.statusBar().currentMessage()
    assert "Research" in message and "shows again" in message and "target infra → research" in message
    doc.undo_stack.undo()
    assert bullet.id in doc.resume.variants[0].hidden and doc.resume.variants[0].target == "infra"
