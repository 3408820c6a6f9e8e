"""Segment features for the labeller: how a segment is set (size, weight, caps, indent, column,
gap, position in its line, block and page) and what it holds (dates, e-mail, phone, links, word
shape, heading vocabulary), with the same read from its neighbours.

Features are strings (``name=value``) so the model file stays small and the features readable.
"""

from __future__ import annotations

import re
from collections import Counter

from mlresume_gui.formats.reading.contacts import EMAIL, PHONE, URL, is_location
from mlresume_gui.formats.reading.entries import is_institution, split_degree, title_score
from mlresume_gui.formats.reading.headings import letter_spaced, section_for_heading
from mlresume_gui.formats.reading.labelling.segments import Segment
from mlresume_gui.formats.reading.layout import LayoutDocument
from mlresume_gui.formats.reading.lineparse import find_dates, strip_bullet

_PAGE_FURNITURE = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_PROBE = 240


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    for i, edge in enumerate(edges):
        if value < edge:
            return i
    return len(edges)


def _shape(word: str) -> str:
    """``Xxxx``, ``XX``, ``dd``, ``x.x`` ...: a word's shape, runs squeezed."""
    out = []
    for c in word[:8]:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


def body_size(doc: LayoutDocument) -> float:
    """The font size most characters are set in."""
    sizes: Counter[float] = Counter()
    for ln in doc.lines:
        if ln.size:
            sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _own(seg: Segment, body: float, right_edge: float, col_left: float) -> list[str]:
    """Features of one segment on its own."""
    text = seg.text[:_PROBE]  # the features read a segment's start: a paragraph of 100 kB costs no more
    ln = seg.line
    bold, size = ln.bold, ln.size
    marker, bare = strip_bullet(text)
    words = _WORD.findall(bare)
    n_letters = sum(map(str.isalpha, bare))
    caps = sum(map(str.isupper, bare)) / n_letters if n_letters else 0.0
    titled = sum(w[:1].isupper() for w in words) / len(words) if words else 0.0
    f = [
        f"nw={_bucket(len(words), (1, 2, 3, 4, 6, 9, 14, 20))}",
        f"caps={_bucket(caps, (0.05, 0.3, 0.7, 0.95))}",
        f"titled={_bucket(titled, (0.2, 0.5, 0.8, 0.99))}",
        f"end={bare[-1:] if bare[-1:] in '.,:;)' else 'a' if bare[-1:].isalnum() else 'o'}",
        f"lower0={bare[:1].islower()}",
        f"digit={any(c.isdigit() for c in bare)}",
        f"shape0={_shape(words[0]) if words else ''}",
        f"bold={bold}",
        f"bullet={bool(ln.bullet or marker)}",
        f"piece={min(seg.piece, 3)}/{min(seg.pieces, 4)}",
        f"part={min(seg.part, 3)}/{min(seg.parts, 4)}",
        f"region={ln.region}",
        f"col={min(ln.column, 2)}",
        f"style={ln.style.casefold()[:20]}" if ln.style else "style=",
        f"listlvl={ln.list_level}",
        f"table={ln.table is not None}",
        f"textbox={ln.in_textbox}",
        f"links={bool(ln.links)}",
    ]
    if body and size:
        f.append(f"size={_bucket(size / body, (0.85, 0.97, 1.05, 1.2, 1.5, 2.0))}")
    f.append(f"gap={_bucket(ln.gap_above / body if body else 0.0, (0.1, 0.5, 1.0, 2.0))}")
    if ln.box[2] > 0:
        f.append(f"indent={_bucket(ln.indent / body if body else 0.0, (0.5, 2.0, 5.0))}")
        if right_edge and seg.x1 >= right_edge - 4 and seg.piece > 0:
            f.append("right_aligned")
        if seg.x0 - col_left > 0.45 * max(1.0, right_edge - col_left):
            f.append("right_half")
    for key in ("heading", "cont"):
        if key in ln.extra:
            f.append(f"hint_{key}={ln.extra[key]}")
    span = find_dates(bare)
    if span is not None:
        rest = len(_WORD.findall(bare[: span.begin] + bare[span.stop:]))
        f.append(f"date={'range' if span.start else 'single'}")
        f.append(f"date_rest={_bucket(rest, (1, 3, 6))}")
    if EMAIL.search(bare):
        f.append("email")
    if PHONE.search(bare) and sum(c.isdigit() for c in bare) >= 7:
        f.append("phone")
    if URL.search(bare) or "http" in bare:
        f.append("url")
    if len(words) <= 6 and is_location(bare):
        f.append("location")
    heading = section_for_heading(bare) if len(words) <= 6 or letter_spaced(bare) else None
    if heading:
        f.append(f"vocab={heading}")
    if len(words) <= 12:
        ts = title_score(bare)
        f.append(f"title_score={max(-2, min(ts, 3))}")
        if is_institution(bare):
            f.append("institution")
        if split_degree(bare):
            f.append("degree")
    if _PAGE_FURNITURE.match(bare.strip()):
        f.append("page_number")
    if words:
        f.append(f"w0={words[0].casefold()[:12]}")
        f.append(f"wl={words[-1].casefold()[:12]}")
    if ":" in bare[:40]:
        f.append("colon")
    f.append(f"commas={_bucket(bare.count(','), (1, 2, 4))}")
    return f


_SHARED = ("bold", "size", "bullet", "date", "vocab", "caps", "nw", "email", "phone", "url", "gap",
           "lower0", "end", "indent", "title_score", "institution", "degree", "location", "hint_cont")


def document_features(doc: LayoutDocument, segs: list[Segment]) -> list[list[str]]:
    """The feature list of every segment, its neighbours' main features included."""
    body = body_size(doc)
    right: dict[tuple[int, int], float] = {}
    left: dict[tuple[int, int], float] = {}
    for ln in doc.lines:
        k = (ln.page, ln.column)
        right[k] = max(right.get(k, 0.0), ln.box[2])
        left[k] = min(left.get(k, 1e9), ln.box[0])
    own = []
    n_lines = max(1, len(doc.lines))
    last_vocab = "none"
    for seg in segs:
        k = (seg.line.page, seg.line.column)
        f = _own(seg, body, right.get(k, 0.0), left.get(k, 0.0))
        f.append(f"pos={_bucket(seg.line_index / n_lines, (0.03, 0.08, 0.2, 0.5, 0.8))}")
        f.append(f"page={min(seg.line.page, 2)}")
        f.append(f"section={last_vocab}")
        vocab = next((x[6:] for x in f if x.startswith("vocab=")), None)
        if vocab and seg.first_of_line and seg.last_of_line:
            last_vocab = vocab
        own.append(f)
    shared = [[x for x in f if x.split("=", 1)[0] in _SHARED] for f in own]
    style = {id(ln): (ln.size, ln.bold) for ln in doc.lines}
    out: list[list[str]] = []
    for i, (seg, f) in enumerate(zip(segs, own, strict=True)):
        feats = ["bias", *f]
        for off in (-2, -1, 1, 2):
            j = i + off
            if not 0 <= j < len(segs):
                feats.append(f"{off}:none")
                continue
            other = segs[j]
            same = other.line_index == seg.line_index
            feats.append(f"{off}:same_line={same}")
            if abs(off) == 1:
                feats.extend(f"{off}:{x}" for x in shared[j])
            if off == -1 and not same:
                (size_a, bold_a), (size_b, bold_b) = style[id(other.line)], style[id(seg.line)]
                feats.append(f"-1:size_same={abs(size_a - size_b) < 0.3}")
                feats.append(f"-1:bold_same={bold_a == bold_b}")
        out.append(feats)
    return out
