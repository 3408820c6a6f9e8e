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


def _start_with_spy(tmp_path: Path, at_paint: str, before_main: str = "") -> list[str]:
    """Run ``mlresume SAMPLE`` until the editor is ready; ``at_paint`` (code with ``real`` as
    print) runs when the first paint is reported; returns the lines printed."""
    import os

    body = "".join(f"        {ln}\n" for ln in at_paint.splitlines())
    code = ("import builtins, sys\n"
            "from mlresume_gui.__main__ import main\n"
            "real = builtins.print\n"
            "def spy(*a, **k):\n"
            "    if a and str(a[0]).startswith('shown '):\n"
            f"{body}"
            "    real(*a, **k)\n"
            "builtins.print = spy\n"
            f"{before_main}"
            f"sys.exit(main([{str(ROOT / 'resources' / 'sample' / 'sample.mlresume')!r}]))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MLRESUME_EXIT_AFTER_SHOW="1",
               XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=ROOT, env=env, check=True)
    return out.stdout.splitlines()


def test_the_first_paint_needs_no_sandbox_for_the_sample(tmp_path: Path) -> None:
    """The bundled sample (like a document this program saved) is read in the window's process:
    the reading sandbox's server starts after the first paint, not before it."""
    lines = _start_with_spy(tmp_path, (
        "real('before paint:', *sorted(m for m in ('mlresume_gui.formats.sandbox',\n"
        "     'multiprocessing', 'mlresume_gui.gui.drop_overlay', 'mlresume_gui.gui.find')\n"
        "     if m in sys.modules))"))
    line = next(ln for ln in lines if ln.startswith("before paint:"))
    assert line == "before paint:", line


def test_the_first_paint_comes_before_the_model_and_the_qt_namespace(tmp_path: Path) -> None:
    """At the first paint (the first frame) neither the document model, nor the editor's widgets,
    nor Qt's namespace of enums (tens of ms) is loaded; once the editor is built the file is open."""
    lines = _start_with_spy(tmp_path, (
        "from PySide6 import QtCore\n"
        "loaded = [m for m in ('mlresume_gui.model', 'mlresume_gui.gui.outline',\n"
        "          'mlresume_gui.gui.editors.card') if m in sys.modules]\n"
        "real('at first paint:', loaded, 'Qt' in QtCore.__dict__)"), before_main=(
        "from mlresume_gui.gui import app\n"
        "real_open = app.open_initial\n"
        "def opened(window, path):\n"
        "    real_open(window, path)\n"
        "    real('opened:', window.doc.resume.basics.name)\n"
        "app.open_initial = opened\n"))
    assert "at first paint: [] False" in lines, lines
    assert "opened: Maya Okafor" in lines, lines
    assert any(ln.startswith("ready ") for ln in lines), lines
