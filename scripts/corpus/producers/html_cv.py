"""HTML/CSS resume templates of the common web kinds (a coloured sidebar in a CSS grid;
a table with a date column), printed by headless Chromium and by WeasyPrint, and the
table template converted to DOCX by LibreOffice (a Word table layout)."""

from __future__ import annotations

from html import escape
from pathlib import Path

import view as Vw

from .common import Layout, chromium_pdf, soffice_convert, weasyprint_pdf

SIDEBAR_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222; }
.wrap { display: grid; grid-template-columns: 64mm 1fr; min-height: 297mm; }
aside { background: #23395d; color: #f2f2f2; padding: 14mm 7mm; }
main { padding: 14mm 10mm; }
h1 { font-size: 22pt; margin: 0 0 2mm; line-height: 1.1; }
.label { font-size: 11pt; color: #c9d6ea; margin-bottom: 6mm; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1px; border-bottom: 1px solid #9ab;
     margin: 6mm 0 2mm; padding-bottom: 1mm; }
.entry { margin-bottom: 3mm; break-inside: avoid; }
.head { display: flex; justify-content: space-between; font-weight: bold; }
.dates { font-weight: normal; color: #666; white-space: nowrap; margin-left: 4mm; }
aside .head { display: block; }
aside .dates { color: #c9d6ea; display: block; margin: 0; }
.sub { font-style: italic; }
ul { margin: 1mm 0 0 4mm; padding: 0; }
aside a, main a { color: inherit; text-decoration: none; }
"""

TABLE_CSS = """
@page { size: Letter; margin: 16mm 18mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; }
h1 { text-align: center; font-size: 20pt; margin: 0; font-variant: small-caps; }
.label { text-align: center; margin: 1mm 0; }
.contact { text-align: center; font-size: 9pt; margin-bottom: 4mm; }
table { width: 100%; border-collapse: collapse; }
td { vertical-align: top; padding: 1.2mm 2mm; }
td.k { width: 32mm; color: #7a2e0e; font-size: 9pt; }
tr.sec td { border-bottom: 1.5px solid #7a2e0e; font-weight: bold; font-size: 11.5pt; padding-top: 5mm;
            text-transform: uppercase; }
"""


def _entry_html(e: dict, bullet: str) -> str:
    parts = []
    if e.get("title") or e.get("dates"):
        parts.append(f'<div class="head"><span>{escape(e.get("title", ""))}</span>'
                     f'<span class="dates">{escape(e.get("dates", ""))}</span></div>')
    if e.get("sub"):
        parts.append(f'<div class="sub">{escape(e["sub"])}</div>')
    if e.get("text"):
        parts.append(f"<div>{escape(e['text'])}</div>")
    if e.get("url"):
        parts.append(f'<div><a href="{escape(e["url"])}">{escape(e["url"].removeprefix("https://"))}</a></div>')
    if e.get("bullets"):
        items = "".join(f"<li>{escape(b)}</li>" for b in e["bullets"])
        parts.append(f'<ul style="list-style-type: \'{bullet} \'">{items}</ul>')
    return f'<div class="entry">{"".join(parts)}</div>'


def sidebar_html(doc: dict) -> str:
    d = Vw.display(doc)
    side_keys = {"skills", "education", "awards"}
    side = [f"<h1>{'<br>'.join(escape(n) for n in d['name'])}</h1>", f'<div class="label">{escape(d["label"])}</div>',
            "<h2>Contact</h2>", "".join(f"<div>{escape(c)}</div>" for c in d["contact"])]
    main = []
    for s in d["sections"]:
        block = [f"<h2>{escape(s['heading'])}</h2>"] + [_entry_html(e, d["bullet"]) for e in s["entries"]]
        (side if s["key"] in side_keys else main).extend(block)
    return (f"<!doctype html><html><head><meta charset='utf-8'><style>{SIDEBAR_CSS}</style></head><body>"
            f"<div class='wrap'><aside>{''.join(side)}</aside><main>{''.join(main)}</main></div></body></html>")


def table_html(doc: dict) -> str:
    d = Vw.display(doc)
    rows = []
    for s in d["sections"]:
        rows.append(f'<tr class="sec"><td colspan="2">{escape(s["heading"])}</td></tr>')
        for e in s["entries"]:
            body = {k: v for k, v in e.items() if k != "dates"}
            rows.append(f'<tr><td class="k">{escape(e.get("dates", ""))}</td><td>{_entry_html(body, d["bullet"])}</td></tr>')
    contact = " &#x2022; ".join(escape(c) for c in d["contact"])
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(' '.join(d['name']))}</title>"
            f"<style>{TABLE_CSS}</style></head><body><h1>{'<br>'.join(escape(n) for n in d['name'])}</h1>"
            f'<div class="label">{escape(d["label"])}</div><div class="contact">{contact}</div>'
            f"<table>{''.join(rows)}</table></body></html>")


def _printed(make, engine):
    def render(doc: dict, out: Path, work: Path) -> None:
        html = work / "resume.html"
        html.write_text(make(doc), encoding="utf-8")
        engine(html, out)
    return render


def _office_docx(doc: dict, out: Path, work: Path) -> None:
    html = work / "resume.html"
    html.write_text(table_html(doc), encoding="utf-8")
    out.write_bytes(soffice_convert(html, "docx", work, "MS Word 2007 XML").read_bytes())


def layouts() -> list[Layout]:
    return [
        Layout("chromium", "html-sidebar", "pdf", "html/css sidebar template -> chromium -> pdf",
               _printed(sidebar_html, chromium_pdf), people=10),
        Layout("chromium", "html-datetable", "pdf", "html table template (date column) -> chromium -> pdf",
               _printed(table_html, chromium_pdf), people=10),
        Layout("weasyprint", "html-sidebar", "pdf", "html/css sidebar template -> weasyprint -> pdf",
               _printed(sidebar_html, weasyprint_pdf), people=10),
        Layout("libreoffice", "html-datetable-docx", "docx",
               "html table template (date column) -> libreoffice writer -> docx", _office_docx, people=8),
    ]
