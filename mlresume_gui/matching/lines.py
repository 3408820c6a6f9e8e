"""One line of a job posting as its reader saw it."""

from __future__ import annotations

from typing import NamedTuple


class PostingLine(NamedTuple):
    """A line of a posting: its text, whether the source marked it a heading (None: unknown),
    and whether it was a list item."""

    text: str
    heading: bool | None = None
    bullet: bool = False
