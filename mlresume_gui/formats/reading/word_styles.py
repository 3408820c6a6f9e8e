"""What a Word document's styles and numbering say about a paragraph or a run: style names,
weight, slant, size, font and colour through the ``basedOn`` chain, and the real list marker
(bullet glyph or number) of each list paragraph. Read once per document from its XML.
"""

from __future__ import annotations

import unicodedata
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RunProps = tuple[bool | None, bool | None, float, str, str]  # bold, italic, size, font, colour
_UNSET: RunProps = (None, None, 0.0, "", "")
MAX_CHAIN = 10  # basedOn links followed (a loop in a damaged file ends here)


def on(el: Any) -> bool:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) is on."""
    return el.get(f"{W}val") not in ("0", "false", "off", "none")


def run_props(rpr: Any) -> RunProps:
    """The properties an ``rPr`` element sets itself (None / 0 / "" where it says nothing)."""
    if rpr is None:
        return _UNSET
    bold = italic = None
    size, font, colour = 0.0, "", ""
    for child in rpr:
        tag = child.tag
        if tag == f"{W}b":
            bold = on(child)
        elif tag == f"{W}i":
            italic = on(child)
        elif tag == f"{W}sz":
            val = child.get(f"{W}val") or ""
            size = float(val) / 2 if val.replace(".", "", 1).isdigit() else 0.0
        elif tag == f"{W}rFonts":
            font = child.get(f"{W}ascii") or child.get(f"{W}hAnsi") or ""
        elif tag == f"{W}color":
            val = (child.get(f"{W}val") or "").lower()
            colour = f"#{val}" if len(val) == 6 and val != "auto" else ""
    return bold, italic, size, font, colour


def merge(first: RunProps, then: RunProps) -> RunProps:
    """``first`` with what it leaves unset taken from ``then``."""
    return (first[0] if first[0] is not None else then[0], first[1] if first[1] is not None else then[1],
            first[2] or then[2], first[3] or then[3], first[4] or then[4])


class Styles:
    """Style id -> name, run properties, paragraph numbering, indent and spacing, each resolved
    through ``basedOn`` when first asked for."""

    def __init__(self, root: Any | None) -> None:
        self.elements: dict[str, Any] = {}
        self.default_para = ""
        self.defaults: RunProps = _UNSET
        self._props: dict[str, RunProps] = {}
        self._para: dict[str, tuple[str, str, int, float, float]] = {}
        if root is None:
            return
        for st in root.iterchildren(f"{W}style"):
            sid = st.get(f"{W}styleId") or ""
            self.elements[sid] = st
            if not self.default_para and st.get(f"{W}type") == "paragraph" and st.get(f"{W}default") in ("1", "true"):
                self.default_para = sid
        dd = root.find(f"{W}docDefaults")
        if dd is not None:
            self.defaults = run_props(dd.find(f"{W}rPrDefault/{W}rPr"))

    def _chain(self, sid: str) -> list[Any]:
        out: list[Any] = []
        while sid and sid in self.elements and len(out) < MAX_CHAIN:
            st = self.elements[sid]
            out.append(st)
            based = st.find(f"{W}basedOn")
            sid = based.get(f"{W}val") if based is not None else ""
        return out

    def props(self, sid: str) -> RunProps:
        """The run properties a style gives, through its chain (no document defaults)."""
        if sid not in self._props:
            out = _UNSET
            for st in self._chain(sid):
                out = merge(out, run_props(st.find(f"{W}rPr")))
            self._props[sid] = out
        return self._props[sid]

    def paragraph_property(self, sid: str | None, name: str) -> Any | None:
        """The nearest ``pPr`` child ``name`` (``jc``, ``ind`` ...) a paragraph style's chain sets."""
        for st in self._chain(sid or self.default_para):
            el = st.find(f"{W}pPr/{W}{name}")
            if el is not None:
                return el
        return None

    def paragraph_tabs(self, sid: str | None) -> list[Any]:
        """The ``w:tabs`` elements of a paragraph style's chain, base style first."""
        return [el for st in reversed(self._chain(sid or self.default_para))
                if (el := st.find(f"{W}pPr/{W}tabs")) is not None]

    def paragraph(self, sid: str | None) -> tuple[str, str, int, float, float]:
        """(name, numId, ilvl, left indent pt, space before pt) a paragraph style gives."""
        sid = sid or self.default_para
        if sid not in self._para:
            chain = self._chain(sid)
            name_el = chain[0].find(f"{W}name") if chain else None
            name = (name_el.get(f"{W}val") if name_el is not None else sid) or ""
            num_id, ilvl, indent, before = "", 0, -1.0, -1.0
            for st in chain:
                ppr = st.find(f"{W}pPr")
                if ppr is None:
                    continue
                if not num_id:
                    num_id, ilvl = numbering_of(ppr)
                ind, spacing = paragraph_space(ppr)
                indent = indent if indent >= 0 else ind
                before = before if before >= 0 else spacing
            self._para[sid] = (name, num_id, ilvl, max(indent, 0.0), max(before, 0.0))
        return self._para[sid]


def numbering_of(ppr: Any) -> tuple[str, int]:
    """(numId, ilvl) a ``pPr`` sets, ("", 0) when none."""
    num = ppr.find(f"{W}numPr")
    if num is None:
        return "", 0
    nid = num.find(f"{W}numId")
    lvl = num.find(f"{W}ilvl")
    level = lvl.get(f"{W}val") if lvl is not None else "0"
    return (nid.get(f"{W}val") or "") if nid is not None else "", int(level) if (level or "").isdigit() else 0


def paragraph_space(ppr: Any) -> tuple[float, float]:
    """(left indent, space before) in points a ``pPr`` sets, -1 where it says nothing."""
    indent = before = -1.0
    ind = ppr.find(f"{W}ind")
    if ind is not None:
        val = ind.get(f"{W}left") or ind.get(f"{W}start") or ""
        if val.lstrip("-").isdigit():
            indent = int(val) / 20
    sp = ppr.find(f"{W}spacing")
    if sp is not None:
        val = sp.get(f"{W}before") or ""
        if val.isdigit():
            before = int(val) / 20
    return indent, before


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = ""
    for value, digits in _ROMAN:
        while n >= value:
            out, n = out + digits, n - value
    return out


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.upper() if fmt == "upperRoman" else s
    return str(n)


def bullet_glyph(text: str) -> str:
    """A bullet level's glyph as text: symbol-font private-use codes and Courier's ``o`` become
    the bullets they draw."""
    t = text.strip()
    if not t:
        return "•"
    if unicodedata.category(t[0]) == "Co":
        return {"\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf076": "❖", "\uf0de": "➢"}.get(t[0], "•")
    return "◦" if t == "o" else t


class Numbering:
    """numId + ilvl -> the marker the list paragraph shows, counting numbered items as Word does."""

    def __init__(self, root: Any | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counts: dict[str, list[int]] = {}
        if root is None:
            return
        for an in root.iterchildren(f"{W}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iterchildren(f"{W}lvl"):
                ilvl = lvl.get(f"{W}ilvl") or "0"
                fmt = lvl.find(f"{W}numFmt")
                txt = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                sval = start.get(f"{W}val") if start is not None else "1"
                levels[int(ilvl) if ilvl.isdigit() else 0] = (
                    (fmt.get(f"{W}val") or "decimal") if fmt is not None else "decimal",
                    (txt.get(f"{W}val") or "") if txt is not None else "",
                    int(sval) if (sval or "").isdigit() else 1,
                )
            self.levels[an.get(f"{W}abstractNumId") or ""] = levels
        for num in root.iterchildren(f"{W}num"):
            aid = num.find(f"{W}abstractNumId")
            overrides = {}
            for ov in num.iterchildren(f"{W}lvlOverride"):
                so = ov.find(f"{W}startOverride")
                lv = ov.get(f"{W}ilvl") or "0"
                if so is not None and (so.get(f"{W}val") or "").isdigit() and lv.isdigit():
                    overrides[int(lv)] = int(so.get(f"{W}val"))
            self.nums[num.get(f"{W}numId") or ""] = ((aid.get(f"{W}val") or "") if aid is not None else "", overrides)

    def marker(self, num_id: str, ilvl: int) -> str:
        """The marker of the next paragraph of list ``num_id`` at level ``ilvl`` ("" when the
        list is unknown or numbering is switched off with numId 0)."""
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, overrides = self.nums[num_id]
        levels = self.levels.get(aid, {})
        fmt, text, start = levels.get(ilvl, ("bullet", "•", 1))
        if fmt == "bullet":
            return bullet_glyph(text)
        if fmt == "none":
            return ""
        counts = self.counts.setdefault(num_id, [0] * 10)
        level = min(max(ilvl, 0), 9)
        if counts[level] == 0:
            counts[level] = overrides.get(level, start) - 1
        counts[level] += 1
        for deeper in range(level + 1, 10):
            counts[deeper] = 0
        out = text or f"%{level + 1}."
        for k in range(level, -1, -1):
            kfmt = levels.get(k, ("decimal", "", 1))[0]
            out = out.replace(f"%{k + 1}", _format(max(counts[k], 1), kfmt))
        return out.strip()
