"""Edit > Find across every field (next, previous, the match shown selected), Cut/Copy/Paste/Select
All on the focused field, File > Print (to a PDF file through QPrinter) and File > Close."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from mlresume_gui.gui import dialogs
from mlresume_gui.gui.find import find_matches


def selected(widget: Any) -> str:
    return widget.selectedText() if isinstance(widget, QLineEdit) else widget.textCursor().selectedText()


def test_matches_cover_every_kind_of_field(window: Any) -> None:
    doc = window.doc
    job = doc.resume.experience[0]
    bullet = job.bullets[1]
    word = bullet.text.split()[2]
    keys = {(m.key, m.attr) for m in find_matches(doc, word)}
    assert (bullet.id, "text") in keys
    assert {(m.key, m.attr) for m in find_matches(doc, doc.resume.basics.name)} >= {("basics", "name")}
    assert (job.id, "company") in {(m.key, m.attr) for m in find_matches(doc, job.company.upper())}
    group = doc.resume.skills[0]
    assert (group.id, "items") in {(m.key, m.attr) for m in find_matches(doc, group.items[-1])}
    assert find_matches(doc, "") == []


def test_find_next_previous_shows_and_selects(window: Any, qtbot: Any) -> None:
    doc = window.doc
    window.edit_actions["Find…"].trigger()
    bar = window.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.field
    needle = "latency"
    qtbot.keyClicks(bar.field, needle)
    total = len(find_matches(doc, needle))
    assert total >= 2
    assert bar.count.text() == f"1 of {total}"
    first = bar.matches[0]
    shown = window.editor.binder.widget(first.key, first.attr)
    assert shown is not None and shown.isVisible()
    assert selected(shown).casefold() == needle
    window.edit_actions["Find Next"].trigger()
    assert bar.count.text() == f"2 of {total}"
    second = bar.matches[1]
    widget = window.editor.binder.widget(second.key, second.attr)
    assert QApplication.focusWidget() is widget
    assert selected(widget).casefold() == needle
    window.edit_actions["Find Previous"].trigger()
    window.edit_actions["Find Previous"].trigger()  # wraps round to the last match
    assert bar.count.text() == f"{total} of {total}"
    # a match in another section: the editor switches to it
    bar.field.clear()
    qtbot.keyClicks(bar.field, doc.resume.basics.name)
    assert window.editor.section == "basics"  # shown while typing; the find field keeps the keys
    assert QApplication.focusWidget() is bar.field
    bar.index = -1
    window.edit_actions["Find Next"].trigger()  # F3: the match takes the focus, selected
    name = window.editor.binder.widget("basics", "name")
    assert isinstance(name, QLineEdit) and name.selectedText() == doc.resume.basics.name
    bar.field.clear()
    qtbot.keyClicks(bar.field, "zzzqqq no such text")
    assert bar.count.text() == "No matches"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_find_sees_edits_made_after_it_ran(window: Any, qtbot: Any) -> None:
    bar = window.find_bar
    bar.open()
    qtbot.keyClicks(bar.field, "Quokka")
    assert bar.count.text() == "No matches"
    bullet = window.doc.resume.experience[0].bullets[0]
    from mlresume_gui.gui.commands import EditBulletText

    window.doc.push(EditBulletText(window.doc, bullet.id, bullet.text, bullet.text + " Quokka"))
    assert bar.step(1) is not None and bar.count.text() == "1 of 1"


def test_find_field_keeps_its_own_undo(window: Any, qtbot: Any) -> None:
    bar = window.find_bar
    bar.open()
    steps = window.doc.undo_stack.index()
    qtbot.keyClicks(bar.field, "abc")
    qtbot.keyClick(bar.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bar.field.text() != "abc"
    assert window.doc.undo_stack.index() == steps


def test_cut_copy_paste_select_all_from_the_menu(window: Any, qtbot: Any) -> None:
    window.focus_item("basics", "headline", -1)
    field = window.editor.binder.widget("basics", "headline")
    headline = window.doc.resume.basics.headline
    window.edit_actions["Select All"].trigger()
    assert field.selectedText() == headline
    window.edit_actions["Copy"].trigger()
    assert QApplication.clipboard().text() == headline
    window.edit_actions["Cut"].trigger()
    assert field.text() == "" and window.doc.resume.basics.headline == ""
    window.edit_actions["Paste"].trigger()
    window.edit_actions["Paste"].trigger()
    assert window.doc.resume.basics.headline == headline * 2


def test_print_to_a_pdf_file(window: Any, monkeypatch: Any, tmp_path: Path) -> None:
    from pdfminer.high_level import extract_text
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"

    def choose(_parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(dialogs, "ask_print", choose)
    window.edit_actions["Print…"].trigger()
    text = " ".join(extract_text(str(out)).split())
    resume = window.doc.resume
    assert resume.basics.name in text
    assert " ".join(resume.experience[0].bullets[0].text.split()[:4]) in text
    assert "page" in window.statusBar().currentMessage()


def test_print_cancelled_prints_nothing(window: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(dialogs, "ask_print", lambda *_a: False)
    window.statusBar().clearMessage()
    window.edit_actions["Print…"].trigger()
    assert window.statusBar().currentMessage() == ""


def test_close_asks_about_unsaved_changes(window: Any, isolated: Any) -> None:
    window.doc._forced_dirty = True
    isolated.save_answer = "cancel"
    window.edit_actions["Close"].trigger()
    assert window.isVisible() and isolated.asked == ["save:Sample resume"]
