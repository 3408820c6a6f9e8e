"""Markdown resumes converted by pandoc: DOCX (default and a restyled reference doc),
and PDF through pandoc's LaTeX template."""

from __future__ import annotations

from pathlib import Path

import view as Vw

from .common import Layout, run


def markdown(doc: dict) -> str:
    st = doc["meta"]["corpus"]
    b = doc["basics"]
    out = []
    if st["name_lines"] == 2:
        first, last = b["name"].split(" ", 1)
        out += [f"# {first}\\\n{last}", ""]
    else:
        out += [f"# {b['name']}", ""]
    out += [f"**{b['label']}**", ""]
    contact = Vw.contact_items(doc)
    out += [" · ".join(contact), ""]
    for key, head in Vw.sections(doc):
        out += [f"## {head}", ""]
        if key == "summary":
            out += [b["summary"], ""]
        elif key in ("work", "internships"):
            for job in Vw.jobs(doc, key):
                dates, _, _ = Vw.date_range(job.get("startDate"), job.get("endDate"), st["date_style"])
                lines = Vw.job_header(job, st)
                out += [f"### {lines[0]}", ""]
                out += [f"*{lines[1]}* \\", f"{dates}", ""] if len(lines) > 1 else [f"*{dates}*", ""]
                out += [f"- {h}" for h in job["highlights"]] + [""]
        elif key == "education":
            for ed in doc["education"]:
                main, second = Vw.degree_line(ed, st["degree_style"])
                dates, _, _ = Vw.date_range(ed.get("startDate"), ed.get("endDate"), st["date_style"])
                out += [f"**{main}** \\"] + ([f"{second} \\"] if second else []) + [dates, ""]
        elif key == "skills":
            out += [f"- **{s['name']}:** {', '.join(s['keywords'])}" for s in doc["skills"]] + [""]
        elif key == "publications":
            out += [f"{i}. {Vw.pub_line(p)}" for i, p in enumerate(doc["publications"], 1)] + [""]
        elif key == "projects":
            out += [f"- **[{p['name']}]({p['url']})**: {p['description']}" for p in doc["projects"]] + [""]
        elif key == "awards":
            for a in doc["awards"]:
                date, _ = Vw.one_date(a["date"], "mon")
                out += [f"- {a['title']}, {a['awarder']}, {date}"]
            out += [""]
    return "\n".join(out)


def _reference_doc(work: Path) -> Path:
    """pandoc's own reference.docx with restyled headings and body font (python-docx)."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    ref = work / "reference.docx"
    ref.write_bytes(_default_reference())
    d = Document(ref)
    d.styles["Normal"].font.name = "Georgia"
    by_id = {s.style_id: s for s in d.styles}
    for name, size, colour in (("Heading 1", 22, (0x22, 0x22, 0x22)), ("Heading 2", 12, (0x8B, 0x1E, 0x3F)),
                               ("Heading 3", 10.5, (0x33, 0x33, 0x33))):
        s = by_id[name.replace(" ", "")]
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor(*colour)
        s.font.all_caps = name == "Heading 2"
    d.save(ref)
    return ref


def _default_reference() -> bytes:
    import subprocess

    return subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                          capture_output=True, check=True).stdout


def _md(doc: dict, work: Path) -> Path:
    md = work / "resume.md"
    md.write_text(markdown(doc), encoding="utf-8")
    return md


def render_docx(doc: dict, out: Path, work: Path) -> None:
    run(["pandoc", "-f", "markdown", "-t", "docx", "-o", out, _md(doc, work)])


def render_docx_ref(doc: dict, out: Path, work: Path) -> None:
    run(["pandoc", "-f", "markdown", "-t", "docx", f"--reference-doc={_reference_doc(work)}", "-o", out,
         _md(doc, work)])


def render_latex(doc: dict, out: Path, work: Path) -> None:
    run(["pandoc", "-f", "markdown", "-o", out, "--pdf-engine=xelatex", "-V", "geometry:margin=2cm",
         "-V", "mainfont=DejaVu Serif", "-V", "fontsize=10pt", _md(doc, work)], cwd=work, timeout=240)


def layouts() -> list[Layout]:
    return [
        Layout("pandoc", "docx-default", "docx", "markdown -> pandoc -> docx", render_docx),
        Layout("pandoc", "docx-reference", "docx", "markdown -> pandoc (restyled reference doc) -> docx",
               render_docx_ref),
        Layout("pandoc", "latex-pdf", "pdf", "markdown -> pandoc -> xelatex -> pdf", render_latex, people=10),
    ]
