"""Undo and redo keys in every kind of field drive the document's history, never the field's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from mlresume_gui.gui.undo_keys import document_undo_in_menu

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
UNDO = (Qt.Key.Key_Z, CTRL)
REDO_KEYS = [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)]


def show(window, item_id: str, attr: str):
    window.focus_item(item_id, attr, -1)
    widget = window.editor.binder.widget(item_id, attr)
    assert widget is not None, (item_id, attr)
    return widget


def press(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key[0], key[1])
    QApplication.processEvents()


def test_new_entry_then_name_undone_by_keys(window, qtbot) -> None:
    """The reported case: add an entry, type its name, Ctrl+Z twice: the entry is gone too."""
    window.activateWindow()
    window.outline.select("experience")
    window.editor.show_section("experience")
    before = [e.id for e in window.doc.resume.experience]
    window.add_entry()
    new = next(e for e in window.doc.resume.experience if e.id not in before)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    qtbot.keyClicks(field, "Acme Labs")
    typed = next(e for e in window.doc.resume.experience if e.id == new.id)
    assert "Acme Labs" in (typed.company, typed.title)
    steps = window.doc.undo_stack.count()
    press(qtbot, QApplication.focusWidget(), UNDO)
    assert window.doc.undo_stack.index() == steps - 1
    assert "Acme Labs" not in (typed.company, typed.title)
    press(qtbot, QApplication.focusWidget() or window, UNDO)
    assert [e.id for e in window.doc.resume.experience] == before
    assert window.doc.undo_stack.count() == steps  # nothing new recorded


@pytest.mark.parametrize("redo", REDO_KEYS)
def test_bullet_undo_and_redo_keys_record_nothing(window, qtbot, redo) -> None:
    job = window.doc.resume.experience[0]
    bullet = job.bullets[0]
    window.focus_item(bullet.id, "", -1)
    edit = window.editor.bullet_editor(bullet.id)
    original = bullet.text
    qtbot.keyClicks(edit, " fast")
    assert bullet.text == original + " fast"
    steps = window.doc.undo_stack.count()
    press(qtbot, edit, UNDO)
    assert bullet.text == original
    assert edit.toPlainText() == original
    press(qtbot, QApplication.focusWidget(), redo)
    assert bullet.text == original + " fast"
    assert window.doc.undo_stack.count() == steps
    assert not edit.isUndoRedoEnabled()  # no private history to swallow a step


def test_line_edit_keys(window, qtbot) -> None:
    name = show(window, "basics", "name")
    before = window.doc.resume.basics.name
    qtbot.keyClicks(name, "X")
    press(qtbot, name, UNDO)
    assert window.doc.resume.basics.name == before and name.text() == before
    assert window.doc.undo_stack.index() == 0  # the step was undone, not overwritten by a new edit
    press(qtbot, QApplication.focusWidget(), REDO_KEYS[0])
    assert window.doc.resume.basics.name == before + "X"
    assert window.doc.undo_stack.count() == 1


def test_summary_keys(window, qtbot) -> None:
    field = show(window, "resume", "summary")
    before = window.doc.resume.summary
    qtbot.keyClicks(field, " More.")
    press(qtbot, field, UNDO)
    assert window.doc.resume.summary == before and field.toPlainText() == before
    assert window.doc.undo_stack.index() == 0
    press(qtbot, QApplication.focusWidget(), REDO_KEYS[1])
    assert window.doc.resume.summary == before + " More."
    assert window.doc.undo_stack.count() == 1


def test_date_editor_keys(window, qtbot) -> None:
    job = window.doc.resume.experience[0]
    date = show(window, job.id, "start")
    old = job.start
    date.year.setFocus()
    date.year.setValue(date.year.value() - 1)
    assert job.start != old
    editor = date.year.lineEdit()
    editor.setFocus()
    press(qtbot, editor, UNDO)
    assert job.start == old
    assert window.doc.undo_stack.count() == 1
    press(qtbot, editor, REDO_KEYS[0])
    assert job.start != old


def test_author_list_keys_while_editing(window, qtbot) -> None:
    pub = window.doc.resume.publications[0]
    authors = show(window, pub.id, "authors")
    names = list(pub.authors)
    authors.add_author()
    QApplication.processEvents()
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and authors.list.isAncestorOf(cell)
    qtbot.keyClicks(cell, "New Person")
    press(qtbot, cell, UNDO)  # the name typed so far is committed, then undone
    assert pub.authors == names
    press(qtbot, QApplication.focusWidget(), REDO_KEYS[1])
    assert pub.authors == [*names, "New Person"]
    press(qtbot, authors.list, UNDO)  # the list itself, not editing
    assert pub.authors == names


def test_context_menu_undo_is_the_documents(window, qtbot) -> None:
    name = show(window, "basics", "name")
    qtbot.keyClicks(name, "Q")
    menu = name.createStandardContextMenu()
    document_undo_in_menu(menu, window.doc.undo_stack)
    names = [a.objectName() for a in menu.actions()]
    assert "edit-undo" not in names and "document-undo" in names
    undo = next(a for a in menu.actions() if a.objectName() == "document-undo")
    assert undo.isEnabled()
    undo.trigger()
    assert not window.doc.resume.basics.name.endswith("Q")


def test_bullet_context_menu_has_document_undo(window, qtbot) -> None:
    bullet = window.doc.resume.experience[0].bullets[0]
    window.focus_item(bullet.id, "", -1)
    edit = window.editor.bullet_editor(bullet.id)
    menu = edit.context_menu(QPoint(2, 2))
    names = [a.objectName() for a in menu.actions()]
    assert "document-undo" in names and "edit-undo" not in names
    menu.deleteLater()
