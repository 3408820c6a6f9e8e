"""Field widgets bound to the document: each reads a model value, edits it through an undo command,
and refreshes itself when the document announces that its item changed."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...model import PRESENT, PartialDate
from ...model.dates import MONTH_ABBR
from ..commands import EditList, EditText, SetValue
from ..document import SPECIAL_KEYS, ResumeDocument
from ..undo_keys import document_undo_in_menu
from .growing import GrowingTextEdit


class Binder(QObject):
    """Keeps which widget shows which (key, attr) and refreshes them on ``changed``."""

    def __init__(self, doc: ResumeDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._by_id: dict[str, list[Any]] = defaultdict(list)
        self._by_field: dict[tuple[str, str], Any] = {}
        doc.changed.connect(self._on_changed)

    def add(self, widget: Any, key: str, attr: str, *also: str) -> None:
        """Register a bound widget; ``also`` lists further ids whose changes refresh it."""
        self._by_field[(key, attr)] = widget
        for ident in (SPECIAL_KEYS.get(key, key), *also):
            self._by_id[ident].append(widget)

    def drop(self, owner: QWidget) -> None:
        """Forget the widgets inside ``owner`` (it is being deleted)."""
        def keep(w: Any) -> bool:
            return w is not owner and not owner.isAncestorOf(w)

        for ident in list(self._by_id):
            self._by_id[ident] = [w for w in self._by_id[ident] if keep(w)]
        self._by_field = {k: w for k, w in self._by_field.items() if keep(w)}

    def clear(self) -> None:
        self._by_id.clear()
        self._by_field.clear()

    def widget(self, key: str, attr: str) -> Any | None:
        return self._by_field.get((key, attr))

    def widgets_for(self, key: str) -> list[Any]:
        return [w for (k, _a), w in self._by_field.items() if k == key]

    def _on_changed(self, ids: set[str]) -> None:
        for ident in ids:
            for w in self._by_id.get(ident, ()):
                w.refresh()


def _cursor_before(old: str, new: str, pos_after: int) -> int:
    return max(0, min(len(old), pos_after - (len(new) - len(old))))


class _Bound:
    """Mixin: what every bound field knows."""

    doc: ResumeDocument
    key: str
    attr: str

    def bind(self, doc: ResumeDocument, key: str, attr: str, label: str) -> None:
        self.doc, self.key, self.attr, self.label = doc, key, attr, label
        self.setAccessibleName(label)  # type: ignore[attr-defined]
        self.setObjectName(f"field_{attr}")  # type: ignore[attr-defined]

    def model_value(self) -> Any:
        return self.doc.get(self.key, self.attr)

    def alive(self) -> bool:
        """False once the item this field edits has been removed (the widget is on its way out)."""
        try:
            self.doc.obj(self.key)
        except KeyError:
            return False
        return True


class TextField(QLineEdit, _Bound):
    """A one-line text field (name, company, title, venue...)."""

    def __init__(self, doc: ResumeDocument, key: str, attr: str, label: str, placeholder: str = "") -> None:
        super().__init__()
        self.bind(doc, key, attr, label)
        self.setPlaceholderText(placeholder or label)
        self.setText(self._display(self.model_value()))
        self.setCursorPosition(0)
        self.textEdited.connect(self._edited)

    def _to_model(self, text: str) -> Any:
        return text

    def _edited(self, text: str) -> None:
        if not self.alive():
            return
        old = self.model_value()
        new = self._to_model(text)
        if new == old:
            return
        pos = self.cursorPosition()
        cls = EditList if isinstance(new, list) else EditText
        self.doc.push(cls(self.doc, self.key, self.attr, old, new,
                          _cursor_before(str(old), text, pos), pos, self.label))

    def refresh(self) -> None:
        value = self.model_value()
        if self._to_model(self.text()) != value:
            pos = self.cursorPosition()
            self.setText(self._display(value))
            self.setCursorPosition(min(pos, len(self.text())))

    def _display(self, value: Any) -> str:
        return value or ""

    def focus_at(self, pos: int) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCursorPosition(len(self.text()) if pos < 0 else pos)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.doc.end_burst()
        super().focusOutEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        document_undo_in_menu(menu, self.doc.undo_stack)
        menu.exec(event.globalPos())
        menu.deleteLater()


URL_RE = re.compile(r"^(https?://)?[\w-]+(\.[\w-]+)+(:\d+)?(/\S*)?$", re.IGNORECASE)


def is_web_address(text: str) -> bool:
    """True for ``https://host.tld/path`` or a bare ``host.tld/path``."""
    text = text.strip()
    if not URL_RE.match(text):
        return False
    url = QUrl.fromUserInput(text)
    return url.isValid() and url.scheme() in ("http", "https") and "." in url.host()


class UrlField(TextField):
    """A link; marked invalid (red frame, tooltip) while it is not a web address."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.textChanged.connect(self._validate)
        self._validate(self.text())

    def _validate(self, text: str) -> None:
        bad = bool(text.strip()) and not is_web_address(text)
        if bool(self.property("invalid")) != bad:
            self.setProperty("invalid", bad)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setToolTip("Not a web address (e.g. https://github.com/you)" if bad else "")
        self.setAccessibleDescription("invalid web address" if bad else "")

    @property
    def invalid(self) -> bool:
        return bool(self.property("invalid"))


def split_items(text: str) -> list[str]:
    """``"PyTorch, JAX ,"`` -> ``["PyTorch", "JAX"]``."""
    return [p.strip() for p in re.split(r"[,;]", text) if p.strip()]


class ListField(TextField):
    """A comma-separated list (skills items, keywords, roles, courses)."""

    def _to_model(self, text: str) -> Any:
        return split_items(text)

    def _display(self, value: Any) -> str:
        return ", ".join(value or [])



class MultiLineField(GrowingTextEdit, _Bound):
    """A wrapping paragraph (summary, description, notes, approach)."""

    def __init__(self, doc: ResumeDocument, key: str, attr: str, label: str, placeholder: str = "",
                 hub: Any = None) -> None:
        super().__init__(min_lines=2)
        self.bind(doc, key, attr, label)
        self.setPlaceholderText(placeholder or label)
        self._updating = True
        self.setPlainText(self.model_value() or "")
        self._updating = False
        self.textChanged.connect(self._edited)
        self.hub = hub
        if hub is not None:  # spelling underlines, as in bullets
            hub_key = f"{key}.{attr}"
            self.highlighter = hub.attach(hub_key, self.document())
            self.destroyed.connect(lambda *_a, h=hub, k=hub_key, hl=self.highlighter: h.detach(k, hl))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        document_undo_in_menu(menu, self.doc.undo_stack)
        if self.hub is not None and self.hub.spell is not None:
            from ..bullet_edit import add_spelling_actions

            add_spelling_actions(menu, self, self.hub, event.pos())
        menu.exec(event.globalPos())

    def _edited(self) -> None:
        if self._updating or not self.alive():
            return
        old, new = self.model_value() or "", self.toPlainText()
        if new != old:
            pos = self.textCursor().position()
            self.doc.push(EditText(self.doc, self.key, self.attr, old, new,
                                   _cursor_before(old, new, pos), pos, self.label))

    def refresh(self) -> None:
        value = self.model_value() or ""
        if self.toPlainText() != value:
            pos = self.textCursor().position()
            self._updating = True
            self.setPlainText(value)
            self._updating = False
            self.focus_at(pos, focus=False)

    def focus_at(self, pos: int, focus: bool = True) -> None:
        if focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        n = len(self.toPlainText())
        cursor.setPosition(n if pos < 0 else min(pos, n))
        self.setTextCursor(cursor)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.doc.end_burst()
        super().focusOutEvent(event)


class CheckField(QCheckBox, _Bound):
    """A yes/no switch (the workshop flag)."""

    def __init__(self, doc: ResumeDocument, key: str, attr: str, label: str) -> None:
        super().__init__(label)
        self.bind(doc, key, attr, label)
        self.setChecked(bool(self.model_value()))
        self.toggled.connect(self._edited)

    def _edited(self, on: bool) -> None:
        if on != bool(self.model_value()):
            self.doc.push(SetValue(self.doc, self.key, self.attr, self.model_value(), on, self.label))

    def refresh(self) -> None:
        if self.isChecked() != bool(self.model_value()):
            self.blockSignals(True)
            self.setChecked(bool(self.model_value()))
            self.blockSignals(False)

    def focus_at(self, _pos: int) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)


class NumberField(QSpinBox, _Bound):
    """A whole number that may be unknown (citations, number of teams); "—" means unknown."""

    def __init__(self, doc: ResumeDocument, key: str, attr: str, label: str, minimum: int = 0) -> None:
        super().__init__()
        self.bind(doc, key, attr, label)
        self._none = minimum - 1
        self.setRange(self._none, 10_000_000)
        self.setSpecialValueText("—")
        self.setKeyboardTracking(False)
        self.setValue(self._from_model())
        self.valueChanged.connect(self._edited)

    def _from_model(self) -> int:
        v = self.model_value()
        return self._none if v is None else int(v)

    def _edited(self, value: int) -> None:
        new = None if value == self._none else value
        if new != self.model_value():
            self.doc.push(SetValue(self.doc, self.key, self.attr, self.model_value(), new, self.label))

    def refresh(self) -> None:
        if self.value() != self._from_model():
            self.blockSignals(True)
            self.setValue(self._from_model())
            self.blockSignals(False)

    def focus_at(self, _pos: int) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()

    def wheelEvent(self, event: QEvent) -> None:  # scrolling the form must not change numbers
        event.ignore()


class DateField(QWidget, _Bound):
    """Month/year with an optional "present" switch; a date without a year is no date."""

    def __init__(self, doc: ResumeDocument, key: str, attr: str, label: str, allow_present: bool = False) -> None:
        super().__init__()
        self.bind(doc, key, attr, label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.month = QComboBox()
        self.month.addItems(["—", *MONTH_ABBR])
        self.month.setAccessibleName(f"{label} month")
        self.year = QSpinBox()
        self.year.setRange(1949, 2100)
        self.year.setSpecialValueText("—")
        self.year.setKeyboardTracking(False)
        self.year.setAccessibleName(f"{label} year")
        self.year.wheelEvent = lambda e: e.ignore()  # type: ignore[method-assign]
        self.month.wheelEvent = lambda e: e.ignore()  # type: ignore[method-assign]
        row.addWidget(self.month)
        row.addWidget(self.year)
        self.present: QCheckBox | None = None
        if allow_present:
            self.present = QCheckBox("present")
            self.present.setAccessibleName(f"{label}: present")
            row.addWidget(self.present)
        row.addStretch(1)
        self.setFocusProxy(self.month)
        self.refresh()
        self.month.currentIndexChanged.connect(self._edited)
        self.year.valueChanged.connect(self._edited)
        if self.present is not None:
            self.present.toggled.connect(self._edited)

    def value(self) -> Any:
        if self.present is not None and self.present.isChecked():
            return PRESENT
        if self.year.value() == self.year.minimum():
            return None
        return PartialDate(self.year.value(), self.month.currentIndex() or None)

    def _edited(self, *_args: object) -> None:
        self._sync_enabled()
        new, old = self.value(), self.model_value()
        if new != old:
            self.doc.push(SetValue(self.doc, self.key, self.attr, old, new, self.label))

    def _sync_enabled(self) -> None:
        on = self.present is None or not self.present.isChecked()
        self.month.setEnabled(on)
        self.year.setEnabled(on)

    def refresh(self) -> None:
        v = self.model_value()
        for w in (self.month, self.year, self.present):
            if w is not None:
                w.blockSignals(True)
        if self.present is not None:
            self.present.setChecked(v is PRESENT)
        if isinstance(v, PartialDate):
            self.year.setValue(v.year)
            self.month.setCurrentIndex(v.month or 0)
        elif v is None:
            self.year.setValue(self.year.minimum())
            self.month.setCurrentIndex(0)
        for w in (self.month, self.year, self.present):
            if w is not None:
                w.blockSignals(False)
        self._sync_enabled()

    def focus_at(self, _pos: int) -> None:
        self.month.setFocus(Qt.FocusReason.OtherFocusReason)
