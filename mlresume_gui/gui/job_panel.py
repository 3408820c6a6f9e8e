"""The Job panel (a dock): paste or drop a job description, see how the resume matches it, jump to
where each found term is, tailor a variant for the posting, and add a missing skill you have.

The posting is analysed and matched after a pause in typing (never on the keystroke path), and
again after a pause in editing the resume; a dropped file is read in a pool thread through the
readers' guards. Nothing is ever added to the resume without the user's say: a missing term goes
into the skills only when the user confirms they have it (one undo step).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..matching import MatchResult, Requirements, analyse, match_resume, posting_from_text
from ..matching.evidence import Place
from ..matching.source import POSTING_EXTENSIONS
from ..matching.tailor import posting_of, tailor
from ..model import variants as vmodel
from . import dialogs

ANALYSE_PAUSE_MS = 400  # after the last keystroke in the posting
REMATCH_PAUSE_MS = 600  # after the last edit of the resume
JOB_SHORTCUT = "Ctrl+Shift+J"
TERM_ROLE = Qt.ItemDataRole.UserRole + 11


def place_target(place: Place) -> tuple[str, str]:
    """The editing key and field the window focuses to show ``place``."""
    if place.section == "summary":
        return "resume", "summary"
    if place.section == "basics":
        return "basics", "headline"
    if place.bullet_id:
        return place.bullet_id, ""
    return place.entry_id, place.field


_FIELD_WORDS = {"title": "title", "description": "description", "keywords": "keywords", "name": "name",
                "approach": "approach", "venue": "venue", "summary": "summary", "degree": "degree",
                "field": "field", "notes": "notes", "courses": "courses", "position": "position"}


def place_label(place: Place, resume: Any) -> str:
    """Where a term shows, in the words of the editor: "Skills", "Northwind Labs · bullet 2"."""
    if place.section == "skills":
        return "Skills"
    if place.section == "summary":
        return "Summary"
    if place.section == "basics":
        return "Headline"
    found = resume.find(place.entry_id) if place.entry_id else None
    entry = found[0] if found else None
    head = ""
    for attr in ("company", "name", "institution", "organization", "title"):
        head = str(getattr(entry, attr, "") or "") if entry is not None else ""
        if head:
            break
    head = head if len(head) <= 30 else head[:29] + "…"
    if place.bullet_id and entry is not None:
        index = next((i for i, b in enumerate(entry.bullets) if b.id == place.bullet_id), 0)
        return f"{head} · bullet {index + 1}"
    return f"{head} · {_FIELD_WORDS.get(place.field, place.field)}" if head else place.where


class _ReadSignals(QObject):
    done = Signal(str, str)  # text, error
    analysed = Signal(int, object)  # generation, Requirements


class _Analyse(QRunnable):
    """Analyses a posting's text off the GUI thread (a pure function of the text)."""

    def __init__(self, generation: int, text: str) -> None:
        super().__init__()
        self.generation, self.text = generation, text
        self.signals = _ReadSignals()

    def run(self) -> None:
        req = analyse(posting_from_text(self.text)) if self.text.strip() else None
        self.signals.analysed.emit(self.generation, req)


class _ReadPosting(QRunnable):
    """Reads a posting file off the GUI thread (PDF and Word go through the reading sandbox)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.signals = _ReadSignals()

    def run(self) -> None:
        from ..formats.errors import ReadError
        from ..matching import read_posting

        try:
            posting = read_posting(self.path)
        except ReadError as exc:
            self.signals.done.emit("", str(exc))
            return
        self.signals.done.emit(posting_text(posting), "")


def posting_text(posting: Any) -> str:
    """A read posting as editable text that keeps its headings and list items (Markdown marks)."""
    return "\n".join(("## " if ln.heading else "- " if ln.bullet else "") + ln.text for ln in posting.lines)


class PostingEdit(QPlainTextEdit):
    """The posting's text; a dropped .txt/.md/.html/.pdf/.docx file is read into it."""

    fileDropped = Signal(str)
    TAKES_FILE_DROPS = True  # the window's file-drop import (drop_overlay.py) leaves these to it

    def _file(self, event: QDragEnterEvent | QDropEvent) -> str:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            path = urls[0].toLocalFile()
            if Path(path).suffix.lower() in POSTING_EXTENSIONS:
                return path
        return ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._file(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:
        if self._file(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._file(event)
        if path:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
        else:
            super().dropEvent(event)


class JobPanel(QWidget):
    """The match of the open resume (the shown variant) to a pasted or dropped posting."""

    matched = Signal(object)  # MatchResult, after every (re)match

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("JobPanel")
        self.window, self.doc = window, window.doc
        self.requirements: Requirements | None = None
        self.result: MatchResult | None = None
        self._cycle: dict[str, int] = {}
        self._loading = False
        self._generation = 0
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._build()
        self.analyse_timer = QTimer(self, singleShot=True, interval=ANALYSE_PAUSE_MS)
        self.analyse_timer.timeout.connect(self.analyse_now)
        self.match_timer = QTimer(self, singleShot=True, interval=REMATCH_PAUSE_MS)
        self.match_timer.timeout.connect(self.match_now)
        self.edit.textChanged.connect(self._posting_edited)
        self.edit.fileDropped.connect(self.read_file)
        for sig in (self.doc.changed, self.doc.structureChanged, self.doc.loaded):
            sig.connect(self._resume_edited)
        self.doc.variantChanged.connect(self._variant_shown)
        self._variant_shown()

    # -- widgets -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.edit = PostingEdit()
        self.edit.setObjectName("PostingEdit")
        self.edit.setPlaceholderText("Paste a job description here, or drop its file "
                                     "(.txt, .md, .html, .pdf, .docx). It never leaves this computer.")
        self.edit.setAccessibleName("Job description")
        self.edit.setMaximumHeight(180)
        layout.addWidget(self.edit)
        self.score_label = QLabel("No job description yet.")
        self.score_label.setObjectName("JobScore")
        self.score_label.setWordWrap(True)
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.score_label.setFont(font)
        layout.addWidget(self.score_label)
        self.explain_label = QLabel("")
        self.explain_label.setWordWrap(True)
        self.explain_label.setObjectName("JobExplain")
        layout.addWidget(self.explain_label)
        self.tree = QTreeWidget()
        self.tree.setObjectName("JobTerms")
        self.tree.setHeaderLabels(["Term", "Where"])
        self.tree.setRootIsDecorated(True)
        self.tree.setColumnWidth(0, 210)
        self.tree.setAccessibleName("Terms of the job description")
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.tailor_button = QPushButton("Tailor a variant…")
        self.tailor_button.setToolTip("A new variant for this posting: its target set, entries and "
                                      "bullets ordered by relevance, unrelated ones hidden (never deleted)")
        self.tailor_button.clicked.connect(self.tailor_variant)
        self.add_button = QPushButton("I have this: add to skills")
        self.add_button.setToolTip("Adds the selected missing term to your skills, after you confirm you have it")
        self.add_button.clicked.connect(self.add_selected_skill)
        buttons.addWidget(self.tailor_button)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- posting in --------------------------------------------------------------------------------
    def set_posting(self, text: str) -> None:
        """Put a posting's text in the panel and match it without waiting for a pause (an HTML page
        becomes its text); ``matched`` is emitted when the match is ready."""
        from ..matching.html_text import looks_like_html

        if looks_like_html(text):
            text = posting_text(posting_from_text(text))
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
        self.analyse_now()

    def read_file(self, path: str) -> None:
        """Read a posting file in a pool thread, then show its match."""
        self.score_label.setText(f"Reading {Path(path).name}…")
        job = _ReadPosting(path)
        job.signals.done.connect(self._file_read, Qt.ConnectionType.QueuedConnection)
        self.pool.start(job)

    def _file_read(self, text: str, error: str) -> None:
        if error:
            self.score_label.setText("Cannot read the job description")
            self.explain_label.setText(error)
            return
        self.set_posting(text)

    def _posting_edited(self) -> None:
        if not self._loading:
            self.analyse_timer.start()

    def _resume_edited(self, *_args: object) -> None:
        if self.requirements is not None:
            self.match_timer.start()

    def _variant_shown(self, *_args: object) -> None:
        text = posting_of(self.doc.shown_variant())
        if text and text != self.edit.toPlainText():
            self.set_posting(text)
        elif self.requirements is not None:
            self.match_timer.start()

    # -- matching ----------------------------------------------------------------------------------
    def analyse_now(self) -> None:
        """Analyse the posting in a pool thread; the newest text wins."""
        self.analyse_timer.stop()
        self._generation += 1
        job = _Analyse(self._generation, self.edit.toPlainText())
        job.signals.analysed.connect(self._analysed, Qt.ConnectionType.QueuedConnection)
        self.pool.start(job)

    def _analysed(self, generation: int, req: Requirements | None) -> None:
        if generation != self._generation:
            return  # the text changed since
        self.requirements = req
        self.match_now()

    def wait(self, ms: int = 10000) -> None:
        """Let pending reads and analyses finish and deliver their results (tests, screenshots)."""
        from PySide6.QtCore import QCoreApplication

        self.pool.waitForDone(ms)
        QCoreApplication.processEvents()

    def match_now(self) -> None:
        self.match_timer.stop()
        if self.requirements is None or not self.requirements.terms:
            self.result = None
            self.tree.clear()
            self.score_label.setText("No job description yet." if self.requirements is None
                                     else "No skills or requirements found in this text.")
            self.explain_label.setText("")
            self._update_buttons()
            return
        view = vmodel.apply_variant(self.doc.resume, self.doc.shown_variant())
        self.result = match_resume(view, self.requirements)
        self._show(self.result)
        self.matched.emit(self.result)

    def _show(self, result: MatchResult) -> None:
        from ..matching import explain

        req = [t for t in result.terms if t.required]
        pref = [t for t in result.terms if not t.required]
        role = f" — {result.title}" if result.title else ""
        self.score_label.setText(f"Match {result.score}/100 · leans {result.archetype}{role}")
        self.explain_label.setText("\n".join(explain(result)[1:]))
        self.explain_label.setToolTip(explain(result)[0])
        selected = self.selected_term()
        self.tree.clear()
        for label, group in (("Required", req), ("Preferred", pref)):
            top = QTreeWidgetItem([f"{label} — {sum(t.found for t in group)} of {len(group)} found", ""])
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            for t in sorted(group, key=lambda t: t.found):
                mark = "✔" if t.found else "✖"
                labels = list(dict.fromkeys(place_label(p, self.doc.resume) for p in t.places))
                where = "; ".join(labels[:3]) + ("…" if len(labels) > 3 else "") if t.found else "missing"
                item = QTreeWidgetItem([f"{mark} {t.term}", where])
                item.setData(0, TERM_ROLE, t.term)
                item.setToolTip(0, f"{t.kind}; {'required' if t.required else 'preferred'}"
                                   + (f"; examples: {', '.join(t.examples)}" if t.examples else ""))
                item.setToolTip(1, "Click to show it in the editor (again for the next place): "
                                + ", ".join(t.where) if t.found else "Not in this resume: add it only if you have it")
                if not t.found:
                    item.setForeground(0, self.palette().placeholderText())
                top.addChild(item)
                if t.term == selected:
                    self.tree.setCurrentItem(item)
            top.setExpanded(True)
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------------
    def term(self, name: str) -> Any:
        if self.result is None:
            return None
        return next((t for t in self.result.terms if t.term == name), None)

    def selected_term(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, TERM_ROLE) or "" if item is not None else ""

    def _update_buttons(self) -> None:
        t = self.term(self.selected_term())
        self.add_button.setEnabled(t is not None and not t.found)
        self.tailor_button.setEnabled(self.result is not None)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        name = item.data(0, TERM_ROLE)
        if name:
            self.jump_to(name)

    def jump_to(self, name: str) -> bool:
        """Focus the next place that shows term ``name`` (repeated calls cycle through them)."""
        t = self.term(name)
        if t is None or not t.places:
            return False
        k = self._cycle.get(name, -1) + 1
        k = k if k < len(t.places) else 0
        self._cycle[name] = k
        place = t.places[k]
        key, attr = place_target(place)
        pos = place.text.lower().find(name.lower())
        self.window.focus_item(key, attr, pos if pos >= 0 else 0)
        return True

    def tailor_variant(self) -> str:
        """Create the tailored variant (one undo step) and show it; its id, or "" if cancelled."""
        if self.result is None:
            return ""
        from .variant_commands import AddVariant
        from .variants_ui import ask_name

        default = f"For {self.result.title}" if self.result.title else "Tailored"
        name = ask_name(self.window, "Tailor a variant", "Name of the variant for this posting:",
                        _unique(self.doc.resume, default[:60]))
        if not name.strip():
            return ""
        try:
            # relevance from the base resume: items the shown variant hides still count
            base = match_resume(self.doc.resume, self.requirements) if self.requirements else self.result
            variant = tailor(self.doc.resume, base, self.edit.toPlainText(), name)
            self.doc.push(AddVariant(self.doc, variant))
        except ValueError as exc:
            dialogs.show_error(self.window, "Tailor a variant", str(exc))
            return ""
        return variant.id

    def add_selected_skill(self) -> bool:
        return self.add_skill(self.selected_term())

    def add_skill(self, name: str) -> bool:
        """Add a missing term to the skills once the user confirms they have it (one undo step)."""
        t = self.term(name)
        if t is None or t.found:
            return False
        if not dialogs.ask_yes_no(self.window, "Add to skills",
                       f"Do you have hands-on experience with {name}?\n\nMLResume adds it to your "
                       "skills only if you do. Better still, name it in a bullet that shows what it did."):
            return False
        from .commands import AddEntry, SetValue

        groups = self.doc.resume.skills
        if groups:
            group = groups[0]
            self.doc.push(SetValue(self.doc, group.id, "items", list(group.items), [*group.items, name],
                                   f"Add skill {name}"))
        else:
            from ..model import SkillGroup

            self.doc.push(AddEntry(self.doc, "skills", 0, SkillGroup(category="Skills", items=[name]),
                                   f"Add skill {name}"))
        return True


def _unique(resume: Any, name: str) -> str:
    if vmodel.find_variant(resume, name) is None:
        return name
    n = 2
    while vmodel.find_variant(resume, f"{name} ({n})") is not None:
        n += 1
    return f"{name} ({n})"


def install_job_panel(window: Any) -> QAction:
    """Add View > Job description (a dock, built the first time it is shown) to ``window``."""
    from .docks import lazy_dock

    dock, act = lazy_dock(window, "Job", "JobDock", "job_panel", lambda: JobPanel(window),
                          "&Job description", QKeySequence(JOB_SHORTCUT))
    act.setObjectName("JobAction")
    window.job_dock = dock
    return act
