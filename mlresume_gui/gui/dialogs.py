"""Every question and message box of the editor in one place (tests replace these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# QMessageBox and QFileDialog are imported where they are used: their enums cost start-up time.

NATIVE_FILTER = "MLResume documents (*.mlresume)"
OPEN_FILTER = ("Resumes (*.mlresume *.json *.pdf *.docx *.txt *.md *.markdown);;MLResume documents (*.mlresume);;"
               "JSON Resume (*.json);;PDF and Word (*.pdf *.docx);;Text (*.txt *.md *.markdown);;All files (*)")
IMPORT_FILTER = "Importable files (*.mlresume *.json *.pdf *.docx *.txt *.md *.markdown);;All files (*)"


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """``"save"``, ``"discard"`` or ``"cancel"`` for a document with unsaved changes."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                      f"Save the changes to “{name}” before closing?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def open_file_name(parent: QWidget | None, folder: str, filters: str = OPEN_FILTER) -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getOpenFileName(parent, "Open resume", folder, filters)[0]


def save_file_name(parent: QWidget | None, suggestion: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, "Save resume as", suggestion, NATIVE_FILTER)[0]


def ask_external_change(parent: QWidget | None, name: str, deleted: bool, dirty: bool) -> str:
    """Another program changed (or deleted) the open file: ``"reload"``, ``"overwrite"``,
    ``"save_as"`` or ``"cancel"`` (keep editing, decide later)."""
    from PySide6.QtWidgets import QMessageBox

    if deleted:
        text = (f"“{name}” was deleted or moved by another program. Your document is still open here; "
                "save it again in the same place, or somewhere else?")
    else:
        text = (f"“{name}” was changed by another program"
                + (", and you have unsaved changes here." if dirty else ".")
                + " Reload it from the disk, overwrite it with what is shown here, or save elsewhere?")
    box = QMessageBox(QMessageBox.Icon.Warning, "File changed on disk", text, QMessageBox.StandardButton.NoButton,
                      parent)
    buttons = {}
    if not deleted:
        buttons[box.addButton("&Reload", QMessageBox.ButtonRole.DestructiveRole)] = "reload"
    buttons[box.addButton("&Overwrite" if not deleted else "Save &again", QMessageBox.ButtonRole.AcceptRole)] = \
        "overwrite"
    buttons[box.addButton("Save &As…", QMessageBox.ButtonRole.ActionRole)] = "save_as"
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton(), "cancel")


def ask_print(parent: QWidget | None, printer: object) -> bool:
    """Qt's print dialog for ``printer``; True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print resume")
    return dialog.exec() == QPrintDialog.DialogCode.Accepted
