"""The person's own lines: the name (set over one line or two), the headline, the contact details
(an address or link cut at a narrow column's edge joined again, a place set between contact
lines) and the summary. Part of the ``Assembler``.
"""

from __future__ import annotations

from mlresume_gui.formats.reading.contacts import (
    EMAIL,
    URL,
    add_link,
    full_url,
    has_place,
    is_location,
    take_contacts,
)
from mlresume_gui.formats.reading.lineparse import flatten, join_wrapped
from mlresume_gui.formats.reading.names import continues_name, join_name, split_name
from mlresume_gui.formats.reading.places import parse_place


class BasicsLines:
    """The assembler's handlers for the name, headline, contact and summary lines."""

    def _header_place(self, i: int, text: str) -> bool:
        """File a whole line among the contact details as the person's place when it reads as
        one (``Seattle WA US``, ``Lyon, France``) and no place is known yet: the labeller called
        it prose or left it unplaced, but a line set between contact lines is one of them."""
        seg = self.segs[i]
        b = self.resume.basics
        if has_place(b) or not (seg.first_of_line and seg.last_of_line) or self.entry is not None:
            return False
        if self.seen_heading and self.key not in ("summary", "basics"):
            return False
        roles = self.roles
        near = [k for k in (i - 1, i + 1) if 0 <= k < len(roles)]
        if not any(
            roles[k] == "contact"
            and self.segs[k].line.column == seg.line.column
            and abs(self.segs[k].line.size - seg.line.size) <= 1.0
            for k in near
        ):  # set like them
            return False
        if parse_place(text) is None:
            return False
        self._on_contact(i, text)
        return True

    def _on_name(self, i: int, text: str) -> None:
        b = self.resume.basics
        if b.name:
            if continues_name(b.name, text, adjacent=self.extend_path == "basics.name"):
                b.name = join_name(b.name, text)
                self.targets[i] = "basics.name"
                self._continue(lambda t: self._more_name(i, t), "basics.name")
                return
            return self._on_headline(i, text)
        rest = take_contacts(b, text)
        if not rest:
            self.targets[i] = "basics.email"
            return
        name, more = split_name(rest[0])
        if not name:  # a line dating the document or naming it ("RESUME"), not the person
            if more:
                self._hold(i, more)
            else:
                self.targets[i] = "basics"
                self._continue(None, "")
            return
        b.name = name
        self.targets[i] = "basics.name"
        if more and not b.headline:
            b.headline = more
        elif more:
            self._hold(i, more)
        for extra in rest[1:]:
            self._hold(i, extra)
        self._continue(lambda t: self._more_name(i, t), "basics.name")

    def _more_name(self, i: int, text: str) -> None:
        """What follows the name: the rest of a name set over two lines, else the headline."""
        b = self.resume.basics
        same_line = text.startswith("| ")
        part = text.lstrip("| ").strip()
        if not same_line and continues_name(b.name, part, adjacent=True):
            b.name = join_name(b.name, part)
        elif not b.headline:
            b.headline = part
        else:
            self.holding.append([part])

    def _on_headline(self, i: int, text: str) -> None:
        b = self.resume.basics
        if b.headline:
            return self._hold(i, text)
        b.headline = text
        self.targets[i] = "basics.headline"
        self._continue(
            lambda t: setattr(b, "headline", join_wrapped(b.headline, t)), "basics.headline"
        )

    def _wrapped_contact(self, i: int, text: str) -> bool:
        """Join a contact line to the one above it when together they make one e-mail address or
        web address cut at a narrow column's edge (``ada.quill@ex`` / ``ample.org``)."""
        seg, above = self.segs[i], self.segs[i - 1] if i else None
        if (
            above is None
            or self.roles[i - 1] != "contact"
            or above.line_index != seg.line_index - 1
            or (above.line.page, above.line.column) != (seg.line.page, seg.line.column)
            or not (seg.first_of_line and seg.last_of_line and above.last_of_line)
            or " " in text.strip()
        ):
            return False
        before = flatten(above.text).strip()
        joined = before + text.strip()
        cut_email = "@" in before and not EMAIL.fullmatch(before) and EMAIL.fullmatch(joined)
        cut_url = (
            "." in before
            and "@" not in before
            and not URL.fullmatch(before)
            and not URL.fullmatch(text.strip())
            and URL.fullmatch(joined)
        )
        if not (cut_email or cut_url):
            return False
        b = self.resume.basics
        if cut_email:
            if b.email and b.email != joined:
                return False
            b.email = joined
        elif not add_link(b, joined):
            return False
        self.holding = [h for h in self.holding if h[0] != before]
        self.targets[i] = self.targets[i - 1] = "basics.email" if "@" in joined else "basics"
        self._continue(None, "")
        return True

    def _on_contact(self, i: int, text: str) -> None:
        if self._wrapped_contact(i, text):
            return
        b = self.resume.basics
        entry = self.entry
        if (
            self.seen_heading
            and entry is not None
            and hasattr(entry, "url")
            and URL.fullmatch(text.strip())
            and not EMAIL.search(text)
            and not entry.url
        ):  # an entry's own link (a project's repository)
            entry.url = full_url(text.strip())
            self.targets[i] = f"{self.entry_path}.url"
            self._continue(None, "")
            return
        before = (b.email, b.phone, b.url, len(b.profiles), has_place(b))
        rest = take_contacts(b, text, contact_line=True)
        after = (b.email, b.phone, b.url, len(b.profiles), has_place(b))
        changed = [
            n
            for n, x, y in zip(
                ("email", "phone", "url", "profiles", "location"), before, after, strict=True
            )
            if x != y
        ]
        self.targets[i] = f"basics.{changed[0]}" if changed else "basics"
        for r in rest:
            if not has_place(b) and is_location(r):
                take_contacts(b, r)
            else:
                self._hold(i, r)
        self._continue(lambda t: self._more_contact(text, t), self.targets[i])

    def _more_contact(self, before: str, text: str) -> None:
        """A continuation of a contact line: the rest of an address or link cut at the column's
        edge, or more details."""
        b = self.resume.basics
        text = text.lstrip("| ")
        joined = before.strip() + text.strip()
        fragment = " " not in text.strip() and (text[:1].islower() or text[:1].isdigit())
        if fragment and (EMAIL.fullmatch(joined) or URL.fullmatch(joined)):
            if EMAIL.fullmatch(joined) and (not b.email or joined.startswith(b.email)):
                b.email = joined
                self.holding = [h for h in self.holding if h[0] != before.strip()]
                return
            partial = full_url(before.strip())
            kept = [p for p in b.profiles if p.url.rstrip("/") != partial.rstrip("/")]
            if len(kept) != len(b.profiles) or b.url.rstrip("/") == partial.rstrip("/"):
                b.profiles[:] = kept
                if b.url.rstrip("/") == partial.rstrip("/"):
                    b.url = ""
                add_link(b, joined)
                return
        for r in take_contacts(b, text, contact_line=True):
            self.holding.append([r])

    def _on_summary(self, i: int, text: str) -> None:
        if (not self.resume.summary or self.extend_path != "summary") and self._header_place(i, text):
            return
        r = self.resume
        r.summary = f"{r.summary}\n{text}" if r.summary else text
        self.targets[i] = "summary"
        self._continue(lambda t: setattr(r, "summary", join_wrapped(r.summary, t)), "summary")
