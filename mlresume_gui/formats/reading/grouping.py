"""The lines of one section grouped into what it lists: entries (heading lines, plain lines and
bullets, wrapped lines joined), one-line items, citations and competitions.

Shared by every importer through :mod:`structure`; pure functions of :class:`structure.Line` lists.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mlresume_gui.formats.reading import items
from mlresume_gui.formats.reading.entries import Block
from mlresume_gui.formats.reading.lineparse import (
    Joined,
    all_years,
    find_dates,
    flatten,
    join_wrapped,
    strip_bullet,
)

if TYPE_CHECKING:
    from mlresume_gui.formats.reading.structure import Line


def group_entries(lines: list[Line], max_head: int = 3) -> list[Block]:
    """Lines of an entry section grouped into blocks of heading lines and bullets."""
    blocks: list[Block] = []
    cur: Block | None = None
    last_bullet = False
    styles: list[tuple[bool, float]] = []  # style of each heading line of the current block
    growing: tuple[Block, Joined] | None = None  # the last bullet, while lines may still join it

    def close() -> None:
        if growing is not None:
            growing[0].bullets[-1] = growing[1].text()

    for ln in lines:
        marker, text = strip_bullet(flatten(ln.text).strip(), listed=ln.bullet)
        if not text:
            continue
        is_bullet = ln.bullet or bool(marker)
        style = (ln.bold, round(ln.size))
        # the style that opened this entry, after lines of another style: the next entry begins
        restyled = len(styles) >= 2 and style == styles[0] and styles[-1] != style and not ln.cont
        if is_bullet:
            if cur is None:
                cur = Block()
                blocks.append(cur)
            close()
            cur.bullets.append(text)
            growing = (cur, Joined(text))
            last_bullet = True
        elif cur is not None and growing is not None and last_bullet and _continues(ln, text, growing[1].tail):
            growing[1].add(text)
        elif cur is not None and not cur.bullets and ln.cont and (cur.body or cur.head):
            target = cur.body if cur.body else cur.head
            target[-1] = join_wrapped(target[-1], text)
        elif (
            cur is not None and not cur.bullets and len(cur.head) < max_head and not cur.body and not restyled
            and not is_prose(text) and not (find_dates(ln.text) and any(find_dates(h) for h in cur.head))
        ):
            cur.head.append(ln.text)
            styles.append(style)
        elif cur is not None and not cur.bullets and not restyled and is_prose(text):
            cur.body.append(text)
        else:
            cur = Block(head=[ln.text])
            blocks.append(cur)
            styles = [style]
            last_bullet = False
        if cur is not None:
            cur.links.extend(ln.links)
    close()
    return blocks


def _continues(ln: Line, text: str, previous: str) -> bool:
    if ln.cont is not None:
        return ln.cont
    if find_dates(ln.text) or ln.bold or "\t" in ln.text:
        return False
    return soft_continuation(text, previous)


def soft_continuation(text: str, previous: str) -> bool:
    """Without layout hints: a line continues the previous one only when the text says so."""
    return text[:1].islower() or open_end(previous)


# a line ending like this cannot end an item: a comma, an open bracket, a connecting word
OPEN_END = re.compile(
    r"(?:[,\-–(&/+·|]|\b(?:and|or|the|of|for|with|without|to|in|on|by|from|at|a|an|into|via|across|over|under"
    r"|per|than|as|using|its|their|our|between|through|within)\s*)$",
    re.IGNORECASE,
)


def open_end(text: str) -> bool:
    """True when ``text`` ends the way no item ends (a comma, "and", "of" ...); only its tail is
    searched, so the test costs the same on a line of any length."""
    return bool(OPEN_END.search(text[-64:]))


def is_prose(text: str) -> bool:
    if "|" in text or "\t" in text:
        return False
    n = len(re.findall(r"[^\W\d_]{2,}", text))
    return n >= 12 or (n >= 6 and text.endswith("."))


_CATEGORY_START = re.compile(r"^[^:：,\t|]{1,40}(?:[:：]\s|\t|\s\|\s)")


def list_items(lines: list[Line], loose: bool = False, tabs: bool = False) -> list[str]:
    """Logical items of a list section: wrapped lines joined, markers removed.

    ``loose``: an ambiguous line that does not open a new ``Category:`` joins the item before it.
    ``tabs``: keep a column gap as a TAB (``Languages<TAB>Python, Go`` names its category by it).
    """
    out: list[Joined] = []
    for ln in lines:
        marker, text = strip_bullet(ln.text.strip() if tabs else flatten(ln.text), listed=ln.bullet)
        if not text:
            continue
        if out and not marker and not ln.bullet and not _CATEGORY_START.match(text) and (
            ln.cont or (ln.cont is None and (loose or soft_continuation(text, out[-1].tail)))
        ):
            out[-1].add(text)
        else:
            out.append(Joined(text))
    return [item.text() for item in out]


def competition_blocks(lines: list[Line]) -> list[Block]:
    """Competition entries: each heading line opens one, unless it only states a result or an
    approach (``31st of 4,958 teams``, ``Approach: …``) or carries on the line above."""
    out: list[Block] = []
    for block in group_entries(lines, max_head=1):
        prev = out[-1] if out else None
        first = flatten(block.head[0]) if block.head else ""
        if prev is not None and prev.head and not prev.bullets and first:
            if items.is_competition_detail(first):
                prev.head.append(block.head[0])
            elif soft_continuation(first, flatten(prev.head[-1])):
                prev.head[-1] = join_wrapped(prev.head[-1], block.head[0])
            else:
                out.append(block)
                continue
            prev.body += block.body
            prev.bullets += block.bullets
            prev.links += block.links
            continue
        out.append(block)
    return out


def citation_items(texts: list[str]) -> list[str]:
    """Citation items with a short yearless tail put back on the citation it ends (``AAAI, 2024.``
    left alone at the top of a page belongs to the title above it, which has no year yet)."""
    out: list[str] = []
    for text in texts:
        if out and len(text.split()) <= 4 and all_years(text) and not all_years(out[-1]):
            out[-1] = join_wrapped(out[-1], text)
        else:
            out.append(text)
    return out
