"""The live scoring controller: owns the ResumeScorer and keeps it in step with the open document.

On every keystroke the document announces ``changed({bullet_id})``; the controller re-scores that
bullet only (``scorer.update({id})``), pushes the bullet's finding and metric spans to the underline
hub when they changed, and tells the bullet view (``bulletScored``). The resume-wide aggregates
(overall score, fit, coverage, resume-level findings, weakest bullets) are announced by
``detailsChanged`` from a short timer restarted by every change, so they refresh as soon as typing
pauses (120 ms) rather than on every key, and never compete with a keystroke for the frame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...model import ARCHETYPES
from ..document import ResumeDocument
from ..highlighter import UnderlineHub
from .style import finding_format, metric_format

SOURCE = "findings"  # the underline hub source name of this controller
DETAILS_DELAY_MS = 120  # the aggregates refresh this long after the last change

ScorerFactory = Callable[[Any, str | None], Any]


def default_scorer_factory(resume: Any, target: str | None) -> Any:
    """The real incremental scorer (imported on first use)."""
    from ...scoring.resume import ResumeScorer

    return ResumeScorer(resume, target)


def tooltip_of(finding: Any) -> str:
    """The hover text of a finding: what is wrong, then what to do."""
    tip = finding.message
    if finding.suggestion:
        tip += f"\nTry: {finding.suggestion}"
    return tip


class Waiting:
    """Stands in for the scorer until :meth:`LiveScoring.start`: an empty, unscored resume."""

    resume = None
    overall = 0
    resume_findings: tuple[Any, ...] = ()

    def __init__(self, doc: ResumeDocument) -> None:
        self.doc = doc
        self.fit = dict.fromkeys(ARCHETYPES, 0.0)

    @property
    def target(self) -> str:
        return self.doc.effective_target() or ARCHETYPES[-1]

    @property
    def detected(self) -> str:
        return self.target

    def coverage(self, _target: str | None = None) -> dict[str, Any]:
        return {}

    def weakest(self, _n: int = 5) -> list[Any]:
        return []

    def bullet(self, bullet_id: str) -> Any:
        raise KeyError(bullet_id)


class LiveScoring(QObject):
    """Scores the open document incrementally and announces what changed."""

    bulletScored = Signal(str)  # one bullet's score changed (keystroke path)
    summaryChanged = Signal()  # target, overall score, fit (after structure and target changes)
    detailsChanged = Signal()  # overall, fit, coverage, resume findings, weakest (coalesced)
    focusChanged = Signal(str)  # the bullet the cursor is in ("" when none)
    targetChanged = Signal(str)  # the effective target (stored, else the detected lean)
    rebuilt = Signal()  # a new scorer for a new model

    def __init__(self, doc: ResumeDocument, hub: UnderlineHub | None = None,
                 scorer_factory: ScorerFactory | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc, self.hub = doc, hub
        self._factory = scorer_factory or default_scorer_factory
        self.focused = ""
        self._bullet_ids: set[str] = set()
        self._formats = {s: finding_format(s) for s in ("error", "warning", "info")}
        self._metric = metric_format()
        self._pushed: dict[str, tuple[Any, ...]] = {}  # bullet id -> the spans last pushed
        self._details = QTimer(self)
        self._details.setSingleShot(True)
        self._details.setInterval(DETAILS_DELAY_MS)
        self._details.timeout.connect(self.detailsChanged)
        self.started = False
        self.scorer: Any = Waiting(doc)
        doc.changed.connect(self._on_changed)
        doc.structureChanged.connect(self._on_structure)
        doc.loaded.connect(self.rebuild)
        doc.targetChanged.connect(self._on_target)
        doc.variantChanged.connect(self._on_variant)

    def start(self) -> None:
        """Build the scorer (loading the knowledge tables) and score the document; idempotent.

        The panel calls this just after the window's first paint, to keep start-up fast.
        """
        if not self.started:
            self.started = True
            self.rebuild()

    # -- what the views read ---------------------------------------------------------------------
    @property
    def stored_target(self) -> str:
        """The target stored with the document or the shown variant ("" when it follows the lean)."""
        return self.doc.effective_target()

    @property
    def target(self) -> str:
        """The archetype the scores are weighted for."""
        return self.scorer.target

    def bullet(self, bullet_id: str) -> Any | None:
        """The BulletScore of a bullet, None when it is not (or no longer) in the document."""
        if bullet_id not in self._bullet_ids:
            return None
        return self.scorer.bullet(bullet_id)

    def bullet_text(self, bullet_id: str) -> str:
        try:
            return self.doc.bullet(bullet_id).text
        except KeyError:
            return ""

    def bullet_count(self) -> int:
        return len(self._bullet_ids)

    def scores(self) -> list[tuple[str, Any]]:
        """(bullet id, BulletScore) of every bullet, in document order."""
        return [(b.id, self.scorer.bullet(b.id)) for *_rest, b in self.doc.resume.iter_bullets()]

    def has_bullet(self, bullet_id: str) -> bool:
        return bullet_id in self._bullet_ids

    # -- focus -----------------------------------------------------------------------------------
    def set_focus(self, bullet_id: str) -> None:
        """The cursor entered ``bullet_id``."""
        if bullet_id != self.focused:
            self.focused = bullet_id if bullet_id in self._bullet_ids else ""
            self.focusChanged.emit(self.focused)

    # -- the document's signals ----------------------------------------------------------------
    def _current_bullet_ids(self) -> set[str]:
        return {b.id for *_rest, b in self.doc.resume.iter_bullets()}

    def _on_changed(self, ids: set[str]) -> None:
        if not self.started:
            return
        if self.scorer.resume is not self.doc.resume:
            self.rebuild()
            return
        self.scorer.update(set(ids))
        bullets = [i for i in ids if i in self._bullet_ids]
        self.underline(bullets)
        for bid in bullets:
            self.bulletScored.emit(bid)
        self.schedule_details()

    def _on_structure(self) -> None:
        if not self.started:
            return
        if self.scorer.resume is not self.doc.resume:
            self.rebuild()
            return
        now = self._current_bullet_ids()
        gone, new = self._bullet_ids - now, now - self._bullet_ids
        self._bullet_ids = now
        self.scorer.update(None)
        if self.hub is not None:
            for bid in gone:
                self.hub.set_extra_formats(bid, [], SOURCE)
                self._pushed.pop(bid, None)
        self.underline(new)
        if self.focused in gone:
            self.set_focus("")
        self.summaryChanged.emit()
        self.schedule_details()

    def _on_target(self, target: str) -> None:
        if not self.started:
            self.targetChanged.emit(self.target)
            return
        if self.scorer.resume is not self.doc.resume:
            self.rebuild()
            return
        self.scorer.set_target(target or None)
        self.underline(self._bullet_ids)
        self.targetChanged.emit(self.target)
        if self.focused:
            self.bulletScored.emit(self.focused)
        self.summaryChanged.emit()
        self.schedule_details(now=True)

    def _on_variant(self, _variant_id: str) -> None:
        """The variant shown (or its hidden items) changed: the aggregates follow its view."""
        if not self.started or self.scorer.resume is not self.doc.resume:
            return
        self._follow_variant()
        self.summaryChanged.emit()
        self.schedule_details(now=True)

    def _follow_variant(self) -> None:
        follow = getattr(self.scorer, "set_variant", None)
        if follow is not None:
            follow(self.doc.shown_variant())

    def rebuild(self) -> None:
        """Start over on the document's current model (open, revert, import)."""
        if not self.started:
            return
        if self.hub is not None:
            for bid in self._bullet_ids:
                self.hub.set_extra_formats(bid, [], SOURCE)
        self._pushed.clear()
        self.scorer = self._factory(self.doc.resume, self.doc.effective_target() or None)
        self._follow_variant()
        self._bullet_ids = self._current_bullet_ids()
        self.underline(self._bullet_ids)
        if self.focused not in self._bullet_ids:
            self.set_focus("")
        self.rebuilt.emit()
        self.targetChanged.emit(self.target)
        self.summaryChanged.emit()
        self.schedule_details(now=True)

    def schedule_details(self, now: bool = False) -> None:
        """Refresh the aggregates soon (at once when ``now``); a burst of calls makes one refresh."""
        if now:
            self._details.stop()
            self.detailsChanged.emit()
        else:
            self._details.start()  # restarted by every key: runs once typing pauses

    def flush(self) -> None:
        """Bring every view up to date now: start if needed, run a pending aggregate refresh."""
        if not self.started:
            self.start()
            return
        if self._details.isActive():
            self._details.stop()
            self.detailsChanged.emit()

    # -- underlines ------------------------------------------------------------------------------
    def spans(self, bullet_id: str) -> list[tuple[int, int, Any, str]]:
        """The underline spans of a bullet: metric washes first, findings over them."""
        score = self.scorer.bullet(bullet_id)
        out: list[tuple[int, int, Any, str]] = [
            (s, e, self._metric, "") for s, e in score.metric_spans if e > s
        ]
        for f in score.findings:
            if f.end > f.start:
                out.append((f.start, f.end, self._formats.get(f.severity, self._formats["info"]),
                            tooltip_of(f)))
        return out

    def underline(self, bullet_ids: Iterable[str]) -> None:
        """Push the finding and metric spans of these bullets to the underline hub."""
        if self.hub is None:
            return
        for bid in bullet_ids:
            spans = self.spans(bid)
            key = tuple((s, e, id(f), tip) for s, e, f, tip in spans)
            if self._pushed.get(bid) != key:
                self._pushed[bid] = key
                self.hub.set_extra_formats(bid, spans, SOURCE)
