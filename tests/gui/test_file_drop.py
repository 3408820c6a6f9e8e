"""A file dragged anywhere on the window, a text field included, is the window's: a drop target
shows over the window while it is held there, dropping it imports the file, and the text field
never receives the file's ``file://`` URL. Other drags (text, bullets) reach the widgets as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

TEXT_RESUME = "Drop Person\ndrop@example.com\n\nExperience\nML Engineer\n- Cut latency 30%\n"


def _send(window: Any, kind: type, pos: QPointF, mime: QMimeData) -> Any:
    """Deliver a drag event the way the system does: to the window, at a point. The window takes
    file drops from its first paint on; the drops are installed first so that no test depends on
    whether that paint has been handled yet (a drag before it would go to the widget below)."""
    assert window.file_drops is not None
    handle = window.windowHandle()
    if kind is QDragLeaveEvent:
        event = QDragLeaveEvent()
    elif kind is QDropEvent:
        event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
    else:
        event = kind(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(handle, event)
    return event


def _name_field(window: Any) -> QLineEdit:
    window.focus_item("basics", "name", -1)
    field = QApplication.focusWidget()
    if not isinstance(field, QLineEdit):
        field = next(w for w in window.editor.widget().findChildren(QLineEdit) if w.isVisible())
    return field


def test_a_file_dropped_on_a_text_field_imports_it(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.ensure_tools()
    path = tmp_path / "dropped.txt"
    path.write_text(TEXT_RESUME, encoding="utf-8")
    field = _name_field(window)
    before = field.text()
    at = QPointF(field.mapTo(window, field.rect().center()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = _send(window, QDragEnterEvent, at, mime)
    assert enter.isAccepted()
    overlay = window.findChild(type(window.file_drops.overlay), "DropOverlay")
    assert overlay.isVisible() and overlay.name == "dropped.txt"
    assert overlay.geometry() == window.rect()
    _send(window, QDragMoveEvent, at, mime)
    flow = window.importer
    with qtbot.waitSignal(flow.finished, timeout=20000):
        _send(window, QDropEvent, at, mime)
    assert not overlay.isVisible()
    assert field.text() == before and "file://" not in field.text()
    with qtbot.waitSignal(flow.reviewClosed, timeout=5000):
        flow.review.accept()
    assert window.doc.resume.basics.name == "Drop Person"
    assert window.windowTitle().startswith("dropped (imported)")


def test_leaving_hides_the_drop_target_and_other_drags_pass(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    at = QPointF(window.width() / 2, window.height() / 2)
    _send(window, QDragEnterEvent, at, mime)
    assert window.file_drops.overlay.isVisible()
    _send(window, QDragLeaveEvent, at, mime)
    assert not window.file_drops.overlay.isVisible()
    text = QMimeData()
    text.setText("plain words")  # a text drag is the text field's, as before
    field = _name_field(window)
    enter = _send(window, QDragEnterEvent, QPointF(field.mapTo(window, field.rect().center())), text)
    assert enter.isAccepted() and not window.file_drops.overlay.isVisible()
    unknown = QMimeData()
    unknown.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    assert window.file_drops.path_of(unknown) == ""


def test_a_widget_that_reads_dropped_files_keeps_its_drops(window: Any, tmp_path: Path) -> None:
    """The Job panel's posting field reads a dropped posting itself: the window leaves it alone."""
    from mlresume_gui.gui.job_panel import PostingEdit

    edit = PostingEdit()
    window.panel_slot.layout().addWidget(edit)
    edit.show()
    got: list[str] = []
    edit.fileDropped.connect(got.append)
    path = tmp_path / "posting.txt"
    path.write_text("We need PyTorch.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    at = QPointF(edit.mapTo(window, edit.rect().center()))
    _send(window, QDragEnterEvent, at, mime)
    _send(window, QDragMoveEvent, at, mime)
    assert not window.file_drops.overlay.isVisible()
    _send(window, QDropEvent, at, mime)
    assert got == [str(path)] and not window.importer.busy
