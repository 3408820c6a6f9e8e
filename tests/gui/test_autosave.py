"""Autosave and crash recovery: a child editor is killed while typing, the next start restores it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from mlresume_gui.formats import native
from mlresume_gui.gui import settings
from mlresume_gui.gui.app import open_initial
from mlresume_gui.gui.autosave import pending_recovery, recovery_file
from mlresume_gui.resources import sample_resume

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from mlresume_gui.gui.app import make_app, open_initial
from mlresume_gui.gui.main_window import MainWindow

app = make_app()
window = MainWindow()
open_initial(window, sys.argv[1])
window.show()
bullet = window.doc.resume.experience[0].bullets[0]
window.focus_item(bullet.id, "text", -1)
edit = window.editor.bullet_editor(bullet.id)

def type_more():
    QTest.keyClicks(edit, " zebra")
    print("typed", flush=True)
    QTimer.singleShot(20, type_more)

QTimer.singleShot(0, type_more)
app.exec()
"""


def test_crash_while_typing_then_recover(window, isolated, tmp_path: Path) -> None:
    user_file = tmp_path / "mine.mlresume"
    shutil.copy(sample_resume(), user_file)
    original = user_file.read_bytes()
    settings.put("autosave/idle_ms", 200)
    settings.put("autosave/max_ms", 400)  # typing never pauses in the child: the deadline must fire
    settings.sync()
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(user_file)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            f = recovery_file()
            if f.exists() and "zebra" in f.read_text(encoding="utf-8"):
                break
            time.sleep(0.05)
        else:
            raise AssertionError("no recovery file while typing")
        assert child.poll() is None, "the editor stopped by itself"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert user_file.read_bytes() == original  # the user's file is never autosaved over

    isolated.yes = True
    window.doc.undo_stack.setClean()
    open_initial(window, str(user_file))
    assert "Recover unsaved changes" in isolated.asked
    assert "zebra" in window.doc.resume.experience[0].bullets[0].text
    assert window.doc.path == str(user_file.resolve())
    assert window.doc.is_dirty


def test_declining_recovery_discards_it(window, isolated, tmp_path: Path) -> None:
    window.doc.resume.basics.name = "Changed"
    window.doc._forced_dirty = True
    window.autosaver.save_now()
    window.autosaver.wait()
    assert recovery_file().exists()
    assert pending_recovery() is not None
    isolated.yes = False
    open_initial(window, None)
    assert not recovery_file().exists()


def test_autosave_after_pause_and_removed_on_save_and_exit(window, qtbot, tmp_path: Path) -> None:
    window.autosaver.idle.setInterval(50)
    window.focus_item("basics", "name", -1)
    qtbot.keyClicks(window.editor.binder.widget("basics", "name"), "Q")
    qtbot.waitUntil(lambda: recovery_file().exists(), timeout=3000)
    assert native.load(recovery_file()).basics.name.endswith("Q")
    assert window.files.save_to(str(tmp_path / "x.mlresume"))
    assert not recovery_file().exists()
    qtbot.keyClicks(window.editor.binder.widget("basics", "name"), "R")
    qtbot.waitUntil(lambda: recovery_file().exists(), timeout=3000)
    window.doc.undo_stack.setClean()
    assert window.close()
    assert not recovery_file().exists()
