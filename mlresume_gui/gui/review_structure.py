"""The recognised side of the import review: the reading's resume as a tree (contact fields,
summary, sections, entries with their fields and bullets) where every item knows its field path.
A source line dropped on an item moves there: a field takes it, an entry takes it as a new bullet
(or, for skills and publications, adds it), a section makes a new entry of it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ..formats.reading import field_paths as fp
from ..model import SECTION_TITLES, Resume
from .editors.specs import entry_label
from .review_targets import ATTR_LABELS, BASICS, LINE_MIME, role_colour

PATH = Qt.ItemDataRole.UserRole  # the field path of an item
DROP = Qt.ItemDataRole.UserRole + 1  # where a line dropped on the item goes


class StructureTree(QTreeWidget):
    """The resume being reviewed; ``lineDropped(index, path)`` when a line is dropped on an item."""

    lineDropped = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewStructure")
        self.setHeaderLabel("Recognised structure")
        self.setAccessibleName("Recognised structure")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)  # the viewport takes drops
        self.setDropIndicatorShown(True)
        self.by_path: dict[str, QTreeWidgetItem] = {}
        self.counts = {"sections": 0, "entries": 0, "bullets": 0}

    def show_resume(self, resume: Resume) -> None:
        self.clear()
        self.by_path = {}
        self.counts = {"sections": 0, "entries": 0, "bullets": 0}
        bold = QFont(self.font())
        bold.setBold(True)
        b = resume.basics
        contact = self._item(self, "Contact", "", "basics.name", bold)
        values = {"location": b.location.text() or b.location.address}
        for attr, label in BASICS:
            value = values.get(attr, getattr(b, attr, ""))
            self._item(contact, f"{label}: {value or '—'}", f"basics.{attr}", f"basics.{attr}", role="contact")
        for i, p in enumerate(b.profiles):
            self._item(contact, f"{p.network or 'Profile'}: {p.url or p.username}", f"basics.profiles[{i}]",
                       "basics.profiles[+]", role="contact")
        summary = resume.summary if len(resume.summary) < 90 else resume.summary[:87] + "…"
        self._item(self, f"Summary: {summary or '—'}", "summary", "summary", bold)
        customs = fp.user_sections(resume)
        for key in resume.ordered_sections():
            if key.startswith("custom:"):
                section = next((s for s in resume.custom if f"custom:{s.id}" == key), None)
                if section is None or section.holding:
                    continue
                k = customs.index(section)
                self._section(f"custom[{k}].entries", "custom", section.title or "Custom section",
                              section.entries, bold, heading=f"custom[{k}]")
            elif resume.section(key):
                headings = resume.meta.get("source_headings") or {}
                source = headings.get(key) if isinstance(headings, dict) else None
                title = SECTION_TITLES.get(key, key)
                if source and source.casefold() != title.casefold():
                    title = f"{title}  (“{source}”)"
                self._section(key, key, title, resume.section(key), bold, heading=key)
        self.expandAll()

    def _item(self, parent: object, text: str, path: str, drop: str, font: QFont | None = None,
              role: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])  # type: ignore[call-overload]
        item.setData(0, PATH, path)
        item.setData(0, DROP, drop)
        if font is not None:
            item.setFont(0, font)
        if role:
            item.setForeground(0, QBrush(role_colour(role).darker(150)))
        if path:
            self.by_path[path] = item
        return item

    def _section(self, prefix: str, kind: str, title: str, entries: list, bold: QFont, heading: str) -> None:
        self.counts["sections"] += 1
        fields = fp.SECTION_FIELDS.get(fp.kind_of(kind))
        top = self._item(self, f"{title}  ({len(entries)})", heading,
                         f"{prefix}[+]" if fields is None else f"{prefix}[+].{fp.FIRST_FIELD[fp.kind_of(kind)]}",
                         bold, role="heading")
        for i, entry in enumerate(entries):
            self.counts["entries"] += 1
            path = f"{prefix}[{i}]"
            label = entry_label(kind, entry) if kind != "custom" else (entry.title or "(untitled)")
            if fields is None:
                text = fp.whole_entry_text(kind, entry)
                self._item(top, text if len(text) < 100 else text[:97] + "…", path, path,
                           role=fp.role_of(path))
                continue
            node = self._item(top, label, "", f"{path}.bullets[+]" if "bullets" in fields.values()
                              else f"{path}.{fields.get('bullet', 'title')}")
            for attr in dict.fromkeys(fields.values()):
                if attr == "bullets":
                    continue
                value = fp.field_text(entry, attr)
                self._item(node, f"{ATTR_LABELS.get(attr, attr.title())}: {value or '—'}", f"{path}.{attr}",
                           f"{path}.{attr}", role=fp.role_of_attr(kind, attr))
            for j, bullet in enumerate(getattr(entry, "bullets", ())):
                self.counts["bullets"] += 1
                self._item(node, f"• {bullet.text}", f"{path}.bullets[{j}]", f"{path}.bullets[{j}]",
                           role="bullet")

    # -- drops of source lines --------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(LINE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if event.mimeData().hasFormat(LINE_MIME) and item is not None and item.data(0, DROP):
            self.setCurrentItem(item)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        data = bytes(event.mimeData().data(LINE_MIME)).decode() if event.mimeData().hasFormat(LINE_MIME) else ""
        if item is None or not data.isdigit() or not item.data(0, DROP):
            event.ignore()
            return
        event.acceptProposedAction()
        self.lineDropped.emit(int(data), item.data(0, DROP))

    def drop_path(self, item: QTreeWidgetItem) -> str:
        return item.data(0, DROP) or ""
