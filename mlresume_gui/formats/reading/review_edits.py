"""What the import review does to a reading before it is applied, as pure operations on an
:class:`ImportResult`: move a source line to another field, entry or section; split an entry at a
line; merge an entry with the next one. Each returns a NEW result (the input is never changed), so
the review can undo its own steps and Apply hands over one finished Resume.

Lines are followed through the edits by anchors made of the model's stable ids (an entry, a bullet,
a profile), so inserting or removing entries never sends another line's marker to the wrong place.
A field given a line while it already holds text from elsewhere gives that text to "Unsorted":
nothing the file said is lost.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Any

from ...model import (
    SECTION_TYPES,
    Bullet,
    CustomEntry,
    CustomSection,
    Location,
    PartialDate,
    Profile,
    Publication,
    Reference,
    Resume,
)
from . import field_paths as fp
from .contacts import network_of
from .items import (
    interests_from_text,
    languages_from_text,
    publication_from_text,
    skill_group_from_text,
)
from .lineparse import find_dates
from .placement import ImportResult, Placement
from .placement_match import normalise
from .review_anchors import (
    Anchor,
    anchor_of,
    clean_line,
    is_empty_entry,
    join_text,
    path_of,
    remove_part,
    section_entries,
)

WHOLE = ("skills", "publications", "languages", "interests", "references")


class ReviewError(ValueError):
    """An edit that cannot be made, with a one-line reason for the user."""


@dataclass
class _Edit:
    """The resume being edited and every line's anchor."""

    resume: Resume
    anchors: list[Anchor]
    lines: list[Placement]
    join: bool = False

    def entries(self, anchor: Anchor) -> list[Any]:
        found = section_entries(self.resume, anchor[1], anchor[2])
        if found is None:
            raise ReviewError("that section is no longer there")
        return found[0]

    def entry(self, anchor: Anchor) -> Any:
        return next((e for e in self.entries(anchor) if e.id == anchor[3]), None)

    def unsorted(self) -> CustomSection:
        section = fp.holding(self.resume)
        if section is None:
            section = CustomSection(title="Unsorted", holding=True)
            self.resume.custom.append(section)
        return section

    def to_unsorted(self, text: str) -> Anchor:
        section = self.unsorted()
        entry = CustomEntry(title=text)
        section.entries.append(entry)
        return ("entry", "unsorted", section.id, entry.id, "")

    # -- taking a line's text out of its field ----------------------------------------------------
    def take(self, anchor: Anchor, text: str) -> None:
        kind = anchor[0]
        r = self.resume
        if kind == "summary":
            r.summary = remove_part(r.summary, text)
        elif kind == "basics":
            self._take_basics(anchor, text)
        elif kind == "bullet":
            entry = self.entry(anchor)
            bullet = next((b for b in entry.bullets if b.id == anchor[4]), None) if entry else None
            if bullet is not None:
                bullet.text = remove_part(bullet.text, text)
                if not bullet.text:
                    entry.bullets.remove(bullet)
            self._drop_if_empty(anchor)
        elif kind == "entry":
            entry = self.entry(anchor)
            if entry is not None:
                self._take_field(anchor, entry, anchor[4], text)
            self._drop_if_empty(anchor)

    def _take_basics(self, anchor: Anchor, text: str) -> None:
        b = self.resume.basics
        if anchor[1] == "profiles":
            b.profiles = [p for p in b.profiles if p.id != anchor[2]]
        elif anchor[1] == "location":
            loc = b.location
            if normalise(loc.text() or loc.address) in (normalise(text), ""):
                b.location = Location()
            else:
                loc.address = remove_part(loc.address, text)
        elif isinstance(getattr(b, anchor[1], None), str):
            setattr(b, anchor[1], remove_part(getattr(b, anchor[1]), text))

    def _take_field(self, anchor: Anchor, entry: Any, attr: str, text: str) -> None:
        if attr == "dates":
            if find_dates(text) is not None:
                entry.start, entry.end = None, None
            return
        if attr == "date" and not isinstance(getattr(entry, "date", ""), str):
            if find_dates(text) is not None:
                entry.date = None
            return
        if attr:
            value = getattr(entry, attr, None)
            if isinstance(value, str):
                setattr(entry, attr, "\n".join(x for x in (remove_part(v, text) for v in value.splitlines()) if x))
            return
        # a whole entry: a skills line, a publication, an Unsorted line ...
        if normalise(fp.whole_entry_text(anchor[1], entry)) == normalise(text):
            self.entries(anchor).remove(entry)
            return
        for name, value in vars(entry).items():
            if isinstance(value, str) and name not in ("id",):
                setattr(entry, name, remove_part(value, text))
            elif isinstance(value, list) and value and isinstance(value[0], str):
                setattr(entry, name, [v for v in value if normalise(v) not in normalise(text)])
            elif isinstance(value, list) and value and isinstance(value[0], Bullet):
                entry.bullets = [b for b in value if setattr(b, "text", remove_part(b.text, text)) or b.text]

    def _drop_if_empty(self, anchor: Anchor) -> None:
        entries = self.entries(anchor)
        entry = self.entry(anchor)
        if entry is not None and is_empty_entry(entry):
            entries.remove(entry)

    # -- putting text into a field ---------------------------------------------------------------
    def put(self, target: str, text: str, index: int, join: bool = False) -> Anchor:
        """Put ``text`` (line ``index``) at ``target``, in place of the field's text (which goes to
        Unsorted) or, with ``join``, after it; the anchor it got."""
        self.join = join
        p = fp.parse(target)
        if p is None:
            raise ReviewError(f"“{target}” is not a place in the resume")
        if p.section == "basics":
            return self._put_basics(p, text, index)
        if p.section == "summary":
            self.resume.summary = join_text(self.resume.summary, text)
            return ("summary",)
        if p.section == "unsorted":
            return self.to_unsorted(text)
        sid = ""
        if p.section == "custom":
            sections = fp.user_sections(self.resume)
            if p.entry is None or not 0 <= p.entry < len(sections):
                raise ReviewError("that section is no longer there")
            sid = sections[p.entry].id
        entry_index = p.custom_entry if p.section == "custom" else p.entry
        if entry_index is None:
            raise ReviewError("choose an entry or a field of the section")
        if entry_index == -1:
            return self._new_entry(p, sid, text, index)
        entry = fp.entry_at(self.resume, p)
        if entry is None:
            raise ReviewError("that entry is no longer there")
        return self._put_field(p.section, sid, entry, p.field, text, index, p.item)

    def _put_basics(self, p: fp.Path, text: str, index: int) -> Anchor:
        b = self.resume.basics
        if p.field == "profiles":
            url = text.strip()
            profile = Profile(network=network_of(url) or "", url=url)
            b.profiles.append(profile)
            return ("basics", "profiles", profile.id)
        anchor: Anchor = ("basics", p.field)
        if p.field == "location":
            old = b.location.text() or b.location.address
            if old and not self.join:
                self._displace(anchor, old)
                old = ""
            b.location = Location(address=join_text(old, text))
            return anchor
        if not isinstance(getattr(b, p.field, None), str):
            raise ReviewError(f"the contact has no field “{p.field}”")
        setattr(b, p.field, self._fill(anchor, getattr(b, p.field), text, index))
        return anchor

    def _fill(self, anchor: Anchor, old: str, text: str, index: int) -> str:
        """A field's new text: the line added to the text it continues, or in place of other text."""
        if old and not self.join:
            self._displace(anchor, old)
            return text
        return join_text(old, text)

    def _displace(self, anchor: Anchor, old: str) -> None:
        """Give a field's text to Unsorted, with the lines that were placed in it."""
        new = self.to_unsorted(old)
        self.anchors = [new if a == anchor else a for a in self.anchors]

    def _put_field(self, sec: str, sid: str, entry: Any, attr: str, text: str, index: int,
                   item: int | None) -> Anchor:
        base: Anchor = ("entry", sec, sid, entry.id)
        if not attr:  # a whole entry
            self._extend_whole(sec, entry, text)
            return (*base, "")
        if attr == "bullets":
            if item is not None and 0 <= item < len(entry.bullets):
                bullet = entry.bullets[item]
                bullet.text = join_text(bullet.text, text)
            else:
                bullet = Bullet(text)
                entry.bullets.append(bullet)
            return ("bullet", sec, sid, entry.id, bullet.id)
        anchor: Anchor = (*base, attr)
        if attr == "dates" or (attr == "date" and not isinstance(getattr(entry, "date", ""), str)):
            span = find_dates(text)
            if span is None:
                raise ReviewError(f"no date in “{text}”")
            if attr == "dates":
                if entry.start or entry.end:
                    self._displace(anchor, fp.field_text(entry, "dates"))
                entry.start, entry.end = span.start, span.end
            else:
                entry.date = span.start or (span.end if isinstance(span.end, PartialDate) else None)
            return anchor
        value = getattr(entry, attr, None)
        if not isinstance(value, str):
            raise ReviewError(f"this entry has no field “{attr}”")
        if fp.role_of_attr(sec, attr) == "bullet":  # notes, summaries: one more line
            setattr(entry, attr, "\n".join(x for x in (value, text) if x))
        else:
            setattr(entry, attr, self._fill(anchor, value, text, index))
        return anchor

    def _extend_whole(self, sec: str, entry: Any, text: str) -> None:
        if sec == "skills":
            group = skill_group_from_text(text)
            entry.category = entry.category or group.category
            entry.items.extend(group.items)
        elif sec == "publications":
            if entry.title:
                entry.venue = join_text(entry.venue, text)
            else:
                entry.title = text
        elif sec in ("unsorted", "custom"):
            entry.bullets.append(Bullet(text))
        elif sec == "languages":
            entry.fluency = join_text(entry.fluency, text)
        elif sec == "interests":
            entry.keywords.append(text)
        else:
            entry.reference = join_text(entry.reference, text)

    def _new_entry(self, p: fp.Path, sid: str, text: str, index: int) -> Anchor:
        sec = p.section
        anchor_sec: Anchor = ("entry", sec, sid)
        entries = self.entries((None, sec, sid))
        if sec == "skills":
            entry: Any = skill_group_from_text(text)
        elif sec == "publications":
            entry = publication_from_text(text)[0] if text else Publication()
            if not fp.whole_entry_text("publications", entry).strip():
                entry.title = text
        elif sec == "languages":
            entry = (languages_from_text(text) or [SECTION_TYPES[sec]()])[0]
        elif sec == "interests":
            entry = (interests_from_text(text) or [SECTION_TYPES[sec]()])[0]
        elif sec == "references":
            entry = Reference(reference=text)
        else:
            entry = CustomEntry() if sec == "custom" else SECTION_TYPES[sec]()
        entries.insert(self._insert_at(anchor_sec, entries, index), entry)
        if sec in WHOLE:
            return (*anchor_sec, entry.id, "")
        attr = p.field or fp.FIRST_FIELD[fp.kind_of(sec)]
        return self._put_field(sec, sid, entry, attr, text, index, None)

    def _insert_at(self, anchor_sec: Anchor, entries: list[Any], index: int) -> int:
        """After the entry of the nearest earlier line in the same section, else at the end."""
        ids = [e.id for e in entries]
        for j in range(index - 1, -1, -1):
            a = self.anchors[j]
            if a[0] in ("entry", "bullet") and a[1:3] == anchor_sec[1:3] and a[3] in ids:
                return ids.index(a[3]) + 1
        return len(entries)


# -- the operations --------------------------------------------------------------------------------
def _begin(result: ImportResult) -> _Edit:
    anchors = [anchor_of(result.resume, p.target) for p in result.placements]
    return _Edit(copy.deepcopy(result.resume), anchors, list(result.placements))


def _finish(result: ImportResult, edit: _Edit, changed: dict[int, Anchor]) -> ImportResult:
    out = []
    for i, p in enumerate(edit.lines):
        anchor = changed.get(i, edit.anchors[i])
        path = path_of(edit.resume, anchor)
        if path is None:  # its place went with an entry: the text is kept in Unsorted
            path = path_of(edit.resume, edit.to_unsorted(clean_line(p.text))) or "unsorted"
        confidence = 1.0 if i in changed else p.confidence
        out.append(replace(p, target=path, role=fp.role_of(path), confidence=confidence))
    return ImportResult(resume=edit.resume, placements=out, source=result.source, notes=list(result.notes))


def move_line(result: ImportResult, index: int, target: str, join: bool = False) -> ImportResult:
    """Line ``index`` moved to ``target`` (a field path; ``[+]`` for a new entry, bullet or item,
    ``unsorted[+]`` for Unsorted): it takes the field's place (the text there goes to Unsorted),
    or with ``join`` continues it. Raises ReviewError with the reason when it cannot go there."""
    if not 0 <= index < len(result.placements):
        raise ReviewError("no such line")
    edit = _begin(result)
    line = result.placements[index]
    text = clean_line(line.text)
    if not text:
        raise ReviewError("the line is empty")
    edit.take(edit.anchors[index], line.text)
    edit.anchors[index] = ("",)  # not where it was any more, wherever it goes
    anchor = edit.put(target, text, index, join)
    return _finish(result, edit, {index: anchor})


def join_with_previous(result: ImportResult, index: int) -> ImportResult:
    """Line ``index`` continues the field of the line before it (a wrapped title or bullet)."""
    if index <= 0:
        raise ReviewError("the first line has no line before it")
    target = result.placements[index - 1].target
    if not target or fp.role_of(target) == "heading":
        raise ReviewError("the line before is not in a field")
    return move_line(result, index, target, join=True)


def _entry_anchor(result: ImportResult, index: int) -> Anchor:
    anchor = anchor_of(result.resume, result.placements[index].target)
    if anchor[0] not in ("entry", "bullet") or anchor[1] in WHOLE or anchor[1] == "unsorted":
        raise ReviewError("choose a line of an entry with fields (a job, a degree, a project …)")
    return anchor


def split_entry(result: ImportResult, index: int) -> ImportResult:
    """The entry of line ``index`` split in two: that line and the entry's later lines start a new
    entry just after it (fields and bullets whose lines all come from there move with them)."""
    head = _entry_anchor(result, index)
    edit = _begin(result)
    entries = edit.entries(head)
    old = edit.entry(head)
    mine = [i for i, a in enumerate(edit.anchors) if a[0] in ("entry", "bullet") and a[1:4] == head[1:4]]
    tail = {i for i in mine if i >= index}
    if not tail or tail == set(mine):
        raise ReviewError("the entry starts at this line: choose a later line to split it")
    new = CustomEntry() if head[1] == "custom" else SECTION_TYPES[head[1]]()
    moved: dict[Anchor, Anchor] = {}
    for i in sorted(tail):
        a = edit.anchors[i]
        if a in moved:
            continue
        if any(edit.anchors[j] == a for j in mine if j not in tail):  # lines from both sides
            if a[0] == "entry" and isinstance(getattr(old, a[4], None), str):
                line = edit.lines[i].text
                setattr(old, a[4], remove_part(getattr(old, a[4]), line))
                setattr(new, a[4], join_text(getattr(new, a[4]), clean_line(line)))
                edit.anchors[i] = ("entry", a[1], a[2], new.id, a[4])
            continue
        if a[0] == "bullet":
            bullet = next(b for b in old.bullets if b.id == a[4])
            old.bullets.remove(bullet)
            new.bullets.append(bullet)
            moved[a] = ("bullet", a[1], a[2], new.id, a[4])
        else:
            _move_field(old, new, a[4])
            moved[a] = ("entry", a[1], a[2], new.id, a[4])
    if is_empty_entry(new):
        raise ReviewError("nothing to split off at this line")
    entries.insert(entries.index(old) + 1, new)
    edit.anchors = [moved.get(a, a) for a in edit.anchors]
    return _finish(result, edit, {})


def _move_field(old: Any, new: Any, attr: str) -> None:
    if attr == "dates":
        new.start, new.end, old.start, old.end = old.start, old.end, None, None
    else:
        setattr(new, attr, getattr(old, attr))
        setattr(old, attr, None if attr == "date" and not isinstance(getattr(old, attr), str) else
                type(getattr(old, attr))())


def merge_with_next(result: ImportResult, index: int) -> ImportResult:
    """The entry of line ``index`` and the entry after it become one (fields joined, bullets in
    order, the wider date range)."""
    head = _entry_anchor(result, index)
    edit = _begin(result)
    entries = edit.entries(head)
    first = edit.entry(head)
    at = entries.index(first)
    if at + 1 >= len(entries):
        raise ReviewError("this is the section's last entry: nothing to merge it with")
    second = entries.pop(at + 1)
    _merge_into(first, second)
    edit.anchors = [(*a[:3], first.id, *a[4:]) if a[0] in ("entry", "bullet") and a[1:3] == head[1:3]
                    and a[3] == second.id else a for a in edit.anchors]
    return _finish(result, edit, {})


def _merge_into(first: Any, second: Any) -> None:
    for name, value in vars(second).items():
        if name in ("id", "extra"):
            continue
        mine = getattr(first, name)
        if name == "start":
            first.start = min((d for d in (mine, value) if d is not None), default=None)
        elif name == "end":
            first.end = mine if value is None else value if mine is None else _later(mine, value)
        elif isinstance(value, list):
            mine.extend(value)
        elif isinstance(value, str):
            if value and normalise(value) != normalise(mine):
                setattr(first, name, join_text(mine, value))
        elif mine is None:
            setattr(first, name, value)


def _later(a: Any, b: Any) -> Any:
    if not isinstance(a, PartialDate):  # "present" is the latest end
        return a
    if not isinstance(b, PartialDate):
        return b
    return max(a, b)


def unsorted_lines(result: ImportResult) -> list[int]:
    """The indexes of the lines that sit in Unsorted."""
    return [i for i, p in enumerate(result.placements) if p.target.startswith("unsorted")]
