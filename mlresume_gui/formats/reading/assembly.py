"""Labelled segments -> the resume model and the placement of every source line.

The labeller says what each segment is (a company, a title, a date, a bullet start, a
continuation ...); the ``Assembler`` files it: headings open sections, header parts gather into
entries, bullets collect their wrapped lines, and the deterministic parsers read dates, contacts,
degrees, citations and skill lines. Whatever is not placed goes to the "Unsorted" holding section,
so nothing of the source is lost.
"""

from __future__ import annotations

from mlresume_gui.formats.reading.assembler import Assembler
from mlresume_gui.formats.reading.labelling.segments import Segment
from mlresume_gui.formats.reading.layout import LayoutDocument
from mlresume_gui.formats.reading.lineparse import flatten
from mlresume_gui.formats.reading.nothing_lost import missing_lines
from mlresume_gui.formats.reading.placement import ImportResult, Placement
from mlresume_gui.model import CustomEntry, CustomSection

UNSORTED = "Unsorted"


def assemble(doc: LayoutDocument, segs: list[Segment], roles: list[str], probs: list[float]) -> ImportResult:
    """The resume and the placement of every line from the labelled segments of ``doc``."""
    a = Assembler(segs)
    a.run(roles, probs)
    resume = a.resume
    for sec in resume.custom:
        key = f"custom:{sec.id}"
        if key not in resume.section_order:
            resume.section_order.append(key)
    holding = CustomSection(title=UNSORTED, holding=True)
    holding.entries = [CustomEntry(title=t) for t, in a.holding if flatten(t)]
    resume.custom.append(holding)
    lines = [ln.text for ln in doc.lines]
    lost = missing_lines(lines, resume)
    holding.entries += [CustomEntry(title=t) for t in lost]
    if not holding.entries:
        resume.custom.remove(holding)
    lost_set = set(lost)
    placements = []
    by_line: dict[int, list[int]] = {}
    for k, seg in enumerate(segs):
        by_line.setdefault(seg.line_index, []).append(k)
    for li, ln in enumerate(doc.lines):
        ks = by_line.get(li, [])
        if not ks:
            continue
        target = next((a.targets[k] for k in ks if a.targets[k]), "")
        if ln.text in lost_set or target == "unsorted":
            target = "unsorted"
        box = ln.box if ln.box[2] > 0 else None
        placements.append(Placement(index=li, text=ln.text, target=target, role=roles[ks[0]],
                                    confidence=round(min(probs[k] for k in ks), 3), page=ln.page, box=box))
    return ImportResult(resume=resume, placements=placements)
