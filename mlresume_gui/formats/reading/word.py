"""Word (.docx) resumes -> the model, with python-docx: paragraph styles, real list numbering,
tables (entry rows with dates in cells, and sidebar layouts), text boxes, page headers, hyperlinks."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from mlresume_gui.formats.docx_package import STYLES_SKIPPED, diagnose, open_package
from mlresume_gui.formats.errors import ReadError, note
from mlresume_gui.formats.reading.layout import LayoutDocument
from mlresume_gui.formats.reading.structure import Line, build_resume, section_for_heading
from mlresume_gui.formats.reading.word_layout import document_layout
from mlresume_gui.model import Resume

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _check(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("this Word file is password-protected or in the old .doc format: "
                        "remove the password or save it as .docx and import again")
    if not head.startswith(b"PK"):
        raise ReadError("not a Word .docx file")
    try:
        with zipfile.ZipFile(path) as zf:
            if "word/document.xml" not in zf.namelist():
                raise ReadError("not a Word .docx file (no document part)")
    except zipfile.BadZipFile:
        raise ReadError("damaged Word file (broken zip archive)") from None


class _Styles:
    """Style id -> (name, bold, size, has list numbering), read once from styles.xml.

    (python-docx's own style lookup scans every style per paragraph: too slow for the budget.)
    """

    def __init__(self, doc) -> None:
        self.elements: dict[str, Any] = {}
        self.raw: dict[str, tuple[str, bool | None, float, bool, str | None]] = {}
        self.default = ""
        try:
            root = doc.styles.element
        except (KeyError, ValueError, AttributeError):  # AttributeError: a styles part of the wrong type
            note(STYLES_SKIPPED)
            return
        for st in root.iterchildren(f"{_W}style"):  # index only: a style is read when first used
            sid = st.get(f"{_W}styleId") or ""
            self.elements[sid] = st
            if not self.default and st.get(f"{_W}type") == "paragraph" and st.get(f"{_W}default") in ("1", "true"):
                self.default = sid

    def _raw(self, sid: str) -> tuple[str, bool | None, float, bool, str | None] | None:
        if sid not in self.raw:
            st = self.elements.get(sid)
            if st is None:
                return None
            name_el = st.find(f"{_W}name")
            name = name_el.get(f"{_W}val") if name_el is not None else sid
            rpr = st.find(f"{_W}rPr")
            b_el = rpr.find(f"{_W}b") if rpr is not None else None
            bold = _on(b_el) if b_el is not None else None
            sz = rpr.find(f"{_W}sz") if rpr is not None else None
            size = float(sz.get(f"{_W}val", "0")) / 2 if sz is not None and (sz.get(f"{_W}val") or "").isdigit() else 0.0
            ppr = st.find(f"{_W}pPr")
            numbered = ppr is not None and ppr.find(f"{_W}numPr") is not None
            based = st.find(f"{_W}basedOn")
            self.raw[sid] = (name or sid, bold, size, numbered, based.get(f"{_W}val") if based is not None else None)
        return self.raw[sid]

    def get(self, sid: str | None) -> tuple[str, bool, float, bool]:
        sid = sid or self.default
        name, bold, size, numbered = "", None, 0.0, False
        seen = 0
        first = True
        while sid and (raw := self._raw(sid)) is not None and seen < 10:
            n, b, sz, num, based = raw
            if first:
                name, first = n, False
            bold = b if bold is None else bold
            size = size or sz
            numbered = numbered or num
            sid, seen = based, seen + 1
        return name, bool(bold), size, numbered


def _on(el) -> bool:
    val = el.get(f"{_W}val")
    return val not in ("0", "false", "off")


def _para_lines(p, styles: _Styles, header: bool = False) -> list[Line]:
    """One paragraph as lines (soft line breaks split it), with style, list and link hints."""
    from docx.text.paragraph import Paragraph

    assert isinstance(p, Paragraph)
    lines: list[Line] = []
    for box in _text_boxes(p._p):
        lines.extend(_para_lines(Paragraph(box, p._parent), styles, header))
    text = p.text
    if not text.strip():
        return lines
    ppr = p._p.pPr
    sid = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
    style, style_bold, style_size, numbered = styles.get(sid)
    is_list = (ppr is not None and ppr.numPr is not None) or numbered or style.startswith("List")
    heading = True if style.lower().startswith(("heading", "title")) and not is_list else None
    runs = [r for r in p.runs if r.text.strip()]
    bold = bool(runs) and all(_bold(r, style_bold, styles) for r in runs)
    size = max((r.font.size.pt for r in runs if r.font.size is not None), default=0.0) or style_size
    links = tuple(h.url for h in getattr(p, "hyperlinks", []) if h.url)
    for i, part in enumerate(text.replace("\r", "\n").split("\n")):
        if part.strip():
            lines.append(Line(part, size=size, bold=bold, heading=heading, bullet=is_list and i == 0,
                              cont=False, links=links if i == 0 else (), page_header=header))
    return lines


def _bold(run, style_bold: bool, styles: _Styles) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    rpr = run._r.rPr
    rstyle = rpr.find(f"{_W}rStyle") if rpr is not None else None
    if rstyle is not None:
        return styles.get(rstyle.get(f"{_W}val"))[1]
    return style_bold


def _text_boxes(p_el) -> Iterator:
    for box in p_el.iter(f"{_W}txbxContent"):
        parent, fallback = box.getparent(), False
        while parent is not None:
            if parent.tag == _MC_FALLBACK:
                fallback = True
                break
            parent = parent.getparent()
        if not fallback:
            yield from box.iterchildren(f"{_W}p")


def _block_lines(container, styles: _Styles, header: bool = False) -> list[Line]:
    """Lines of a body, cell or header in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[Line] = []
    for child in container._element.iterchildren() if hasattr(container, "_element") else container.iterchildren():
        if child.tag == f"{_W}p":
            out.extend(_para_lines(Paragraph(child, container), styles, header))
        elif child.tag == f"{_W}tbl":
            out.extend(_table_lines(Table(child, container), styles, header))
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                out.extend(_block_lines(_Wrap(content, container), styles, header))
    return out


class _Wrap:
    """A content-control body that looks enough like a python-docx block container."""

    def __init__(self, element, parent) -> None:
        self._element = element
        self._parent = parent
        self.part = parent.part


def _table_lines(table, styles: _Styles, header: bool) -> list[Line]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cells.append(_block_lines(cell, styles, header))
        rows.append(cells)
    out: list[Line] = []
    for cells in rows:
        filled = [c for c in cells if c]
        if all(len(c) <= 1 for c in filled):
            if filled:  # one entry row: fields in cells, joined by TABs
                first = filled[0][0]
                text = "\t".join(c[0].text for c in filled)
                links = tuple(u for c in filled for u in c[0].links)
                out.append(Line(text, size=first.size, bold=first.bold, heading=first.heading if len(filled) == 1 else None,
                                bullet=first.bullet, cont=False, links=links, page_header=header))
            continue
        # a layout row (columns, a sidebar): read the column that continues the header first
        opens = [bool(c) and section_for_heading(c[0].text) is not None for c in filled]
        order = list(range(len(filled)))
        if len(filled) == 2 and opens[0] and not opens[1]:
            order.reverse()
        for i in order:
            out.extend(filled[i])
    return out


def _open(path: str | Path) -> Any:
    """The python-docx Document of ``path``, or ReadError with the reason."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    p = Path(path)
    _check(p)
    try:
        return docx.Document(open_package(p))  # relationships to missing parts dropped, noted
    except (XMLSyntaxError, PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise diagnose(p, exc) from None  # names the part at fault


def read_layout(path: str | Path, progress: Callable[[float], None] | None = None) -> LayoutDocument:
    """The layout of a .docx: page headers, the body (paragraphs, tables cell by cell, text
    boxes), footers, with style names, list markers, runs as spans and hyperlinks on them."""
    from lxml.etree import XMLSyntaxError

    if progress:
        progress(0.05)
    doc = _open(path)
    try:
        layout = document_layout(doc)
    except XMLSyntaxError as exc:  # a part parsed on first use
        raise diagnose(path, exc) from None
    if progress:
        progress(0.6)
    return layout


def read_lines(path: str | Path) -> list[Line]:
    """The lines of a .docx: page header first, then the body in order.

    A damaged package raises ReadError with the reason (XML that is not well-formed, a missing
    part, a broken archive), never python-docx's or lxml's own exception."""
    from lxml.etree import XMLSyntaxError

    doc = _open(path)
    try:
        return _document_lines(doc)
    except XMLSyntaxError as exc:  # a part parsed on first use
        raise diagnose(path, exc) from None


def _document_lines(doc: Any) -> list[Line]:
    styles = _Styles(doc)  # per document: two imports may run at once
    lines: list[Line] = []
    seen: set[str] = set()
    for section in doc.sections:
        for part in (section.first_page_header, section.header):
            try:
                if part.is_linked_to_previous and part is not section.header:
                    continue
                hl = _block_lines(part, styles, header=True)
            except (KeyError, ValueError):
                continue
            for ln in hl:
                if ln.text.strip() and ln.text not in seen:
                    seen.add(ln.text)
                    lines.append(ln)
    lines.extend(_block_lines(doc._body, styles))
    return lines


def load(path: str | Path, progress: Callable[[float], None] | None = None) -> Resume:
    """Read a .docx resume."""
    if progress:
        progress(0.05)
    lines = read_lines(path)
    if progress:
        progress(0.6)
    if not any(ln.text.strip() for ln in lines):
        raise ReadError("the Word document holds no text")
    resume = build_resume(lines)
    if progress:
        progress(1.0)
    return resume
