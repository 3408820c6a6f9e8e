"""Exercise the frozen program's features inside the bundle, for scripts/smoke_frozen.py.

The bundle leaves out modules, Qt libraries and ICU data to fit the size budget; a feature that
needs a missing part only fails when it runs. The command-line steps of the smoke test do not
reach the window's deferred parts (the live panel and its pyqtgraph chart, spelling, preview,
file dialogs), so the frozen executable runs this module when ``MLRESUME_FROZEN_PROBE`` names a
report file (see packaging/mlresume_entry.py). It opens the sample in the window offscreen, waits
for the deferred work, then builds the chart, renders every widget, shows the preview, loads the
spelling dictionary, opens a (non-native) file dialog on names that need collation, types into
an editor, exports PDF and DOCX and imports them back. The report (JSON) lists each step's
result, the modules imported and the shared libraries mapped, which is also how one finds what
the bundle carries but never loads. Exit code: the number of failed steps.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _wait(app: Any, seconds: float, until: Callable[[], bool] = lambda: False) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.01)


class Probe:
    """Runs named steps; a step returns a short detail or raises."""

    def __init__(self) -> None:
        self.steps: list[dict[str, str]] = []

    def step(self, name: str, check: Callable[[], str]) -> None:
        try:
            self.steps.append({"step": name, "result": "ok", "detail": check() or ""})
        except Exception as exc:  # the report says which step failed and why
            where = traceback.extract_tb(exc.__traceback__)[-1]
            detail = f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"
            self.steps.append({"step": name, "result": "FAIL", "detail": detail})

    @property
    def failures(self) -> int:
        return sum(s["result"] != "ok" for s in self.steps)


def _mapped_libraries() -> list[str]:
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return []
    return sorted({line.split(None, 5)[5] for line in maps.splitlines()
                   if len(line.split(None, 5)) == 6 and ".so" in line.split(None, 5)[5]})


def run(report: str, sample: str) -> int:
    """Exercise the window's features on ``sample``; write the JSON report to ``report``."""
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QCollator, QEvent, QLocale, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit, QWidget

    from mlresume_gui.gui.app import make_app, open_initial
    from mlresume_gui.gui.main_window import MainWindow

    probe = Probe()
    app = make_app([sys.argv[0]])
    window = MainWindow()
    open_initial(window, sample)
    window.show()
    window.firstPainted.connect(window.spell.load_in_background)
    work = Path(tempfile.mkdtemp(prefix="mlresume-probe-"))

    def first_paint() -> str:
        _wait(app, 20, lambda: bool(getattr(window, "painted", False)))
        if not window.painted:
            raise AssertionError("no first paint within 20 s")
        _wait(app, 2)  # the deferred panel, tools and chart build after the first paint
        return ""

    def chart() -> str:
        built = 0
        for obj in window.findChildren(QWidget):
            if callable(getattr(obj, "ensure_built", None)):
                obj.ensure_built()
                built += 1
        if not built or "pyqtgraph" not in sys.modules:
            raise AssertionError("no chart was built")
        import numpy as np
        import pyqtgraph as pg

        plot = pg.PlotWidget()
        plot.addItem(pg.BarGraphItem(x0=0, y=np.arange(3), height=0.6, width=np.array([0.2, 0.5, 1])))
        plot.plot(np.linspace(0, 1, 50), np.sqrt(np.linspace(0, 1, 50)))
        plot.resize(300, 200)
        plot.grab()
        return f"{built} chart(s), numpy {np.__version__}"

    def render() -> str:
        window.resize(1400, 900)
        _wait(app, 0.3)
        image = window.grab().toImage()
        return f"{image.width()}x{image.height()}"

    def preview() -> str:
        act = next((a for a in window.findChildren(type(window.menuBar().actions()[0]))
                    if a.objectName() == "PreviewAction"), None)
        if act is None:
            raise AssertionError("no View > Preview action")
        act.trigger()
        _wait(app, 10, lambda: getattr(window, "preview", None) is not None)
        pane = window.preview
        pane.render_now()
        pane.wait()
        _wait(app, 1)
        return type(pane).__name__

    def spelling() -> str:
        window.spell.load()
        if not window.spell.is_misspelled("recieved") or window.spell.is_misspelled("received"):
            raise AssertionError("the spelling dictionary does not work")
        return ", ".join(window.spell.suggestions("recieved", 3))

    def typing() -> str:
        bullet = next(iter(window.doc.resume.iter_bullets()))[-1]
        window.focus_item(bullet.id, "text", -1)
        _wait(app, 0.5)
        edit = QApplication.focusWidget()  # None on a display without a window manager
        if edit is None:
            edit = next((w for w in window.findChildren(QPlainTextEdit)
                         if getattr(w, "bullet_id", None) == bullet.id), None)
        if not isinstance(edit, QPlainTextEdit):
            raise AssertionError(f"focusing a bullet focused {type(edit).__name__}")
        before = window.doc.undo_stack.count()
        for char in " Cut p99 latency by 30% with ONNX.":  # QtTest is not in the bundle
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        _wait(app, 1)
        if window.doc.undo_stack.count() == before:
            raise AssertionError("typing did not reach the document")
        return f"{window.doc.undo_stack.count() - before} edit(s) in {type(edit).__name__}"

    def collation() -> str:
        names = ["zebra.mlresume", "Ärger.mlresume", "apple.mlresume", "Öl.mlresume"]
        for name in names:
            (work / name).write_text("{}", encoding="utf-8")
        sv = QCollator(QLocale("sv_SE"))
        if not sv.compare("Ö", "z") > 0 or not QCollator(QLocale("de_DE")).compare("Ö", "z") < 0:
            raise AssertionError("collation tailorings are missing (Swedish sorts Ö after z)")
        if QLocale("tr_TR").toUpper("i") != "İ":
            raise AssertionError("locale case mapping is wrong")
        dialog = QFileDialog(window, "Open", str(work), "Resumes (*.mlresume)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.show()
        _wait(app, 1.5)
        dialog.reject()
        return "file dialog shown"

    def export_import() -> str:
        from mlresume_gui.formats.registry import read_document, writer_for

        resume = window.doc.resume
        sizes = []
        for fmt in ("pdf", "docx"):
            out = work / f"probe.{fmt}"
            data = writer_for(fmt).dump(resume)
            out.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
            back = read_document(out)
            if not list(back.iter_bullets()):
                raise AssertionError(f"no bullet read back from the exported {fmt}")
            sizes.append(f"{fmt} {out.stat().st_size} B")
        return ", ".join(sizes)

    for name, check in (("first paint", first_paint), ("chart", chart), ("render", render),
                        ("preview", preview), ("spelling", spelling), ("typing", typing),
                        ("collation and file dialog", collation),
                        ("export and import", export_import)):
        probe.step(name, check)
    result = {
        "steps": probe.steps,
        "modules": sorted(sys.modules),
        "libraries": _mapped_libraries(),
    }
    Path(report).write_text(json.dumps(result, indent=1), encoding="utf-8")
    window.doc.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return probe.failures
