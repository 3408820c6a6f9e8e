"""Markdown and plain-text export, from the same rendered layout as the Word and PDF exports.

Plain text is meant for pasting into application forms: no markup, ``-`` bullets, URLs spelled
out. Options: ``variant`` (a variant name), ``template`` (section order when the resume stores none).
"""

from __future__ import annotations

import re
from typing import Any

from mlresume_gui.formats.writing.layout import CLOSE_QUOTE, Entry, Layout, Line, Span, prepare
from mlresume_gui.model import Resume

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-]|\d+[.)])(\s)")


def _md_escape(text: str) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(r"\1\\\2\3", text)


def _md_spans(spans: list[Span]) -> str:
    out = []
    for s in spans:
        text = _md_escape(s.text)
        stripped = text.strip()
        if stripped and (s.bold or s.italic):
            mark = "**" if s.bold else "*"
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()):]
            text = f"{lead}{mark}{stripped}{mark}{trail}"
        if s.url and stripped:
            text = f"[{text}](<{s.url}>)"
        out.append(text)
    return "".join(out)


def _entry_meta(entry: Entry) -> list[str]:
    return [p for p in (entry.meta, entry.dates) if p]


def render_markdown(layout: Layout) -> str:
    """A rendered layout as Markdown (CommonMark)."""
    h = layout.header
    out = [f"# {_md_escape(h.name) or 'Resume'}", ""]
    if h.headline:
        out += [f"**{_md_escape(h.headline)}**", ""]
    for line in h.lines():
        out += [" · ".join(_md_spans([c]) for c in line) + "  "]
    if h.lines():
        out[-1] = out[-1].rstrip()
        out.append("")
    for section in layout.sections:
        out += [f"## {_md_escape(section.title)}", ""]
        previous_listed = False
        for item in section.items:
            if isinstance(item, Line):
                if previous_listed and not item.listed:
                    out.append("")
                out.append(("- " if item.listed else "") + _md_spans(item.spans))
                if not item.listed:
                    out.append("")
                previous_listed = item.listed
                continue
            if previous_listed:
                out.append("")
            previous_listed = False
            out += [f"### {_md_spans(item.heading)}", ""]
            meta = _entry_meta(item)
            if meta:
                out += [f"*{_md_escape(' · '.join(meta))}*", ""]
            for detail in item.details:
                out += [_md_spans(detail), ""]
            if item.bullets:
                out += [f"- {_md_escape(b)}" for b in item.bullets] + [""]
        if previous_listed:
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _text_spans(spans: list[Span]) -> str:
    out = []
    for s in spans:
        shown = s.text.strip()
        if not s.url or s.url.startswith("mailto:") or not shown or s.url.rstrip("/").endswith(shown):
            out.append(s.text)
        else:  # "Title." -> "Title (url).", "“Title.”" -> "“Title” (url)."
            body, quote = (shown[:-1], shown[-1]) if shown.endswith(CLOSE_QUOTE) else (shown, "")
            stop = "." if body.endswith(".") else ""
            body = body.removesuffix(stop)
            out.append(s.text.replace(shown, f"{body}{quote} ({s.url}){stop}", 1))
    return "".join(out)


def render_text(layout: Layout) -> str:
    """A rendered layout as plain text, for pasting into forms."""
    h = layout.header
    out = [h.name.upper() if h.name else "RESUME"]
    if h.headline:
        out.append(h.headline)
    out += [" | ".join(_text_spans([c]) for c in line) for line in h.lines()]
    for section in layout.sections:
        out += ["", section.title.upper()]
        for item in section.items:
            if isinstance(item, Line):
                out.append(("- " if item.listed else "") + _text_spans(item.spans))
                continue
            heading = _text_spans(item.heading)
            out += ["", f"{heading} ({item.dates})" if item.dates else heading]
            if item.meta:
                out.append(item.meta)
            out += [_text_spans(d) for d in item.details]
            out += [f"- {b}" for b in item.bullets]
    return "\n".join(out).rstrip() + "\n"


def dump_markdown(resume: Resume, **options: Any) -> str:
    """Writer entry point: the resume (or ``variant``) as Markdown."""
    layout, _tpl, _view = prepare(resume, **options)
    return render_markdown(layout)


def dump_text(resume: Resume, **options: Any) -> str:
    """Writer entry point: the resume (or ``variant``) as plain text."""
    layout, _tpl, _view = prepare(resume, **options)
    return render_text(layout)
