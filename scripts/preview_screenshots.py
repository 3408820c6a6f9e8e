"""Screenshots of the print preview (in the Applied variant, one bullet hidden), of the import
review (a generated PDF fixture with lines the importer could not place) and of the ATS view (the
sample's PDF export read back from its text alone).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/preview_screenshots.py``.
Writes docs/screenshots/preview.png, import-review.png and ats-view.png.
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

FIXTURE = ROOT / "tests" / "fixtures" / "import" / "qt_sidebar_left.pdf"


def shoot_preview(app) -> Path:
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow(with_panel=False)
    window.files.open_sample()
    window.resize(1500, 900)
    window.show()
    settle(app)
    window.ensure_tools()
    window.variants.create_pair()
    doc = window.doc
    applied = doc.resume.variants[1]
    window.variants.switch(applied.id)
    weak = doc.resume.experience[0].bullets[-1]
    window.variants.set_hidden(weak.id, True)
    window.focus_item(doc.resume.experience[0].id)
    window.preview_dock.show()
    window.resizeDocks([window.preview_dock], [560], Qt.Orientation.Horizontal)
    settle(app, 400)
    window.preview.render_now()
    window.preview.wait()
    settle(app, 700)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "preview.png"
    window.grab().save(str(path))
    doc.undo_stack.setClean()
    window.close()
    return path


def shoot_review(app) -> Path:
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow(with_panel=False)
    window.files.open_sample()
    window.show()
    settle(app)
    window.ensure_tools()
    flow = window.importer
    window.import_file(str(FIXTURE))
    flow.pool.waitForDone(30000)
    settle(app, 500)
    review = flow.review
    if review is None:
        raise SystemExit("the import review did not open")
    review.resize(1300, 760)
    settle(app, 300)
    path = OUT / "import-review.png"
    review.grab().save(str(path))
    review.reject()
    window.close()
    return path


def shoot_ats(app) -> Path:
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow(with_panel=False)
    window.files.open_sample()
    window.resize(1600, 950)
    window.show()
    settle(app)
    window.ensure_tools()
    window.focus_item(window.doc.resume.experience[0].id)
    window.preview_dock.hide()  # the window state saved by the preview shot reopens it
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
    print(shoot_preview(app))
    print(shoot_review(app))
    print(shoot_ats(app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
