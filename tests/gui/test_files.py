"""File flows: New, Open (.mlresume and .json), Open Recent, Revert, drops, import errors and cancel,
the status bar, themes and the unexpected-error dialog."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from mlresume_gui.formats import native
from mlresume_gui.gui import settings, theme
from mlresume_gui.gui.stats import estimate_pages, word_count
from mlresume_gui.model import Bullet, Experience, Resume
from mlresume_gui.resources import sample_resume


def test_new_open_recent_and_revert(window, isolated, tmp_path: Path, qtbot) -> None:
    assert window.files.new()
    assert window.doc.resume.is_empty() and window.doc.path is None
    path = tmp_path / "a.mlresume"
    native.save(native.load(sample_resume()), path)
    isolated.open_name = str(path)
    assert window.files.open()
    assert window.doc.path == str(path)
    assert window.files.recent()[0] == str(path)
    assert settings.get("files/last") == str(path)
    name = window.editor.binder.widget("basics", "name")
    window.focus_item("basics", "name", -1)
    qtbot.keyClicks(name, "zz")
    assert window.act_revert.isEnabled()
    assert window.files.revert()
    assert not window.doc.resume.basics.name.endswith("zz")
    assert not window.doc.is_dirty
    window.recent_menu.aboutToShow.emit()
    assert any(a.toolTip() == str(path) for a in window.recent_menu.actions())


def test_open_json_resume_is_untitled(window, isolated, tmp_path: Path) -> None:
    path = tmp_path / "cv.json"
    path.write_text(json.dumps({"basics": {"name": "Jay Json"}}), encoding="utf-8")
    assert window.files.open_path(str(path))
    assert window.doc.resume.basics.name == "Jay Json"
    assert window.doc.path is None
    assert "cv (imported)" in window.windowTitle()
    isolated.save_name = str(tmp_path / "cv")
    assert window.files.save()
    assert (tmp_path / "cv.mlresume").exists()


def test_new_asks_about_unsaved_changes(window, isolated, qtbot) -> None:
    window.focus_item("basics", "name", -1)
    qtbot.keyClicks(window.editor.binder.widget("basics", "name"), "x")
    isolated.save_answer = "cancel"
    assert not window.files.new()
    assert not window.doc.resume.is_empty()
    isolated.save_answer = "discard"
    assert window.files.new()


def _drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_drop_native_file_opens_it(window, qtbot, tmp_path: Path) -> None:
    resume = Resume()
    resume.basics.name = "Dropped Person"
    path = tmp_path / "dropped.mlresume"
    native.save(resume, path)
    _drop(window, path)
    qtbot.waitUntil(lambda: window.doc.resume.basics.name == "Dropped Person", timeout=5000)
    assert window.doc.path == str(path)
    assert window.doc.undo_stack.count() == 0


def test_drop_unreadable_file_keeps_document(window, isolated, qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("[1, 2", encoding="utf-8")
    before = window.doc.resume
    _drop(window, bad)
    qtbot.waitUntil(lambda: bool(isolated.errors), timeout=5000)
    assert "broken.json" in isolated.errors[0]
    assert window.doc.resume is before and window.doc.undo_stack.count() == 0


def test_import_cancel_discards_result(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"basics": {"name": "Never Applied"}}), encoding="utf-8")
    window.import_file(str(path))
    window.importer.cancel()
    window.importer.wait()
    qtbot.wait(50)
    assert window.doc.resume.basics.name != "Never Applied"
    assert not window.importer.busy


def test_status_bar_counts(window, qtbot) -> None:
    assert window.status.words.text() == f"{word_count(window.doc.resume)} words"
    assert window.status.state.text() == "Not saved yet"
    window.focus_item("resume", "summary", -1)
    qtbot.keyClicks(window.editor.binder.widget("resume", "summary"), " three more words")
    qtbot.waitUntil(lambda: window.status.words.text() == f"{word_count(window.doc.resume)} words", timeout=2000)
    assert window.status.state.text() == "Unsaved changes"


def test_page_estimate_grows_with_content() -> None:
    small = Resume()
    small.experience.append(Experience(company="A", bullets=[Bullet("Did a thing")]))
    big = Resume()
    big.experience = [Experience(company=f"C{i}", bullets=[Bullet("x " * 60) for _ in range(6)]) for i in range(8)]
    assert estimate_pages(small) < 1 <= estimate_pages(big)
    assert 1.0 <= estimate_pages(native.load(sample_resume())) <= 3.0


def test_themes_set_palettes() -> None:
    app = QApplication.instance()
    theme.apply_theme(app, "dark")
    dark = app.palette().color(QPalette.ColorRole.Window).lightness()
    theme.apply_theme(app, "light")
    light = app.palette().color(QPalette.ColorRole.Window).lightness()
    assert dark < 100 < light
    assert theme.current_name() == "light"


def test_autosave_flush_writes_at_once(window) -> None:
    from mlresume_gui.gui.autosave import recovery_file

    window.doc.resume.basics.name = "Flushed"
    window.doc._forced_dirty = True
    window.autosaver.flush()  # what the crash handler calls before reporting
    assert native.load(recovery_file()).basics.name == "Flushed"
