"""Seniority: the resume's own setting, else an estimate from the experience dates and titles."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import PRESENT, PartialDate, Resume

SENIORITIES = ("student", "junior", "mid", "senior")
_SENIOR_TITLE = re.compile(r"\b(senior|sr\.?|staff|principal|lead|director|head|manager|distinguished|chief)\b", re.I)
_INTERN = re.compile(r"\b(intern|internship|trainee|apprentice|research assistant|teaching assistant)\b", re.I)
_PHD = re.compile(r"\b(ph\.?\s?d|d\.?phil|doctor(ate)?)\b", re.I)


def _months(d: PartialDate) -> int:
    return d.year * 12 + (d.month or 1) - 1


def experience_months(resume: Resume, today: _dt.date | None = None) -> int:
    """Months of non-internship work, overlapping roles counted once."""
    today = today or _dt.date.today()
    now = today.year * 12 + today.month - 1
    spans: list[tuple[int, int]] = []
    for job in resume.experience:
        if job.start is None or _INTERN.search(job.title or ""):
            continue
        start = _months(job.start)
        end = now if job.end is None or job.end is PRESENT else _months(job.end)  # type: ignore[arg-type]
        if end > start:
            spans.append((start, min(end, now)))
    total, cur_s, cur_e = 0, None, None
    for s, e in sorted(spans):
        if cur_e is None or s > cur_e:
            if cur_e is not None and cur_s is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None and cur_s is not None:
        total += cur_e - cur_s
    return total


def has_phd(resume: Resume) -> bool:
    """True when an education entry is a doctorate."""
    return any(_PHD.search(f"{e.degree} {e.field}") for e in resume.education)


def has_phd_in(degrees: tuple[tuple[str, str], ...]) -> bool:
    """:func:`has_phd` over (degree, field) pairs."""
    return any(_PHD.search(f"{degree} {field}") for degree, field in degrees)


def estimate(resume: Resume, today: _dt.date | None = None) -> str:
    """The resume's seniority if it names one, else an estimate from dates and titles."""
    if resume.seniority in SENIORITIES:
        return resume.seniority  # type: ignore[return-value]
    months = experience_months(resume, today)
    senior_title = any(_SENIOR_TITLE.search(j.title or "") for j in resume.experience)
    if months == 0:
        return "student" if not senior_title else "mid"
    if months < 24:
        return "mid" if senior_title else "junior"
    if months < 72:
        return "senior" if senior_title and months >= 48 else "mid"
    return "senior"
