"""Text and link targets of a produced document, to check its truth against.

PDF: poppler's ``pdftotext`` (reading order and raw order) and the URI link
annotations (pdfminer).  DOCX: every paragraph of the body, tables, text boxes,
headers and footers straight from the package XML, and the external hyperlinks.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def pdf_text(path: Path) -> str:
    outs = []
    for mode in ([], ["-raw"]):
        r = subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", str(path), "-"],
                           capture_output=True, check=True)
        outs.append(r.stdout.decode("utf-8", "replace"))
    return "\n\f\n".join(outs)


def pdf_pages(path: Path) -> int:
    r = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    m = re.search(r"^Pages:\s+(\d+)", r.stdout, re.M)
    return int(m.group(1)) if m else 0


def pdf_links(path: Path) -> list[str]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    out = []
    with open(path, "rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        for page in PDFPage.create_pages(doc):
            for a in resolve1(page.annots) or []:
                a = resolve1(a)
                act = resolve1(a.get("A")) if isinstance(a, dict) else None
                uri = resolve1(act.get("URI")) if isinstance(act, dict) else None
                if isinstance(uri, bytes):
                    out.append(uri.decode("utf-8", "replace"))
    return out


def _para_text(p: ET.Element) -> str:
    """A paragraph's own text: text boxes anchored in it are paragraphs of their own."""
    parts = []

    def walk(el: ET.Element) -> None:
        for child in el:
            if child.tag == W + "txbxContent":
                continue
            if child.tag == W + "t":
                parts.append(child.text or "")
            elif child.tag in (W + "tab", W + "br", W + "cr"):
                parts.append(" ")
            elif child.tag == W + "noBreakHyphen":
                parts.append("-")
            walk(child)

    walk(p)
    return "".join(parts)


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
        lines = []
        for n in sorted(names, key=lambda n: (n != "word/document.xml", n)):
            root = ET.fromstring(z.read(n))
            # paragraphs in text boxes may appear twice (mc:Choice and mc:Fallback): fine
            lines += [_para_text(p) for p in root.iter(W + "p")]
        return "\n".join(lines)


def docx_links(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        out = []
        for n in z.namelist():
            if n.startswith("word/_rels/") and n.endswith(".rels"):
                root = ET.fromstring(z.read(n))
                out += [r.get("Target", "") for r in root.iter(REL + "Relationship")
                        if r.get("TargetMode") == "External" and r.get("Type", "").endswith("/hyperlink")]
        return out


def text_and_links(path: Path) -> tuple[str, list[str]]:
    if path.suffix == ".pdf":
        return pdf_text(path), pdf_links(path)
    return docx_text(path), docx_links(path)
