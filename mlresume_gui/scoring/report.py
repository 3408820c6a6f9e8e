"""The ``mlresume score`` report: the JSON contract of SPEC §2 and a terminal rendering of it."""

from __future__ import annotations

import textwrap
from typing import Any

from ..model import Resume
from .findings import severity_rank
from .knowledge import ARCHETYPES
from .resume import ResumeScorer

# Section keys of the model as the report names them (JSON Resume's names).
SECTION_NAMES = {"experience": "work", "projects": "projects", "competitions": "competitions",
                 "volunteer": "volunteer"}


def score_report(resume: Resume, target: str | None = None) -> dict[str, Any]:
    """The report of SPEC §2; without ``target``: the document's target, else its detected lean."""
    scorer = ResumeScorer(resume, target)
    bullets = []
    for bid in scorer.bullet_ids():
        place = scorer.place(bid)
        s = scorer.bullet(bid)
        section = place.section
        bullets.append({
            "section": SECTION_NAMES.get(section, section),
            "entry": place.entry_index,
            "index": place.index,
            "text": place.entry.bullets[place.index].text,
            "score": s.score,
            "flags": list(s.flags),
            "findings": [f.to_dict() for f in s.findings],
        })
    fit = scorer.fit
    return {
        "target": scorer.target,
        "overall": scorer.overall,
        "archetype": {"detected": scorer.detected, "fit": {a: fit[a] for a in ARCHETYPES}},
        "bullets": bullets,
        "coverage": {a: {cat: c.to_dict() for cat, c in scorer.coverage(a).items()} for a in ARCHETYPES},
        "resume_findings": [f.to_dict() for f in scorer.resume_findings],
    }


def _wrap(text: str, indent: str, width: int = 96) -> str:
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent + "  ")


_MARK = {"error": "✖", "warning": "!", "info": "·"}


def render_text(report: dict[str, Any]) -> str:
    """The report for a terminal: worst bullets first with their findings, then the resume."""
    fit = report["archetype"]["fit"]
    lines = [
        f"Overall {report['overall']}/100, target {report['target']} "
        f"(leans {report['archetype']['detected']}: "
        + ", ".join(f"{a} {fit[a]:.2f}" for a in ARCHETYPES) + ")",
        "",
        "Bullets, weakest first",
    ]
    ranked = sorted(report["bullets"], key=lambda b: (b["score"], b["section"], b["entry"], b["index"]))
    for b in ranked:
        flags = f"  [{', '.join(b['flags'])}]" if b["flags"] else ""
        lines.append(_wrap(f"{b['score']:>3}  {b['text']}", "  ") + flags)
        for f in sorted(b["findings"], key=lambda f: severity_rank(f["severity"])):
            lines.append(_wrap(f"{_MARK.get(f['severity'], '-')} {f['message']}", "       "))
            if f["suggestion"]:
                lines.append(_wrap(f"→ {f['suggestion']}", "         "))
    if not ranked:
        lines.append("  (no bullets)")
    lines += ["", "Resume"]
    for f in report["resume_findings"]:
        lines.append(_wrap(f"{_MARK.get(f['severity'], '-')} {f['message']} ({f['code']})", "  "))
    if not report["resume_findings"]:
        lines.append("  no resume-level findings")
    lines += ["", f"Skills coverage for {report['target']}"]
    for cat, c in report["coverage"][report["target"]].items():
        have = ", ".join(c["have"]) or "—"
        missing = ", ".join(c["missing"][:6]) + ("…" if len(c["missing"]) > 6 else "")
        lines.append(_wrap(f"{cat}: {round(c['fraction'] * 100):>3}%  have {have}", "  "))
        if missing:
            lines.append(_wrap(f"missing {missing}", "        "))
    return "\n".join(lines) + "\n"
