"""Structure edits: entries, bullets and sections added, removed, duplicated and moved, all undoable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui.bullet_edit import paste_lines, strip_glyph
from mlresume_gui.gui.commands import MoveSection
from mlresume_gui.model.codec import to_dict


def snapshot(window):
    return to_dict(window.doc.resume)


def undo_all_matches(window, before) -> None:
    stack = window.doc.undo_stack
    after = snapshot(window)
    while stack.canUndo():
        stack.undo()
    assert snapshot(window) == before
    while stack.canRedo():
        stack.redo()
    assert snapshot(window) == after


def test_entry_add_duplicate_remove_move(window) -> None:
    before = snapshot(window)
    doc = window.doc
    window.outline.select("projects")
    window.editor.add_entry()
    assert len(doc.resume.projects) == 3 and doc.resume.projects[-1].bullets
    assert len(window.editor.cards) == 3
    first = doc.resume.projects[0]
    window.outline.select("projects", first.id)
    window.outline.duplicate_current()
    copy = doc.resume.projects[1]
    assert copy.name == first.name and copy.id != first.id
    assert {b.id for b in copy.bullets}.isdisjoint({b.id for b in first.bullets})
    window.outline.select("projects", first.id)
    window.outline.move_current(1)
    assert doc.resume.projects[1] is first
    window.outline.select("projects", copy.id)
    window.outline.remove_current()
    assert copy not in doc.resume.projects
    assert [c for c in window.editor.cards] == [p.id for p in doc.resume.projects]
    undo_all_matches(window, before)
    assert list(window.editor.cards) == [p.id for p in doc.resume.projects]


def test_alt_up_down_in_outline(window, qtbot) -> None:
    doc = window.doc
    ids = [e.id for e in doc.resume.experience]
    window.outline.select("experience", ids[2])
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [e.id for e in doc.resume.experience] == [ids[0], ids[2], ids[1]]
    assert window.outline.current() == ("experience", ids[2])
    window.doc.undo_stack.undo()
    assert [e.id for e in doc.resume.experience] == ids


def test_drag_reorder_in_outline(window) -> None:
    doc = window.doc
    ids = [e.id for e in doc.resume.experience]
    window.outline.move_entry_to("experience", ids[0], 3)  # what a drop below the last entry does
    assert [e.id for e in doc.resume.experience] == [ids[1], ids[2], ids[0]]
    window.doc.undo_stack.undo()
    assert [e.id for e in doc.resume.experience] == ids


def test_section_move_and_custom_sections(window) -> None:
    before = snapshot(window)
    doc = window.doc
    order = doc.resume.ordered_sections()
    doc.push(MoveSection(doc, "skills", 0))
    assert doc.resume.ordered_sections()[0] == "skills"
    assert window.outline.topLevelItem(2).text(0) == "Skills"
    key = window.outline.add_custom_section()
    section = doc.resume.custom[-1]
    assert window.editor.section == key
    title = window.editor.binder.widget(section.id, "title")
    title.selectAll()
    title.insert("Talks")
    title.textEdited.emit(title.text())
    assert section.title == "Talks"
    assert window.outline._items[key].text(0) == "Talks"
    window.editor.add_entry()
    assert len(section.entries) == 2
    window.outline.select(key)
    window.outline.remove_current()
    assert section not in doc.resume.custom
    assert window.editor.section != key or not window.editor.cards
    undo_all_matches(window, before)
    assert doc.resume.ordered_sections() == order or doc.resume.ordered_sections()[0] == "skills"


def test_enter_splits_backspace_removes(window, qtbot) -> None:
    before = snapshot(window)
    entry = window.doc.resume.experience[0]
    b0 = entry.bullets[0]
    window.focus_item(b0.id, "text", 7)
    edit = window.editor.bullet_editor(b0.id)
    text = b0.text
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert entry.bullets[0].text == text[:7].rstrip()
    new = entry.bullets[1]
    assert new.text == text[7:].lstrip()
    assert QApplication.focusWidget() is window.editor.bullet_editor(new.id)
    # an empty bullet disappears on Backspace and focus goes back to the previous one
    qtbot.keyClick(window.editor.bullet_editor(new.id), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.editor.bullet_editor(new.id), Qt.Key.Key_Return)
    empty = entry.bullets[2]
    assert empty.text == ""
    qtbot.keyClick(window.editor.bullet_editor(empty.id), Qt.Key.Key_Backspace)
    assert empty not in entry.bullets
    assert QApplication.focusWidget() is window.editor.bullet_editor(new.id)
    undo_all_matches(window, before)


def test_paste_lines_makes_bullets_and_drops_glyphs(window, qtbot) -> None:
    entry = window.doc.resume.projects[0]
    b = entry.bullets[-1]
    window.focus_item(b.id, "text", -1)
    edit = window.editor.bullet_editor(b.id)
    n = len(entry.bullets)
    mime = QMimeData()
    mime.setText("• first pasted\n\n- second pasted\n* third pasted")
    edit.insertFromMimeData(mime)
    assert len(entry.bullets) == n + 2
    assert entry.bullets[-3].text.endswith("first pasted")
    assert [x.text for x in entry.bullets[-2:]] == ["second pasted", "third pasted"]
    window.doc.undo_stack.undo()
    assert len(entry.bullets) == n and not entry.bullets[-1].text.endswith("pasted")


def test_glyph_typed_at_start_is_dropped(window, qtbot) -> None:
    entry = window.doc.resume.experience[0]
    window.outline.select("experience")
    window.editor.cards[entry.id].bullets.add_at_end()
    bullet = entry.bullets[-1]
    edit = window.editor.bullet_editor(bullet.id)
    edit.setFocus()
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "•"))
    qtbot.keyClicks(edit, " Cut latency")
    assert bullet.text == "Cut latency"
    assert edit.toPlainText() == "Cut latency"
    edit2 = window.editor.bullet_editor(entry.bullets[0].id)
    edit2.focus_at(0)
    qtbot.keyClicks(edit2, "- ")
    assert not entry.bullets[0].text.startswith("-")
    # a glyph that arrives another way (input method, drop) is tidied right after
    edit.setPlainText("▪ Via input method")
    qtbot.waitUntil(lambda: bullet.text == "Via input method", timeout=1000)


def test_move_bullet_with_alt_arrows(window, qtbot) -> None:
    entry = window.doc.resume.experience[0]
    ids = [b.id for b in entry.bullets]
    window.focus_item(ids[0], "text", 3)
    window.move_focused(1)
    assert [b.id for b in entry.bullets][:2] == [ids[1], ids[0]]
    assert QApplication.focusWidget() is window.editor.bullet_editor(ids[0])
    window.doc.undo_stack.undo()
    assert [b.id for b in entry.bullets] == ids


def test_helpers() -> None:
    assert strip_glyph("•  Shipped") == "Shipped"
    assert strip_glyph("- Shipped") == "Shipped"
    assert strip_glyph("-40% latency") == "-40% latency"
    assert paste_lines("a\r\n\r\n• b\n") == ["a", "b"]


def test_import_is_one_undo_step(window, qtbot, tmp_path) -> None:
    import json

    data = {"basics": {"name": "Jo Imported"}, "work": [{"name": "Acme", "highlights": ["Did a thing"]}]}
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(window)
    window.import_file(str(path))
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=5000)
    qtbot.waitUntil(lambda: window.doc.resume.basics.name == "Jo Imported", timeout=5000)
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert snapshot(window) == before


def test_drop_event_in_outline_moves_entry(window) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    doc = window.doc
    ids = [e.id for e in doc.resume.experience]
    outline = window.outline
    outline.select("experience", ids[0])
    target = outline._items[ids[2]]
    pos = outline.visualItemRect(target).center()
    mime = outline.model().mimeData([outline.indexFromItem(outline.currentItem())])
    event = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    outline.dropEvent(event)
    order = [e.id for e in doc.resume.experience]
    assert order != ids and sorted(order) == sorted(ids)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert [e.id for e in doc.resume.experience] == ids
    assert outline.topLevelItemCount() == len(doc.section_keys())
