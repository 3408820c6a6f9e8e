"""Cold start to window shown: MLResume against a bare PySide6 QMainWindow, in the same run.

Each measurement starts a fresh Python process and runs until the main window receives its first
paint event; the child prints the wall-clock time of that moment and the parent subtracts
the time it started the process. Runs alternate between the two programs; medians are compared.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [runs]``.
The last line is the ratio against the budget of SPEC §6 (1.5x a bare QMainWindow).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 1.5

BARE = r"""
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"shown {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

f = FirstPaint()
w.installEventFilter(f)
w.show()
app.exec()
"""


def measure(args: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    for line in out.stdout.splitlines():
        if line.startswith("shown "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no 'shown' line from {args[:3]}: {out.stderr.strip()[-400:]}")


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    tmp = tempfile.mkdtemp(prefix="mlresume-startup-")
    env = dict(os.environ, XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp, MLRESUME_EXIT_AFTER_SHOW="1",
               LANG="C.UTF-8")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs from bytecode; so does PySide6
    sample = str(ROOT / "resources" / "sample" / "sample.mlresume")
    app_cmd = [sys.executable, "-m", "mlresume_gui", sample]
    bare_cmd = [sys.executable, "-c", BARE]
    measure(app_cmd, env)  # warm the file cache for both
    measure(bare_cmd, env)
    no_panel_env = dict(env, MLRESUME_NO_PANEL="1")
    ours, bare, editor = [], [], []
    for _ in range(runs):
        ours.append(measure(app_cmd, env))
        bare.append(measure(bare_cmd, env))
        editor.append(measure(app_cmd, no_panel_env))
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"runs: {runs} each, platform {env['QT_QPA_PLATFORM']}")
    print(f"bare QMainWindow: median {m_bare * 1000:.0f} ms (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"MLResume on the sample: median {m_ours * 1000:.0f} ms (min {min(ours) * 1000:.0f}, max {max(ours) * 1000:.0f})")
    m_editor = statistics.median(editor)
    print(f"MLResume without the live panel: median {m_editor * 1000:.0f} ms "
          f"({m_editor / m_bare:.2f}x; shows what the panel adds before the first paint)")
    ratio = m_ours / m_bare
    print(f"startup ratio: {ratio:.2f}x a bare QMainWindow (budget {BUDGET}x) {'OK' if ratio <= BUDGET else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
