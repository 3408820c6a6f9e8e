"""Word documents built by the npm ``docx`` package (docxjs_render.js beside this file)."""

from __future__ import annotations

import json
from pathlib import Path

import view as Vw

from .common import NODE_DIR, Layout, run

SCRIPT = Path(__file__).with_name("docxjs_render.js")


def render(doc: dict, out: Path, work: Path) -> None:
    data = work / "display.json"
    data.write_text(json.dumps(Vw.display(doc), ensure_ascii=False), encoding="utf-8")
    run(["node", SCRIPT, data, out.resolve()], cwd=NODE_DIR, env={"NODE_PATH": str(NODE_DIR / "node_modules")})


def layouts() -> list[Layout]:
    return [Layout("docx-js", "header-contact", "docx", "npm docx package (numbered bullets, contact in header/footer) -> docx",
                   render, people=12)]
