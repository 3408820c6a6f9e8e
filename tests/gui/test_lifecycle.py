"""Life cycle: windows and documents deleted while work is pending; the application icon."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor
from shiboken6 import isValid

from mlresume_gui.gui import spelling
from mlresume_gui.gui.autosave import Autosaver
from mlresume_gui.gui.bullet_commands import AddBullet
from mlresume_gui.gui.commands import EditText
from mlresume_gui.gui.document import ResumeDocument
from mlresume_gui.gui.icons import APP_ICON_SIZES, app_icon
from mlresume_gui.model import Bullet, Experience, Resume


@pytest.fixture
def thread_errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Exceptions raised on Python threads during the test (normally only printed)."""
    errors: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    return errors


def _delete_now(obj: Any) -> None:
    obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_windows_closed_while_the_word_list_loads(qtbot, thread_errors) -> None:
    from mlresume_gui.gui.main_window import MainWindow

    for pause_ms in (0, 0, 40, 120):  # deleted at once, or part-way through the load
        w = MainWindow(with_panel=False)  # its own spell service, loading the real word list
        w.files.open_sample()
        w.show()
        w.spell.load_in_background()
        assert not w.spell.loaded
        if pause_ms:
            qtbot.wait(pause_ms)
        assert w.close()
        _delete_now(w)
        assert not isValid(w)
    spelling.wait_for_loaders()
    qtbot.wait(60)  # any callback left would run now
    assert not thread_errors
    assert not spelling._LOADERS


def test_background_load_reports_ready_on_a_living_service(qtbot, tmp_path, thread_errors) -> None:
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("Okaforian\n", encoding="utf-8")
    service = spelling.SpellService(None, [vocab])
    with qtbot.waitSignal(service.ready, timeout=10000):
        service.load_in_background()
        service.load_in_background()  # a second call while loading starts nothing new
    assert service.loaded and service.available
    assert not service.is_misspelled("Okaforian") and service.is_misspelled("Okaforiam")
    assert not thread_errors


def test_document_destroyed_with_commands_on_its_stack(qtbot) -> None:
    doc = ResumeDocument()
    saver = Autosaver(doc)  # not a child of the document: it outlives it
    seen: list[object] = []
    doc.undo_stack.indexChanged.connect(lambda i: seen.append(i))
    job = Experience(company="Acme")
    doc.load(Resume(experience=[job]))
    doc.push(EditText(doc, "basics", "name", "", "Ada"))
    doc.push(AddBullet(doc, job.id, 0, Bullet(text="Shipped it")))
    assert saver.idle.isActive()
    with qtbot.capture_exceptions() as raised:
        _delete_now(doc)
        qtbot.wait(10)
    assert not isValid(doc)
    assert raised == []
    assert seen == [1, 2]  # nothing was announced from the half-deleted stack
    saver.idle.stop()
    saver.deadline.stop()


def test_application_and_window_icon_come_from_the_branding_svg(window) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert [s.width() for s in icon.availableSizes()] == list(APP_ICON_SIZES)
    image = icon.pixmap(64).toImage()
    assert image.width() == 64
    tile = QColor(image.pixelColor(32, 6))
    assert tile.alpha() == 255 and tile.blue() > tile.red()  # the blue tile of the branding icon
    assert window.windowIcon().availableSizes() == icon.availableSizes()
