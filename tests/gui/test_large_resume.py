"""A resume of 2,000 bullets in 100 entries: only the cards on screen (and a screen around them)
are built; focus, Find, undo, Tab and scrolling build the others when they are needed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mlresume_gui.formats import native
from mlresume_gui.gui.commands import EditBulletText
from mlresume_gui.model import Bullet, Experience
from mlresume_gui.resources import sample_resume

ENTRIES, PER_ENTRY = 100, 20


def large_resume() -> Any:
    resume = native.load(sample_resume())
    resume.experience = [
        Experience(title=f"Engineer {i}", company=f"Company {i}",
                   bullets=[Bullet(text=f"Built system {i}.{j} serving {j + 1}M requests a day")
                            for j in range(PER_ENTRY)])
        for i in range(ENTRIES)]
    return resume


@pytest.fixture
def big(window: Any, qtbot: Any) -> Any:
    window.doc.load(large_resume())
    window.outline.select("experience")
    window.editor.show_section("experience")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not window.editor._seen_timer.isActive())
    return window


def last_built(window: Any) -> bool:
    return window.doc.resume.experience[-1].id in window.editor.cards


def test_only_cards_in_view_are_built(big: Any) -> None:
    editor = big.editor
    assert editor.lazy
    assert 1 <= len(editor.cards) <= 12
    assert len(editor.cards) + len(editor.slots) == ENTRIES
    assert big.doc.resume.experience[0].id in editor.cards


def test_focus_builds_a_far_card_and_undo_goes_back_there(big: Any, qtbot: Any) -> None:
    editor, doc = big.editor, big.doc
    far = doc.resume.experience[80]
    bullet = far.bullets[5]
    assert far.id in editor.slots
    big.focus_item(bullet.id, "text", -1)
    assert far.id in editor.cards
    edit = editor.bullet_editor(bullet.id)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, " fast")
    assert bullet.text.endswith(" fast")
    big.focus_item(doc.resume.experience[0].bullets[0].id, "text", -1)
    doc.undo_stack.undo()
    assert not bullet.text.endswith(" fast")
    assert QApplication.focusWidget() is editor.bullet_editor(bullet.id)


def test_scrolling_builds_what_comes_into_view(big: Any, qtbot: Any) -> None:
    editor = big.editor
    before = set(editor.cards)
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: last_built(big))
    assert set(editor.cards) > before


def test_tab_walks_into_an_entry_not_built_yet(big: Any, qtbot: Any) -> None:
    editor, doc = big.editor, big.doc
    built = [e for e in doc.resume.experience if e.id in editor.cards]
    last = built[-1]
    nxt = doc.resume.experience[len(built)]
    assert nxt.id in editor.slots
    card = editor.cards[last.id]
    add = card.bullets.add_button
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert nxt.id in editor.cards
    assert editor.cards[nxt.id].isAncestorOf(QApplication.focusWidget())


def test_structure_edits_keep_cards_and_slots_in_step(big: Any) -> None:
    from mlresume_gui.gui.commands import MoveEntry, RemoveEntry

    doc, editor = big.doc, big.editor
    box = editor._cards_box

    def shown() -> list[Any]:
        return [box.itemAt(i).widget() for i in range(box.count())]

    def expected() -> list[Any]:
        return [editor.cards.get(e.id) or editor.slots.get(e.id) for e in doc.resume.experience]

    doc.push(MoveEntry(doc, "experience", 90, 0))
    assert shown() == expected()
    doc.push(RemoveEntry(doc, "experience", 50))
    assert len(editor.cards) + len(editor.slots) == ENTRIES - 1
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert shown() == expected() and len(shown()) == ENTRIES


def test_edits_to_unbuilt_bullets_need_no_card(big: Any) -> None:
    doc, editor = big.doc, big.editor
    far = doc.resume.experience[70]
    b = far.bullets[0]
    doc.push(EditBulletText(doc, b.id, b.text, b.text + " twice"))
    assert b.text.endswith(" twice")
    assert far.id in editor.slots  # the model changed; nothing was built for it


def test_find_shows_a_match_in_an_unbuilt_entry(big: Any) -> None:
    doc, editor = big.doc, big.editor
    target = doc.resume.experience[95].bullets[3]
    target.text += " Zephyrine"
    bar = big.find_bar
    bar.open()
    bar.field.setText("Zephyrine")
    match = bar.step(1)
    assert match is not None and match.key == target.id
    assert doc.resume.experience[95].id in editor.cards
