"""The main window: menus and layout only; the parts it wires hold the logic.

Layout: outline (left) | section editor (centre) | ``panel_slot`` (right, for the live score panel).
For the panel: ``window.doc`` (signals in document.py), ``window.hub.set_extra_formats`` for
underlines, ``bulletFocused(bullet_id)`` when the cursor enters a bullet, and ``focus_item(id)`` to
show an entry or bullet (e.g. when a finding is clicked).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from . import settings

if TYPE_CHECKING:  # the window's parts are imported when it is built (after the first frame)
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMenu, QUndoView, QWidget

    from .drop_overlay import WindowFileDrops
    from .editors.card import EntryCard
    from .find import FindBar
    from .spelling import SpellService

SHORTCUTS = {
    "add_entry": "Ctrl+Shift+E",
    "add_bullet": "Ctrl+Shift+B",
    "add_section": "Ctrl+Shift+K",
    "duplicate": "Ctrl+D",
    "remove": "Ctrl+Shift+Del",
    "move_up": "Alt+Up",
    "move_down": "Alt+Down",
    "focus_outline": "Ctrl+1",
    "focus_editor": "Ctrl+2",
    "import": "Ctrl+I",
}


class MainWindow(QMainWindow):
    """The editor window."""

    bulletFocused = Signal(str)
    firstPainted = Signal()
    built = Signal()

    def __init__(self, spell: SpellService | None = None, with_panel: bool | None = None,
                 first_frame: str | None = None) -> None:
        """``with_panel``: install the live panel (default: yes unless ``MLRESUME_NO_PANEL`` is set).

        ``first_frame``: the start file ("" for the sample); the window then shows it as text
        (first_frame.py) and builds the editor just after that frame is on the screen (``built``
        is sent then); without it the editor is built here.
        """
        super().__init__()
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self._painted = False
        self.is_built = False
        # What no one can use before the window is on the screen is set up just after it is, a
        # step per turn of the event loop (input and repaints are handled between the steps).
        self._after_paint: list[Callable[[], object]] = []
        self.firstPainted.connect(self._next_after_paint)
        if first_frame is None:
            self._build(spell, with_panel)
            return
        from .first_frame import FirstFrame

        self._restore_geometry()
        self.setCentralWidget(FirstFrame(first_frame, settings.get("window/splitter")))
        self.setWindowTitle(f"{Path(first_frame).name if first_frame else 'MLResume'} — MLResume")
        self._after_paint.append(lambda: self._build(spell, with_panel))

    def _build(self, spell: SpellService | None, with_panel: bool | None) -> None:
        """The editor: document, outline, section view, panel slot, menus, variants toolbar."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

        from .autosave import Autosaver
        from .document import ResumeDocument
        from .editors.section_view import SectionView
        from .files import FileController
        from .highlighter import UnderlineHub
        from .icons import app_icon
        from .import_flow import ImportFlow
        from .outline import Outline
        from .spelling import SpellService
        from .status import StatusInfo
        from .undo_keys import UndoKeys

        self.setWindowIcon(app_icon())
        self.doc = ResumeDocument(self)
        self.spell = spell or SpellService(Path(settings.data_dir()) / "dictionary.txt", parent=self)
        self.hub = UnderlineHub(self.spell if settings.get("editor/spellcheck") else None, self)
        self.files = FileController(self.doc, self)
        self.autosaver = Autosaver(self.doc, self)
        self.importer = ImportFlow(self.doc, self.files, self)
        self._file_drops: WindowFileDrops | None = None
        self._find_bar: FindBar | None = None
        self.files.import_opener = self.open_by_import  # Open, Open Recent, Finder: PDF, Word, text

        self.outline = Outline(self.doc)
        self.editor = SectionView(self.doc, self.hub)
        self.panel_slot = QWidget()
        self.panel_slot.setObjectName("PanelSlot")
        self.panel_slot.setAccessibleName("Score panel")
        slot_layout = QVBoxLayout(self.panel_slot)
        slot_layout.setContentsMargins(8, 8, 8, 8)
        self.panel_placeholder = QLabel("The live score panel appears here.")
        self.panel_placeholder.setWordWrap(True)
        self.panel_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        slot_layout.addWidget(self.panel_placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        for w in (self.outline, self.editor, self.panel_slot):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.status = StatusInfo(self.statusBar(), self.doc, deferred=True)
        self.history: QUndoView | None = None

        self.outline.selected.connect(self._section_selected)
        self.doc.focusRequested.connect(self.focus_item)
        self.doc.dirtyChanged.connect(lambda _d: self._update_title())
        self.doc.pathChanged.connect(lambda _p: self._update_title())
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.undo_keys = UndoKeys(self, self.doc.undo_stack, self.doc.end_burst)
        self._after_paint += [self.status.start, self.undo_keys.attach]
        self._build_menus()
        self._restore_state()
        self._update_title()
        self.item_menu_hooks: list[Callable[[QMenu, str], None]] = []
        self.tools_installed = False
        self._install_variants()  # its toolbar is part of the first frame
        self.live_panel: QWidget | None = None
        if with_panel if with_panel is not None else not os.environ.get("MLRESUME_NO_PANEL"):
            self._after_paint.append(self.ensure_panel)  # its placeholder is on the first frame
        self._after_paint.append(self.ensure_tools)  # export, preview, reviewed import
        self._after_paint.append(lambda: self.file_drops)
        self.is_built = True
        self.built.emit()

    @property
    def started(self) -> bool:
        """True once the set-up left until after the first paint has all run."""
        return self._painted and self.is_built and not self._after_paint

    def _next_after_paint(self) -> None:
        """Run the next step of the set-up left until after the first paint; the one after it
        runs on the next turn of the event loop."""
        if self._after_paint:
            self._after_paint.pop(0)()
        if self._after_paint:
            QTimer.singleShot(0, self, self._next_after_paint)

    @property
    def file_drops(self) -> WindowFileDrops:
        """File drops anywhere on the window, text fields included (installed on first use or
        just after the first paint)."""
        if self._file_drops is None:
            from .drop_overlay import install_file_drops

            self._file_drops = install_file_drops(self)
        return self._file_drops

    @property
    def find_bar(self) -> FindBar:
        """Edit > Find's bar below the editor (built on first use: it is hidden until then)."""
        if self._find_bar is None:
            from .find import install_find

            self._find_bar = install_find(self)
        return self._find_bar

    def ensure_panel(self) -> QWidget | None:
        """The live score panel (gui/panel), built into the right-hand slot on first call.

        The window builds it just after its first paint; call this to have it sooner (tests).
        The editor works without it (None when the panel cannot be imported).
        """
        if self.live_panel is None:
            try:
                from .panel import install_panel
            except ImportError:
                return None
            install_panel(self)
        return self.live_panel

    # -- the panel slot ------------------------------------------------------------------------
    def set_panel(self, panel: QWidget) -> None:
        """Put the live panel into the right-hand region (replacing the placeholder)."""
        layout = self.panel_slot.layout()
        if self.panel_placeholder is not None:
            layout.removeWidget(self.panel_placeholder)
            self.panel_placeholder.deleteLater()
            self.panel_placeholder = None
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)

    # -- export, variants, preview, import review (each in its own module) -----------------------
    def _install_variants(self) -> None:
        from .variants_ui import install_variants

        install_variants(self)

    def ensure_tools(self) -> None:
        """File > Export…, View > Preview and the reviewed import; built just after the first paint
        (start-up), or sooner when called (tests, a file given on the command line)."""
        if self.tools_installed:
            return
        self.tools_installed = True
        from .ats_view import install_ats_view
        from .export_flow import install_export
        from .import_review import install_import_review
        from .job_panel import install_job_panel
        from .preview import install_preview

        install_import_review(self)
        install_export(self)
        install_preview(self)
        install_ats_view(self)
        install_job_panel(self)
        state = settings.get("window/state")  # again: the dock and toolbar did not exist before
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def extend_item_menu(self, menu: QMenu, item_id: str) -> None:
        """Context menus of entries and bullets call this to let installed parts add actions."""
        for hook in self.item_menu_hooks:
            hook(menu, item_id)

    # -- menus ---------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: object = None, icon_name: str = "") -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        from .icons import icon

        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon_name:
            act.setIcon(icon(icon_name))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        from .icons import icon

        K = QKeySequence.StandardKey
        f = self.files
        m = self.menuBar().addMenu("&File")
        self.act_new = m.addAction(self._action("&New", f.new, K.New, "document-new"))
        m.addAction(self._action("&Open…", f.open, K.Open, "document-open"))
        self.recent_menu = m.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addAction(self._action("&Import…", self._import_dialog, SHORTCUTS["import"], "document-import"))
        m.addSeparator()
        self.act_save = self._action("&Save", f.save, K.Save, "document-save")
        m.addAction(self.act_save)
        m.addAction(self._action("Save &As…", f.save_as, K.SaveAs))
        self.act_revert = self._action("Re&vert", f.revert)
        m.addAction(self.act_revert)
        m.addSeparator()
        quit_act = self._action("&Quit", self.close, K.Quit)
        quit_act.setMenuRole(QAction.MenuRole.QuitRole)
        m.addAction(quit_act)

        e = self.menuBar().addMenu("&Edit")
        undo = self.doc.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(K.Undo)
        undo.setIcon(icon("edit-undo"))
        redo = self.doc.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(K.Redo)
        redo.setIcon(icon("edit-redo"))
        e.addAction(undo)
        e.addAction(redo)
        e.addAction(self._action("&History", self.show_history, None, "history"))
        e.addSeparator()
        e.addAction(self._action("Add &entry", self.add_entry, SHORTCUTS["add_entry"], "list-add"))
        e.addAction(self._action("Add &bullet", self.add_bullet, SHORTCUTS["add_bullet"], "bullet-add"))
        e.addAction(self._action("&Duplicate entry", self.duplicate_entry, SHORTCUTS["duplicate"], "edit-copy"))
        e.addAction(self._action("Re&move entry", self.remove_entry, SHORTCUTS["remove"], "list-remove"))
        e.addAction(self._action("Move &up", lambda: self.move_focused(-1), SHORTCUTS["move_up"], "go-up"))
        e.addAction(self._action("Move do&wn", lambda: self.move_focused(1), SHORTCUTS["move_down"], "go-down"))
        e.addSeparator()
        e.addAction(self._action("Add custom &section", self.add_section, SHORTCUTS["add_section"],
                                 "section-add"))

        v = self.menuBar().addMenu("&View")
        v.addAction(self._action("Go to &outline", lambda: self.outline.setFocus(), SHORTCUTS["focus_outline"]))
        v.addAction(self._action("Go to &editor", self.focus_editor, SHORTCUTS["focus_editor"]))
        theme_menu = v.addMenu("&Theme")
        from . import theme

        app = QApplication.instance()
        theme_menu.addAction(self._action("Follow &system", lambda: theme.apply_theme(app)))
        theme_menu.addAction(self._action("&Light", lambda: theme.apply_theme(app, "light")))
        theme_menu.addAction(self._action("&Dark", lambda: theme.apply_theme(app, "dark")))

        h = self.menuBar().addMenu("&Help")
        h.addAction(self._action("&About MLResume", self._about))
        from .edit_actions import install_edit_actions

        install_edit_actions(self)  # Cut, Copy, Paste, Select All, Find; Close, Print

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.files.recent():
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        if not self.files.recent():
            self.recent_menu.addAction("(none)").setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear list", self.files.clear_recent)

    def _import_dialog(self) -> None:
        from . import dialogs

        path = dialogs.open_file_name(self, settings.get("files/last_dir"), dialogs.IMPORT_FILTER)
        if path:
            self.import_file(path)

    def _about(self) -> None:
        from .. import __version__
        from . import dialogs

        dialogs.show_error(self, "About MLResume", f"MLResume {__version__}: an offline resume editor for "
                           "machine-learning engineers. Nothing you write leaves this computer.")

    # -- commands that depend on focus ---------------------------------------------------------
    def _focused_card(self) -> EntryCard | None:
        from .editors.card import EntryCard

        w = QApplication.focusWidget()
        while w is not None and not isinstance(w, EntryCard):
            w = w.parentWidget()
        return w

    def move_focused(self, step: int) -> None:
        """Alt+Up/Down: move the focused bullet, else the focused entry, else the outline selection."""
        from .bullet_edit import BulletEdit
        from .bullet_list import BulletList

        w = QApplication.focusWidget()
        if isinstance(w, BulletEdit):
            parent = w.parentWidget()
            while parent is not None and not isinstance(parent, BulletList):
                parent = parent.parentWidget()
            if parent is not None:
                parent.move_bullet(w.bullet_id, step)
            return
        card = self._focused_card()
        if card is not None:
            card.move_entry(step)
            self.focus_item(card.entry_id, "", -1)
            return
        self.outline.move_current(step)

    def duplicate_entry(self) -> None:
        card = self._focused_card()
        if card is not None:
            card.duplicate()
        else:
            self.outline.duplicate_current()

    def remove_entry(self) -> None:
        card = self._focused_card()
        if card is not None:
            card.remove()
        else:
            self.outline.remove_current()

    def add_entry(self) -> None:
        if self.editor.section in ("basics", "summary"):
            return
        self.editor.add_entry()

    def add_bullet(self) -> None:
        card = self._focused_card()
        if card is not None and card.bullets is not None:
            card.bullets.add_at_end()

    def add_section(self) -> None:
        self.outline.add_custom_section()
        self.editor.focus_item(self.editor.section[7:], "title", -1)

    def focus_editor(self) -> None:
        from PySide6.QtCore import Qt

        page = self.editor.widget()
        w = page
        for _ in range(1000):
            if w is None:
                return
            w = w.nextInFocusChain()
            if w is page:
                return
            if (page.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
                    and w.isVisibleTo(page)):
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def show_history(self) -> None:
        if self.history is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QUndoView

            self.history = QUndoView(self.doc.undo_stack)
            self.history.setWindowTitle("History")
            self.history.setEmptyLabel("<opened>")
            self.history.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            self.history.resize(320, 400)
        self.history.show()
        self.history.raise_()

    # -- navigation ----------------------------------------------------------------------------
    def _section_selected(self, section: str, entry_id: str) -> None:
        self.editor.show_section(section)
        if entry_id:
            self.editor.show_entry(entry_id)  # built first when the section builds cards as seen

    def focus_item(self, item_id: str, attr: str = "", pos: int = -1) -> None:
        """Show and focus an item: a section key, an entry, a bullet, ``basics`` or ``resume``."""
        if item_id in self.doc.section_keys():
            section, entry = item_id, ""
        elif item_id in ("location", "resume"):
            section, entry = ("basics" if item_id == "location" else "summary"), ""
        else:
            section = self.doc.section_of(item_id)
            if section is None:
                return
            entry_obj = self.doc.entry_of(item_id)
            entry = entry_obj.id if entry_obj is not None else ""
        self.outline.select(section, entry, emit=False)
        self.editor.show_section(section)
        if attr or item_id not in self.doc.section_keys():
            self.editor.focus_item(item_id, attr, pos)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        bullets = sys.modules.get(f"{__package__}.bullet_edit")  # not loaded yet: no bullet exists
        if bullets is not None and isinstance(new, bullets.BulletEdit) and self.isAncestorOf(new):
            self.bulletFocused.emit(new.bullet_id)

    # -- window state --------------------------------------------------------------------------
    def _update_title(self) -> None:
        from .files import display_name

        self.setWindowTitle(f"{display_name(self.doc)}[*] — MLResume")
        self.setWindowModified(self.doc.is_dirty)
        self.act_revert.setEnabled(bool(self.doc.path))

    def _restore_geometry(self) -> None:
        geometry = settings.get("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def _restore_state(self) -> None:
        if not self.isVisible():  # a window built after its first frame is already in place
            self._restore_geometry()
        state = settings.get("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        sizes = settings.get("window/splitter")
        if len(sizes) == 3:
            self.splitter.setSizes(sizes)

    def save_state(self) -> None:
        settings.put("window/geometry", self.saveGeometry())
        settings.put("window/state", self.saveState())
        settings.put("window/splitter", [int(s) for s in self.splitter.sizes()])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_built:  # closed on its first frame: nothing is open yet
            event.accept()
            return
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_state()
        settings.sync()
        self.autosaver.discard()
        if self.history is not None:
            self.history.close()
        event.accept()

    @property
    def painted(self) -> bool:
        """True once the window has been painted (``firstPainted`` has been or is about to be sent)."""
        return self._painted

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.firstPainted.emit)  # deferred work starts after the first paint
        return super().event(event)

    # -- drops ---------------------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str:
        from .drop_overlay import importable_path  # drops on the QWindow: drop_overlay.py

        return importable_path(event.mimeData())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """The one entry point of every drop and of File > Import…."""
        self.importer.import_file(path)

    def open_by_import(self, path: str) -> None:
        """Open a PDF, Word or text file as a new untitled document through the drop's import flow
        (read in the background with progress and cancel, then the review); the caller has asked
        about unsaved changes. ``files.open_path`` calls this for such files."""
        self.ensure_tools()  # the reviewed flow
        self.importer.import_file(path, as_document=True)

    def open_file(self, path: str) -> bool:
        """Open a file the system hands over (macOS Finder: QFileOpenEvent; see app.py): .mlresume
        and JSON Resume files at once, PDF, Word and text files through the import with review."""
        return self.files.open_path(path)
