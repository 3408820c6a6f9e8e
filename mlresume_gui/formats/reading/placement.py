"""Where each source line of an imported document went: the contract between the reader and the
import review.

A reader returns an :class:`ImportResult`: the recognised :class:`~mlresume_gui.model.Resume` and
one :class:`Placement` per source line, in reading order. The review marks every line with its
``target`` (a field path in the resume) and flags the ones read with low ``confidence``; moving a
line in the review changes its target before one undoable apply.

Field paths use the model's names: ``basics.name``, ``basics.email``, ``basics.phone``,
``basics.url``, ``basics.location``, ``basics.profiles[0]``, ``basics.headline``, ``summary``,
``experience[0].company``, ``experience[0].title``, ``experience[0].dates``,
``experience[0].location``, ``experience[0].bullets[2]``, ``education[1].institution``,
``education[1].degree``, ``skills[0]``, ``publications[3]``, ``unsorted[4]`` (the holding section),
and ``""`` for page furniture dropped on purpose (running headers, "Page 1 of 2").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Resume

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, origin at the page's top left


@dataclass(frozen=True)
class Placement:
    """One source line and where the reader put it."""

    index: int  # position in reading order
    text: str
    target: str  # field path in the result's resume ("" = dropped page furniture)
    role: str = "other"  # the labeller's role: name, contact, heading, organisation, title, ...
    confidence: float = 1.0  # 0..1; the review marks low values as unsure
    page: int = 0  # 0-based page (0 for Word and text files)
    box: Box | None = None  # where the line sits on its page (None for Word and text files)


@dataclass
class ImportResult:
    """What a reader made of a file: the resume, every line's placement, and notes for the user."""

    resume: Resume
    placements: list[Placement] = field(default_factory=list)
    source: str = "text"  # "text": read from what the file shows; "embedded": MLResume data
    notes: list[str] = field(default_factory=list)  # one-line remarks ("read from the MLResume data in the file")
