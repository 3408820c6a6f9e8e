"""List sections: skills, publications, awards, certificates, languages, interests, references,
competitions and the items of sections the vocabulary does not know. An item's text may grow over
wrapped lines; it is parsed when the pass ends. Part of the ``Assembler``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlresume_gui.formats.reading import items
from mlresume_gui.formats.reading.lineparse import join_wrapped, strip_bullet
from mlresume_gui.formats.reading.skill_lines import rows_of, skill_group_from_rows
from mlresume_gui.model import CustomEntry, CustomSection, Experience, Reference, Volunteer

ITEM_SECTIONS = ("awards", "certificates", "languages", "interests", "references", "competitions")


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

    def _on_pub(self, i: int, text: str) -> None:
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

    def _pend(self, kind: str, i: int, text: str) -> None:
        last = self.pending[-1] if self.pending else None
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

    def _finish(self, p: Pending) -> None:
        r = self.resume
        text = p.text.replace("| ", ", ") if p.kind != "pub" else p.text.replace(" | ", ". ")
        parts = p.text.split(" | ")
        if p.kind == "skill" and len(parts) > 1 and ":" not in parts[0] and len(parts[0].split()) <= 4:
            text = f"{parts[0]}: {', '.join(parts[1:])}"  # "Languages | Python, Go": category, items
        mark = f"pending:{self.pending.index(p)}"
        if p.kind == "skill":
            rows = rows_of([self.segs[k] for k, t in enumerate(self.targets) if t == mark])
            r.skills.append(skill_group_from_rows(rows) if rows else items.skill_group_from_text(text))
            self._order("skills")
            path = f"skills[{len(r.skills) - 1}]"
        elif p.kind == "pub":
            pub, rest = items.publication_from_text(text)
            r.publications.append(pub)
            self.holding.extend([x] for x in rest)
            self._order("publications")
            path = f"publications[{len(r.publications) - 1}]"
        elif p.kind == "custom" and p.section is not None:
            p.section.entries.append(CustomEntry(title=text))
            path = f"custom:{p.section.id}[{len(p.section.entries) - 1}]"
        else:
            made = {
                "awards": lambda: [items.award_from_text(text)],
                "certificates": lambda: [items.certificate_from_text(text)],
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

