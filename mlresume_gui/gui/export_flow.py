"""File > Export…: choose a format, template, variant and file; the file is written off the GUI thread.

The worker gets a copy of the resume taken on the GUI thread (the editor may change the model while
it runs) and calls the format registry's writer. PDF rendering in a pool thread is allowed by Qt:
QTextDocument is reentrant and QPainter may paint on QPdfWriter/QImage outside the GUI thread (Qt's
"Thread-Support in Qt Modules"); the template fonts are registered on the GUI thread first.
The last folder, format and template are remembered in QSettings.
"""

from __future__ import annotations

import contextlib
import copy
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Resume
from . import dialogs, settings
from .files import display_name

TEMPLATED = ("docx", "pdf")  # formats that draw a template
EXPORT_SHORTCUT = "Ctrl+E"


def writers() -> dict[str, Any]:
    """Format name -> Writer, from the format registry."""
    from ..formats.registry import WRITERS

    return dict(WRITERS)


def suggested_name(doc_name: str, variant: str, extension: str) -> str:
    """A file name for an export: the document's name, the variant's, the format's extension."""
    stem = Path(doc_name).stem.replace(" (imported)", "") or "resume"
    if variant:
        stem = f"{stem} - {variant}"
    return f"{stem}{extension}"


class _Signals(QObject):
    done = Signal(str, str, float)  # path, error ("" on success), seconds


class ExportJob(QRunnable):
    """Writes one export in a pool thread: ``writer.dump`` then an atomic write."""

    def __init__(self, resume: Resume, fmt: str, path: str, options: dict[str, Any]) -> None:
        super().__init__()
        self.resume, self.fmt, self.path, self.options = resume, fmt, path, options
        self.signals = _Signals()

    def run(self) -> None:
        from ..formats.atomic import write_bytes_atomic
        from ..formats.errors import WriteError
        from ..formats.registry import writer_for

        start = time.perf_counter()
        try:
            data = writer_for(self.fmt).dump(self.resume, **self.options)
            write_bytes_atomic(self.path, data.encode("utf-8") if isinstance(data, str) else data)
        except WriteError as exc:
            self.signals.done.emit(self.path, str(exc), 0.0)
            return
        except (KeyError, ValueError) as exc:  # an unknown variant or template
            reason = str(exc.args[0] if exc.args else exc)
            self.signals.done.emit(self.path, f"{Path(self.path).name}: {reason}", 0.0)
            return
        except Exception as exc:  # never let a worker die silently
            self.signals.done.emit(self.path, f"{Path(self.path).name}: export failed ({type(exc).__name__})", 0.0)
            return
        self.signals.done.emit(self.path, "", time.perf_counter() - start)


class ExportDialog(QDialog):
    """Format, template, variant and file name of an export."""

    def __init__(self, doc: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle("Export")
        self.setObjectName("ExportDialog")
        from mlresume_gui.formats.writing.templates import template_names

        self.format = QComboBox()
        self.format.setAccessibleName("Format")
        for name, writer in writers().items():
            self.format.addItem(f"{writer.description} ({writer.extension})", name)
        self.template = QComboBox()
        self.template.setAccessibleName("Template")
        for name in template_names():
            self.template.addItem(name.title(), name)
        self.variant = QComboBox()
        self.variant.setAccessibleName("Variant")
        self.variant.addItem("Base resume", "")
        for v in doc.resume.variants:
            self.variant.addItem(v.name, v.name)
        self.file = QLineEdit()
        self.file.setAccessibleName("File name")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.embed = QCheckBox("&Include MLResume data, so the file reopens exactly")
        self.embed.setToolTip("PDF and Word files carry this variant's resume data (nothing hidden "
                              "and no other variant); applicant tracking systems read only the text")
        self.embed.setChecked(bool(settings.get("export/embed")))

        form = QFormLayout()
        form.addRow("&Format:", self.format)
        form.addRow("&Template:", self.template)
        form.addRow("&Variant:", self.variant)
        file_label = QLabel("F&ile:")  # a row holding a layout has no buddy of its own: give it one
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        form.addRow("", self.embed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self._select(self.format, settings.get("export/format"))
        self._select(self.template, settings.get("export/template"))
        shown = doc.shown_variant()
        self._select(self.variant, shown.name if shown is not None else "")
        self.format.currentIndexChanged.connect(self._format_changed)
        self.variant.currentIndexChanged.connect(lambda _i: self._suggest())
        self.file.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self._suggest()
        self._format_changed()

    @staticmethod
    def _select(box: QComboBox, data: str) -> None:
        index = box.findData(data)
        if index >= 0:
            box.setCurrentIndex(index)

    def _extension(self) -> str:
        return writers()[self.format.currentData()].extension

    def _suggest(self) -> None:
        folder = settings.get("export/dir") or settings.get("files/last_dir") or str(Path.home())
        name = suggested_name(display_name(self.doc), self.variant.currentData(), self._extension())
        self.file.setText(str(Path(folder) / name))

    def _format_changed(self, *_args: object) -> None:
        self.template.setEnabled(self.format.currentData() in TEMPLATED)
        self.embed.setEnabled(self.format.currentData() in TEMPLATED)
        text = self.file.text().strip()
        if text:
            self.file.setText(str(Path(text).with_suffix(self._extension())))

    def _browse(self) -> None:
        ext = self._extension()
        path, _f = QFileDialog.getSaveFileName(self, "Export to", self.file.text(),
                                               f"{self.format.currentText()} (*{ext});;All files (*)")
        if path:
            self.file.setText(path if Path(path).suffix else path + ext)

    def choice(self) -> dict[str, Any]:
        """What the user chose: format, template, variant ("" = base), path and embedding."""
        return {"fmt": self.format.currentData(), "template": self.template.currentData() or "",
                "variant": self.variant.currentData() or "", "path": self.file.text().strip(),
                "embed": self.embed.isChecked()}


class ExportFlow(QObject):
    """Runs exports one at a time; ``finished(ok, path_or_error)`` after each."""

    finished = Signal(bool, str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._job: ExportJob | None = None
        self.last_seconds = 0.0

    @property
    def busy(self) -> bool:
        return self._job is not None

    def open_dialog(self) -> None:
        """File > Export…: ask, then export."""
        dialog = ExportDialog(self.doc, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export(**dialog.choice())

    def export(self, fmt: str, path: str, template: str = "", variant: str = "",
               embed: bool | None = None) -> bool:
        """Start writing ``path``; False when another export is still running."""
        if self._job is not None or not path:
            return False
        options: dict[str, Any] = {}
        if variant:
            options["variant"] = variant
        if template and fmt in TEMPLATED:
            options["template"] = template
        if embed is None:
            embed = bool(settings.get("export/embed"))
        else:
            settings.put("export/embed", embed)
        if fmt in TEMPLATED:
            options["embed"] = embed
        if fmt == "pdf":
            self._prepare_pdf(template)
        settings.put("export/dir", str(Path(path).parent))
        settings.put("export/format", fmt)
        if template:
            settings.put("export/template", template)
        job = ExportJob(copy.deepcopy(self.doc.resume), fmt, path, options)
        job.setAutoDelete(False)
        job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._job = job
        self.window.statusBar().showMessage(f"Exporting {Path(path).name}…")
        self.pool.start(job)
        return True

    @staticmethod
    def _prepare_pdf(template: str) -> None:
        """Register the template's fonts on the GUI thread (the worker then only uses them)."""
        from mlresume_gui.formats.writing.pdf import register_fonts
        from mlresume_gui.formats.writing.templates import load_template

        with contextlib.suppress(KeyError, ValueError):  # the worker reports an unknown template
            register_fonts(load_template(template or None))

    def _done(self, path: str, error: str, seconds: float) -> None:
        self._job = None
        if error:
            self.window.statusBar().showMessage("Export failed", 4000)
            dialogs.show_error(self.window, "Cannot export", error)
            self.finished.emit(False, error)
            return
        self.last_seconds = seconds
        self.window.statusBar().showMessage(f"Exported {Path(path).name} ({seconds * 1000:.0f} ms)", 6000)
        self.finished.emit(True, path)

    def wait(self, ms: int = 10000) -> None:
        self.pool.waitForDone(ms)


def install_export(window: Any) -> ExportFlow:
    """Add File > Export… (Ctrl+E) to ``window``; the flow is ``window.exporter``."""
    flow = ExportFlow(window)
    window.exporter = flow
    act = QAction("&Export…", window)
    act.setObjectName("ExportAction")
    act.setShortcut(QKeySequence(EXPORT_SHORTCUT))
    act.triggered.connect(flow.open_dialog)
    window.addAction(act)
    file_menu = window.menuBar().actions()[0].menu()
    anchor = next((a for a in file_menu.actions() if a.text().replace("&", "").startswith("Import")), None)
    if anchor is not None:
        following = file_menu.actions()
        index = following.index(anchor)
        before = following[index + 1] if index + 1 < len(following) else None
        file_menu.insertAction(before, act)
    else:
        file_menu.addAction(act)
    window.act_export = act
    return flow
