"""Screenshots of the live panel in three states: a strong resume, a weak one, and the dark theme.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/panel_screenshots.py`` (or call
``capture_panel(app)`` from scripts/screenshots.py). Writes docs/screenshots/panel-strong.png,
panel-weak.png and panel-dark.png: the whole panel (not only its visible part), beside the editor
with the focused bullet's underlines in panel-*-window.png.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
_TMP = tempfile.mkdtemp(prefix="mlresume-panel-shots-")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = _TMP  # fresh settings, no recovery

from screenshots import settle, use_shipped_font  # noqa: E402

from mlresume_gui.formats import native  # noqa: E402
from mlresume_gui.model import Bullet, Resume, SkillGroup  # noqa: E402
from mlresume_gui.resources import sample_resume  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 960)
PANEL_WIDTH = 420

WEAK_BULLETS = [
    ["Worked on machine learning projects for the recommendations team",
     "Responsible for building models using Python, TensorFlow, PyTorch, LLMs, GenAI, RAG and Kubernetes",
     "Helped improve the accuracy of the fraud model"],
    ["Implemented a Transformer from scratch following an online tutorial",
     "Participated in a Kaggle competition and got a good ranking",
     "Involved in LLM fine-tuning initiatives"],
]


def weak_resume() -> Resume:
    """The sample rewritten the way many first drafts read: vague bullets, few numbers, thin skills."""
    resume = native.load(sample_resume())
    weak = copy.deepcopy(resume)
    for job, texts in zip(weak.experience, WEAK_BULLETS, strict=False):
        job.bullets = [Bullet(text=t) for t in texts]
    for job in weak.experience[len(WEAK_BULLETS):]:
        job.bullets = [Bullet(text="Assisted with data analysis and reporting")]
    weak.projects = weak.projects[:1]
    weak.skills = [SkillGroup(category="Skills", items=["Python", "Machine learning", "AI", "GenAI"])]
    weak.target = "applied"
    return weak


def _shot(app, name: str, resume: Resume, theme_name: str, bullet_index: tuple[int, int],
          compare: bool = False) -> list[Path]:
    from mlresume_gui.gui import theme
    from mlresume_gui.gui.main_window import MainWindow

    theme.apply_theme(app, theme_name)
    window = MainWindow()
    window.doc.load(resume)
    window.resize(*SIZE)
    window.splitter.setSizes([220, SIZE[0] - 220 - PANEL_WIDTH, PANEL_WIDTH])
    window.show()
    settle(app)
    window.spell.load()
    panel = window.live_panel
    panel.live.flush()
    job = window.doc.resume.experience[bullet_index[0]]
    window.outline.select("experience", job.id)
    window.focus_item(job.bullets[bullet_index[1]].id, "text", -1)
    panel.chart.compare.setChecked(compare)
    settle(app, 400)
    panel.live.flush()
    settle(app, 100)
    OUT.mkdir(parents=True, exist_ok=True)
    page = panel.scroll.widget()  # the scrolling page under the panel's fixed head
    width = panel.scroll.viewport().width()
    page.resize(width, page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height())
    settle(app, 100)
    paths = [OUT / f"panel-{name}.png", OUT / f"panel-{name}-window.png"]
    _stacked(panel.head.grab(), page.grab()).save(str(paths[0]))  # the fixed head above the whole page
    window.grab().save(str(paths[1]))
    window.doc.undo_stack.clear()
    window.close()
    window.deleteLater()
    settle(app, 50)
    return paths


def _stacked(top, bottom):
    """One picture of ``top`` above ``bottom`` (QPixmaps), as the panel shows them."""
    from PySide6.QtGui import QPainter, QPixmap

    ratio = top.devicePixelRatio()
    out = QPixmap(max(top.width(), bottom.width()), top.height() + bottom.height())
    out.setDevicePixelRatio(ratio)
    out.fill(app_background())
    painter = QPainter(out)
    painter.drawPixmap(0, 0, top)
    painter.drawPixmap(0, round(top.height() / ratio), bottom)
    painter.end()
    return out


def app_background():
    """The window colour of the current theme (what shows between the two parts)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    return QApplication.palette().color(QPalette.ColorRole.Window)


def capture_panel(app) -> list[Path]:
    """Write the panel screenshots; returns their paths."""
    sample = native.load(sample_resume())
    paths = _shot(app, "strong", sample, "light", (0, 1))
    paths += _shot(app, "weak", weak_resume(), "light", (0, 0))
    paths += _shot(app, "dark", native.load(sample_resume()), "dark", (1, 1), compare=True)
    return paths


def main() -> int:
    from mlresume_gui.gui.app import make_app

    app = make_app([sys.argv[0]])
    use_shipped_font(app)
    for path in capture_panel(app):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
