"""The window's first frame: the document as read-only text, shown while the editor is built.

Start-up paints this before it loads the document model, the editor's widgets and the menus: the
user sees their resume (its sections on the left, its text in the middle, where the outline and
the editor will be) a fraction of a second sooner, and the editor replaces it one turn of the event
loop after it is on the screen. It reads the native file's JSON directly and touches only a few Qt
classes (none of the ``Qt`` namespace, whose enums cost tens of milliseconds to create).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QWidget

from ..section_names import SECTION_TITLES

MAX_BYTES = 4_000_000  # a larger native file is left to the editor (no preview of it)
MAX_LINES = 160  # of body text: the frame is on the screen for a moment, never scrolled far


def _esc(text: object) -> str:
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _heading(entry: dict[str, Any]) -> str:
    """An entry's first line: its title and organisation, or its name, as the file holds them."""
    parts = [entry.get(k) for k in ("title", "position", "degree", "name", "category", "language")]
    orgs = [entry.get(k) for k in ("company", "institution", "organization", "venue", "platform",
                                   "issuer", "awarder", "subtitle")]
    head = next((str(p) for p in parts if isinstance(p, str) and p.strip()), "")
    org = next((str(o) for o in orgs if isinstance(o, str) and o.strip()), "")
    if head and org:
        return f"<b>{_esc(head)}</b> — {_esc(org)}"
    return f"<b>{_esc(head or org)}</b>" if head or org else ""


def _entry_lines(entry: dict[str, Any]) -> list[str]:
    lines = [_heading(entry)] if _heading(entry) else []
    items = entry.get("items") or entry.get("keywords")
    if isinstance(items, list) and items:
        lines.append(_esc(", ".join(str(i) for i in items)))
    for bullet in entry.get("bullets") or []:
        if isinstance(bullet, dict) and str(bullet.get("text", "")).strip():
            lines.append(f"&nbsp;&nbsp;• {_esc(bullet['text'])}")
    return lines


def read_outline(path: str) -> tuple[list[str], str] | None:
    """(section titles, body as rich text) of a native document, or None when it cannot be shown
    this way (not a native file, too large, unreadable: the editor says why once it is built)."""
    file = Path(path)
    try:
        if file.suffix.lower() != ".mlresume" or file.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(file.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("basics", {}), dict):
        return None
    basics = data.get("basics") or {}
    titles, body = [SECTION_TITLES["basics"]], []
    body.append(f"<h2>{_esc(basics.get('name') or 'Untitled')}</h2>")
    if basics.get("headline"):
        body.append(_esc(basics["headline"]))
    contact = [str(basics[k]) for k in ("email", "phone", "url") if isinstance(basics.get(k), str) and basics[k]]
    if contact:
        body.append(_esc("  ·  ".join(contact)))
    if isinstance(data.get("summary"), str) and data["summary"].strip():
        titles.append(SECTION_TITLES["summary"])
        body += [f"<h3>{SECTION_TITLES['summary']}</h3>", _esc(data["summary"])]
    sections = [(SECTION_TITLES[k], data.get(k)) for k in SECTION_TITLES if k not in ("basics", "summary")]
    sections += [(str(c.get("title") or "Custom section"), c.get("entries"))
                 for c in data.get("custom") or [] if isinstance(c, dict)]
    for title, entries in sections:
        if not isinstance(entries, list) or not entries:
            continue
        titles.append(title)
        body.append(f"<h3>{_esc(title)}</h3>")
        for entry in entries:
            if isinstance(entry, dict):
                body.extend(_entry_lines(entry))
            if len(body) > MAX_LINES:
                break
    return titles, "<br>".join(body[:MAX_LINES])


class FirstFrame(QWidget):
    """Sections on the left, the document's text in the middle and the panel's place on the right,
    in the editor's column widths (``sizes``); a file that is not shown this way gets its name."""

    def __init__(self, path: str, sizes: list[int], sample_name: str = "") -> None:
        super().__init__()
        self.setObjectName("FirstFrame")
        layout = QHBoxLayout(self)
        shown = read_outline(path) if path else None
        if shown is None:
            titles, body = [], f"Opening {_esc(Path(path).name if path else sample_name)}…"
        else:
            titles, body = shown
        left = QLabel("<br>".join(f"&nbsp;{_esc(t)}" for t in titles))
        left.setObjectName("FirstFrameSections")
        text = QTextBrowser()  # lays out lazily: a long document costs the frame nothing more
        text.setObjectName("FirstFrameText")
        text.setHtml(body)
        right = QLabel("The live score panel appears here.")
        right.setWordWrap(True)
        left_w, _mid, right_w = sizes if len(sizes) == 3 else (240, 640, 340)
        left.setFixedWidth(max(120, left_w))
        right.setFixedWidth(max(120, right_w))
        # Alignment through the style sheet: Qt's own enums would cost the frame its speed.
        self.setStyleSheet("QLabel { padding: 8px; qproperty-alignment: 'AlignTop | AlignLeft'; }"
                           "QLabel#FirstFrameSections { background: palette(base); }")
        layout.addWidget(left)
        layout.addWidget(text, 1)
        layout.addWidget(right)
