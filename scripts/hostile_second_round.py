"""The second round of hostile cases (used by make_hostile_corpus.py): text no file can hold,
huge and degenerate JSON Resume and .mlresume documents, byte-order marks, broken and external
Word relationships, rotated PDF pages and text, odd file names and outputs that cannot be written.

Three kinds of case:
- ``committed(rng)``: small files written into tests/fixtures/hostile (name, bytes, what, expect);
- ``runtime(out)``: files too big to commit, or whose names git and other systems refuse
  (newlines, escape codes, bytes that are not UTF-8), built in a temporary folder;
- ``OUTPUT_CASES``: a valid (or awkward) input converted to an output that is odd or unwritable.

An ``expect`` is a regular expression matched against the one-line reason, or "ok" (exit 0);
``note`` a regular expression the one-line note on stderr must match; ``stdout`` one the output
text must match (reading order); ``code`` the exit code when it is neither 0 nor 3.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import make_hostile_corpus as base

NAME = base.RESUME_LINES[0]
HIGHLIGHTS = [base.RESUME_LINES[4][2:], base.RESUME_LINES[5][2:]]
REPLACED = r"replaced \d+ characters? that no file can hold"


def _json(data: Any, encoding: str = "utf-8", bom: bytes = b"") -> bytes:
    return bom + json.dumps(data, ensure_ascii=False, indent=1).encode(encoding)


def json_resume(**more: Any) -> dict[str, Any]:
    """A small valid JSON Resume, with ``more`` keys added or replaced."""
    return {"basics": {"name": NAME, "email": "jordan@example.com", "label": "ML Engineer"},
            "work": [{"name": "Example Corp", "position": "Senior ML Engineer", "startDate": "2021-03",
                      "highlights": HIGHLIGHTS}],
            "skills": [{"name": "ML", "keywords": ["PyTorch", "CUDA"]}], **more}


def lone_surrogates() -> bytes:
    """Escapes JSON allows but UTF-8 cannot encode: a high and a low surrogate alone."""
    text = json.dumps(json_resume(), indent=1)
    return (text.replace(NAME, "Jordan \\ud800Example")
            .replace("Example Corp", "Example \\udfffCorp").encode("ascii"))


def control_characters() -> bytes:
    """NUL, bell, vertical tab, escape sequences and a C1 control in names and highlights."""
    data = json_resume()
    data["basics"]["name"] = "Jordan\u0007 Example\u001b[2J"
    data["work"][0]["highlights"] = ["Cut latency\u0000 by 40%", "Led\u000b a team\u009b of 4"]
    return _json(data)


def empty_entries(n: int) -> bytes:
    return _json({"basics": {"name": NAME}, "work": [{} for _ in range(n)]})


def native_entries(n: int) -> bytes:
    """An .mlresume with ``n`` experience entries, each with an id and a bullet."""
    entries = [{"id": f"e{i:07d}", "company": f"Company {i}",
                "bullets": [{"id": f"b{i:07d}", "text": HIGHLIGHTS[i % 2]}]} for i in range(n)]
    return _json({"format_version": 1, "basics": {"name": NAME}, "experience": entries})


def duplicate_ids() -> bytes:
    entries = [{"id": f"e{i}", "company": f"Company {i}"} for i in range(3000)]
    entries[2999]["id"] = "e17"
    return _json({"format_version": 1, "experience": entries})


def newline_in_value() -> bytes:
    """A native date holding a newline and an escape code: the reason quotes it on one line."""
    return _json({"format_version": 1, "experience": [{"company": "X", "start": "20\n21\u001b[1m"}]})


# --------------------------------------------------------------------------- Word relationships

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _rels(*rels: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL_NS}">'
            + "".join(rels) + "</Relationships>")


def _rel(rid: str, kind: str, target: str, external: bool = False) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rid}" Type="{R_TYPE}/{kind}" Target="{target}"{mode}/>'


def dangling_relationship_docx() -> bytes:
    """document.xml.rels names an image and a footer that are not in the package."""
    rels = _rels(_rel("rId1", "image", "media/image1.png"), _rel("rId2", "footer", "footer1.xml"))
    return base.minimal_docx(**{"word/_rels/document.xml.rels": rels})


def escaping_relationship_docx() -> bytes:
    """An internal relationship whose target climbs out of the package (to /etc/passwd)."""
    rels = _rels(_rel("rId1", "image", "../../../../etc/passwd"))
    return base.minimal_docx(**{"word/_rels/document.xml.rels": rels})


def external_relationship_docx() -> bytes:
    """External targets: a hyperlink, a linked image and an attached template on a network
    share. MLResume must read the text and never fetch any of them."""
    rels = _rels(_rel("rId1", "hyperlink", "https://example.com/jordan", external=True),
                 _rel("rId2", "image", "http://example.com/track.png", external=True),
                 _rel("rId3", "attachedTemplate", "file://server/share/Normal.dotm", external=True))
    body = (f'<w:p><w:hyperlink r:id="rId1" xmlns:r="{R_TYPE}"><w:r><w:t>jordan.example</w:t></w:r>'
            "</w:hyperlink></w:p>")
    doc = base.document_xml(base.RESUME_LINES, body_extra=body)
    return base.minimal_docx(doc, **{"word/_rels/document.xml.rels": rels})


def styles_of_wrong_type_docx() -> bytes:
    """A styles part the content types do not declare (python-docx sees a plain part)."""
    rels = _rels(_rel("rId1", "styles", "styles.xml"))
    return base.minimal_docx(**{"word/_rels/document.xml.rels": rels, "word/styles.xml": "<w:styles/>"})


def spreadsheet_main_part_docx() -> bytes:
    """The main part declared as a spreadsheet: a workbook part renamed into a Word package."""
    types = base.CONTENT_TYPES.replace("wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml")
    return base.docx_package({"[Content_Types].xml": types, "_rels/.rels": base.ROOT_RELS,
                              "word/document.xml": base.document_xml(base.RESUME_LINES)})


# --------------------------------------------------------------------------- rotated PDF


def rotated_page_pdf(rotate: int) -> bytes:
    """Text drawn upright in the page's own space on a page carrying /Rotate."""
    return base.pdf_document([base.text_stream(base.RESUME_LINES)], page_extra=f"/Rotate {rotate} ")


def rotated_text_pdf() -> bytes:
    """An upright page whose text is drawn turned 90 degrees (reading bottom to top)."""
    ops = ["BT", "/F1 11 Tf"]
    for i, line in enumerate(base.RESUME_LINES):
        ops.append(f"0 1 -1 0 {80 + 14 * i} 60 Tm ({base._pdf_escape(line)}) Tj")
    ops.append("ET")
    return base.pdf_document(["\n".join(ops).encode("latin-1")])


def committed(rng: random.Random) -> list[tuple[str, bytes, str, str]]:
    """The small second-round files: (name, content, what it is, expected reason or "ok")."""
    resume = json_resume()
    text = "\n".join(base.RESUME_LINES) + "\n"
    native = {"format_version": 1, "basics": {"name": NAME}, "summary": "Builds ranking models."}
    return [
        ("lone-surrogates.json", lone_surrogates(), "JSON escapes of lone surrogates in name and company",
         "ok"),
        ("lone-surrogates.mlresume", b'{"format_version": 1, "basics": {"name": "Jordan \\ud800Example"}, '
         b'"summary": "Ranking \\udc80models"}', "an .mlresume holding lone surrogates", "ok"),
        ("control-characters.json", control_characters(), "NUL, bell, escape codes, C1 controls", "ok"),
        ("empty-entries-5000.json", empty_entries(5000), "5,000 empty work entries", "ok"),
        ("empty-entries-20000.json", empty_entries(20_000), "20,000 empty work entries", "ok"),
        ("entries-5000.mlresume", native_entries(5000), "5,000 entries with ids and bullets", "ok"),
        ("duplicate-ids.mlresume", duplicate_ids(), "3,000 entries, the last reusing an earlier id",
         r"experience\[2999\]\.id: id 'e17' is also used by experience\[17\]"),
        ("newline-in-value.mlresume", newline_in_value(), "a date holding a newline and an escape code",
         r"experience\[0\]\.start"),
        ("utf16-le-bom.json", _json(resume, "utf-16-le", b"\xff\xfe"), "JSON Resume in UTF-16 LE, BOM", "ok"),
        ("utf16-be-bom.json", _json(resume, "utf-16-be", b"\xfe\xff"), "JSON Resume in UTF-16 BE, BOM", "ok"),
        ("utf32-le-bom.json", _json(resume, "utf-32-le", b"\xff\xfe\x00\x00"), "UTF-32 LE, BOM", "ok"),
        ("utf32-be-bom.json", _json(resume, "utf-32-be", b"\x00\x00\xfe\xff"), "UTF-32 BE, BOM", "ok"),
        ("utf16-bom.mlresume", _json(native, "utf-16-le", b"\xff\xfe"), ".mlresume in UTF-16, BOM", "ok"),
        ("utf16-bom.txt", b"\xff\xfe" + text.encode("utf-16-le"), "a text resume in UTF-16 LE, BOM", "ok"),
        ("utf32-bom.txt", b"\x00\x00\xfe\xff" + text.encode("utf-32-be"), "a text resume in UTF-32 BE, BOM",
         "ok"),
        ("utf32-bom.md", b"\xff\xfe\x00\x00" + text.encode("utf-32-le"), "Markdown in UTF-32 LE, BOM", "ok"),
        ("dangling-relationship.docx", dangling_relationship_docx(),
         "relationships to an image and a footer missing from the package", "ok"),
        ("escaping-relationship.docx", escaping_relationship_docx(),
         "an internal relationship pointing outside the package (../../etc/passwd)", "ok"),
        ("external-relationship.docx", external_relationship_docx(),
         "external hyperlink, linked image and network template", "ok"),
        ("styles-wrong-type.docx", styles_of_wrong_type_docx(), "a styles part of an undeclared type",
         "ok"),
        ("spreadsheet-main-part.docx", spreadsheet_main_part_docx(),
         "the main part declared as a spreadsheet", "main part is not a Word document.*spreadsheetml"),
        ("rotated-90.pdf", rotated_page_pdf(90), "upright text on a page with /Rotate 90", "ok"),
        ("rotated-180.pdf", rotated_page_pdf(180), "upright text on a page with /Rotate 180", "ok"),
        ("rotated-270.pdf", rotated_page_pdf(270), "upright text on a page with /Rotate 270", "ok"),
        ("rotated-text.pdf", rotated_text_pdf(), "text drawn turned 90 degrees on an upright page", "ok"),
    ]


# What else an "ok" case must show: a note on stderr, the name in reading order on stdout.
CHECKS: dict[str, dict[str, str]] = {
    "lone-surrogates.json": {"note": REPLACED, "stdout": "Jordan \ufffdExample"},
    "lone-surrogates.mlresume": {"note": REPLACED},
    "control-characters.json": {"note": REPLACED, "stdout": "Cut latency\ufffd by 40%"},
    "dangling-relationship.docx": {"note": r"skipped .*media/image1\.png", "stdout": NAME},
    "escaping-relationship.docx": {"note": r"skipped", "stdout": NAME},
    "external-relationship.docx": {"stdout": NAME},
    "styles-wrong-type.docx": {"note": "styles part is damaged", "stdout": NAME},
    "utf16-le-bom.json": {"stdout": NAME}, "utf32-be-bom.json": {"stdout": NAME},
    "utf16-bom.txt": {"stdout": NAME}, "utf32-bom.txt": {"stdout": NAME}, "utf32-bom.md": {"stdout": NAME},
    **{f"rotated-{r}.pdf": {"note": "rotated", "stdout": NAME} for r in (90, 180, 270)},
    "rotated-text.pdf": {"note": "turned|rotated", "stdout": NAME},
}


def runtime(out: Path) -> dict[str, dict[str, str]]:
    """Cases built in ``out`` at run time (too big to commit, or with names git refuses)."""
    out.mkdir(parents=True, exist_ok=True)
    cases: dict[str, tuple[bytes, str, str]] = {
        "million-entries.json": (_json({"work": [{}] * 1_000_000}), "a million empty work entries",
                                 "holds more than 50,000 values; work alone holds 1,000,000"),
        "million-highlights.json": (_json({"work": [{"name": "X", "highlights": ["a"] * 1_000_000}]}),
                                    "one entry with a million highlights",
                                    r"work\[0\]\.highlights alone holds 1,000,000"),
        "highlights-45000.json": (_json({"work": [{"name": "X", "highlights": ["a"] * 45_000}]}),
                                  "45,000 highlights: under the value limit, read whole", "ok"),
        "million-entries.mlresume": (_json({"format_version": 1, "experience": [{}] * 1_000_000}),
                                     "an .mlresume with a million entries", "holds more than 50,000 values"),
        "new\nline.json": (base.valid_json_resume(), "a newline in the input file name", "ok"),
        "bad\nname.json": (b'{"basics": 5}', "a newline in the name of a file that is refused",
                           r"basics: expected an object"),
        "\x1b[31mred.json": (b"[", "an escape sequence in the name of a file that is refused",
                             "invalid JSON"),
    }
    manifest: dict[str, dict[str, str]] = {}
    for name, (data, what, expect) in cases.items():
        (out / name).write_bytes(data)
        manifest[name] = {"what": what, "expect": expect}
    latin = os.fsdecode(b"caf\xe9.json")  # not UTF-8: a lone surrogate in the decoded path
    (out / latin).write_bytes(base.valid_json_resume())
    manifest[latin] = {"what": "a file name that is not UTF-8", "expect": "ok"}
    return manifest


# (name, input in the corpus, --format, output ("{dir}" is a temporary folder; None: stdout),
#  expected exit code, expected reason or note (regex))
OUTPUT_CASES: list[tuple[str, str, str, str | None, int, str]] = [
    ("newline in the output name", "valid.json", "text", "{dir}/out\nput.txt", 0, ""),
    ("escape code in the output name", "valid.json", "markdown", "{dir}/\x1b[2Jout.md", 0, ""),
    ("output folder missing, newline in it", "valid.json", "text", "{dir}/no\nsuch/out.txt", 4,
     r"cannot write in .*no\\nsuch"),
    ("output is a folder", "valid.json", "json-resume", "{dir}", 4, "is a folder"),
    ("output to a full device", "valid.json", "docx", "/dev/full", 4, "No space left on device"),
    ("stdout is a full device", "valid.json", "text", "stdout:/dev/full", 4,
     "cannot write to standard output: No space left"),
    ("output name too long", "valid.json", "pdf", "{dir}/" + "n" * 300 + ".pdf", 4, "name too long"),
    ("output under /proc", "valid.json", "text", "/proc/mlresume-out.txt", 4, "cannot write"),
    ("lone surrogates to DOCX", "lone-surrogates.json", "docx", "{dir}/s.docx", 0, REPLACED),
    ("lone surrogates to PDF", "lone-surrogates.json", "pdf", "{dir}/s.pdf", 0, REPLACED),
    ("lone surrogates to JSON Resume", "lone-surrogates.json", "json-resume", None, 0, REPLACED),
    ("lone surrogates to .mlresume", "lone-surrogates.mlresume", "mlresume", "{dir}/s.mlresume", 0,
     REPLACED),
    ("control characters to DOCX", "control-characters.json", "docx", "{dir}/c.docx", 0, REPLACED),
    ("control characters to PDF", "control-characters.json", "pdf", "{dir}/c.pdf", 0, REPLACED),
    ("control characters to Markdown", "control-characters.json", "markdown", None, 0, REPLACED),
]
