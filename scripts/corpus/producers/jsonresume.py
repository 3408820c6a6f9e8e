"""JSON Resume npm themes rendered to HTML, printed by three HTML engines."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .common import (
    NODE_DIR,
    Layout,
    chromium_pdf,
    run,
    soffice_convert,
    theme_input,
    weasyprint_pdf,
    wkhtmltopdf_pdf,
)

RENDER_JS = """
const fs = require('fs');
const theme = require(process.argv[2]);
const resume = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
Promise.resolve(theme.render(resume)).then(html => fs.writeFileSync(process.argv[4], html));
"""


def theme_html(theme: str, person: dict, work: Path) -> Path:
    js = work / "render.js"
    js.write_text(RENDER_JS)
    src = work / "resume.json"
    data = theme_input(person)
    if theme == "actual":  # its projects template does not load (theme bug): print without projects
        data.pop("projects", None)
    src.write_text(json.dumps(data, ensure_ascii=False))
    html = work / "resume.html"
    run(["node", js, f"jsonresume-theme-{theme}", src, html], cwd=NODE_DIR,
        env={"NODE_PATH": str(NODE_DIR / "node_modules")})
    return html


def _printer(theme: str, engine):
    def render(person: dict, out: Path, work: Path) -> None:
        engine(theme_html(theme, person, work), out)
    return render


CHROMIUM_THEMES = ["kendall", "paper", "onepage", "short", "class", "spartan", "actual", "modern"]
WEASY_THEMES = ["kendall", "spartan", "paper"]
WKHTML_THEMES = ["class", "short"]


def layouts() -> list[Layout]:
    out = [Layout("jsonresume-chromium", t, "pdf", "jsonresume theme -> html -> chromium -> pdf",
                  _printer(t, chromium_pdf)) for t in CHROMIUM_THEMES]
    out += [Layout("weasyprint", f"jsonresume-{t}", "pdf", "jsonresume theme -> html -> weasyprint -> pdf",
                   _printer(t, weasyprint_pdf), people=8) for t in WEASY_THEMES]
    out += [Layout("wkhtmltopdf", f"jsonresume-{t}", "pdf", "jsonresume theme -> html -> wkhtmltopdf -> pdf",
                   _printer(t, wkhtmltopdf_pdf), people=8) for t in WKHTML_THEMES]
    return out + office_layouts()


def _office(theme: str, target: str, filt: str):
    def render(person: dict, out: Path, work: Path) -> None:
        html = theme_html(theme, person, work)
        # no network here: LibreOffice would wait on every remote stylesheet or font
        page = re.sub(r"<(link|script)[^>]+(href|src)=[\"']?(https?:)?//[^>]*>(</script>)?", "",
                      html.read_text(encoding="utf-8"))
        html.write_text(re.sub(r"@import url\([^)]*\);?", "", page), encoding="utf-8")
        got = soffice_convert(html, target, work, filt)
        out.write_bytes(got.read_bytes())
    return render


def office_layouts() -> list[Layout]:
    return [Layout("libreoffice", f"jsonresume-{t}-docx", "docx",
                   "jsonresume theme -> html -> libreoffice writer -> docx",
                   _office(t, "docx", "MS Word 2007 XML"), people=8) for t in ("onepage", "spartan")]
