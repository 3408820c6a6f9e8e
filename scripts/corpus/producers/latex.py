"""LaTeX resumes from TeX Live, compiled with xelatex: the moderncv class in its five
styles, and article-based layouts of the common kinds (right-aligned dates under
titlesec rules; a left date column)."""

from __future__ import annotations

import re
from pathlib import Path

import view as Vw

from .common import Layout, run

_ESC = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
        "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}


def tex(s: str) -> str:
    return re.sub(r"[&%$#_{}~^\\]", lambda m: _ESC[m.group()], s or "")


def compile_tex(source: str, out: Path, work: Path, engine: str = "xelatex") -> None:
    f = work / "resume.tex"
    f.write_text(source, encoding="utf-8")
    for _ in range(2):  # moderncv and lastpage need a second pass
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "resume.tex"], cwd=work, timeout=240)
    out.write_bytes((work / "resume.pdf").read_bytes())


def _itemize(items: list[str]) -> str:
    if not items:
        return ""
    return "\\begin{itemize}\n" + "\n".join(f"\\item {tex(h)}" for h in items) + "\n\\end{itemize}"


def moderncv(style: str, colour: str):
    def render(doc: dict, out: Path, work: Path) -> None:
        st = doc["meta"]["corpus"]
        b = doc["basics"]
        first, last = b["name"].split(" ", 1)
        loc = b["location"]
        L = ["\\documentclass[11pt,a4paper,sans]{moderncv}", f"\\moderncvstyle{{{style}}}",
             f"\\moderncvcolor{{{colour}}}", "\\usepackage[scale=0.8]{geometry}",
             *(PDFLATEX_FONTS if style in PDFLATEX_STYLES else []),
             f"\\name{{{tex(first)}}}{{{tex(last)}}}", f"\\title{{{tex(b['label'])}}}",
             f"\\address{{{tex(loc['city'])}}}{{{tex(loc.get('region', ''))}}}{{}}",
             f"\\phone[mobile]{{{tex(b['phone'])}}}", f"\\email{{{tex(b['email'])}}}"]
        if b.get("url"):
            L.append(f"\\homepage{{{tex(b['url'].removeprefix('https://'))}}}")
        for p in b["profiles"]:
            L.append(f"\\social[{p['network'].lower()}]{{{tex(p['username'])}}}")
        L += ["\\begin{document}", "\\makecvtitle"]
        for key, head in Vw.sections(doc):
            L.append(f"\\section{{{tex(head)}}}")
            if key == "summary":
                L.append(f"\\cvitem{{}}{{{tex(b['summary'])}}}")
            elif key in ("work", "internships"):
                for j in Vw.jobs(doc, key):
                    dates, _, _ = Vw.date_range(j.get("startDate"), j.get("endDate"), st["date_style"])
                    a, c = (j["position"], j["name"]) if st["header_order"] == "role-first" else (j["name"], j["position"])
                    L.append(f"\\cventry{{{tex(dates)}}}{{{tex(a)}}}{{{tex(c)}}}{{{tex(j.get('location', ''))}}}{{}}"
                             f"{{{_itemize(j['highlights'])}}}")
            elif key == "education":
                for e in doc["education"]:
                    dates, _, _ = Vw.date_range(e.get("startDate"), e.get("endDate"), st["date_style"])
                    main, second = Vw.degree_line(e, st["degree_style"])
                    L.append(f"\\cventry{{{tex(dates)}}}{{{tex(main)}}}{{{tex(second)}}}{{}}{{}}{{}}")
            elif key == "skills":
                L += [f"\\cvitem{{{tex(s['name'])}}}{{{tex(', '.join(s['keywords']))}}}" for s in doc["skills"]]
            elif key == "publications":
                for p in doc["publications"]:
                    L.append(f"\\cvitem{{{p['releaseDate'][:4]}}}{{{tex(', '.join(p['authors']))}. "
                             f"\\textit{{{tex(p['name'])}}}. {tex(p['publisher'])}.}}")
            elif key == "projects":
                L += [f"\\cvitem{{{tex(p['name'])}}}{{{tex(p['description'])} \\url{{{p['url']}}}}}"
                      for p in doc["projects"]]
            elif key == "awards":
                L += [f"\\cvitem{{{Vw.one_date(a['date'], 'mon')[0]}}}{{{tex(a['title'])}, {tex(a['awarder'])}}}"
                      for a in doc["awards"]]
        L.append("\\end{document}")
        compile_tex("\n".join(L), out, work, "pdflatex" if style in PDFLATEX_STYLES else "xelatex")
    return render


# fancy does not compile with xelatex in TeX Live 2022 (old-style numerals): pdflatex, T1 fonts
PDFLATEX_STYLES = {"fancy"}
PDFLATEX_FONTS = ["\\usepackage[T1]{fontenc}", "\\usepackage[utf8]{inputenc}", "\\usepackage{lmodern}"]

ARTICLE_PRE = r"""\documentclass[10pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{%(font)s}
\usepackage[margin=1.7cm]{geometry}
\usepackage{titlesec,enumitem,xcolor,tabularx,lastpage,fancyhdr}
\usepackage[hidelinks]{hyperref}
\definecolor{accent}{HTML}{%(accent)s}
\titleformat{\section}{\large\bfseries\color{accent}}{}{0pt}{%(caps)s}[\titlerule]
\titlespacing*{\section}{0pt}{10pt}{5pt}
\setlist[itemize]{leftmargin=1.2em,itemsep=1pt,topsep=2pt,label={%(bullet)s}}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[C]{\footnotesize %(footer)s}
\setlength{\parindent}{0pt}
"""


def article(variant: str, font: str, accent: str):
    """variant 'right': dates right-aligned on the header line; 'left': a date column."""
    def render(doc: dict, out: Path, work: Path) -> None:
        st = doc["meta"]["corpus"]
        b = doc["basics"]
        contact = " \\textbar{} ".join(tex(c) for c in Vw.contact_items(doc))
        footer = (f"{tex(b['name'])} -- Page \\thepage{{}} of \\pageref{{LastPage}}"
                  if st["contact_place"] != "footer" else contact)
        bullet = {"•": r"\textbullet", "–": "--", "▪": r"$\blacksquare$", "◦": r"$\circ$", "*": "*"}
        pre = ARTICLE_PRE % {"font": font, "accent": accent, "caps": r"\MakeUppercase" if variant == "right" else "",
                             "bullet": bullet.get(st["bullet_char"], r"\textbullet").replace("$\\blacksquare$", r"\textbullet"),
                             "footer": footer}
        L = [pre, "\\begin{document}"]
        name = tex(b["name"]).replace(" ", "\\\\", 1) if st["name_lines"] == 2 else tex(b["name"])
        align = "center" if variant == "right" else "flushleft"
        L += [f"\\begin{{{align}}}", f"{{\\Huge\\bfseries {name}}}\\\\[4pt]", f"{{\\large {tex(b['label'])}}}\\\\[3pt]"]
        if st["contact_place"] != "footer":
            L.append(f"{{\\small {contact}}}")
        L.append(f"\\end{{{align}}}")
        for key, head in Vw.sections(doc):
            L.append(f"\\section*{{{tex(head)}}}")
            if key == "summary":
                L.append(tex(b["summary"]) + "\n")
            elif key in ("work", "internships"):
                for j in Vw.jobs(doc, key):
                    dates, _, _ = Vw.date_range(j.get("startDate"), j.get("endDate"), st["date_style"])
                    lines = [tex(x) for x in Vw.job_header(j, st)]
                    if variant == "right":
                        L.append(f"\\textbf{{{lines[0]}}} \\hfill {tex(dates)}\\\\")
                        if len(lines) > 1:
                            L.append(f"\\textit{{{lines[1]}}}\\\\")
                        L.append(_itemize(j["highlights"]))
                    else:
                        body = f"\\textbf{{{lines[0]}}}" + (f"\\newline \\textit{{{lines[1]}}}" if len(lines) > 1 else "")
                        L.append(f"\\begin{{tabularx}}{{\\linewidth}}{{@{{}}p{{3.2cm}}X@{{}}}}\n{tex(dates)} & {body}"
                                 f"\\end{{tabularx}}\n")
                        L.append("\\begin{itemize}[leftmargin=4.1cm]\n" + "\n".join(f"\\item {tex(h)}" for h in j["highlights"])
                                 + "\n\\end{itemize}")
            elif key == "education":
                for e in doc["education"]:
                    dates, _, _ = Vw.date_range(e.get("startDate"), e.get("endDate"), st["date_style"])
                    main, second = Vw.degree_line(e, st["degree_style"])
                    if variant == "right":
                        L.append(f"\\textbf{{{tex(main)}}} \\hfill {tex(dates)}\\\\" + (f"\n{tex(second)}\\\\" if second else "")
                                 + "[3pt]")
                    else:
                        L.append(f"\\begin{{tabularx}}{{\\linewidth}}{{@{{}}p{{3.2cm}}X@{{}}}}\n{tex(dates)} & "
                                 f"\\textbf{{{tex(main)}}}" + (f"\\newline {tex(second)}" if second else "") + "\\end{tabularx}\n")
            elif key == "skills":
                L.append("\\begin{tabularx}{\\linewidth}{@{}lX@{}}")
                L += [f"\\textbf{{{tex(s['name'])}}} & {tex(', '.join(s['keywords']))}\\\\" for s in doc["skills"]]
                L.append("\\end{tabularx}")
            elif key == "publications":
                L.append("\\begin{enumerate}[leftmargin=1.5em]")
                L += [f"\\item {tex(', '.join(p['authors']))}. \\textit{{{tex(p['name'])}}}. {tex(p['publisher'])}."
                      for p in doc["publications"]]
                L.append("\\end{enumerate}")
            elif key == "projects":
                L.append("\\begin{itemize}")
                L += [f"\\item \\textbf{{{tex(p['name'])}}}: {tex(p['description'])} \\href{{{p['url']}}}{{(code)}}"
                      for p in doc["projects"]]
                L.append("\\end{itemize}")
            elif key == "awards":
                L.append("\\begin{itemize}")
                L += [f"\\item {tex(a['title'])}, {tex(a['awarder'])} \\hfill {Vw.one_date(a['date'], 'mon')[0]}"
                      for a in doc["awards"]]
                L.append("\\end{itemize}")
        L.append("\\end{document}")
        compile_tex("\n".join(L), out, work)
    return render


def layouts() -> list[Layout]:
    out = [Layout("latex-moderncv", s, "pdf", f"moderncv ({s}) -> {'pdflatex' if s in PDFLATEX_STYLES else 'xelatex'} -> pdf", moderncv(s, c), people=10)
           for s, c in (("classic", "blue"), ("casual", "green"), ("banking", "burgundy"),
                        ("oldstyle", "grey"), ("fancy", "black"))]
    out += [Layout("latex-article", "titlesec-rightdates", "pdf", "article + titlesec, right-aligned dates -> xelatex -> pdf",
                   article("right", "DejaVu Serif", "1F4E79")),
            Layout("latex-article", "tabular-leftdates", "pdf", "article + tabularx date column -> xelatex -> pdf",
                   article("left", "DejaVu Sans", "5B2C6F")),
            Layout("latex-classes", "europasscv", "pdf", "europasscv class -> xelatex -> pdf", europass,
                   people=10)]
    return out


def _entries(doc: dict, st: dict):
    """(section key, heading, [(dates, title, sub, bullets)]) for the class templates."""
    for s in Vw.display(doc)["sections"]:
        yield s["key"], s["heading"], [(e.get("dates", ""), e.get("title", ""), e.get("sub", ""),
                                        e.get("bullets", []), e.get("text", "")) for e in s["entries"]]


def europass(doc: dict, out: Path, work: Path) -> None:
    """TeX Live's europasscv class: the Europass grid, labels and dates in the left column."""
    st = doc["meta"]["corpus"]
    b = doc["basics"]
    first, last = b["name"].split(" ", 1)
    loc = b["location"]
    L = ["\\documentclass[english,a4paper]{europasscv}", "\\usepackage[english]{babel}",
         "\\usepackage{fontspec}", "\\setmainfont{DejaVu Sans}",
         f"\\ecvname{{{tex(first)} {tex(last)}}}", f"\\ecvaddress{{{tex(', '.join(x for x in (loc['city'], loc.get('region', '')) if x))}}}",
         f"\\ecvmobile{{{tex(b['phone'])}}}", f"\\ecvemail{{{tex(b['email'])}}}"]
    if b.get("url"):
        L.append(f"\\ecvhomepage{{{tex(b['url'].removeprefix('https://'))}}}")
    L += ["\\begin{document}", "\\begin{europasscv}", "\\ecvpersonalinfo"]
    for key, head, items in _entries(doc, st):
        L.append(f"\\ecvsection{{{tex(head)}}}")
        for dates, title, sub, bullets, text in items:
            if key in ("work", "internships", "education"):
                L.append(f"\\ecvtitle{{{tex(dates)}}}{{{tex(title)}}}")
                if sub:
                    L.append(f"\\ecvitem{{}}{{{tex(sub)}}}")
                if bullets:
                    L.append("\\ecvitem{}{\\begin{ecvitemize}" + "".join(f"\\item {tex(h)}" for h in bullets)
                             + "\\end{ecvitemize}}")
            elif title:
                L.append(f"\\ecvitem{{{tex(title)}}}{{{tex(text or sub)}{(' (' + tex(dates) + ')') if dates else ''}}}")
            else:
                L.append(f"\\ecvitem{{}}{{{tex(text)}}}")
    L += ["\\end{europasscv}", "\\end{document}"]
    compile_tex("\n".join(L), out, work)
