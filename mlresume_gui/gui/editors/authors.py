"""A publication's author list: edit, add, remove and reorder names; the owner's place is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.people import is_first_author, owner_position
from ..commands import EditAuthors
from ..document import ResumeDocument
from ..icons import icon


class AuthorsField(QWidget):
    """Editable list of author names with a derived "first author" indicator."""

    def __init__(self, doc: ResumeDocument, key: str, attr: str, label: str) -> None:
        super().__init__()
        self.doc, self.key, self.attr = doc, key, attr
        self.setAccessibleName(label)
        self.list = QListWidget()
        self.list.setAccessibleName(label)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMaximumHeight(110)
        self.list.itemChanged.connect(self._commit)
        self.list.model().rowsMoved.connect(self._commit)
        self.indicator = QLabel()
        self.indicator.setObjectName("first_author")
        buttons = QVBoxLayout()
        for name, tip, slot in (("list-add", "Add author", self.add_author),
                                ("list-remove", "Remove author", self.remove_author),
                                ("go-up", "Move author up", lambda: self.move_author(-1)),
                                ("go-down", "Move author down", lambda: self.move_author(1))):
            b = QToolButton()
            b.setIcon(icon(name))
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)
        outer.addWidget(self.indicator)
        self.setFocusProxy(self.list)
        self.refresh()

    def authors(self) -> list[str]:
        return list(self.doc.get(self.key, self.attr))

    def shown(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count())]

    def _commit(self, *_args: object) -> None:
        new = [a for a in self.shown() if a]
        if new != self.authors():
            self.doc.push(EditAuthors(self.doc, self.key, self.authors(), new))

    def refresh(self) -> None:
        authors = self.authors()
        if [a for a in self.shown() if a] != authors:
            self.list.blockSignals(True)
            self.list.clear()
            for a in authors:
                item = QListWidgetItem(a)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
            self.list.blockSignals(False)
        owner = self.doc.resume.basics.name
        if not owner:
            text = "Add your name under Contact to see your place in the author list"
        elif is_first_author(authors, owner):
            text = "★ First author"
        else:
            pos = owner_position(authors, owner)
            text = f"Author {pos + 1} of {len(authors)}" if pos is not None else f"{owner} is not in the list"
        self.indicator.setText(text)

    def add_author(self) -> None:
        item = QListWidgetItem("")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.blockSignals(True)
        self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove_author(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._commit()

    def move_author(self, step: int) -> None:
        row = self.list.currentRow()
        new = row + step
        if row < 0 or not 0 <= new < self.list.count():
            return
        names = self.shown()
        names.insert(new, names.pop(row))
        self.doc.push(EditAuthors(self.doc, self.key, self.authors(), [a for a in names if a]))
        self.list.setCurrentRow(new)

    def focus_at(self, _pos: int) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
