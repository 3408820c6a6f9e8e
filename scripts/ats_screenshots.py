"""Screenshot of the ATS view: the sample resume's PDF export read back from its text alone.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/ats_screenshots.py`` (or under xvfb-run
without the variable). Writes docs/screenshots/ats-view.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
_TMP = tempfile.mkdtemp(prefix="mlresume-shots-")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = _TMP  # fresh settings, no recovery

from PySide6.QtCore import Qt  # noqa: E402
from screenshots import OUT, settle, use_shipped_font  # noqa: E402

from mlresume_gui.gui import theme  # noqa: E402
from mlresume_gui.gui.app import make_app  # noqa: E402


def shoot_ats(app) -> Path:
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow(with_panel=False)
    window.files.open_sample()
    window.resize(1600, 950)
    window.show()
    settle(app)
    window.ensure_tools()
    window.focus_item(window.doc.resume.experience[0].id)
    window.ats_dock.show()
    window.resizeDocks([window.ats_dock], [760], Qt.Orientation.Horizontal)
    settle(app, 300)
    window.ats_view.wait()
    settle(app, 500)
    window.ats_view.wait()
    settle(app, 200)
    pane = window.ats_view
    table = pane.table
    problems = [i for i, c in enumerate(pane.report.checks) if c.status != "same"] if pane.report else []
    if problems:  # show the marked rows: the first problem in the middle of the table
        table.scrollToItem(table.topLevelItem(problems[0]), table.ScrollHint.PositionAtCenter)
        table.setCurrentItem(table.topLevelItem(problems[0]))
    settle(app, 200)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "ats-view.png"
    window.grab().save(str(path))
    window.doc.undo_stack.setClean()
    window.close()
    return path


def main() -> int:
    app = make_app([sys.argv[0]])
    use_shipped_font(app)
    theme.apply_theme(app, "light")
    print(shoot_ats(app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
