"""The centre pane: the form of the selected section (contact, summary, or a list of entry cards).

A long section builds only the cards on screen (and a screen's height around them): the others
stand in as empty slots of about their height, turned into cards as they scroll into view, get
the keyboard focus, or are asked for (``ensure_card``: focus, Find, undo). A resume of thousands
of bullets then opens, scrolls and types as fast as a short one.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...model import SECTION_TITLES, SECTION_TYPES, Bullet
from ..commands import AddEntry, MoveEntry, RemoveCustomSection
from ..document import ResumeDocument
from ..highlighter import UnderlineHub
from ..icons import icon
from .card import EntryCard, make_field
from .entry_drag import SectionPage
from .fields import Binder, MultiLineField, TextField
from .specs import BASICS_FIELDS


def new_entry(doc: ResumeDocument, section: str) -> Any:
    """A blank entry for ``section``; entries with bullets start with one empty bullet."""
    if section.startswith("custom:"):
        from ...model import CustomEntry

        return CustomEntry(bullets=[Bullet()])
    entry = SECTION_TYPES[section]()
    if hasattr(entry, "bullets"):
        entry.bullets.append(Bullet())
    return entry


LAZY_FROM_BULLETS = 120  # a section with more bullets than this builds its cards as they are seen
LINE_PX, CARD_PX, FIELD_PX = 24, 60, 30  # the slot's estimate of a card's height


def estimated_height(section: str, entry: Any) -> int:
    """About the height of ``entry``'s card (fields and wrapped bullets), before it is built."""
    from .specs import ENTRY_FIELDS, kind_of

    fields = sum(1 for _a, _l, control in ENTRY_FIELDS.get(kind_of(section), []) if control != "bullets")
    bullets = getattr(entry, "bullets", ())
    lines = sum(1 + len(b.text) // 110 for b in bullets)
    return CARD_PX + fields * FIELD_PX + lines * LINE_PX + (40 if bullets else 0)


class CardSlot(QFrame):
    """Stands in for an entry card not built yet; focus or a scroll into view builds the card."""

    def __init__(self, view: SectionView, entry_id: str, height: int) -> None:
        super().__init__()
        self.view, self.entry_id = view, entry_id
        self.setObjectName("CardSlot")
        self.setFixedHeight(height)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab walks into entries not built yet

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        back = event.reason() == Qt.FocusReason.BacktabFocusReason
        # after this event: building changes the focus chain that Tab is walking now
        QTimer.singleShot(0, self, lambda: self._enter(back))

    def _enter(self, back: bool) -> None:
        if not self.hasFocus():
            return
        view = self.view
        card = view.ensure_card(self.entry_id)
        if card is None:
            return
        if back:
            fields = [w for w in card.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
            (fields[-1] if fields else card).setFocus(Qt.FocusReason.BacktabFocusReason)
        else:
            card.focus_at(-1)


class SectionView(QScrollArea):
    """Shows one section; keeps its cards in step with the model by id."""

    sectionShown = Signal(str)
    cardsBuilt = Signal()  # cards were built for entries that had only a slot (variants grey them)

    def __init__(self, doc: ResumeDocument, hub: UnderlineHub | None = None) -> None:
        super().__init__()
        self.doc, self.hub = doc, hub
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(420)
        self.setAccessibleName("Section editor")
        self.binder = Binder(doc, self)
        self.section = ""
        self.cards: dict[str, EntryCard] = {}
        self.slots: dict[str, CardSlot] = {}
        self.lazy = False
        self._page: QWidget | None = None
        self._cards_box: QVBoxLayout | None = None
        self.add_button: QPushButton | None = None
        doc.structureChanged.connect(self.sync)
        doc.loaded.connect(self._reload)
        self._seen_timer = QTimer(self)
        self._seen_timer.setSingleShot(True)
        self._seen_timer.setInterval(0)
        self._seen_timer.timeout.connect(self.build_visible)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._seen_timer.start())

    # -- building ----------------------------------------------------------------------------
    def _reload(self) -> None:
        self.show_section(self.section or "basics", force=True)

    def show_section(self, section: str, force: bool = False) -> None:
        """Build the form of ``section`` (``basics``, ``summary``, ``experience``, ``custom:<id>``)."""
        if section not in self.doc.section_keys():
            section = "basics"
        if section == self.section and not force and self._page is not None:
            return
        self.section = section
        self.binder.clear()
        for card in self.cards.values():
            for edit in card.bullets.editors() if card.bullets is not None else ():
                edit.release()
        self.cards = {}
        self.slots = {}
        self.lazy = False
        page = SectionPage(self)  # takes entry cards dragged by their grip
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        head = QHBoxLayout()
        self.heading = QLabel(self._title(section))
        self.heading.setObjectName("SectionTitle")
        head.addWidget(self.heading, 1)
        layout.addLayout(head)
        self._cards_box = None
        self.add_button = None
        if section == "basics":
            form = QFormLayout()
            for key, attr, label, control in BASICS_FIELDS:
                w = make_field(self.doc, key, attr, label, control)
                self.binder.add(w, key, attr)
                form.addRow(label, w)
            layout.addLayout(form)
        elif section == "summary":
            w = MultiLineField(self.doc, "resume", "summary", "Summary",
                               "Two or three lines: your focus, your scale, what you own", hub=self.hub)
            self.binder.add(w, "resume", "summary")
            layout.addWidget(w)
        else:
            if section.startswith("custom:"):
                sid = section[7:]
                title = TextField(self.doc, sid, "title", "Section title")
                self.binder.add(title, sid, "title")
                self.binder.add(self, sid, "__heading__")
                head.insertWidget(1, title, 2)
                remove = QPushButton(icon("list-remove"), "Remove section")
                remove.setAccessibleName("Remove section")
                remove.clicked.connect(lambda: self.doc.push(RemoveCustomSection(self.doc, sid)))
                head.addWidget(remove)
            self._cards_box = QVBoxLayout()
            self._cards_box.setSpacing(10)
            layout.addLayout(self._cards_box)
            entries = self.doc.entries(section)
            self.lazy = sum(len(getattr(e, "bullets", ())) for e in entries) > LAZY_FROM_BULLETS
            self.sync()  # cards before the button, so Tab reaches them first
            add = QPushButton(icon("list-add"), "Add entry")
            add.setAccessibleName("Add entry")
            add.setObjectName("add_entry")
            add.clicked.connect(self.add_entry)
            self.add_button = add
            layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        old = self.takeWidget()
        self.setWidget(page)
        self._page = page
        if old is not None:
            old.deleteLater()
        self.sectionShown.emit(section)

    def refresh(self) -> None:
        """Called by the binder when a custom section's title changes."""
        self.heading.setText(self._title(self.section))

    def _title(self, section: str) -> str:
        if section == "basics":
            return "Contact"
        if section.startswith("custom:"):
            try:
                return self.doc.custom_section(section[7:]).title or "Custom section"
            except KeyError:
                return "Custom section"
        return SECTION_TITLES.get(section, section)

    def sync(self) -> None:
        """Match the cards to the model after a structure change (cards are reused by id)."""
        if self._cards_box is None:
            return
        if self.section not in self.doc.section_keys():
            self.show_section("basics")
            return
        entries = self.doc.entries(self.section)
        wanted = [e.id for e in entries]
        for eid in [e for e in self.cards if e not in wanted]:
            self._drop_card(self.cards.pop(eid))
        for eid in [e for e in self.slots if e not in wanted]:
            slot = self.slots.pop(eid)
            slot.setParent(None)
            slot.deleteLater()
        for e in entries:
            if e.id in self.cards:
                card = self.cards[e.id]
                if card.bullets is not None:
                    card.bullets.sync()
                card.refresh()
            elif e.id in self.slots:
                self.slots[e.id].setFixedHeight(estimated_height(self.section, e))
            elif self.lazy:  # built when it comes into view
                self.slots[e.id] = CardSlot(self, e.id, estimated_height(self.section, e))
            else:
                self.cards[e.id] = EntryCard(self.doc, self.section, e, self.binder, self.hub)
        self._place(wanted)
        if self.lazy:
            self._seen_timer.start()

    def _drop_card(self, card: EntryCard) -> None:
        if card.bullets is not None:
            for e in card.bullets.editors():
                e.release()
        self.binder.drop(card)
        card.setParent(None)
        card.deleteLater()

    def _widget_of(self, entry_id: str) -> QWidget:
        return self.cards.get(entry_id) or self.slots[entry_id]

    def _place(self, wanted: list[str]) -> None:
        """Put the cards and slots in the model's order (only when it changed)."""
        box = self._cards_box
        current = [box.itemAt(i).widget() for i in range(box.count())]
        target = [self._widget_of(eid) for eid in wanted]
        if current != target:
            for w in current:
                box.removeWidget(w)
            for w in target:
                box.addWidget(w)
                w.show()  # at once, so focus and Tab reach a new card before the next paint
            self._order_tab_chain([w for w in target if isinstance(w, EntryCard)] if not self.lazy else target)

    # -- cards built as they are seen ------------------------------------------------------------
    def ensure_card(self, entry_id: str) -> EntryCard | None:
        """The card of an entry of the section shown, built now if it had only a slot."""
        card = self.cards.get(entry_id)
        if card is not None or entry_id not in self.slots:
            return card
        self._build([entry_id])
        return self.cards.get(entry_id)

    def _build(self, entry_ids: list[str]) -> None:
        box = self._cards_box
        if box is None:
            return
        built = False
        for eid in entry_ids:
            slot = self.slots.pop(eid, None)
            if slot is None:
                continue
            try:
                entry = self.doc.obj(eid)
            except KeyError:
                continue
            card = EntryCard(self.doc, self.section, entry, self.binder, self.hub)
            self.cards[eid] = card
            box.replaceWidget(slot, card)
            slot.setParent(None)
            slot.deleteLater()
            card.show()
            built = True
        if built:
            self._order_tab_chain([self._widget_of(e.id) for e in self.doc.entries(self.section)])
            self.cardsBuilt.emit()

    def build_visible(self) -> None:
        """Build the slots within a screen's height of what the viewport shows."""
        if not self.slots or self._page is None or not self.isVisible():
            return  # shown later: the resize that comes with it looks again
        self._page.layout().activate()  # slots at their places before they are compared
        for _ in range(8):  # built cards are not as tall as guessed: look again until all are seen
            top = self.verticalScrollBar().value()
            height = self.viewport().height()
            lo, hi = top - height, top + 2 * height
            seen = [eid for eid, slot in self.slots.items()
                    if slot.y() + slot.height() >= lo and slot.y() <= hi]
            if not seen:
                return
            self._build(seen)
            self._page.layout().activate()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.slots:
            self._seen_timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.slots:
            self._seen_timer.start()

    def _order_tab_chain(self, cards: list[QWidget]) -> None:
        """Make Tab follow the cards as shown, then "Add entry" (a card added or moved later would
        otherwise come where Qt appended it: after the button, or at its old place)."""
        page = self._cards_box.parentWidget() if self._cards_box is not None else None
        if page is None or not cards:
            return
        owner = {id(c): n for n, c in enumerate(cards)}
        per_card: list[list[QWidget]] = [[] for _ in cards]
        chain: list[QWidget] = []
        start = page.window()
        w = start.nextInFocusChain()
        for _ in range(20000):  # the chain is a ring; the bound only guards against a broken one
            if w is start:
                break
            if page.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None:
                holder = w  # a slot is its own holder; a field climbs to its card
                while holder is not None and id(holder) not in owner and holder is not page:
                    holder = holder.parentWidget()
                if holder is not None and id(holder) in owner:
                    per_card[owner[id(holder)]].append(w)
                    chain.append(w)
                elif w is self.add_button:
                    chain.append(w)
            w = w.nextInFocusChain()
        wanted = [f for fields in per_card for f in fields]
        button = self.add_button
        if button is not None and button in chain:
            wanted.append(button)
        if chain == wanted:
            return
        for first, second in pairwise(wanted):
            QWidget.setTabOrder(first, second)

    # -- actions -------------------------------------------------------------------------------
    def add_entry(self) -> None:
        if self._cards_box is None:
            return
        entry = new_entry(self.doc, self.section)
        self.doc.push(AddEntry(self.doc, self.section, len(self.doc.entries(self.section)), entry))
        self.focus_item(entry.id, "", -1)

    def drop_entry(self, entry_id: str, index: int) -> bool:
        """Move an entry of the section shown so it lands before the entry now at ``index``
        (``len`` = at the end): one undo step. False when nothing moves."""
        ids = [e.id for e in self.doc.entries(self.section)] if self._cards_box is not None else []
        if entry_id not in ids:
            return False
        src = ids.index(entry_id)
        if index > src:
            index -= 1
        if index == src:
            return False
        self.doc.push(MoveEntry(self.doc, self.section, src, index))
        card = self.ensure_card(entry_id)
        if card is not None:
            self.ensureWidgetVisible(card.title, 20, 20)
        return True

    # -- focus ---------------------------------------------------------------------------------
    def _ensure_for(self, item_id: str, attr: str = "text") -> None:
        """Build the card holding ``item_id`` (an entry or a bullet) if only its slot exists."""
        if not self.slots or self.binder.widget(item_id, attr or "text") is not None:
            return
        if item_id in self.slots:
            self.ensure_card(item_id)
            return
        entry = self.doc.entry_of(item_id)
        if entry is not None and entry.id in self.slots:
            self.ensure_card(entry.id)

    def show_entry(self, entry_id: str) -> None:
        """Scroll to an entry's card (built if need be)."""
        self._ensure_for(entry_id)
        widget = self.cards.get(entry_id)
        if widget is not None:
            self.ensureWidgetVisible(widget, 20, 20)

    def focus_item(self, item_id: str, attr: str, pos: int) -> bool:
        """Focus the widget of (item, field) — an entry's first field, a bullet, a basics field."""
        self._ensure_for(item_id, attr)
        widget = self.binder.widget(item_id, attr) if attr else None
        if widget is None and item_id in self.cards:
            widget = self.cards[item_id]
        if widget is None:
            widget = self.binder.widget(item_id, "text")
        if widget is None:
            return False
        self.ensureWidgetVisible(widget, 40, 40)
        widget.focus_at(pos)
        return True

    def bullet_editor(self, bullet_id: str) -> Any:
        """The BulletEdit of a bullet when its section is shown (for highlighters and tests)."""
        self._ensure_for(bullet_id)
        return self.binder.widget(bullet_id, "text")
