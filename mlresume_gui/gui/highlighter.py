"""Underlines in bullet text: spelling (wavy red) merged with other sources (findings, metrics).

Paragraph fields (summary, descriptions) use the same hub under the key ``"<item id>.<attribute>"``.

Other parts never subclass this: they call ``UnderlineHub.set_extra_formats(bullet_id, spans, source)``
with spans ``(start, end, QTextCharFormat, tooltip)``. Spans of every source are merged per character:
formats are combined with ``QTextCharFormat.merge`` in source order (later sources win for the same
property), and spelling's wavy underline is laid last inside misspelled words so a finding's underline
never hides a typo. Tooltips of every span under the mouse are joined, one per line.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6 import QtGui  # classes looked up on first use: their enums cost start-up time
from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

from .spelling import SpellService

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat, QTextDocument

    from .bullet_highlighter import BulletHighlighter

Span = tuple[int, int, "QTextCharFormat", str]


def spelling_format() -> QTextCharFormat:
    """Spelling's wavy red underline."""
    fmt = QtGui.QTextCharFormat()
    fmt.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QtGui.QColor("#e03131"))
    return fmt


class UnderlineHub(QObject):
    """Holds the spans of every source per bullet and the highlighter of every visible bullet."""

    spansChanged = Signal(str)

    def __init__(self, spell: SpellService | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spell = spell
        self._extra: dict[str, dict[str, list[Span]]] = {}
        self._live: dict[str, BulletHighlighter] = {}
        self._spell_format: QTextCharFormat | None = None
        if spell is not None:
            spell.ready.connect(self.rehighlight_all, Qt.ConnectionType.QueuedConnection)

    # -- the API other parts call --------------------------------------------------------------
    def set_extra_formats(self, bullet_id: str, spans: list[Span], source: str = "findings") -> None:
        """Replace the spans of ``source`` on a bullet (kept even while the bullet is not shown)."""
        per = self._extra.setdefault(bullet_id, {})
        if spans:
            per[source] = list(spans)
        else:
            per.pop(source, None)
        self.rehighlight(bullet_id)
        self.spansChanged.emit(bullet_id)

    def clear_source(self, source: str) -> None:
        for bullet_id, per in self._extra.items():
            if per.pop(source, None) is not None:
                self.rehighlight(bullet_id)

    def highlighter(self, bullet_id: str) -> BulletHighlighter | None:
        return self._live.get(bullet_id)

    # -- editors call these ---------------------------------------------------------------------
    @property
    def spell_format(self) -> QTextCharFormat:
        if self._spell_format is None:
            self._spell_format = spelling_format()
        return self._spell_format

    def attach(self, bullet_id: str, document: QTextDocument) -> BulletHighlighter:
        from .bullet_highlighter import BulletHighlighter

        hl = BulletHighlighter(document, self, bullet_id)
        self._live[bullet_id] = hl
        return hl

    def detach(self, bullet_id: str, highlighter: Any = None) -> None:
        if highlighter is None or self._live.get(bullet_id) is highlighter:
            self._live.pop(bullet_id, None)

    def rehighlight(self, bullet_id: str) -> None:
        hl = self._live.get(bullet_id)
        if hl is not None:
            if isValid(hl):
                hl.rehighlight()
            else:
                self._live.pop(bullet_id, None)

    def rehighlight_all(self) -> None:
        for key in list(self._live):
            self.rehighlight(key)

    def tooltip_at(self, bullet_id: str, text: str, pos: int) -> str:
        """The tooltips of every span covering character ``pos``."""
        tips = [tip for spans in self._extra.get(bullet_id, {}).values()
                for s, e, _f, tip in spans if s <= pos < e and tip]
        if self.spell is not None:
            for s, e in self.spell.misspelled_spans(text):
                if s <= pos < e:
                    tips.append(f"Spelling: “{text[s:e]}” is not in the dictionary")
        return "\n".join(tips)

    def merged(self, bullet_id: str, text: str, offset: int = 0) -> list[tuple[int, int, QTextCharFormat]]:
        """Non-overlapping (start, end, format) segments of the block at ``offset`` of length len(text)."""
        layers: list[tuple[int, int, QTextCharFormat]] = []
        for spans in self._extra.get(bullet_id, {}).values():
            for s, e, fmt, _tip in spans:
                s, e = max(s - offset, 0), min(e - offset, len(text))
                if s < e:
                    layers.append((s, e, fmt))
        if self.spell is not None:
            layers += [(s, e, self.spell_format) for s, e in self.spell.misspelled_spans(text)]
        if not layers:
            return []
        cuts = sorted({0, len(text), *(p for s, e, _f in layers for p in (s, e))})
        out = []
        for a, b in itertools.pairwise(cuts):
            covering = [f for s, e, f in layers if s <= a and b <= e]
            if not covering:
                continue
            fmt = QtGui.QTextCharFormat()
            for f in covering:
                fmt.merge(f)
            out.append((a, b, fmt))
        return out
