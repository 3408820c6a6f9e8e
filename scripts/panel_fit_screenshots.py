"""Screenshots of the whole window at 1280×800 and 1600×1000 with a bullet full of findings focused:
the live panel must fit (wrapped or elided text, score and target selector visible, scrolling).

Run under a real X server: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python
scripts/panel_fit_screenshots.py``. Writes docs/screenshots/panel-1280.png and panel-1600.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import close_window, sample_window, save_shot, settle, use_shipped_font

from mlresume_gui.gui import theme
from mlresume_gui.gui.app import make_app

LONG_BULLET = ("Responsible for working on machine learning and GenAI, LLM, RAG, fine-tuning, "
               "agents, vector databases and prompt engineering across many teams following "
               "an online course tutorial")


def shoot(app, width: int, height: int) -> Path:
    theme.apply_theme(app, "light")
    window = sample_window(app, (width, height))
    window.ensure_panel()
    job = window.doc.resume.experience[0]
    window.outline.select("experience", job.id)
    bullet = job.bullets[-1]
    window.focus_item(bullet.id, "text", -1)
    edit = window.editor.bullet_editor(bullet.id)
    edit.selectAll()
    edit.insertPlainText(LONG_BULLET)
    window.bulletFocused.emit(bullet.id)
    settle(app, 1500)
    path = save_shot(window, f"panel-{width}.png")
    close_window(window)
    window.deleteLater()
    settle(app, 50)
    return path


def main() -> int:
    app = make_app([sys.argv[0]])
    use_shipped_font(app)
    for size in ((1280, 800), (1600, 1000)):
        print(shoot(app, *size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
