"""Export templates (Classic, Compact, ...): fonts, sizes, margins, spacing and section order.

Each template is a TOML file in ``resources/templates/``; the Word and PDF exporters read the same
one, so both lay out a resume alike. Add a template by adding a file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mlresume_gui.resources import resource

DEFAULT_TEMPLATE = "classic"

# Paper sizes in millimetres.
PAPERS: dict[str, tuple[float, float]] = {"letter": (215.9, 279.4), "a4": (210.0, 297.0)}

MM_PER_PT = 25.4 / 72


@dataclass(frozen=True)
class Template:
    """A template's settings; sizes and spacing in points, margins in millimetres."""

    key: str
    name: str
    description: str
    paper: str
    pdf_font: str
    docx_font: str
    font_files: tuple[Path, ...]
    margins: dict[str, float]
    sizes: dict[str, float]
    spacing: dict[str, float]
    accent: str
    text: str
    muted: str
    center_header: bool
    section_caps: bool
    section_rule: bool
    meta_inline: bool
    dates_inline: bool
    contact_separator: str
    sections: tuple[str, ...]

    def page_mm(self, paper: str | None = None) -> tuple[float, float]:
        """Page width and height in millimetres; KeyError naming the papers for an unknown one."""
        key = (paper or self.paper).lower()
        if key not in PAPERS:
            raise KeyError(f"unknown paper {paper!r} (papers: {', '.join(PAPERS)})")
        return PAPERS[key]

    def text_width_pt(self, paper: str | None = None) -> float:
        """Width between the left and right margins, in points."""
        width = self.page_mm(paper)[0] - self.margins["left"] - self.margins["right"]
        return width / MM_PER_PT


def templates_dir() -> Path:
    """The folder holding the template files."""
    return resource("templates")


def template_names() -> list[str]:
    """Keys of the installed templates (file names without ``.toml``), sorted."""
    return sorted(p.stem for p in templates_dir().glob("*.toml"))


def _require(table: dict, key: str, where: str) -> dict:
    value = table.get(key)
    if not isinstance(value, dict):
        raise ValueError(f"template {where}: the [{key}] table is missing")
    return value


def _numbers(table: dict, where: str, keys: tuple[str, ...]) -> dict[str, float]:
    out = {}
    for k in keys:
        v = table.get(k)
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise ValueError(f"template {where}: {k} must be a number")
        out[k] = float(v)
    return out


def _parse(key: str, data: dict) -> Template:
    where = f"{key!r}"
    fonts = _require(data, "fonts", where)
    style = _require(data, "style", where)
    paper = str(data.get("paper", "letter")).lower()
    if paper not in PAPERS:
        raise ValueError(f"template {where}: paper must be one of {', '.join(PAPERS)}")
    return Template(
        key=key,
        name=str(data.get("name", key.title())),
        description=str(data.get("description", "")),
        paper=paper,
        pdf_font=str(fonts.get("pdf", "Carlito")),
        docx_font=str(fonts.get("docx", "Calibri")),
        font_files=tuple(resource(*str(f).split("/")) for f in fonts.get("files", ())),
        margins=_numbers(_require(data, "margins", where), where, ("top", "bottom", "left", "right")),
        sizes=_numbers(
            _require(data, "sizes", where),
            where,
            ("name", "headline", "contact", "section", "entry", "meta", "body"),
        ),
        spacing=_numbers(
            _require(data, "spacing", where),
            where,
            ("header_after", "section_before", "section_after", "entry_before", "meta_after",
             "bullet_after", "line", "bullet_indent", "bullet_hang"),
        ),
        accent=str(style.get("accent", "#000000")),
        text=str(style.get("text", "#000000")),
        muted=str(style.get("muted", "#444444")),
        center_header=bool(style.get("center_header", True)),
        section_caps=bool(style.get("section_caps", True)),
        section_rule=bool(style.get("section_rule", True)),
        meta_inline=bool(style.get("meta_inline", False)),
        dates_inline=bool(style.get("dates_inline", False)),
        contact_separator=str(style.get("contact_separator", " | ")),
        sections=tuple(str(s) for s in data.get("sections", ())),
    )


@cache
def load_template(name: str | None = None) -> Template:
    """The template called ``name`` (default Classic); KeyError listing the templates if unknown."""
    key = (name or DEFAULT_TEMPLATE).strip().lower()
    path = templates_dir() / f"{key}.toml"
    if not key.isidentifier() or not path.is_file():
        known = ", ".join(template_names())
        raise KeyError(f"no template named {name!r} (templates: {known})")
    with path.open("rb") as fh:
        return _parse(key, tomllib.load(fh))
