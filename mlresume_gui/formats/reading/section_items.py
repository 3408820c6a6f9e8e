"""List sections: skills, publications, awards, certificates, languages, interests, references,
competitions and the items of sections the vocabulary does not know. An item's text may grow over
wrapped lines; it is parsed when the pass ends. Part of the ``Assembler``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlresume_gui.formats.reading import items
from mlresume_gui.formats.reading.citation_runs import publication_from_runs, runs_of_segments
from mlresume_gui.formats.reading.headings import section_for_heading, set_below
from mlresume_gui.formats.reading.lineparse import join_wrapped, strip_bullet
from mlresume_gui.formats.reading.skill_lines import (
    is_category,
    rows_of,
    skill_groups_from_rows,
)
from mlresume_gui.model import (
    CustomEntry,
    CustomSection,
    Experience,
    Reference,
    Volunteer,
)

ITEM_SECTIONS = ("awards", "certificates", "languages", "interests", "references", "competitions")
BULLETED_ITEMS = ("awards", "certificates", "competitions")  # items that may have listed lines under them
BULLET_MARK = "• "
SURE_PUB = 0.9  # a publication the labeller is this sure of stays one in a list of another kind


@dataclass
class Pending:
    """A list item whose text may still grow (a wrapped publication or skill line)."""

    kind: str  # "skill", "pub" or an item section key, or "custom"
    text: str
    lines: list[str] = field(default_factory=list)  # the item's text line by line
    segs: list[int] = field(default_factory=list)
    section: CustomSection | None = None


class SectionItems:
    """The assembler's handlers for list items."""

    def _on_skill(self, i: int, text: str) -> None:
        self._pend("skill", i, text)

    def _skill_category(self, i: int, text: str) -> bool:
        """Under a skills heading, a line the labeller calls a heading that is set below the
        section's own heading (smaller, or a lower heading style), or that is a listed line, opens
        a skill group (its category) or is one of its skills; False when it is a section's heading."""
        seg = self.segs[i]
        if self.key != "skills" or not (seg.first_of_line and seg.last_of_line):
            return False
        head = self.heading_line
        if head is not None and section_for_heading(text) == "skills" and is_category(text):
            self._pend("skill", i, text)  # "Tools" under "Skills": a group, whatever its type size;
            return True  # the section's heading stays the one lower headings are measured against
        listed = bool(seg.line.bullet)
        below = head is not None and set_below(seg.line, head)
        if not (listed or below) or (not listed and not is_category(text)):
            return False
        if section_for_heading(text) not in (None, "skills") and not below:
            return False
        self._pend("skill", i, text)
        return True

    def _skill_group_goes_on(self, i: int) -> bool:
        """True when the segment is a listed line (one skill per line), or an unmarked line set
        plainer, under the category line that opened the last skill item: more of that group."""
        last = self.pending[-1] if self.pending else None
        seg = self.segs[i]
        if last is None or last.kind != "skill" or self.key != "skills" or not seg.first_of_line:
            return False
        head = self.segs[last.segs[0]]
        if head.line.bullet or not (head.first_of_line and head.last_of_line and is_category(head.text)):
            return False
        if seg.line.bullet:
            return len(seg.text.split()) <= 6
        # an unmarked line set plainer than the category line, and no category of its own
        plainer = (head.line.bold and not seg.line.bold) or head.line.size > seg.line.size + 0.5
        return plainer and ":" not in seg.text

    def _on_pub(self, i: int, text: str) -> None:
        if self.key in ITEM_SECTIONS and self.sure[i] < SURE_PUB:  # a doubtful one in another list
            return self._on_item(i, text)
        self._pend("pub", i, text)

    def _on_item(self, i: int, text: str) -> None:
        key = self.key
        if key == "skills":
            return self._pend("skill", i, text)
        if key == "publications":
            return self._pend("pub", i, text)
        if key == "summary":
            return self._on_summary(i, text)
        if key in ITEM_SECTIONS:
            return self._pend(key, i, text)
        if key in ("experience", "volunteer") and isinstance(self.entry, Experience | Volunteer):
            return self._on_w_bullet(i, text)
        if self.custom is None:
            return self._hold(i, text)
        self._pend("custom", i, strip_bullet(text)[1])

    def _item_bullet(self, i: int, text: str) -> bool:
        """File a listed line under the award, certificate or competition before it (its result,
        its summary), whatever the labeller called it; False when there is no such item."""
        last = self.pending[-1] if self.pending else None
        if (self.key not in BULLETED_ITEMS or last is None or last.kind != self.key or self.entry is not None
                or not self.segs[i].line.bullet or self.extend_path != f"pending:{len(self.pending) - 1}"):
            return False
        last.lines.append(f"{BULLET_MARK}{strip_bullet(text, listed=True)[1]}")
        last.segs.append(i)
        path = f"pending:{len(self.pending) - 1}"

        def grow(t: str) -> None:
            last.lines[-1] = join_wrapped(last.lines[-1], t.lstrip("| "))

        self.targets[i] = path
        self._continue(grow, path)
        return True

    def _item_wrap(self, i: int, text: str) -> bool:
        """Carry the item before on with this line when it is a wrapped line of a listed item (the
        item's first line marked, this one not) or a competition's result line."""
        last = self.pending[-1] if self.pending else None
        seg = self.segs[i]
        if last is None or self.extend is None or self.extend_path != f"pending:{len(self.pending) - 1}":
            return False
        listed = bool(self.segs[last.segs[0]].line.bullet) and not seg.line.bullet and not strip_bullet(text)[0]
        if not (listed or (last.kind == "competitions" and items.is_competition_detail(text))):
            return False
        self.extend(text)
        self.targets[i] = self.extend_path
        return True

    def _pend(self, kind: str, i: int, text: str) -> None:
        if self._item_bullet(i, text) or self._item_wrap(i, text):
            return
        last = self.pending[-1] if self.pending else None
        if kind == "skill" and last is not None and self._skill_group_goes_on(i):
            last.text = f"{last.text}, {text}"
            last.lines.append(text)
            last.segs.append(i)
            mark = f"pending:{len(self.pending) - 1}"
            self.targets[i] = mark
            self._continue(lambda t: last.lines.__setitem__(-1, join_wrapped(last.lines[-1], t)), mark)
            return
        if (kind == "skill" and last is not None and last.kind == "skill" and last.text.endswith("-")
                and text[:1].islower() and self.extend is not None and self.extend_path == f"pending:{len(self.pending) - 1}"):
            self.extend(text)  # a word broken at the line's end ("Reinforce-" / "ment Learning")
            self.targets[i] = self.extend_path
            return
        p = Pending(kind, strip_bullet(text)[1] if kind != "skill" else text, segs=[i], section=self.custom)
        if kind == "custom" and self.custom is not None and self.custom not in self.resume.custom:
            self.resume.custom.append(self.custom)
            self._order(f"custom:{self.custom.id}")
        self.pending.append(p)
        self.entry = None

        p.lines.append(p.text)

        def grow(t: str) -> None:
            p.text = f"{p.text} {t}" if t.startswith("|") else join_wrapped(p.text, t)
            if t.startswith("|") and p.lines:
                p.lines[-1] = f"{p.lines[-1]} {t}"
            else:
                p.lines.append(t)

        self._continue(grow, f"pending:{len(self.pending) - 1}")
        self.targets[i] = f"pending:{len(self.pending) - 1}"

    def _marked(self, mark: str) -> list[int]:
        """The segments filed under ``mark`` (a pending item), in reading order."""
        return [k for k, t in enumerate(self.targets) if t == mark]

    def _finish(self, p: Pending) -> None:
        r = self.resume
        text = p.text.replace("| ", ", ") if p.kind != "pub" else p.text.replace(" | ", ". ")
        parts = p.text.split(" | ")
        if p.kind == "skill" and len(parts) > 1 and ":" not in parts[0] and len(parts[0].split()) <= 4:
            text = f"{parts[0]}: {', '.join(parts[1:])}"  # "Languages | Python, Go": category, items
        mark = f"pending:{self.pending.index(p)}"
        if p.kind == "skill":
            rows = rows_of([self.segs[k] for k in self._marked(mark)])
            r.skills.extend(skill_groups_from_rows(rows) if rows else [items.skill_group_from_text(text)])
            self._order("skills")
            path = f"skills[{len(r.skills) - 1}]"
        elif p.kind == "pub":
            laid_out = publication_from_runs(runs_of_segments([self.segs[k] for k in self._marked(mark)]))
            pub, rest = (laid_out, []) if laid_out is not None else items.publication_from_text(text)
            r.publications.append(pub)
            self.holding.extend([x] for x in rest)
            self._order("publications")
            path = f"publications[{len(r.publications) - 1}]"
        elif p.kind == "custom" and p.section is not None:
            p.section.entries.append(CustomEntry(title=text))
            path = f"custom:{p.section.id}[{len(p.section.entries) - 1}]"
        else:
            made = {
                "awards": lambda: [items.award_from_lines(p.lines)],
                "certificates": lambda: [items.certificate_from_lines(p.lines)],
                "languages": lambda: items.languages_from_text(text),
                "interests": lambda: items.interests_from_text(text),
                "references": lambda: [Reference(name=text)],
                "competitions": lambda: [_competition(p.lines)],
            }[p.kind]()
            lst = r.section(p.kind)
            lst.extend(made)
            self._order(p.kind)
            path = f"{p.kind}[{max(0, len(lst) - 1)}]"
        self.targets = [path if t == mark else t for t in self.targets]


def _competition(lines: list[str]) -> object:
    """A competition from its lines: the heading lines, then its bullets (wrapped lines joined)."""
    head: list[str] = []
    bullets: list[str] = []
    for line in lines:
        line = line.replace("| ", "\t")
        marker, rest = strip_bullet(line)
        if marker:
            bullets.append(rest)
        elif bullets:
            bullets[-1] = join_wrapped(bullets[-1], rest)
        else:
            head.append(rest)
    return items.competition_from_lines(head, bullets)

