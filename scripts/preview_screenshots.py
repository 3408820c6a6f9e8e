"""Screenshots of the print preview (in the Applied variant, one bullet hidden), of the import
review (a generated PDF fixture with lines the importer could not place) and of the ATS view (the
sample's PDF export read back from its text alone).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/preview_screenshots.py``.
Writes docs/screenshots/preview.png, import-review.png and ats-view.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import (
    ROOT,
    close_window,
    run_shots,
    sample_window,
    save_shot,
    settle,
    wait_for_counts,
    wait_for_start,
)

FIXTURE = ROOT / "tests" / "fixtures" / "import" / "qt_sidebar_left.pdf"


def shoot_preview(app) -> Path:
    from PySide6.QtCore import Qt

    window = sample_window(app, (1500, 900), tools=True)
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
    wait_for_start(app, window)  # the panel built for the variant shown
    wait_for_counts(app, window)
    settle(app, 700)
    path = save_shot(window, "preview.png")
    close_window(window)
    return path


def shoot_review(app) -> Path:
    window = sample_window(app, with_panel=False, tools=True)
    flow = window.importer
    window.import_file(str(FIXTURE))
    flow.pool.waitForDone(30000)
    settle(app, 500)
    review = flow.review
    if review is None:
        raise SystemExit("the import review did not open")
    review.resize(1300, 760)
    settle(app, 300)
    path = save_shot(review, "import-review.png")
    review.reject()
    window.close()
    return path


def shoot_ats(app) -> Path:
    from PySide6.QtCore import Qt

    window = sample_window(app, (1600, 950), tools=True)
    window.focus_item(window.doc.resume.experience[0].id)
    window.preview_dock.hide()  # the window state saved by the preview shot reopens it
    window.ats_dock.show()
    window.resizeDocks([window.ats_dock], [760], Qt.Orientation.Horizontal)
    settle(app, 300)
    window.ats_view.wait()
    settle(app, 500)
    window.ats_view.wait()
    wait_for_counts(app, window)
    settle(app, 200)
    pane = window.ats_view
    table = pane.table
    problems = [i for i, c in enumerate(pane.report.checks) if c.status != "same"] if pane.report else []
    if problems:  # show the marked rows: the first problem in the middle of the table
        table.scrollToItem(table.topLevelItem(problems[0]), table.ScrollHint.PositionAtCenter)
        table.setCurrentItem(table.topLevelItem(problems[0]))
    settle(app, 200)
    path = save_shot(window, "ats-view.png")
    close_window(window)
    return path


if __name__ == "__main__":
    sys.exit(run_shots(shoot_preview, shoot_review, shoot_ats))
