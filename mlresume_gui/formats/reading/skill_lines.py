"""A skills item from its lines as laid out: ``Category: a, b, c``; a category in bold run into
its list (``**Tools** Docker, Kubernetes``); a category line with one skill (or a row of chips)
per line under it; a comma list wrapped over lines; a category and its list in two cells.

The input is the item's segments grouped by line, each with the bold lead of its piece (what a
bold category run into plain text looks like); the output is one skill group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlresume_gui.formats.reading.items import skill_group_from_text, split_items
from mlresume_gui.formats.reading.labelling.segments import Segment
from mlresume_gui.formats.reading.lineparse import flatten, join_wrapped
from mlresume_gui.formats.reading.wrapping import carries_on
from mlresume_gui.model import SkillGroup

MAX_CATEGORY_WORDS = 5
_LIST = re.compile(r"[,;·•|]")


@dataclass
class SkillRow:
    """One line of a skills item: the texts of its segments and the bold lead of the first."""

    parts: list[str]
    lead: str = ""
    bold: bool = False
    wrapped: bool = False  # the line carries on the one above it (that one ran to the column's edge)
    look: tuple = ()  # font, size, weight and colour of its first span
    listed: bool = False  # the line opens with a list marker (one skill, or list, per marked line)


def bold_lead(seg: Segment) -> str:
    """The bold text a segment starts with when plain text follows it in the same piece
    (``Tools`` of **Tools** Docker, Kubernetes), else ""."""
    if seg.piece >= len(seg.line.pieces) or seg.part != 0:
        return ""
    spans = [s for s in seg.line.pieces[seg.piece].spans if s.text.strip()]
    lead = []
    for k, s in enumerate(spans):
        if not s.bold:
            rest = "".join(x.text for x in spans[k:]).strip()
            return flatten("".join(lead)) if lead and rest else ""
        lead.append(s.text)
    return ""


def rows_of(segs: list[Segment]) -> list[SkillRow]:
    """The segments of one item grouped by line."""
    rows: list[SkillRow] = []
    last: Segment | None = None
    for seg in segs:
        text = flatten(seg.text).lstrip("| ").strip()
        if not text:
            continue
        if last is None or seg.line_index != last.line_index:
            wrapped = last is not None and carries_on(last, seg)
            rows.append(SkillRow([text], bold_lead(seg), seg.line.bold, wrapped, _look(seg), bool(seg.line.bullet)))
        else:
            rows[-1].parts.append(text)
        last = seg
    return rows


def _look(seg: Segment) -> tuple:
    spans = [s for p in seg.line.pieces for s in p.spans if s.text.strip()]
    if not spans:
        return ()
    s = spans[0]
    return (s.font, round(s.size, 1), s.bold, s.italic, s.colour)


def is_category(text: str) -> bool:
    """True for text shaped like a skill group's name: a few words, no list, no long number."""
    words = text.rstrip(":：").split()
    return 0 < len(words) <= MAX_CATEGORY_WORDS and not _LIST.search(text) and not re.search(r"\d{3,}", text)


def _split_lead(row: SkillRow) -> tuple[str, SkillRow]:
    """A bold category run into its list: (category, the row without it)."""
    first = row.parts[0]
    lead = row.lead.rstrip(":：").strip()
    if lead and first.startswith(row.lead) and is_category(lead):
        rest = first[len(row.lead):].lstrip(" :：–—-").strip()
        if rest:
            return lead, SkillRow([rest, *row.parts[1:]])
    return "", row


_OWN_CATEGORY = re.compile(r"^([^:：]{1,40}?)\s*[:：]\s*\S")


def skill_groups_from_rows(rows: list[SkillRow]) -> list[SkillGroup]:
    """The skill groups of an item's lines: a line that opens with a category of its own
    (``Mathematics: ...``) and does not carry on a list left open above starts another group."""
    runs: list[list[SkillRow]] = []
    for row in rows:
        m = _OWN_CATEGORY.match(row.parts[0]) if row.parts else None
        above = runs[-1][-1].parts[-1].rstrip() if runs and runs[-1][-1].parts else ""
        led = bool(row.lead) and is_category(row.lead.rstrip(":：")) and len(row.parts[0]) > len(row.lead)
        opens = bool((m and is_category(m.group(1))) or led) and not row.wrapped and not above.endswith((",", ";", "-", ":"))
        if not runs or opens:
            runs.append([row])
        else:
            runs[-1].append(row)
    return [skill_group_from_rows(run) for run in runs]


def _one_per_line(rows: list[SkillRow]) -> bool:
    """True for two or more lines of one short name each and no list on any (a column of skills,
    whatever the page's edge says about wrapping)."""
    texts = [r.parts[0] for r in rows if r.parts]
    return (len(texts) >= 2 and all(len(r.parts) <= 1 for r in rows)
            and all(not _LIST.search(t) and len(t.split()) <= _ONE_LINE_WORDS for t in texts))


_ONE_LINE_WORDS = 4


def _reads_as_prose(items: list[str]) -> bool:
    """True when a list split at its commas gives phrases, not names: a part of four or more
    words, two of them in lower case (``good understanding of linear algebra``)."""
    return any(len(w := i.split()) >= 4 and sum(x[:1].islower() for x in w) >= 2 for i in items)


def _items(text: str) -> list[str]:
    """The skills of one list as written; a sentence about the skills is kept whole."""
    found = split_items(text)
    return [text.strip().rstrip(".")] if _reads_as_prose(found) else found


def skill_group_from_rows(rows: list[SkillRow]) -> SkillGroup:
    """One skill group from an item's lines."""
    if not rows:
        return SkillGroup()
    category, first = _split_lead(rows[0])
    rows = [first, *rows[1:]]
    if not category:
        head = rows[0]
        text = head.parts[0]
        m = re.match(r"^([^:：]{1,40}?)\s*[:：]\s*(.*)$", text)
        if m and is_category(m.group(1)):
            category = m.group(1).strip()
            rest = m.group(2).strip()
            rows[0] = SkillRow([rest, *head.parts[1:]] if rest else head.parts[1:])
        elif len(head.parts) > 1 and is_category(text) and (head.bold or any(_LIST.search(p) for p in head.parts[1:])
                                                              or len(rows) == 1):
            category, rows[0] = text, SkillRow(head.parts[1:])  # a category cell, then its list
        elif len(head.parts) == 1 and len(rows) > 1 and is_category(text) and (
                head.bold or text.endswith((":", "：")) or (head.look and rows[1].look and head.look != rows[1].look)
                or (not head.listed and rows[1].listed)):
            category, rows = text.rstrip(":：").strip(), rows[1:]  # a category line over its skills
    texts: list[str] = []  # each a list as written: one line, a list wrapped over lines, a chip
    carry = ""
    one_per_line = _one_per_line(rows)
    for row in rows:
        if not row.parts:
            continue
        if one_per_line and carry and not (carry.endswith("-") and row.parts[0][:1].islower()):
            texts.append(carry)  # short lines with no list in any: one skill a line
            carry = ""
        if len(row.parts) > 1:  # a row of chips or cells: one skill (or list) each
            if carry:
                texts.append(carry)
                carry = ""
            texts += row.parts
            continue
        text = row.parts[0]
        if carry and not row.listed and (row.wrapped or carry.rstrip().endswith((",", ";", "-")) or text[:1].islower()):
            carry = join_wrapped(carry, text)  # a list or a word wrapped onto this line
            continue
        if carry:
            texts.append(carry)
        carry = text
    if carry:
        texts.append(carry)
    if not category and len(rows) == 1 and len(rows[0].parts) == 1:
        group = skill_group_from_text(rows[0].parts[0])
        if _reads_as_prose(group.items):
            text = rows[0].parts[0]
            rest = re.split(r"[:：]", text, maxsplit=1)[1] if group.category else text
            group.items = [rest.strip().rstrip(".")]
        return group
    found = [f for t in texts for f in _items(t)]
    return SkillGroup(category=category, items=[f for f in found if f])
