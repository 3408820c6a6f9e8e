"""Word (.docx) export with python-docx: one column, named styles, real bullet lists, live links.

Every paragraph carries a named style ("Resume Name", "Heading 1" for sections, "Entry Heading",
"Entry Meta", "Entry Detail", "Resume Text", "Resume Bullet"), so a user restyles the whole resume
from Word's style gallery. Bullets are a Word list (a numbering definition referenced from each
paragraph), links are ``w:hyperlink`` elements with external relationships, and entry headings
keep with the lines under them so a page never ends on a heading.

Options: ``variant`` (a variant name), ``template`` ("classic", "compact", ...), ``paper``.
"""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from mlresume_gui.formats.writing.layout import Entry, Layout, Line, Span, entry_lines, prepare
from mlresume_gui.formats.writing.templates import Template
from mlresume_gui.model import Resume

BULLET_STYLE = "Resume Bullet"
STYLE_NAMES = ("Resume Name", "Resume Headline", "Resume Contact", "Heading 1", "Entry Heading",
               "Entry Meta", "Entry Detail", "Resume Text", BULLET_STYLE)
_BULLET_CHAR = "\u2022"


def _rgb(hex_color: str) -> RGBColor:
    return RGBColor.from_string(hex_color.lstrip("#").upper())


def _plain_fonts(rpr: Any, family: str) -> None:
    """Point an rPr's fonts at ``family`` and drop theme fonts, which would override it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), family)


def _paragraph_style(doc: Any, name: str, base: str = "Normal") -> Any:
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
    style.quick_style = True
    style.hidden = False
    return style


def _style(doc: Any, name: str, tpl: Template, *, size: float, before: float = 0, after: float = 0,
           bold: bool = False, italic: bool = False, color: str | None = None,
           keep_next: bool = False, base: str = "Normal", center: bool = False) -> Any:
    style = _paragraph_style(doc, name, base)
    font = style.font
    font.name = tpl.docx_font
    _plain_fonts(style.element.get_or_add_rPr(), tpl.docx_font)
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = _rgb(color or tpl.text)
    pf = style.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = tpl.spacing["line"]
    pf.keep_with_next = keep_next
    pf.widow_control = True
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    return style


def _bottom_rule(style: Any, color: str) -> None:
    ppr = style.element.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attr, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                        ("w:color", color.lstrip("#").upper())):
        bottom.set(qn(attr), value)
    border.append(bottom)
    ppr.insert_element_before(border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                              "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                              "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                              "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                              "w:rPr", "w:sectPr", "w:pPrChange")


def _caps(style: Any) -> None:
    rpr = style.element.get_or_add_rPr()
    caps = OxmlElement("w:caps")
    rpr.append(caps)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), "10")  # letter spacing, in twentieths of a point
    rpr.append(spacing)
    # CT_RPr children have a schema order; python-docx sorts known ones on write, so re-order here.
    order = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
             "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
             "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
             "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
             "eastAsianLayout", "specVanish", "oMath"]
    rank = {qn(f"w:{n}"): i for i, n in enumerate(order)}
    children = sorted(rpr, key=lambda el: rank.get(el.tag, len(order)))
    for child in children:
        rpr.append(child)


def _add_bullet_numbering(doc: Any, tpl: Template) -> int:
    """Add a one-level bullet list definition to the numbering part; return its numId."""
    numbering = doc.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(abstract_ids, default=-1) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "singleLevel")
    abstract.append(multi)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "bullet"), ("w:lvlText", _BULLET_CHAR),
                       ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(round(tpl.spacing["bullet_indent"] * 20)))
    ind.set(qn("w:hanging"), str(round(tpl.spacing["bullet_hang"] * 20)))
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    _plain_fonts(rpr, tpl.docx_font)
    lvl.append(rpr)
    abstract.append(lvl)
    existing = numbering.findall(qn("w:abstractNum"))
    if existing:
        existing[-1].addnext(abstract)
    else:
        numbering.insert(0, abstract)
    num = numbering.add_num(abstract_id)
    return int(num.get(qn("w:numId")))


def _set_num(ppr: Any, num_id: int) -> None:
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def _setup_styles(doc: Any, tpl: Template, num_id: int) -> None:
    sz, sp = tpl.sizes, tpl.spacing
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            _plain_fonts(rpr, tpl.docx_font)
    normal = _style(doc, "Normal", tpl, size=sz["body"])
    normal.paragraph_format.space_after = Pt(0)
    center = tpl.center_header
    _style(doc, "Resume Name", tpl, size=sz["name"], bold=True, color=tpl.accent, center=center)
    _style(doc, "Resume Headline", tpl, size=sz["headline"], color=tpl.muted, center=center,
           before=1)
    _style(doc, "Resume Contact", tpl, size=sz["contact"], center=center, before=1)
    heading = _style(doc, "Heading 1", tpl, size=sz["section"], bold=True, color=tpl.accent,
                     before=sp["section_before"], after=sp["section_after"], keep_next=True)
    heading.paragraph_format.keep_together = True
    if tpl.section_caps:
        _caps(heading)
    if tpl.section_rule:
        _bottom_rule(heading, tpl.accent)
    width = Mm(tpl.page_mm()[0] - tpl.margins["left"] - tpl.margins["right"])
    entry = _style(doc, "Entry Heading", tpl, size=sz["entry"], before=sp["entry_before"],
                   keep_next=True)
    entry.paragraph_format.keep_together = True
    entry.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    _style(doc, "Entry Meta", tpl, size=sz["meta"], italic=True, color=tpl.muted,
           after=sp["meta_after"], keep_next=True)
    _style(doc, "Entry Detail", tpl, size=sz["body"], after=sp["meta_after"], keep_next=True)
    _style(doc, "Resume Text", tpl, size=sz["body"], after=sp["bullet_after"] + 1)
    bullet = _style(doc, BULLET_STYLE, tpl, size=sz["body"], after=sp["bullet_after"],
                    base="List Paragraph")
    bullet.paragraph_format.keep_together = True
    bullet.paragraph_format.left_indent = Pt(sp["bullet_indent"])
    bullet.paragraph_format.first_line_indent = Pt(-sp["bullet_hang"])
    _set_num(bullet.element.get_or_add_pPr(), num_id)
    try:
        link = doc.styles["Hyperlink"]
    except KeyError:
        link = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = _rgb(tpl.accent)
    link.font.underline = False


def _hyperlink(paragraph: Any, run: Any, url: str) -> None:
    """Wrap ``run`` in a live external link to ``url``."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run._r.addprevious(link)
    link.append(run._r)


def _add_spans(paragraph: Any, spans: list[Span], color: str | None = None) -> None:
    for span in spans:
        if not span.text:
            continue
        run = paragraph.add_run(span.text)
        run.bold = span.bold or None
        run.italic = span.italic or None
        if color:
            run.font.color.rgb = _rgb(color)
        if span.url:
            run._r.style = "Hyperlink"  # the style id; naming it would scan every style
            _hyperlink(paragraph, run, span.url)


def _para(doc: Any, style: str, text: str = "") -> Any:
    """A new paragraph with ``style`` (set by id: python-docx looks names up by scanning)."""
    ids = doc._mlresume_style_ids
    if style not in ids:
        ids[style] = doc.styles[style].style_id
    p = doc.add_paragraph(text)
    p._p.style = ids[style]
    return p


def _bullet(doc: Any, spans: list[Span], num_id: int) -> None:
    p = _para(doc, BULLET_STYLE)
    _set_num(p._p.get_or_add_pPr(), num_id)
    _add_spans(p, spans)


def _entry(doc: Any, item: Entry, tpl: Template, num_id: int) -> None:
    line, under = entry_lines(item, tpl)
    p = _para(doc, "Entry Heading")
    _add_spans(p, item.heading)
    _add_spans(p, line, color=tpl.muted)
    if item.dates and not tpl.dates_inline:
        p.add_run("\t")
        _add_spans(p, [Span(item.dates)], color=tpl.muted)
    has_more = bool(item.details or item.bullets)
    p.paragraph_format.keep_with_next = has_more or bool(under)
    if under:
        meta = _para(doc, "Entry Meta")
        _add_spans(meta, [Span(s.text) for s in under])
        meta.paragraph_format.keep_with_next = has_more
    for i, detail in enumerate(item.details):
        d = _para(doc, "Entry Detail")
        _add_spans(d, detail)
        d.paragraph_format.keep_with_next = bool(item.bullets) or i < len(item.details) - 1
    for text in item.bullets:
        _bullet(doc, [Span(text)], num_id)


_blank_cache: dict[tuple[str, str | None], tuple[bytes, int]] = {}


def _blank(tpl: Template, paper: str | None) -> tuple[bytes, int]:
    """An empty document with the template's styles, numbering and page set up (built once per
    template and paper), and the numId of its bullet list."""
    key = (tpl.key, paper)
    if key not in _blank_cache:
        doc = docx.Document()
        num_id = _add_bullet_numbering(doc, tpl)
        _setup_styles(doc, tpl, num_id)
        section = doc.sections[0]
        width, height = tpl.page_mm(paper)
        section.page_width, section.page_height = Mm(width), Mm(height)
        m = tpl.margins
        section.top_margin, section.bottom_margin = Mm(m["top"]), Mm(m["bottom"])
        section.left_margin, section.right_margin = Mm(m["left"]), Mm(m["right"])
        section.header_distance = section.footer_distance = Mm(min(m["top"], 8))
        out = io.BytesIO()
        doc.save(out)
        _blank_cache[key] = (out.getvalue(), num_id)
    return _blank_cache[key]


def render_docx(layout: Layout, tpl: Template, paper: str | None = None) -> Any:
    """A python-docx Document holding ``layout`` drawn with ``tpl``."""
    blank, num_id = _blank(tpl, paper)
    doc = docx.Document(io.BytesIO(blank))
    doc._mlresume_style_ids = {}
    h = layout.header
    _para(doc, "Resume Name", h.name or "Resume")
    if h.headline:
        _para(doc, "Resume Headline", h.headline)
    for line in h.lines():
        p = _para(doc, "Resume Contact")
        for i, contact in enumerate(line):
            if i:
                _add_spans(p, [Span(tpl.contact_separator)], color=tpl.muted)
            _add_spans(p, [contact])
    last = doc.paragraphs[-1]
    last.paragraph_format.space_after = Pt(tpl.spacing["header_after"])
    for sec in layout.sections:
        _para(doc, "Heading 1", sec.title)
        for item in sec.items:
            if isinstance(item, Entry):
                _entry(doc, item, tpl, num_id)
            elif isinstance(item, Line) and item.listed:
                _bullet(doc, item.spans, num_id)
            else:
                p = _para(doc, "Resume Text")
                _add_spans(p, item.spans)
    props = doc.core_properties
    props.author = h.name
    props.title = f"{h.name} – Resume" if h.name else "Resume"
    props.subject = h.headline
    props.comments = ""
    return doc


def dump(resume: Resume, **options: Any) -> bytes:
    """Writer entry point: the resume (or ``variant``) as .docx bytes.

    ``embed`` (default True) adds the exported view as MLResume data, so reopening is exact.
    """
    layout, tpl, view = prepare(resume, **options)
    document = render_docx(layout, tpl, options.get("paper"))
    if options.get("embed", True):
        from mlresume_gui.formats.embedded import add_to_docx

        add_to_docx(document, view)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
