"""A wrapping plain-text field that grows with its content instead of scrolling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget


class GrowingTextEdit(QPlainTextEdit):
    """QPlainTextEdit with word wrap, no scroll bars and a height that follows its line count."""

    def __init__(self, parent: QWidget | None = None, min_lines: int = 1) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the document's history undoes edits (gui/undo_keys.py)
        self.textChanged.connect(self._fit)
        self._fit()

    def _lines(self) -> int:
        """Wrapped line count at the current width (laid out here: the editor lays out lazily)."""
        doc = self.document()
        width = self.viewport().width() - 2 * doc.documentMargin() - 2
        if width <= 20:
            width = 400
        lines, block = 0, doc.begin()
        font = self.font()
        while block.isValid():
            text = block.text()
            if not text:
                lines += 1
            else:
                layout = QTextLayout(text, font, self)
                option = QTextOption()
                option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
                layout.setTextOption(option)
                layout.beginLayout()
                while True:
                    line = layout.createLine()
                    if not line.isValid():
                        break
                    line.setLineWidth(width)
                    lines += 1
                layout.endLayout()
            block = block.next()
        return max(self._min_lines, lines)

    def _fit(self, *_args: object) -> None:
        margins = self.contentsMargins()
        doc_margin = self.document().documentMargin()
        h = self._lines() * self.fontMetrics().lineSpacing() + 2 * doc_margin
        h += margins.top() + margins.bottom() + 2
        if self.height() != int(h):
            self.setFixedHeight(int(h))

    def _opaque_viewport(self) -> None:
        """Let the text area fill its own background again (the style sheet's border turns that off),
        so a keystroke repaints this field only, not the card and page behind it."""
        viewport = self.viewport()
        if not viewport.autoFillBackground():
            viewport.setAutoFillBackground(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._opaque_viewport()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # re-polished (theme switch)
            self._opaque_viewport()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())
