"""What the first paint costs: the version lookup and the heavy imports wait until they are needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, timeout=60, cwd=ROOT, check=True)
    return set(out.stdout.split())


def test_importing_the_package_does_not_look_up_the_version() -> None:
    assert "importlib.metadata" not in _modules_after("import mlresume_gui")


def test_version_is_still_there_when_asked() -> None:
    import mlresume_gui

    assert isinstance(mlresume_gui.__version__, str) and mlresume_gui.__version__


def test_the_window_module_leaves_scoring_and_charts_for_later() -> None:
    loaded = _modules_after("import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
                            "import mlresume_gui.gui.app, mlresume_gui.gui.main_window")
    for heavy in ("pyqtgraph", "numpy", "mlresume_gui.scoring", "mlresume_gui.gui.panel",
                  "importlib.metadata", "mlresume_gui.gui.crash_dialog"):
        assert heavy not in loaded, heavy



def test_the_style_is_set_on_the_command_line_of_the_application() -> None:
    """Fusion comes from QApplication's ``-style`` option (no QStyle wrapper at start-up), and wins
    over a style the environment asks for."""
    import os

    code = ("from mlresume_gui.gui.app import make_app\n"
            "app = make_app(['mlresume'])\n"
            "app.setStyleSheet('')\n"
            "print(app.style().name(), app.arguments())")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="Windows")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=ROOT, env=env, check=True)
    name, *_rest = out.stdout.split()
    assert name == "fusion"
    assert "-style" not in out.stdout  # Qt took its option off the argument list
