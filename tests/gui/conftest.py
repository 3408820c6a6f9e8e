"""GUI test set-up: offscreen Qt, settings and data folders in tmp_path, message boxes replaced."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui import dialogs, settings
from mlresume_gui.gui.spelling import SpellService

# Create the QApplication while tests are collected: a test elsewhere that runs first (PDF export)
# would otherwise start a bare QGuiApplication, and no widget can be built after that.
_APP = QApplication.instance() or QApplication(["mlresume-tests"])


class Dialogs:
    """What the patched dialogs were asked, and what they answer."""

    def __init__(self) -> None:
        self.save_answer = "discard"
        self.yes = True
        self.errors: list[str] = []
        self.asked: list[str] = []
        self.open_name = ""
        self.save_name = ""


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Dialogs:
    """Every test gets its own settings and data folder and answers for every dialog."""
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    settings.reset()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    d = Dialogs()

    def ask_save(_parent: Any, name: str) -> str:
        d.asked.append(f"save:{name}")
        return d.save_answer

    def ask_yes_no(_parent: Any, title: str, _text: str) -> bool:
        d.asked.append(title)
        return d.yes

    monkeypatch.setattr(dialogs, "ask_save_changes", ask_save)
    monkeypatch.setattr(dialogs, "ask_yes_no", ask_yes_no)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: d.errors.append(text))
    monkeypatch.setattr(dialogs, "open_file_name", lambda *_a: d.open_name)
    monkeypatch.setattr(dialogs, "save_file_name", lambda *_a: d.save_name)
    return d


@pytest.fixture(scope="session")
def vocab_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("vocab") / "vocabulary.txt"
    path.write_text("# test vocabulary\nPyTorch\nvLLM\nFSDP\nLoRA\nXGBoost\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def spell(vocab_file: Path) -> SpellService:
    """One loaded spell checker for the session (loading the word list takes a while)."""
    service = SpellService(None, [vocab_file])
    service.load()
    return service


@pytest.fixture
def window(qtbot: Any, spell: SpellService) -> Any:
    """The main window on the sample resume, shown offscreen."""
    from mlresume_gui.gui.main_window import MainWindow

    w = MainWindow(spell=spell, with_panel=False)  # the panel has its own tests (tests/gui/panel)
    qtbot.addWidget(w)
    w.files.open_sample()
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.undo_keys.attached)  # set up just after the first paint
    yield w
    w.doc.undo_stack.setClean()
    w.autosaver.wait()
    w.importer.wait()
