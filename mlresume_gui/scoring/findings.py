"""Findings: what the scorer explains, each with a code, a severity, words and a span."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

# The bullet flags of SPEC §4 (each one costs points when raised).
FLAG_CODES = (
    "vague",
    "no-metric",
    "tutorial",
    "kaggle-no-context",
    "buzzword-stack",
    "llm-unspecific",
    "weak-verb",
)

# Bullet notes that explain without costing points.
NOTE_CODES = ("unanchored-percent", "long-bullet", "short-bullet", "model-size-only", "no-outcome", "small-outcome", "unspecific",
              "no-scale", "unnamed-tech", "off-target", "plain-opener")

# Resume-level codes of SPEC §4, plus ``tutorial-as-work``.
RESUME_CODES = (
    "research-only-for-applied",
    "long-publication-list",
    "no-publications-for-research",
    "no-citation-signal",
    "scattered-research-themes",
    "phd-not-leading-applied",
    "no-owned-deployment",
    "thin-skills",
    "competitions-without-context",
    "buzzword-skills",
    "tutorial-as-work",
)


class Finding(NamedTuple):
    """One explained problem in a bullet; ``start``/``end`` are character offsets in its text.

    Immutable (a named tuple: cheap to build on every keystroke).
    """

    code: str
    severity: Severity
    message: str
    suggestion: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the ``score`` report."""
        return dict(zip(self._fields, self, strict=True))


@dataclass(frozen=True, slots=True)
class ResumeFinding:
    """A resume-level problem; ``item_id`` names the entry or bullet to focus, if there is one.

    ``field`` names the item's text field the finding concerns ("title", "summary", "text" ...)
    and ``start``/``end`` the characters of that field to underline (0, 0: the whole item).
    """

    code: str
    severity: Severity
    message: str
    suggestion: str
    item_id: str | None = None
    field: str = ""
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the ``score`` report (code, severity, message)."""
        return {"code": self.code, "severity": self.severity, "message": self.message}


def severity_rank(severity: str) -> int:
    """0 for errors, 1 for warnings, 2 for info: sort key, worst first."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)
