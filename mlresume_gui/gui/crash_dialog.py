"""The crash dialog (imported only when something has gone wrong: it stays off the start-up path)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Says what happened in plain words, with the report in a read-only box and a Copy button."""

    def __init__(self, report: str, type_name: str, note: str, logged: Path | None, fatal: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("MLResume: unexpected error")
        if fatal:
            head = ("MLResume keeps running into the same problem and will close now. "
                    f"Before closing, {note}; it will be offered at the next start.")
        else:
            head = (f"MLResume ran into an unexpected problem ({type_name}). Your document is still "
                    f"open, and {note}. You can keep working; saving now is a good idea.")
        where = f"The report was written to {logged}." if logged else "The report could not be written to disk."
        self.message = QLabel(f"{head}\n\n{where} Copy it to tell us what happened:")
        self.message.setWordWrap(True)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("Copy report")
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if logged is not None:
            folder = QPushButton("Open log folder")
            folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(logged.parent))))
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def add(self, report: str) -> None:
        """A further failure while the dialog is open: append it instead of stacking dialogs."""
        self.text.appendPlainText("\n" + report)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
