"""The desktop's usual Edit and File entries: Cut, Copy, Paste, Select All, Find (next, previous),
Close and Print.

Cut, Copy, Paste and Select All act on the field that has the focus (text fields handle their own
keys; the menu entries reach the same functions). Print lays the resume out exactly as the PDF
export does (the variant shown, the preview's template) and prints it through Qt's print dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from . import dialogs, settings

EDIT_OPERATIONS = ("cut", "copy", "paste", "selectAll")


def on_focused(operation: str) -> bool:
    """Run ``operation`` (cut, copy, paste, selectAll) on the focused widget; False when it has none."""
    widget = QApplication.focusWidget()
    method = getattr(widget, operation, None) if widget is not None else None
    if not callable(method):
        return False
    method()
    return True


def print_layout(printer: Any, resume: Any, variant: str | None, template: str | None) -> int:
    """Lay ``resume`` out as the PDF export does and print it on ``printer``; the page count."""
    from ..formats.writing.layout import prepare
    from ..formats.writing.pdf import render_document

    layout, tpl, _view = prepare(resume, variant, template)
    doc = render_document(layout, tpl)
    doc.print_(printer)
    return max(1, doc.pageCount())


def print_document(window: Any) -> bool:
    """File > Print…: Qt's print dialog, then the export layout of the variant shown."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(window.windowTitle().replace("[*]", ""))
    if not dialogs.ask_print(window, printer):
        return False
    variant = window.doc.shown_variant()
    try:
        pages = print_layout(printer, window.doc.resume, variant.name if variant else None,
                             settings.get("preview/template") or None)
    except (KeyError, ValueError) as exc:
        dialogs.show_error(window, "Cannot print", str(exc.args[0] if exc.args else exc))
        return False
    window.statusBar().showMessage(f"Sent {pages} page{'s' if pages != 1 else ''} to the printer", 5000)
    return True


def _menu(window: Any, title: str) -> QMenu | None:
    return next((a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title), None)


def install_edit_actions(window: Any) -> None:
    """Add the entries to the window's File and Edit menus."""
    K = QKeySequence.StandardKey
    edit, file = _menu(window, "Edit"), _menu(window, "File")
    first = edit.actions()[3] if edit is not None and len(edit.actions()) > 3 else None  # after History
    entries = [("Cu&t", lambda: on_focused("cut"), K.Cut, "edit-cut"),
               ("&Copy", lambda: on_focused("copy"), K.Copy, "edit-copy"),
               ("&Paste", lambda: on_focused("paste"), K.Paste, "edit-paste"),
               ("Select &All", lambda: on_focused("selectAll"), K.SelectAll, ""),
               None,
               ("&Find…", lambda: window.find_bar.open(), K.Find, "edit-find"),  # the bar is built on first use
               ("Find &Next", lambda: window.find_bar.next(), K.FindNext, ""),
               ("Find Pre&vious", lambda: window.find_bar.previous(), K.FindPrevious, "")]
    window.edit_actions = {}
    if edit is not None:
        edit.insertSeparator(first)
        for entry in entries:
            if entry is None:
                edit.insertSeparator(first)
                continue
            text, slot, key, icon_name = entry
            act = window._action(text, slot, key, icon_name)
            edit.insertAction(first, act)
            window.edit_actions[text.replace("&", "")] = act
    if file is not None:
        quit_act = file.actions()[-1]
        close = window._action("&Close", window.close, K.Close)
        prints = window._action("&Print…", lambda: print_document(window), K.Print, "document-print")
        file.insertAction(quit_act, prints)
        file.insertSeparator(quit_act)
        file.insertAction(quit_act, close)
        window.edit_actions["Close"], window.edit_actions["Print…"] = close, prints
