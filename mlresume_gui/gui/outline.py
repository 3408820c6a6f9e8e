"""The left pane: sections and their entries; add, remove, duplicate, drag or Alt+Up/Down to reorder."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem

from ..model import SECTION_TITLES
from .commands import (
    AddCustomSection,
    AddEntry,
    DuplicateEntry,
    MoveEntry,
    MoveSection,
    RemoveCustomSection,
    RemoveEntry,
)
from .document import ResumeDocument
from .editors.section_view import new_entry
from .editors.specs import entry_label

SECTION_ROLE = Qt.ItemDataRole.UserRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
FIXED = ("basics", "summary")


class Outline(QTreeWidget):
    """Tree of sections (top level) and entries (children); ``selected(section, entry_id)``."""

    selected = Signal(str, str)

    def __init__(self, doc: ResumeDocument) -> None:
        super().__init__()
        self.doc = doc
        self.setHeaderHidden(True)
        self.setAccessibleName("Outline")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._rebuilding = False
        self.currentItemChanged.connect(self._current_changed)
        doc.structureChanged.connect(self.rebuild)
        doc.loaded.connect(self.rebuild)
        doc.changed.connect(self._relabel)

    # -- building ----------------------------------------------------------------------------
    def _section_title(self, key: str) -> str:
        if key.startswith("custom:"):
            try:
                return self.doc.custom_section(key[7:]).title or "Custom section"
            except KeyError:
                return "Custom section"
        return SECTION_TITLES.get(key, key)

    def rebuild(self) -> None:
        current = self.current()
        expanded = {k for k, it in self._items.items() if it.isExpanded()}
        first = not self._items
        self._rebuilding = True
        self.clear()
        self._items = {}
        for key in self.doc.section_keys():
            item = QTreeWidgetItem([self._section_title(key)])
            item.setData(0, SECTION_ROLE, key)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if key not in FIXED:
                flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
            item.setFlags(flags)
            self.addTopLevelItem(item)
            self._items[key] = item
            if key in FIXED:
                continue
            entries = self.doc.entries(key)
            if not entries and not key.startswith("custom:"):
                item.setForeground(0, self.palette().placeholderText())
            for e in entries:
                child = QTreeWidgetItem([entry_label(key, e)])
                child.setToolTip(0, child.text(0))  # the whole label where the column cuts it
                child.setData(0, SECTION_ROLE, key)
                child.setData(0, ENTRY_ROLE, e.id)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                               | Qt.ItemFlag.ItemIsDragEnabled)
                item.addChild(child)
                self._items[e.id] = child
            item.setExpanded(first or key in expanded)
        self._rebuilding = False
        if current is not None:
            self.select(*current, emit=False)

    def _relabel(self, ids: set[str]) -> None:
        for ident in ids:
            item = self._items.get(ident) or self._items.get(f"custom:{ident}")
            if item is None:
                continue
            section = item.data(0, SECTION_ROLE)
            if item.data(0, ENTRY_ROLE):
                found = self.doc.resume.find(ident)
                if found is not None:
                    item.setText(0, entry_label(section, found[0]))
                    item.setToolTip(0, item.text(0))
            else:
                item.setText(0, self._section_title(section))

    # -- selection -----------------------------------------------------------------------------
    def current(self) -> tuple[str, str] | None:
        item = self.currentItem()
        if item is None:
            return None
        return item.data(0, SECTION_ROLE), item.data(0, ENTRY_ROLE) or ""

    def select(self, section: str, entry_id: str = "", emit: bool = True) -> None:
        item = self._items.get(entry_id) or self._items.get(section)
        if item is None:
            return
        self._rebuilding = not emit
        self.setCurrentItem(item)
        self._rebuilding = False

    def _current_changed(self, item: QTreeWidgetItem | None, _prev: object) -> None:
        if item is not None and not self._rebuilding:
            self.selected.emit(item.data(0, SECTION_ROLE), item.data(0, ENTRY_ROLE) or "")

    # -- edits ---------------------------------------------------------------------------------
    def move_current(self, step: int) -> None:
        """Move the selected entry or section one place up (-1) or down (+1)."""
        cur = self.current()
        if cur is None:
            return
        section, entry_id = cur
        if entry_id:
            ids = [e.id for e in self.doc.entries(section)]
            i = ids.index(entry_id)
            if 0 <= i + step < len(ids):
                self.doc.push(MoveEntry(self.doc, section, i, i + step))
                self.select(section, entry_id, emit=False)
        elif section not in FIXED:
            order = self.doc.resume.ordered_sections()
            i = order.index(section)
            if 0 <= i + step < len(order):
                self.doc.push(MoveSection(self.doc, section, i + step))
                self.select(section, "", emit=False)

    def add_entry(self) -> None:
        cur = self.current()
        if cur is None or cur[0] in FIXED:
            return
        section = cur[0]
        entry = new_entry(self.doc, section)
        self.doc.push(AddEntry(self.doc, section, len(self.doc.entries(section)), entry))
        self.select(section, entry.id)

    def duplicate_current(self) -> None:
        cur = self.current()
        if cur and cur[1]:
            ids = [e.id for e in self.doc.entries(cur[0])]
            self.doc.push(DuplicateEntry(self.doc, cur[0], ids.index(cur[1])))

    def remove_current(self) -> None:
        cur = self.current()
        if cur is None:
            return
        section, entry_id = cur
        if entry_id:
            ids = [e.id for e in self.doc.entries(section)]
            self.doc.push(RemoveEntry(self.doc, section, ids.index(entry_id)))
            self.select(section)
        elif section.startswith("custom:"):
            self.doc.push(RemoveCustomSection(self.doc, section[7:]))

    def add_custom_section(self) -> str:
        cmd = AddCustomSection(self.doc)
        self.doc.push(cmd)
        key = f"custom:{cmd.section.id}"
        self.select(key)
        return key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete:
            self.remove_current()
            return
        super().keyPressEvent(event)

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        cur = self.current()
        if cur and cur[0] not in FIXED:
            menu.addAction("Add entry", self.add_entry)
            if cur[1]:
                menu.addAction("Duplicate entry", self.duplicate_current)
                menu.addAction("Remove entry", self.remove_current)
            elif cur[0].startswith("custom:"):
                menu.addAction("Remove section", self.remove_current)
            menu.addAction("Move up", lambda: self.move_current(-1))
            menu.addAction("Move down", lambda: self.move_current(1))
            menu.addSeparator()
        menu.addAction("Add custom section", self.add_custom_section)
        extend = getattr(self.window(), "extend_item_menu", None)
        if extend is not None and cur:  # e.g. "Hide in this variant" (gui/variants_ui.py)
            extend(menu, cur[1] or cur[0])
        menu.exec(self.viewport().mapToGlobal(pos))

    # -- drag and drop -------------------------------------------------------------------------
    def dropEvent(self, event: QDropEvent) -> None:
        """Turn an internal drop into a MoveEntry / MoveSection command (the tree rebuilds itself)."""
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if dragged is None or target is None or target is dragged:
            return
        below = self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
        section, entry_id = dragged.data(0, SECTION_ROLE), dragged.data(0, ENTRY_ROLE)
        if entry_id:
            parent = dragged.parent()
            if target is parent:
                dst = 0
            elif target.parent() is parent:
                dst = parent.indexOfChild(target) + (1 if below else 0)
            else:
                return
            self.move_entry_to(section, entry_id, dst)
        elif section not in FIXED:
            tkey = (target.parent() or target).data(0, SECTION_ROLE)
            if tkey in FIXED:
                tkey, below = self.doc.resume.ordered_sections()[0], False
            order = self.doc.resume.ordered_sections()
            dst = order.index(tkey) + (1 if below else 0)
            src = order.index(section)
            if dst > src:
                dst -= 1
            if dst != src:
                self.doc.push(MoveSection(self.doc, section, dst))
                self.select(section, "", emit=False)

    def move_entry_to(self, section: str, entry_id: str, dst: int) -> None:
        """Move an entry so that it lands before the entry now at ``dst`` (``len`` = to the end)."""
        ids = [e.id for e in self.doc.entries(section)]
        src = ids.index(entry_id)
        if dst > src:
            dst -= 1
        if dst != src:
            self.doc.push(MoveEntry(self.doc, section, src, dst))
            self.select(section, entry_id, emit=False)
