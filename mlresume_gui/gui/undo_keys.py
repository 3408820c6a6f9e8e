"""Undo keys in every field drive the document's history, never a field's own private undo.

Text widgets (QLineEdit, QPlainTextEdit, the line edits inside spin boxes, item-view editors) take
Ctrl+Z and the redo keys for themselves: they accept the shortcut override, so the window's
Edit > Undo never sees the key, and their private undo then records or swallows steps of its own.
``UndoKeys`` filters the application's key events for one window: an undo or redo key pressed in
any of its widgets runs the document's QUndoStack instead. ``document_undo_in_menu`` does the same
for the Undo and Redo entries of a field's standard context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QWidget

UNDO, REDO = "undo", "redo"
OWN_UNDO = "ownUndo"  # a widget with this property set true keeps its own undo (e.g. the Find field)


_CANDIDATE_KEYS = frozenset({Qt.Key.Key_Z, Qt.Key.Key_Y, Qt.Key.Key_Backspace, Qt.Key.Key_Undo, Qt.Key.Key_Redo})


def undo_kind(event: QKeyEvent) -> str:
    """"undo", "redo" or "" for a key event (the platform's bindings plus Ctrl+Y and Ctrl+Shift+Z)."""
    if event.key() not in _CANDIDATE_KEYS:  # every key typed passes here: decide cheaply
        return ""
    if event.matches(QKeySequence.StandardKey.Undo):
        return UNDO
    if event.matches(QKeySequence.StandardKey.Redo):
        return REDO
    if event.keyCombination().toCombined() in _extra_redo():
        return REDO
    return ""


def _extra_redo() -> frozenset[int]:
    global _EXTRA_REDO
    if _EXTRA_REDO is None:
        _EXTRA_REDO = frozenset(QKeySequence(s)[0].toCombined() for s in ("Ctrl+Y", "Ctrl+Shift+Z"))
    return _EXTRA_REDO


_EXTRA_REDO: frozenset[int] | None = None


def _item_view_of(widget: QWidget) -> QAbstractItemView | None:
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractItemView):
            return w
        w = w.parentWidget()
    return None


class UndoKeys(QObject):
    """Routes undo and redo keys pressed anywhere in ``window`` to ``stack``."""

    def __init__(self, window: QWidget, stack: QUndoStack, end_burst: object = None) -> None:
        """The filter is installed by :meth:`attach`, which the window calls after its first paint:
        an application-wide Python filter sees every event, and the first event it sees for an
        object of a class Qt does not export makes PySide build every QtCore class (~50 ms)."""
        super().__init__(window)
        self.window, self.stack, self._end_burst = window, stack, end_burst
        self.routed = 0
        self.attached = False

    def attach(self) -> None:
        """Start filtering the application's key events (once)."""
        if not self.attached:
            self.attached = True
            QApplication.instance().installEventFilter(self)

    def _ours(self, obj: QObject) -> bool:
        # QWidget.window unbound: some widgets keep their main window in an attribute named window
        if not isinstance(obj, QWidget) or QWidget.window(obj) is not self.window:
            return False
        return not bool(obj.property(OWN_UNDO))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        try:
            return self._filter(obj, event)
        except Exception:  # an exception raised in an event filter takes the whole process down
            return False

    def _filter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not self._ours(obj):
            return False
        which = undo_kind(event)  # type: ignore[arg-type]
        if not which:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to the widget as a key press, and to us first
            return True
        self.run(which, obj)  # type: ignore[arg-type]
        return True

    def run(self, which: str, source: QWidget | None = None) -> None:
        """Undo or redo one document step; an open item editor commits first (its text is a step)."""
        view = _item_view_of(source) if source is not None else None
        if view is not None:
            view.setFocus()  # closes and commits the cell being edited
        if callable(self._end_burst):
            self._end_burst()
        self.routed += 1
        if which == UNDO:
            self.stack.undo()
        else:
            self.stack.redo()

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.attached = False


def document_undo_in_menu(menu: QMenu, stack: QUndoStack) -> None:
    """Replace a standard context menu's own Undo and Redo with the document's."""
    for act in list(menu.actions()):
        name = act.objectName()
        if name not in ("edit-undo", "edit-redo"):
            continue
        new = stack.createUndoAction(menu) if name == "edit-undo" else stack.createRedoAction(menu)
        new.setObjectName(f"document-{name[5:]}")
        new.setShortcut(QKeySequence.StandardKey.Undo if name == "edit-undo" else QKeySequence.StandardKey.Redo)
        menu.insertAction(act, new)
        menu.removeAction(act)
