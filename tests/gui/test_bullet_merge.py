"""Backspace at the start of a bullet joins it to the previous one; Delete at the end joins the next
one to it. One undo step each, with the cursor where the texts meet (and back again on undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui.bullet_commands import join_separator


def _texts(entry) -> list[str]:
    return [b.text for b in entry.bullets]


def _focused_at(window, bullet_id: str, pos: int) -> bool:
    edit = window.editor.bullet_editor(bullet_id)
    return QApplication.focusWidget() is edit and edit.textCursor().position() == pos


def test_backspace_at_start_joins_to_the_previous_bullet(window, qtbot) -> None:
    entry = window.doc.resume.experience[0]
    first, second = entry.bullets[0], entry.bullets[1]
    before, ids = _texts(entry), [b.id for b in entry.bullets]
    steps = window.doc.undo_stack.count()
    window.focus_item(second.id, "text", 0)
    qtbot.keyClick(window.editor.bullet_editor(second.id), Qt.Key.Key_Backspace)
    assert _texts(entry) == [f"{before[0]} {before[1]}", *before[2:]]
    assert [b.id for b in entry.bullets] == [ids[0], *ids[2:]]
    assert window.editor.bullet_editor(second.id) is None  # its row is gone
    assert window.editor.bullet_editor(first.id).toPlainText() == entry.bullets[0].text
    assert _focused_at(window, first.id, len(before[0]) + 1)  # at the start of the joined text
    assert window.doc.undo_stack.count() == steps + 1
    window.doc.undo_stack.undo()
    assert _texts(entry) == before and [b.id for b in entry.bullets] == ids
    assert _focused_at(window, second.id, 0)
    window.doc.undo_stack.redo()
    assert _texts(entry) == [f"{before[0]} {before[1]}", *before[2:]]
    assert _focused_at(window, first.id, len(before[0]) + 1)


def test_delete_at_end_joins_the_next_bullet(window, qtbot) -> None:
    entry = window.doc.resume.experience[2]
    first = entry.bullets[0]
    before = _texts(entry)
    window.focus_item(first.id, "text", -1)
    edit = window.editor.bullet_editor(first.id)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert _texts(entry) == [f"{before[0]} {before[1]}", *before[2:]]
    assert _focused_at(window, first.id, len(before[0]))  # the cursor did not move
    qtbot.keyClicks(edit, ",")  # typing goes on at the join
    assert entry.bullets[0].text == f"{before[0]}, {before[1]}"
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert _texts(entry) == before
    assert _focused_at(window, first.id, len(before[0]))


def test_no_merge_past_the_ends_or_with_a_selection(window, qtbot) -> None:
    entry = window.doc.resume.experience[0]
    before = _texts(entry)
    steps = window.doc.undo_stack.count()
    window.focus_item(entry.bullets[0].id, "text", 0)
    qtbot.keyClick(window.editor.bullet_editor(entry.bullets[0].id), Qt.Key.Key_Backspace)
    last = entry.bullets[-1]
    window.focus_item(last.id, "text", -1)
    qtbot.keyClick(window.editor.bullet_editor(last.id), Qt.Key.Key_Delete)
    assert _texts(entry) == before and window.doc.undo_stack.count() == steps
    # Shift+Home selects from the start: Backspace then deletes the selection, as in any field
    second = entry.bullets[1]
    window.focus_item(second.id, "text", 4)
    edit = window.editor.bullet_editor(second.id)
    qtbot.keyClick(edit, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert len(entry.bullets) == len(before) and second.text == before[1][4:]


def test_merge_with_an_empty_neighbour_adds_no_space(window, qtbot) -> None:
    entry = window.doc.resume.experience[1]
    first = entry.bullets[0]
    text = first.text
    window.focus_item(first.id, "text", 0)
    qtbot.keyClick(window.editor.bullet_editor(first.id), Qt.Key.Key_Return)  # split at the start
    moved = entry.bullets[1]
    assert first.text == "" and moved.text == text
    assert _focused_at(window, moved.id, 0)
    qtbot.keyClick(window.editor.bullet_editor(moved.id), Qt.Key.Key_Backspace)
    assert entry.bullets[0] is first and first.text == text and moved not in entry.bullets
    assert _focused_at(window, first.id, 0)


def test_join_separator() -> None:
    assert join_separator("Cut cost", "by 40%") == " "
    assert join_separator("Cut cost ", "by 40%") == ""
    assert join_separator("", "by 40%") == ""
    assert join_separator("Cut cost", "") == ""
