"""The window's slow paths off the keystroke: the print preview and the export worker.

Prints, for the sample resume and for a 60-bullet resume: the layout built on the GUI thread when
the preview's 500 ms timer fires (``formats.layout.prepare``), the page images drawn in the pool
thread (``gui.preview.render_pages``), and the model copy the export flow takes on the GUI thread.
The headline: the GUI-thread share of a preview update against one 60 Hz frame (16 ms).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/preview.py``
"""

from __future__ import annotations

import copy
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from PySide6.QtGui import QGuiApplication

from mlresume_gui.formats import native
from mlresume_gui.formats.writing.layout import prepare
from mlresume_gui.formats.writing.pdf import register_fonts
from mlresume_gui.gui.preview import render_pages
from mlresume_gui.model import Bullet
from mlresume_gui.resources import sample_resume

FRAME_MS = 16.0
RUNS = 15


def timed(fn, runs: int = RUNS) -> float:
    """Median milliseconds of ``fn()``."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return statistics.median(out)


def sixty_bullets():
    resume = native.load(sample_resume())
    bullets = [b for *_r, b in resume.iter_bullets()]
    job = resume.experience[0]
    while sum(len(e.bullets) for e in resume.experience + resume.projects) < 60:
        job.bullets.append(Bullet(bullets[len(job.bullets) % len(bullets)].text))
    return resume


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    worst_gui = 0.0
    for label, resume in (("sample", native.load(sample_resume())), ("60 bullets", sixty_bullets())):
        layout, tpl, _view = prepare(resume, None, "classic")
        register_fonts(tpl)
        t_layout = timed(lambda r=resume: prepare(r, None, "classic"))
        t_copy = timed(lambda r=resume: copy.deepcopy(r))
        pages = render_pages(layout, tpl, 700)
        t_pages = timed(lambda lay=layout, t=tpl: render_pages(lay, t, 700), runs=5)
        print(f"{label:>10}: layout (GUI thread) {t_layout:.2f} ms | export copy (GUI thread) {t_copy:.2f} ms"
              f" | {len(pages)} page images 700 px (pool thread) {t_pages:.1f} ms")
        worst_gui = max(worst_gui, t_layout)
    print(f"preview GUI-thread work per update: {worst_gui:.2f} ms (budget: one frame, {FRAME_MS:.0f} ms)"
          f" -> {'OK' if worst_gui <= FRAME_MS else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
