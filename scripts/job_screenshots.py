"""Screenshot of the Job panel: the bundled sample resume matched to a saved careers page
(tests/fixtures/jd/infra_inference.html), a found term selected and shown in the editor.

Run: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/job_screenshots.py`` (or
with ``QT_QPA_PLATFORM=offscreen``). Writes docs/screenshots/job-panel.png.
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

POSTING = ROOT / "tests" / "fixtures" / "jd" / "infra_inference.html"


def shoot_job_panel(app) -> Path:
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow()
    window.files.open_sample()
    window.resize(1600, 980)
    window.show()
    window.activateWindow()
    settle(app)
    window.ensure_tools()
    window.ensure_panel()
    window.job_dock.show()
    window.splitter.setSizes([210, 560, 330])
    window.resizeDocks([window.job_dock], [500], Qt.Orientation.Horizontal)
    settle(app, 300)
    panel = window.job_panel
    panel.read_file(str(POSTING))  # as when the file is dropped on the panel
    panel.wait(30000)  # the file is read ...
    panel.wait(30000)  # ... then analysed, both in a pool thread
    settle(app, 300)
    tree = panel.tree
    top = tree.topLevelItem(0)
    item = next(top.child(i) for i in range(top.childCount()) if top.child(i).text(0).endswith("Continuous batching"))
    tree.setCurrentItem(item)
    panel.jump_to("Continuous batching")
    settle(app, 800)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "job-panel.png"
    window.grab().save(str(path))
    window.doc.undo_stack.setClean()
    window.close()
    return path


def main() -> int:
    app = make_app([sys.argv[0]])
    use_shipped_font(app)
    theme.apply_theme(app, "light")
    print(shoot_job_panel(app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
