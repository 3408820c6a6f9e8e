"""View > ATS View: what an applicant tracking system reads from the current export.

The export of the variant the window shows is written without MLResume data, read back from its
text alone and compared field by field (``formats.ats``), in a pool thread 1.2 s after editing
pauses and only while the dock is visible. The table lists every field with what the reader got,
lost and changed ones marked (and first when "Only problems" is on); the text pane shows the plain
text the reader extracted. Double-clicking a row shows that field in the editor.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import settings

DEBOUNCE_MS = 1200
ATS_SHORTCUT = "Ctrl+Shift+T"
FORMATS = (("pdf", "PDF"), ("docx", "Word"))
_MARK = {"same": "as written", "changed": "changed", "lost": "lost"}
_COLOUR = {"changed": "#b26a00", "lost": "#c62828"}


class _Signals(QObject):
    done = Signal(int, object)  # generation, AtsReport


class AtsJob(QRunnable):
    """Exports, reads back and compares in a pool thread."""

    def __init__(self, generation: int, resume: Any, variant: str | None, fmt: str,
                 template: str) -> None:
        super().__init__()
        self.generation, self.resume, self.variant = generation, resume, variant
        self.fmt, self.template = fmt, template
        # Made here, on the GUI thread, and owned by the job: it lives as long as the job does,
        # whatever happens to the pane meanwhile (a closed window just drops the queued answer).
        self.signals = _Signals()

    def run(self) -> None:
        from mlresume_gui.formats.ats import AtsReport, read_back

        try:
            report = read_back(self.resume, self.variant, self.fmt, self.template)
        except Exception as exc:  # shown in the pane, never a traceback
            report = AtsReport(self.fmt, error=f"cannot check the export ({type(exc).__name__})")
        with contextlib.suppress(RuntimeError):  # shutting down: nobody is left to tell
            self.signals.done.emit(self.generation, report)


class AtsPane(QWidget):
    """Format chooser, summary, the field table and the extracted text."""

    refreshed = Signal(object)  # the AtsReport shown

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window, self.doc = window, window.doc
        self.setObjectName("AtsPane")
        self.format = QComboBox()
        self.format.setAccessibleName("Read as")
        for fmt, label in FORMATS:
            self.format.addItem(label, fmt)
        self.format.setCurrentIndex(max(0, self.format.findData(settings.get("export/format"))))
        self.format.currentIndexChanged.connect(lambda _i: self.refresh_now())
        self.only_problems = QCheckBox("Only &problems")
        self.only_problems.toggled.connect(lambda _on: self._fill())
        self.summary = QLabel("")
        self.summary.setObjectName("AtsSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel("Read as:"))
        top.addWidget(self.format)
        top.addWidget(self.only_problems)
        top.addStretch(1)

        self.table = QTreeWidget()
        self.table.setObjectName("AtsFields")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(["Field", "In your resume", "What a reader gets", "Result"])
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(3, 80)
        self.table.itemActivated.connect(self._activated)
        self.text = QPlainTextEdit()
        self.text.setObjectName("AtsText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Extracted text")
        self.text.setPlaceholderText("The plain text a reader takes from the export appears here.")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setSizes([320, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.report: Any = None
        self._job: AtsJob | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        self._generation = 0
        self._running = False
        self._pending = False
        for signal in (self.doc.changed, self.doc.variantChanged, self.doc.structureChanged,
                       self.doc.loaded):
            signal.connect(self.schedule)

    # -- scheduling --------------------------------------------------------------------------------
    def schedule(self, *_args: object) -> None:
        """Check again when editing pauses (restarting the timer is all a keystroke costs)."""
        if self.isVisible():
            self.timer.start()

    def refresh_now(self) -> None:
        """Start a check of the current export now (or right after the running one)."""
        import copy

        self.timer.stop()
        if self._running:
            self._pending = True
            return
        fmt = self.format.currentData()
        template = settings.get("export/template") or "classic"
        if fmt == "pdf":
            from mlresume_gui.formats.writing.pdf import register_fonts
            from mlresume_gui.formats.writing.templates import load_template

            try:
                register_fonts(load_template(template))  # fonts on the GUI thread, used by the job
            except (KeyError, ValueError):
                template = "classic"
        variant = self.doc.shown_variant()
        self._generation += 1
        self._running = True
        self.summary.setText("Checking the export…")
        job = AtsJob(self._generation, copy.deepcopy(self.doc.resume),
                     variant.name if variant else None, fmt, template)
        job.setAutoDelete(False)
        job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._job = job  # kept until its answer arrives
        self.pool.start(job)

    def _done(self, generation: int, report: Any) -> None:
        self._running = False
        self._job = None
        if self._pending:
            self._pending = False
            QTimer.singleShot(0, self, self.refresh_now)
        if generation != self._generation:
            return
        self.report = report
        self._fill()
        self.refreshed.emit(report)

    # -- showing -----------------------------------------------------------------------------------
    def _fill(self) -> None:
        report = self.report
        self.table.clear()
        if report is None:
            return
        if report.error:
            self.summary.setText(f"Cannot check the export: {report.error}")
            self.text.setPlainText("")
            return
        total = len(report.checks)
        lost, changed = report.count("lost"), report.count("changed")
        name = dict(FORMATS)[report.fmt]
        if not lost and not changed:
            self.summary.setText(f"{name}: all {total} fields read back as written.")
        else:
            self.summary.setText(f"{name}: {total - lost - changed} of {total} fields read back as "
                                 f"written; {lost} lost, {changed} changed.")
        checks = report.checks
        if self.only_problems.isChecked():
            checks = [c for c in checks if c.status != "same"]
        for check in checks:
            row = QTreeWidgetItem([check.label, check.expected, check.got or "—", _MARK[check.status]])
            for col, text in ((1, check.expected), (2, check.got)):
                row.setToolTip(col, text)
            if check.status in _COLOUR:
                brush = QBrush(QColor(_COLOUR[check.status]))
                row.setForeground(2, brush)
                row.setForeground(3, brush)
                font = row.font(3)
                font.setBold(True)
                row.setFont(3, font)
            row.setData(0, Qt.ItemDataRole.UserRole, (check.item_id, check.attr))
            self.table.addTopLevelItem(row)
        self.text.setPlainText(report.text)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        item_id, attr = item.data(0, Qt.ItemDataRole.UserRole) or ("", "")
        if item_id:
            self.window.focus_item(item_id, attr)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.timer.start(0 if self.report is None else DEBOUNCE_MS)

    def wait(self, ms: int = 15000) -> None:
        self.pool.waitForDone(ms)


def install_ats_view(window: Any) -> QAction:
    """Add View > ATS View (a dock, hidden until asked for; its pane is built when first shown)."""
    dock = QDockWidget("ATS View", window)
    dock.setObjectName("AtsDock")
    window.ats_view = None

    def build(visible: bool) -> None:
        if visible and window.ats_view is None:
            window.ats_view = AtsPane(window)
            dock.setWidget(window.ats_view)

    dock.visibilityChanged.connect(build)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    act = dock.toggleViewAction()
    act.setText("&ATS View")
    act.setShortcut(ATS_SHORTCUT)
    act.setObjectName("AtsAction")
    act.setToolTip("What an applicant tracking system reads from your export")
    window.addAction(act)
    view_menu = next((a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"), None)
    if view_menu is not None:
        view_menu.addAction(act)
    window.ats_dock = dock
    return act
