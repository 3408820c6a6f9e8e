"""The syntax highlighter of one bullet (or paragraph) field: draws the spans the UnderlineHub merged.

Kept apart from highlighter.py so the window can make its hub before any text field exists, without
loading Qt's rich-text classes (and building their enums) before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QSyntaxHighlighter, QTextDocument

if TYPE_CHECKING:
    from .highlighter import UnderlineHub


class BulletHighlighter(QSyntaxHighlighter):
    """Draws the merged spans of one bullet's document."""

    def __init__(self, document: QTextDocument, hub: UnderlineHub, bullet_id: str) -> None:
        super().__init__(document)
        self.hub, self.bullet_id = hub, bullet_id

    def highlightBlock(self, text: str) -> None:
        offset = self.currentBlock().position()
        for start, end, fmt in self.hub.merged(self.bullet_id, text, offset):
            self.setFormat(start, end - start, fmt)
