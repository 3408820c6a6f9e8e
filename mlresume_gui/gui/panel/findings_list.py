"""Resume-level findings and the weakest bullets; clicking one shows the entry or bullet concerned.

Both lists are refreshed from the coalesced ``detailsChanged`` signal; their rows are reused.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from .live import LiveScoring
from .style import SEVERITY_GLYPHS, score_colour, severity_colour
from .widgets import heading

WEAKEST_N = 5
PREVIEW_CHARS = 90


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of a bullet on one line."""
    text = " ".join(text.split()) or "(empty bullet)"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Row(QLabel):
    """A wrapping, clickable line (mouse or Enter/Space when focused by Tab)."""

    clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.item_id = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(4, 2, 4, 2)

    def set_row(self, text: str, tip: str, item_id: str) -> None:
        if self.text() != text:
            self.setText(text)
        if self.toolTip() != tip:
            self.setToolTip(tip)
            self.setAccessibleName(tip.split("\n", 1)[0] or "row")
        if self.item_id != item_id or self.isHidden():
            clickable = bool(item_id)
            self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.item_id = item_id
        if self.isHidden():
            self.setVisible(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.item_id:
            self.clicked.emit(self.item_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.item_id:
            self.clicked.emit(self.item_id)
            return
        super().keyPressEvent(event)


class RowList(QWidget):
    """A column of Rows, grown and hidden as needed (never rebuilt)."""

    clicked = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        """Rows of (rich text, tooltip, item id)."""
        while len(self.rows) < len(rows):
            row = Row()
            row.clicked.connect(self.clicked)
            self._layout.addWidget(row)
            self.rows.append(row)
        for row, (text, tip, item_id) in zip(self.rows, rows, strict=False):
            row.set_row(text, tip, item_id)
        for row in self.rows[len(rows):]:
            if not row.isHidden():
                row.setVisible(False)

    def shown(self) -> list[Row]:
        return [r for r in self.rows if not r.isHidden()]


def _dot(colour: str) -> str:
    return f'<span style="color:{colour}">●</span>'


class FindingsList(QWidget):
    """What the resume as a whole lacks, and the bullets that most need work."""

    def __init__(self, live: LiveScoring, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self._spans: dict[str, tuple[str, int]] = {}  # resume finding item -> (field, position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(heading("Resume findings"))
        self.findings = RowList("Resume findings")
        self.findings.clicked.connect(self.activate)
        layout.addWidget(self.findings)
        layout.addSpacing(6)
        layout.addWidget(heading("Weakest bullets"))
        self.weakest = RowList("Weakest bullets")
        self.weakest.clicked.connect(self.activate)
        layout.addWidget(self.weakest)
        live.detailsChanged.connect(self.refresh)

    def refresh(self) -> None:
        scorer = self.live.scorer
        rows = []
        self._spans = {f.item_id: (getattr(f, "field", ""), getattr(f, "start", 0))
                       for f in scorer.resume_findings if f.item_id}
        for f in scorer.resume_findings:
            glyph = SEVERITY_GLYPHS.get(f.severity, "•")
            text = (f'<span style="color:{severity_colour(f.severity)}">{glyph}</span> '
                    f"{html.escape(f.message)}")
            tip = f.message + (f"\nTry: {f.suggestion}" if f.suggestion else "")
            rows.append((text, tip, f.item_id or ""))
        if not rows:
            rows.append(("No resume-level findings for this target.", "", ""))
        self.findings.set_rows(rows)
        weak = []
        for bid, s in scorer.weakest(WEAKEST_N) if self.live.bullet_count() else ():
            text = (f'{_dot(score_colour(s.score))} <b>{round(s.score)}</b> '
                    f"{html.escape(preview(self.live.bullet_text(bid)))}")
            tips = "\n".join(f"• {f.message}" for f in s.findings) or "No findings"
            weak.append((text, tips, bid))
        if not weak:
            weak.append(("No bullets yet.", "", ""))
        self.weakest.set_rows(weak)

    def activate(self, item_id: str) -> None:
        """Show the entry or bullet a row is about."""
        if not item_id:
            return
        attr = "text" if self.live.has_bullet(item_id) else ""
        field, start = self._spans.get(item_id, ("", 0))
        if not attr and field:  # a resume finding names the field of its entry, and where in it
            self.live.doc.request_focus(item_id, field, start)
            return
        self.live.doc.request_focus(item_id, attr, 0 if attr else -1)

    def rows(self, which: str = "findings") -> list[tuple[str, str]]:
        """(plain text, item id) of each shown row of ``findings`` or ``weakest`` (tests)."""
        lst = self.findings if which == "findings" else self.weakest
        from PySide6.QtGui import QTextDocumentFragment

        return [(QTextDocumentFragment.fromHtml(r.text()).toPlainText(), r.item_id) for r in lst.shown()]
