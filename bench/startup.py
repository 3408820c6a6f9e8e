"""Cold start to window shown: MLResume against a bare PySide6 QMainWindow, in the same run.

Each measurement starts a fresh Python process and runs until the main window receives its first
paint event (for MLResume that is the first frame, which shows the document as text; the editor is
built just after it, and the time until it is ready is printed too, outside the budget); the child prints the wall-clock time of that moment and the CPU time it has used so far
(``time.process_time``), and the parent subtracts the time it started the process. Runs alternate
between the programs; medians are compared. On a loaded machine the wall-clock figures include
waiting for a CPU; the CPU figures do not, so both ratios are printed (the headline is wall clock).

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
            print(f"shown {time.time():.6f} cpu {time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

f = FirstPaint()
w.installEventFilter(f)
w.show()
app.exec()
"""


READY: list[float] = []  # wall seconds to "ready" (the editor built, the document open)


def measure(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from the start of the process to its first paint."""
    start = time.time()
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    shown: tuple[float, float] | None = None
    for line in out.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in ("shown", "ready"):
            cpu = float(parts[3]) if len(parts) >= 4 and parts[2] == "cpu" else float("nan")
            if parts[0] == "shown" and shown is None:
                shown = (float(parts[1]) - start, cpu)
            elif parts[0] == "ready":
                READY.append(float(parts[1]) - start)
    if shown is None:
        raise RuntimeError(f"no 'shown' line from {args[:3]}: {out.stderr.strip()[-400:]}")
    return shown


def summary(name: str, runs: list[tuple[float, float]], bare: float | None = None,
            bare_cpu: float | None = None) -> tuple[float, float]:
    """Print one line of medians (and the ratios to the bare window); return the medians."""
    wall = [w for w, _c in runs]
    cpu = [c for _w, c in runs]
    m_wall, m_cpu = statistics.median(wall), statistics.median(cpu)
    line = (f"{name}: wall median {m_wall * 1000:.0f} ms (min {min(wall) * 1000:.0f}, max {max(wall) * 1000:.0f})"
            f", CPU median {m_cpu * 1000:.0f} ms (min {min(cpu) * 1000:.0f})")
    if bare and bare_cpu:
        line += f"; {m_wall / bare:.2f}x wall, {m_cpu / bare_cpu:.2f}x CPU"
    print(line)
    return m_wall, m_cpu


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
    ours: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    editor: list[tuple[float, float]] = []
    READY.clear()  # from here runs alternate: MLResume (ready), bare (none), no panel (ready)
    for _ in range(runs):
        ours.append(measure(app_cmd, env))
        bare.append(measure(bare_cmd, env))
        editor.append(measure(app_cmd, no_panel_env))
    print(f"runs: {runs} each, platform {env['QT_QPA_PLATFORM']}, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    m_bare, c_bare = summary("bare QMainWindow", bare)
    m_ours, c_ours = summary("MLResume on the sample", ours, m_bare, c_bare)
    ready = statistics.median(READY[0::2]) if READY else float("nan")
    print(f"MLResume editor ready (built, document open; not budgeted): wall median {ready * 1000:.0f} ms"
          f", {ready / m_bare:.2f}x the bare window's first paint")
    summary("MLResume without the live panel", editor, m_bare, c_bare)
    ratio = m_ours / m_bare
    print(f"CPU-time ratio (unaffected by waiting for a CPU): {c_ours / c_bare:.2f}x")
    print(f"startup ratio: {ratio:.2f}x a bare QMainWindow (budget {BUDGET}x) {'OK' if ratio <= BUDGET else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
