"""Variants in the window: a toolbar selector (base resume + named variants), a Variant menu, the
"Hide in this variant" context-menu action, and hidden items drawn greyed (muted text, italic in
the outline) in the outline and editor.

The editor always edits the base resume (variants hold ids only, so an edit shows in every
variant); a variant decides what is hidden, the order of exports and the target the panel scores
for. Every change is an undo command of ``variant_commands``. ``install_variants(window)`` wires it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar, QWidget

from . import dialogs

HIDDEN_QSS = "* { color: palette(placeholder-text); }"  # muted text for the item and its children
HIDDEN_TIP = "Hidden in the variant “{name}”: it is left out of this variant's exports"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # as in outline.py
SECTION_ROLE = Qt.ItemDataRole.UserRole
GREYED_ROLE = Qt.ItemDataRole.UserRole + 7  # marks outline rows this module greyed


def ask_name(parent: QWidget | None, title: str, label: str, text: str = "") -> str:
    """Ask for a variant name; "" when cancelled (tests replace this function)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    name, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return name if ok else ""


class VariantsController(QObject):
    """The variant selector, its actions and the greying of hidden items, for one window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self._marked = False  # whether anything may be drawn greyed now
        self._build_toolbar()
        self._build_menu()
        doc = self.doc
        doc.variantChanged.connect(self.refresh)
        doc.loaded.connect(self._on_loaded)
        doc.structureChanged.connect(self._on_structure)
        window.editor.sectionShown.connect(lambda _s: self.mark_hidden())
        window.editor.cardsBuilt.connect(self.mark_hidden)  # cards built as they scroll into view
        hooks = getattr(window, "item_menu_hooks", None)
        if hooks is not None:
            hooks.append(self.extend_menu)
        self.refresh()

    # -- widgets ---------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar("Variants", self.window)
        bar.setObjectName("VariantsToolBar")
        bar.setMovable(False)
        label = QLabel(" Variant: ")
        bar.addWidget(label)
        self.combo = QComboBox()
        self.combo.setObjectName("VariantSelector")
        self.combo.setAccessibleName("Variant")
        self.combo.setToolTip("The version of the resume you are looking at: the base resume or a "
                              "named variant (its own target, hidden items and order)")
        self.combo.setMinimumContentsLength(16)
        self.combo.activated.connect(self._chosen)
        label.setBuddy(self.combo)
        bar.addWidget(self.combo)
        self.act_new = QAction("New…", self)
        self.act_new.setToolTip("Create a variant of this resume")
        self.act_new.triggered.connect(self.new_variant)
        self.act_rename = QAction("Rename…", self)
        self.act_rename.triggered.connect(self.rename_variant)
        self.act_delete = QAction("Delete", self)
        self.act_delete.triggered.connect(self.delete_variant)
        self.act_pair = QAction("Create Research && Applied variants", self)
        self.act_pair.setToolTip("Two variants from the base: each leads with what its target values; "
                                 "the applied one keeps the 5 most relevant publications")
        self.act_pair.triggered.connect(self.create_pair)
        for act in (self.act_new, self.act_rename, self.act_delete, self.act_pair):
            bar.addAction(act)
        self.toolbar = bar
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_menu(self) -> None:
        menu_bar = self.window.menuBar()
        help_menu = next((a for a in menu_bar.actions() if a.text().replace("&", "") == "Help"), None)
        menu = QMenu("Varian&t", self.window)
        for act in (self.act_new, self.act_rename, self.act_delete):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.act_pair)
        self.menu = menu
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, menu)
        else:
            menu_bar.addMenu(menu)

    # -- state -----------------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Selector items and enabled actions from the model; then grey hidden items."""
        doc = self.doc
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("Base resume", "")
        for v in doc.resume.variants:
            target = f" ({v.target})" if v.target else ""
            self.combo.addItem(f"{v.name}{target}", v.id)
        index = self.combo.findData(doc.variant_id if doc.shown_variant() else "")
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        shown = doc.shown_variant() is not None
        self.act_rename.setEnabled(shown)
        self.act_delete.setEnabled(shown)
        self.mark_hidden()

    def _on_loaded(self) -> None:
        if self.doc.variant_id:
            self.doc.variant_id = ""
            self.doc.variantChanged.emit("")
        else:
            self.refresh()

    def _on_structure(self) -> None:
        if self.doc.variant_id and self.doc.shown_variant() is None:  # e.g. an import replaced the resume
            self.doc.show_variant("")
        else:
            self.refresh()

    # -- actions ---------------------------------------------------------------------------------
    def _push(self, make: Callable[[Any], Any]) -> bool:
        """Build and push a command (``make(variant_commands)``); a one-line reason in a dialog
        when it is refused."""
        from . import variant_commands

        try:
            command = make(variant_commands)
        except (ValueError, KeyError) as exc:
            dialogs.show_error(self.window, "Variants", str(exc).strip("'\""))
            return False
        self.doc.push(command)
        return True

    def _chosen(self, index: int) -> None:
        variant_id = self.combo.itemData(index) or ""
        if variant_id != (self.doc.variant_id if self.doc.shown_variant() else ""):
            self.switch(variant_id)

    def switch(self, variant_id: str) -> None:
        """Show a variant ("" for the base resume), as an undo step."""
        self._push(lambda vc: vc.SwitchVariant(self.doc, variant_id))

    def new_variant(self) -> None:
        name = ask_name(self.window, "New variant", "Name of the new variant:")
        if name:
            target = self.doc.effective_target() or None
            self._push(lambda vc: vc.CreateVariant(self.doc, name, target))

    def rename_variant(self) -> None:
        variant = self.doc.shown_variant()
        if variant is None:
            return
        name = ask_name(self.window, "Rename variant", "New name:", variant.name)
        if name and name.strip() != variant.name:
            self._push(lambda vc: vc.RenameVariant(self.doc, variant.id, name))

    def delete_variant(self) -> None:
        variant = self.doc.shown_variant()
        if variant is None:
            return
        if dialogs.ask_yes_no(self.window, "Delete variant",
                              f"Delete the variant “{variant.name}”? The base resume is not changed."):
            self._push(lambda vc: vc.DeleteVariant(self.doc, variant.id))

    def create_pair(self) -> None:
        """The Research and Applied variants, ranked by the bullet scorer: one undo step; when they
        exist, what an update would change is shown and the user chooses (gui/variant_pair.py)."""
        from .variant_pair import create_or_update_pair

        create_or_update_pair(self)

    def set_hidden(self, item_id: str, hidden: bool) -> None:
        variant = self.doc.shown_variant()
        if variant is not None:
            self._push(lambda vc: vc.HideInVariant(self.doc, variant.id, item_id, hidden))

    # -- context menus ---------------------------------------------------------------------------
    def extend_menu(self, menu: QMenu, item_id: str) -> None:
        """Add "Hide in this variant" / "Show in this variant" for an entry, bullet or section."""
        variant = self.doc.shown_variant()
        if variant is None or not item_id or item_id in ("basics", "summary", "resume"):
            return
        hidden = item_id in variant.hidden
        menu.addSeparator()
        text = f"Show in “{variant.name}”" if hidden else f"Hide in this variant (“{variant.name}”)"
        act = menu.addAction(text)
        act.setObjectName("HideInVariant")
        act.triggered.connect(lambda _c=False: self.set_hidden(item_id, not hidden))

    def _card_menu(self, card: Any, pos: Any) -> None:
        menu = QMenu(card)
        self.extend_menu(menu, card.entry_id)
        if menu.actions():
            menu.exec(card.mapToGlobal(pos))

    # -- greying -----------------------------------------------------------------------------------
    def hidden_ids(self) -> set[str]:
        variant = self.doc.shown_variant()
        return set(variant.hidden) if variant is not None else set()

    def mark_hidden(self) -> None:
        """Grey the outline rows and editor cards/bullets the shown variant hides."""
        variant = self.doc.shown_variant()
        hidden = self.hidden_ids()
        if not hidden and not self._marked and variant is None:
            return  # the base resume, nothing greyed: no walk (start-up, every structure change)
        tip = HIDDEN_TIP.format(name=variant.name) if variant is not None else ""
        self._mark_outline(hidden, tip)
        self._mark_editor(hidden, tip)
        self._marked = variant is not None

    def _mark_outline(self, hidden: set[str], tip: str) -> None:
        from PySide6.QtWidgets import QTreeWidgetItemIterator

        outline = self.window.outline
        muted = outline.palette().placeholderText()
        it = QTreeWidgetItemIterator(outline)
        while it.value() is not None:
            item = it.value()
            key = item.data(0, ENTRY_ROLE) or item.data(0, SECTION_ROLE)
            section = item.data(0, SECTION_ROLE) or ""
            is_hidden = key in hidden or section in hidden or section[7:] in hidden
            if is_hidden:
                item.setForeground(0, muted)
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
                item.setToolTip(0, tip)
                item.setData(0, GREYED_ROLE, True)
            elif item.data(0, GREYED_ROLE):
                item.setData(0, GREYED_ROLE, False)
                item.setData(0, Qt.ItemDataRole.ForegroundRole, None)
                font = item.font(0)
                font.setItalic(False)
                item.setFont(0, font)
                item.setToolTip(0, "")
            it += 1

    def _mark_editor(self, hidden: set[str], tip: str) -> None:
        editor = self.window.editor
        section = editor.section
        section_hidden = section in hidden or section[7:] in hidden
        for card in editor.cards.values():
            if not card.property("variantMenu"):
                card.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                card.customContextMenuRequested.connect(lambda pos, c=card: self._card_menu(c, pos))
                card.setProperty("variantMenu", True)
            _grey(card, section_hidden or card.entry_id in hidden, tip)
            if card.bullets is None:
                continue
            for edit in card.bullets.editors():
                row = edit.parentWidget()
                if row is not None and row is not card.bullets:
                    _grey(row, edit.bullet_id in hidden, tip)


def _grey(widget: QWidget, hidden: bool, tip: str) -> None:
    """Draw a widget's text muted (hidden in the variant) or as the theme draws it.

    A style sheet, not a palette: the application's style sheet styles the text fields, and Qt
    ignores a palette set on a widget a style sheet styles.
    """
    if hidden:
        if not widget.property("hiddenInVariant"):
            widget.setStyleSheet(HIDDEN_QSS)
            widget.setProperty("hiddenInVariant", True)
        widget.setToolTip(tip)
    elif widget.property("hiddenInVariant"):
        widget.setStyleSheet("")
        widget.setToolTip("")
        widget.setProperty("hiddenInVariant", False)


def install_variants(window: Any) -> VariantsController:
    """Add the variant selector, menu and context-menu action to ``window``."""
    controller = VariantsController(window)
    window.variants = controller
    return controller
