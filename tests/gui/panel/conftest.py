"""Fixtures of the panel tests: the real main window with the panel installed, on a given resume.

Settings, data folders and dialogs are isolated by ``tests/gui/conftest.py``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from mlresume_gui.formats import native
from mlresume_gui.model import Bullet, Resume

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample" / "sample.mlresume"


@pytest.fixture
def sample() -> Resume:
    return native.load(SAMPLE)


def open_window(qtbot: Any, spell: Any, resume: Resume) -> tuple[Any, Any]:
    """The main window with the live panel on ``resume``, shown offscreen, chart built."""
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow(spell=spell)
    qtbot.addWidget(window)
    panel = window.ensure_panel()
    window.doc.load(resume)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    panel.chart.ensure_built()
    panel.live.flush()
    return window, panel


def close_window(window: Any) -> None:
    """Empty the undo stack before the window goes: a stack destroyed with commands on it makes
    the autosaver read it while it is half deleted (RuntimeError in the event loop)."""
    window.doc.undo_stack.clear()
    window.autosaver.wait()


@pytest.fixture
def open_panel(qtbot: Any, spell: Any) -> Any:
    """``open_panel(resume)`` -> (window, panel); windows are closed cleanly after the test."""
    opened: list[Any] = []

    def make(resume: Resume) -> tuple[Any, Any]:
        window, panel = open_window(qtbot, spell, resume)
        opened.append(window)
        return window, panel

    yield make
    for window in opened:
        close_window(window)


@pytest.fixture
def panel_window(open_panel: Any, sample: Resume) -> Any:
    return open_panel(sample)


def many_bullets(resume: Resume, n: int) -> Resume:
    """A copy of ``resume`` with ``n`` bullets in all, new ones added to its jobs (varied from its own)."""
    out = copy.deepcopy(resume)
    texts = [b.text for *_r, b in resume.iter_bullets()]
    have = len(texts)
    i = 0
    while have < n:
        out.experience[i % len(out.experience)].bullets.append(Bullet(text=f"{texts[i % len(texts)]} ({i})"))
        have += 1
        i += 1
    return out
