"""Screenshot of the Job panel: the bundled sample resume matched to a saved careers page
(tests/fixtures/jd/infra_inference.html), a found term selected and shown in the editor.

Run: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/job_screenshots.py`` (or
with ``QT_QPA_PLATFORM=offscreen``). Writes docs/screenshots/job-panel.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import ROOT, close_window, run_shots, sample_window, save_shot, settle

POSTING = ROOT / "tests" / "fixtures" / "jd" / "infra_inference.html"


def shoot_job_panel(app) -> Path:
    from PySide6.QtCore import Qt

    window = sample_window(app, (1600, 980), tools=True)
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
    path = save_shot(window, "job-panel.png")
    close_window(window)
    return path


if __name__ == "__main__":
    sys.exit(run_shots(shoot_job_panel))
