"""An entry card: the form of one entry (fields from specs.py) with move, duplicate and remove."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..commands import DuplicateEntry, MoveEntry, RemoveEntry
from ..document import ResumeDocument
from ..highlighter import UnderlineHub
from ..icons import icon
from .entry_drag import EntryHandle
from .fields import (
    Binder,
    CheckField,
    DateField,
    ListField,
    MultiLineField,
    NumberField,
    TextField,
    UrlField,
)
from .specs import ENTRY_FIELDS, entry_label, kind_of

if TYPE_CHECKING:
    from ..bullet_list import BulletList


def make_field(doc: ResumeDocument, key: str, attr: str, label: str, control: str,
               hub: UnderlineHub | None = None) -> QWidget:
    """The bound widget for one field (paragraphs get spelling underlines from ``hub``)."""
    if control == "url":
        return UrlField(doc, key, attr, label, "https://…")
    if control == "multiline":
        return MultiLineField(doc, key, attr, label, hub=hub)
    if control == "list":
        return ListField(doc, key, attr, label, f"{label}, separated by commas")
    if control in ("date", "date_present"):
        return DateField(doc, key, attr, label, allow_present=control == "date_present")
    if control in ("int", "int1"):
        return NumberField(doc, key, attr, label, minimum=1 if control == "int1" else 0)
    if control == "bool":
        return CheckField(doc, key, attr, label)
    if control == "authors":
        from .authors import AuthorsField  # only publications need it (and QListWidget)

        return AuthorsField(doc, key, attr, label)
    return TextField(doc, key, attr, label)


class EntryCard(QFrame):
    """The editable card of one entry of ``section``."""

    def __init__(self, doc: ResumeDocument, section: str, entry: Any, binder: Binder,
                 hub: UnderlineHub | None) -> None:
        super().__init__()
        self.doc, self.section, self.entry_id, self.binder = doc, section, entry.id, binder
        self.setObjectName("EntryCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.bullets: BulletList | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 10)
        head = QHBoxLayout()
        head.addWidget(EntryHandle(self))
        self.title = QLabel()
        self.title.setObjectName("CardTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        for name, tip, slot in (("go-up", "Move entry up", lambda: self.move_entry(-1)),
                                ("go-down", "Move entry down", lambda: self.move_entry(1)),
                                ("edit-copy", "Duplicate entry", self.duplicate),
                                ("list-remove", "Remove entry", self.remove)):
            b = QToolButton()
            b.setIcon(icon(name))
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard: Alt+Up/Down, Ctrl+D, Edit menu
            b.clicked.connect(slot)
            head.addWidget(b)
        outer.addLayout(head)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        outer.addLayout(form)
        self.fields: list[QWidget] = []
        for attr, label, control in ENTRY_FIELDS[kind_of(section)]:
            if control == "bullets":
                from ..bullet_list import BulletList  # not needed for contact details: start-up

                self.bullets = BulletList(doc, entry.id, hub, binder)
                form.addRow(label, self.bullets)
                continue
            w = make_field(doc, entry.id, attr, label, control, hub)
            extra = ("basics",) if control == "authors" else ()
            binder.add(w, entry.id, attr, *extra)
            form.addRow(label, w)
            self.fields.append(w)
        binder.add(self, entry.id, "__card__")
        self.refresh()

    def refresh(self) -> None:
        with contextlib.suppress(KeyError):
            self.title.setText(entry_label(self.section, self.doc.obj(self.entry_id)))

    def index(self) -> int:
        return [e.id for e in self.doc.entries(self.section)].index(self.entry_id)

    def move_entry(self, step: int) -> None:
        i = self.index()
        if 0 <= i + step < len(self.doc.entries(self.section)):
            self.doc.push(MoveEntry(self.doc, self.section, i, i + step))

    def duplicate(self) -> None:
        self.doc.push(DuplicateEntry(self.doc, self.section, self.index()))

    def remove(self) -> None:
        self.doc.push(RemoveEntry(self.doc, self.section, self.index()))

    def first_field(self) -> QWidget | None:
        return self.fields[0] if self.fields else None

    def focus_at(self, _pos: int) -> None:
        first = self.first_field()
        if first is not None:
            first.focus_at(-1)
