"""The ``mlresume match`` report: the JSON contract of SPEC §4c and a terminal rendering."""

from __future__ import annotations

import textwrap

from .match import EVIDENCE_WORDS, MatchResult, explain


def _wrap(text: str, indent: str, width: int = 96) -> str:
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent + "  ")


def render_text(result: MatchResult) -> str:
    """The match for a terminal: the score and how it was made, then the terms."""
    fit = ", ".join(f"{a} {v:.2f}" for a, v in result.fit.items())
    lines = [f"Match {result.score}/100 — the posting leans {result.archetype} ({fit})"]
    if result.title:
        lines.append(f"Role: {result.title}")
    lines.append("")
    lines += [_wrap(line, "  ") for line in explain(result)]
    for label, required in (("Required", True), ("Preferred", False)):
        group = [t for t in result.terms if t.required is required]
        lines += ["", f"{label} ({sum(t.found for t in group)}/{len(group)} found)"]
        for t in group:
            if t.found:
                where = ", ".join(t.where[:4]) + ("…" if len(t.where) > 4 else "")
                lines.append(_wrap(f"✔ {t.term} [{t.kind}] — {EVIDENCE_WORDS[t.evidence]}: {where}", "  "))
            else:
                lines.append(_wrap(f"✖ {t.term} [{t.kind}] — not in the resume", "  "))
        if not group:
            lines.append("  (none)")
    if result.missing:
        lines += ["", _wrap("Missing required terms: " + ", ".join(result.missing)
                        + ". Add one only if you have it; say where you used it.", "")]
    return "\n".join(lines) + "\n"
