"""Regenerate the README screenshots of the editor on the bundled sample: light and dark.

Run: ``make screenshots`` (under xvfb-run) or ``QT_QPA_PLATFORM=offscreen .venv/bin/python
scripts/screenshots.py``. The shipped Carlito font is used so the images look the same everywhere.
Writes docs/screenshots/editor-light.png and docs/screenshots/editor-dark.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
_TMP = tempfile.mkdtemp(prefix="mlresume-shots-")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = _TMP  # fresh settings, no recovery

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402

from mlresume_gui.gui import theme  # noqa: E402
from mlresume_gui.gui.app import make_app  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 900)


def settle(app, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def use_shipped_font(app) -> None:
    family = ""
    for f in sorted((ROOT / "resources" / "fonts").rglob("*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(f))
        if fid >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(fid)[0]
    if family:
        app.setFont(QFont(family, 10))


def wait_for_start(app, window, timeout_s: float = 30.0) -> None:
    """Let the work the window leaves until after its first paint finish (status counts, undo
    keys, tools, the live panel with its first scores and chart): a shot taken sooner shows
    placeholders."""
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        panel = window.live_panel
        panel_ready = panel is None or (panel.live.started and panel.chart.plot is not None)
        if window.started and panel_ready:
            settle(app, 200)  # the last layout and repaint
            return
        settle(app, 50)
    raise SystemExit("the window's deferred start-up work did not finish")


def wait_for_counts(app, window, timeout_s: float = 30.0) -> None:
    """Let the status bar's exact page count (made a moment after the last edit) arrive."""
    import time

    status = window.status
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if status.exact is not None and not status.exact_timer.isActive() and status.pool.activeThreadCount() == 0:
            settle(app, 100)
            return
        settle(app, 50)
    raise SystemExit("the status bar's page count did not arrive")


def sample_window(app, size: tuple[int, int] | None = None, with_panel: bool = True,
                  tools: bool = False):
    """The main window on the bundled sample, shown and settled, its deferred start-up work done:
    where each shot starts (``tools``: the export, preview, import review, ATS view and Job panel
    are installed, as they are just after the first paint)."""
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow(with_panel=with_panel)
    window.files.open_sample()
    if size is not None:
        window.resize(*size)
    window.show()
    window.activateWindow()
    settle(app)
    wait_for_start(app, window)
    if tools:
        window.ensure_tools()
    return window


def save_shot(widget, name: str) -> Path:
    """Grab ``widget`` into docs/screenshots/``name``."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    widget.grab().save(str(path))
    return path


def close_window(window) -> None:
    """Close a shot's window without the unsaved-changes question."""
    window.doc.undo_stack.setClean()
    window.close()


def run_shots(*shooters) -> int:
    """The shots' common main: the application with the shipped font in the light theme, then
    each ``shooter(app)``, printing the file it wrote."""
    app = make_app([sys.argv[0]])
    use_shipped_font(app)
    theme.apply_theme(app, "light")
    for shooter in shooters:
        print(shooter(app))
    return 0


def shoot(app, name: str) -> Path:
    from mlresume_gui.gui.main_window import MainWindow

    theme.apply_theme(app, name)
    window = MainWindow()
    window.files.open_sample()
    window.resize(*SIZE)
    window.splitter.setSizes([250, 760, 430])
    window.show()
    window.activateWindow()
    settle(app)
    wait_for_start(app, window)
    window.spell.load()
    job = window.doc.resume.experience[0]
    window.outline.select("experience", job.id)
    window.focus_item(job.bullets[-1].id, "text", -1)  # the weak bullet: the panel explains it
    window.bulletFocused.emit(job.bullets[-1].id)  # without a window manager focus events may not come
    settle(app, 1500)
    path = save_shot(window, f"editor-{name}.png")
    close_window(window)
    window.deleteLater()
    settle(app, 50)
    return path


def main() -> int:
    app = make_app([sys.argv[0]])
    use_shipped_font(app)
    for name in ("light", "dark"):
        print(shoot(app, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
