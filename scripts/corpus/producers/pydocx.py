"""Word-style templates built with python-docx: a two-column table layout with a
sidebar, and a classic layout with the contact line in the page header or footer and
each job header as a borderless table with the dates in the right cell."""

from __future__ import annotations

import sys
from pathlib import Path

import view as Vw
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from .common import Layout, soffice_convert

# the python-docx helpers of the project's fixture scripts: hyperlinks, borderless tables
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
from docx_doc import _no_borders, _text_box, add_hyperlink


def render_twocol_pdf(doc: dict, out: Path, work: Path) -> None:
    src = work / "resume.docx"
    render_twocol(doc, src, work)
    out.write_bytes(soffice_convert(src, "pdf", work, "writer_pdf_Export").read_bytes())


def _heading(container, text: str, size: float = 12, color=(0x1F, 0x3A, 0x5F)) -> None:
    p = container.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(*color)


def _bullets(container, items: list[str], char: str, style_ok: bool) -> None:
    for h in items:
        if style_ok:
            container.add_paragraph(h, style="List Bullet")
        else:
            p = container.add_paragraph(f"{char} {h}")
            p.paragraph_format.left_indent = Cm(0.4)


def _job(container, job: dict, st: dict, dated_table: bool, style_ok: bool) -> None:
    dates, _, _ = Vw.date_range(job.get("startDate"), job.get("endDate"), st["date_style"])
    lines = Vw.job_header(job, st)
    if dated_table:
        t = container.add_table(rows=1, cols=2)
        _no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(12.5), Cm(4.5)
        p = left.paragraphs[0]
        p.add_run(lines[0]).bold = True
        for extra in lines[1:]:
            left.add_paragraph().add_run(extra).italic = True
        rp = right.paragraphs[0]
        rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rp.add_run(dates)
    else:
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(lines[0]).bold = True
        p.add_run("\t" + dates)
        for extra in lines[1:]:
            container.add_paragraph().add_run(extra).italic = True
    _bullets(container, job.get("highlights", []), st["bullet_char"], style_ok)


def _section(container, doc: dict, key: str, heading: str, dated_table: bool, style_ok: bool) -> None:
    st = doc["meta"]["corpus"]
    b = doc["basics"]
    if key == "summary":
        _heading(container, heading)
        container.add_paragraph(b["summary"])
    elif key in ("work", "internships"):
        _heading(container, heading)
        for job in Vw.jobs(doc, key):
            _job(container, job, st, dated_table, style_ok)
    elif key == "education":
        _heading(container, heading)
        for ed in doc["education"]:
            main, second = Vw.degree_line(ed, st["degree_style"])
            dates, _, _ = Vw.date_range(ed.get("startDate"), ed.get("endDate"), st["date_style"])
            p = container.add_paragraph()
            p.add_run(main).bold = True
            if second:
                container.add_paragraph(second)
            container.add_paragraph(dates)
    elif key == "skills":
        _heading(container, heading)
        for s in doc["skills"]:
            p = container.add_paragraph()
            p.add_run(s["name"] + ": ").bold = True
            p.add_run(", ".join(s["keywords"]))
    elif key == "publications":
        _heading(container, heading)
        for pub in doc["publications"]:
            container.add_paragraph(Vw.pub_line(pub))
    elif key == "projects":
        _heading(container, heading)
        for pr in doc["projects"]:
            p = container.add_paragraph()
            p.add_run(pr["name"]).bold = True
            p.add_run(" — " + pr["description"])
            if pr.get("url"):
                p2 = container.add_paragraph()
                add_hyperlink(p2, pr["url"].removeprefix("https://"), pr["url"])
    elif key == "awards":
        _heading(container, heading)
        for a in doc["awards"]:
            date, _ = Vw.one_date(a["date"], st["date_style"] if st["date_style"] != "season" else "mon")
            container.add_paragraph(f"{a['title']}, {a['awarder']} ({date})")


def _name(container, doc: dict, size: float) -> None:
    name = doc["basics"]["name"]
    parts = name.split(" ", 1) if doc["meta"]["corpus"]["name_lines"] == 2 else [name]
    for part in parts:
        r = container.add_paragraph().add_run(part)
        r.bold = True
        r.font.size = Pt(size)
    container.add_paragraph(doc["basics"]["label"])


def _page(d) -> None:
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)


def render_twocol(doc: dict, out: Path, work: Path) -> None:
    d = Document()
    _page(d)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    _name(d, doc, 24)
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(t)
    side, main = t.rows[0].cells
    side.width, main.width = Cm(5.5), Cm(11.9)
    _heading(side, "Contact", 11)
    for item in Vw.contact_items(doc):
        side.add_paragraph(item)
    order = Vw.sections(doc)
    for key, head in order:
        target = side if key in ("skills", "education", "awards") else main
        _section(target, doc, key, head, dated_table=False, style_ok=False)
    d.save(out)


def render_classic(doc: dict, out: Path, work: Path) -> None:
    d = Document()
    _page(d)
    d.styles["Normal"].font.name = "Cambria"
    d.styles["Normal"].font.size = Pt(10.5)
    st = doc["meta"]["corpus"]
    _name(d, doc, 20)
    contact = "  |  ".join(Vw.contact_items(doc))
    sec = d.sections[0]
    if st["contact_place"] == "footer":
        p = sec.footer.paragraphs[0]
        p.text = contact
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif st["contact_place"] == "sidebar":
        p = sec.header.paragraphs[0]
        p.text = contact
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        d.add_paragraph(contact).alignment = WD_ALIGN_PARAGRAPH.LEFT
    for key, head in Vw.sections(doc):
        _section(d, doc, key, head, dated_table=True, style_ok=True)
    d.save(out)


def render_textbox(doc: dict, out: Path, work: Path) -> None:
    """Name and label in the body, contact details in a floating text box beside them."""
    d = Document()
    _page(d)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run(doc["basics"]["name"])
    r.bold = True
    r.font.size = Pt(22)
    _text_box(p, Vw.contact_items(doc))
    d.add_paragraph(doc["basics"]["label"])
    for key, head in Vw.sections(doc):
        _section(d, doc, key, head, dated_table=False, style_ok=True)
    d.save(out)


def layouts() -> list[Layout]:
    return [
        Layout("python-docx", "twocol-table", "docx", "python-docx two-column table template -> docx",
               render_twocol),
        Layout("python-docx", "classic-header-footer", "docx",
               "python-docx template, contact in page header/footer, dated tables -> docx", render_classic),
        Layout("python-docx", "contact-textbox", "docx",
               "python-docx template, contact details in a floating text box -> docx", render_textbox, people=10),
        Layout("libreoffice", "twocol-table-pdf", "pdf",
               "python-docx two-column table template -> libreoffice writer -> pdf", render_twocol_pdf, people=8),
    ]
