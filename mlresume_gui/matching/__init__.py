"""Job-description match, offline: what a posting asks for, what the resume shows, and where.

Qt-free; uses the scorer's knowledge and the readers' guards. ``match_files`` and
``match_text`` are the entry points of the command line and the window.
"""

from __future__ import annotations

from ..model import Resume
from .match import MatchResult, TermMatch, explain, match_resume
from .posting import Requirements, Term, analyse
from .source import Posting, posting_from_text, read_posting


def match_text(resume: Resume, text: str) -> MatchResult:
    """Match a resume to a posting given as text (plain, Markdown or HTML)."""
    return match_resume(resume, analyse(posting_from_text(text)))


__all__ = ["MatchResult", "Posting", "Requirements", "Term", "TermMatch", "analyse", "explain",
           "match_resume", "match_text", "posting_from_text", "read_posting"]
