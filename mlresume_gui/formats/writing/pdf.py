"""PDF export with Qt's QTextDocument and QPdfWriter (QtGui only, no widgets; works headless).

The template's shipped font (Carlito) is registered with QFontDatabase and embedded, so the text is
selectable and extracts in reading order; links are live; bullets are real text ("•") so readers
see them; an entry heading is never left alone at the bottom of a page (the block is moved to the
next page together with its first bullet), and a bullet never splits across pages.

``render_document`` returns the laid-out QTextDocument, which the window's print preview can draw.
Options: ``variant`` (a variant name), ``template`` ("classic", "compact", ...), ``paper``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from mlresume_gui.formats.writing.layout import (
    INLINE_SEPARATOR,
    Entry,
    Layout,
    Line,
    Span,
    entry_lines,
    prepare,
)
from mlresume_gui.formats.writing.templates import MM_PER_PT, Template
from mlresume_gui.model import Resume

BULLET = "\u2022"
_app: QGuiApplication | None = None
_font_families: dict[Path, str] = {}
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one when there is none (headless export)."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("LANG", "C.UTF-8")
        _app = QGuiApplication(["mlresume", "-platform", "offscreen"])
        app = _app
    return app  # type: ignore[return-value]


def register_fonts(tpl: Template) -> str:
    """Register the template's font files with Qt once; the family to use (fallback: the default)."""
    family = ""
    for path in tpl.font_files:
        if path not in _font_families:
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _font_families[path] = names[0] if names else ""
        family = family or _font_families[path]
    return family or QGuiApplication.font().family()


class _Builder:
    """Fills a QTextDocument from a Layout; records which blocks must stay with the next one."""

    def __init__(self, tpl: Template, family: str, unit: float, text_width: float) -> None:
        self.tpl, self.family, self.unit, self.text_width = tpl, family, unit, text_width
        self.doc = QTextDocument()
        self.doc.setUseDesignMetrics(True)
        self.cursor = QTextCursor(self.doc)
        self.keep_next: list[bool] = []
        self._first = True

    # -- formats ------------------------------------------------------------------------------
    def char(self, size: float, *, bold: bool = False, italic: bool = False,
             color: str | None = None, caps: bool = False) -> QTextCharFormat:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        # Ligature glyphs ("ti", "fi") would not map back to letters when text is extracted.
        # (QFont.setFeature would be the finer tool, but PySide6 6.12 corrupts None's refcount
        # in it and the interpreter aborts after a few thousand calls.)
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        if caps:
            font.setCapitalization(QFont.Capitalization.AllUppercase)
        fmt = QTextCharFormat()
        fmt.setFont(font)
        fmt.setForeground(QColor(color or self.tpl.text))
        return fmt

    def block(self, *, before: float = 0, after: float = 0, center: bool = False,
              indent: float = 0, hang: float = 0, right_tab: bool = False) -> QTextBlockFormat:
        u = self.unit
        fmt = QTextBlockFormat()
        fmt.setTopMargin(before * u)
        fmt.setBottomMargin(after * u)
        fmt.setLineHeight(self.tpl.spacing["line"] * 100, _PROPORTIONAL)
        if center:
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        if indent:
            fmt.setLeftMargin(indent * u)
            fmt.setTextIndent(-hang * u)
            # Qt measures tab stops from where the first line starts (after the negative text
            # indent): the stop at the hang lines the first line's text up with the wrapped lines.
            fmt.setTabPositions([QTextOption.Tab(hang * u, QTextOption.TabType.LeftTab)])
        if right_tab:
            fmt.setTabPositions([QTextOption.Tab(self.text_width - self.unit, QTextOption.TabType.RightTab)])
        return fmt

    # -- content ------------------------------------------------------------------------------
    def paragraph(self, fmt: QTextBlockFormat, keep_next: bool = False) -> None:
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(fmt)
        self.keep_next.append(keep_next)

    def spans(self, spans: list[Span], base: QTextCharFormat) -> None:
        for span in spans:
            if not span.text:
                continue
            fmt = QTextCharFormat(base)
            if span.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if span.italic:
                fmt.setFontItalic(True)
            if span.url:
                fmt.setAnchor(True)
                fmt.setAnchorHref(span.url)
                fmt.setForeground(QColor(self.tpl.accent))
            self.cursor.insertText(span.text, fmt)

    def build(self, layout: Layout) -> QTextDocument:
        tpl, sz, sp = self.tpl, self.tpl.sizes, self.tpl.spacing
        center = tpl.center_header
        h = layout.header
        self.paragraph(self.block(center=center), keep_next=True)
        self.spans([Span(h.name or "Resume")], self.char(sz["name"], bold=True, color=tpl.accent))
        if h.headline:
            self.paragraph(self.block(before=1, center=center), keep_next=True)
            self.spans([Span(h.headline)], self.char(sz["headline"], color=tpl.muted))
        lines = h.lines()
        for i, line in enumerate(lines):
            after = sp["header_after"] if i == len(lines) - 1 else 0
            self.paragraph(self.block(before=1, after=after, center=center), keep_next=True)
            base = self.char(sz["contact"])
            sep = self.char(sz["contact"], color=tpl.muted)
            for j, contact in enumerate(line):
                if j:
                    self.cursor.insertText(tpl.contact_separator, sep)
                self.spans([contact], base)
        body = self.char(sz["body"])
        for section in layout.sections:
            fmt = self.block(before=sp["section_before"], after=sp["section_after"])
            if tpl.section_rule:
                fmt.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth, 1)
            self.paragraph(fmt, keep_next=True)
            self.spans([Span(section.title)], self.char(sz["section"], bold=True,
                                                          color=tpl.accent, caps=tpl.section_caps))
            for item in section.items:
                if isinstance(item, Entry):
                    self.entry(item, body)
                elif isinstance(item, Line) and item.listed:
                    self.bullet(item.spans, body)
                else:
                    self.paragraph(self.block(after=sp["bullet_after"] + 1))
                    self.spans(item.spans, body)
        return self.doc

    def bullet(self, spans: list[Span], body: QTextCharFormat) -> None:
        sp = self.tpl.spacing
        self.paragraph(self.block(after=sp["bullet_after"], indent=sp["bullet_indent"],
                                  hang=sp["bullet_hang"]))
        self.cursor.insertText(f"{BULLET}\t", body)
        self.spans(spans, body)

    def width(self, spans: list[Span], base: QTextCharFormat) -> float:
        """How wide ``spans`` set in ``base`` (bold and italic as marked) run, in document units."""
        total = 0.0
        for span in spans:
            font = QFont(base.font())
            font.setBold(span.bold or font.bold())
            font.setItalic(span.italic or font.italic())
            total += QFontMetricsF(font).horizontalAdvance(span.text)
        return total

    def entry(self, item: Entry, body: QTextCharFormat) -> None:
        tpl, sz, sp = self.tpl, self.tpl.sizes, self.tpl.spacing
        more = bool(item.details or item.bullets)
        head, muted = self.char(sz["entry"]), self.char(sz["entry"], color=tpl.muted)
        line, under = entry_lines(item, tpl)
        dates = item.dates if not tpl.dates_inline else ""
        # right-aligned dates stay whole on the heading's line, or go under it: a date range broken
        # over two lines, or pushed by the right tab to the next line, reads as two pieces
        room = self.text_width - self.width(item.heading, head) - self.width(line, muted) - 4 * self.unit
        fits = not dates or self.width([Span(dates)], muted) <= room
        self.paragraph(self.block(before=sp["entry_before"], right_tab=bool(dates)), keep_next=more or bool(under))
        self.spans(item.heading, head)
        if line and self.width(item.heading, head) + self.width(line, muted) > self.text_width:
            # location and dates on a line of their own rather than wrapped through a date range
            self.cursor.insertText("\u2028", muted)
            line = line[1:]
        self.spans(line, muted)
        if dates and fits:
            self.cursor.insertText(f"\t{dates}", muted)
        elif dates:
            under = [Span(dates)] + ([Span(INLINE_SEPARATOR), *under] if under else [])
        if under:
            self.paragraph(self.block(after=sp["meta_after"]), keep_next=more)
            self.spans(under, self.char(sz["meta"], italic=True, color=tpl.muted))
        for i, detail in enumerate(item.details):
            self.paragraph(self.block(after=sp["meta_after"]),
                           keep_next=bool(item.bullets) or i < len(item.details) - 1)
            self.spans(detail, body)
        for text in item.bullets:
            self.bullet([Span(text)], body)


def _chains(keep_next: list[bool]) -> list[tuple[int, int]]:
    """Groups of blocks that must share a page, as (first, last) block numbers: a run of
    keep-with-next blocks with the block after it, or any other block on its own."""
    chains, start = [], None
    for i, keep in enumerate(keep_next):
        if start is None:
            start = i
        if not keep:
            chains.append((start, i))
            start = None
    if start is not None:
        chains.append((start, len(keep_next) - 1))
    return chains


def _keep_together(doc: QTextDocument, keep_next: list[bool], page_height: float) -> None:
    """Start a new page before any group (a heading run and its first line, or a paragraph)
    that a page break would split."""
    doc_layout = doc.documentLayout()
    for first, last in _chains(keep_next):
        head, tail = doc.findBlockByNumber(first), doc.findBlockByNumber(last)
        if not head.isValid() or not tail.isValid() or first == 0:
            continue
        doc_layout.blockBoundingRect(tail)  # lays out up to here
        head_layout, tail_layout = head.layout(), tail.layout()
        # lineAt(-1) on a block not laid out yet looks valid but reads out of bounds: check first.
        if head_layout.lineCount() == 0 or tail_layout.lineCount() == 0:
            continue
        head_line = head_layout.lineAt(0)
        tail_line = tail_layout.lineAt(tail_layout.lineCount() - 1)
        top = head_layout.position().y() + head_line.y()
        bottom = tail_layout.position().y() + tail_line.y() + tail_line.height()
        if int(top // page_height) == int((bottom - 0.01) // page_height):
            continue
        if bottom - top >= page_height / 2:
            continue  # too tall to move as one piece
        cursor = QTextCursor(head)
        fmt = head.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)
        doc_layout.documentSize()  # lay the rest out again before measuring the next group


def render_document(layout: Layout, tpl: Template, paper: str | None = None) -> QTextDocument:
    """The laid-out, paginated QTextDocument for ``layout`` (its units: the screen's pixels)."""
    app = ensure_gui_app()
    family = register_fonts(tpl)
    screen = app.primaryScreen()
    dpi = round(screen.logicalDotsPerInchY()) if screen else 96
    unit = dpi / 72.0  # document units per point
    width_mm, height_mm = tpl.page_mm(paper)
    text_width = tpl.text_width_pt(paper) * unit
    builder = _Builder(tpl, family, unit, text_width)
    doc = builder.build(layout)
    page = QSizeF(width_mm / MM_PER_PT * unit, height_mm / MM_PER_PT * unit)
    doc.setPageSize(page)
    frame = doc.rootFrame().frameFormat()
    m = tpl.margins
    frame.setTopMargin(m["top"] / MM_PER_PT * unit)
    frame.setBottomMargin(m["bottom"] / MM_PER_PT * unit)
    frame.setLeftMargin(m["left"] / MM_PER_PT * unit)
    frame.setRightMargin(m["right"] / MM_PER_PT * unit)
    doc.rootFrame().setFrameFormat(frame)
    _keep_together(doc, builder.keep_next, page.height())
    # Moving blocks leaves the incremental layout's document size stale: lay out afresh so the
    # last page is counted and printed.
    doc.markContentsDirty(0, doc.characterCount())
    doc.documentLayout().documentSize()
    title = f"{layout.header.name} – Resume" if layout.header.name else "Resume"
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def write_pdf(doc: QTextDocument, tpl: Template, paper: str | None = None,
              author: str = "", embed: Resume | None = None) -> bytes:
    """Print a paginated document to PDF bytes, fonts embedded, ``embed`` attached as MLResume data."""
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    width_mm, height_mm = tpl.page_mm(paper)
    size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("MLResume")
    if author and hasattr(writer, "setAuthor"):
        writer.setAuthor(author)
    if embed is not None:
        from mlresume_gui.formats.embedded import add_to_pdf

        add_to_pdf(writer, embed)
    doc.print_(writer)
    del writer
    buffer.close()
    return bytes(buffer.data())


def dump(resume: Resume, **options: Any) -> bytes:
    """Writer entry point: the resume (or ``variant``) as PDF bytes.

    ``embed`` (default True) attaches the exported view as MLResume data, so reopening is exact.
    """
    layout, tpl, view = prepare(resume, **options)
    paper = options.get("paper")
    doc = render_document(layout, tpl, paper)
    embed = view if options.get("embed", True) else None
    return write_pdf(doc, tpl, paper, author=layout.header.name, embed=embed)
