"""Hostile files dropped on the window: a dialog with the one-line reason, and the open document
untouched (same content, same undo history)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from mlresume_gui.model.codec import to_dict

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
MANIFEST: dict[str, dict[str, str]] = json.loads((HOSTILE / "manifest.json").read_text("utf-8"))
CASES = ["encrypted.pdf", "zip-bomb.docx", "external-entity.docx", "docx-named.pdf",
         "invalid-syntax.json", "wrong-types.json", "image-only.pdf", "random.bin"]


@pytest.mark.parametrize("name", CASES)
def test_hostile_import_shows_reason_and_keeps_document(window: Any, isolated: Any, qtbot: Any, name: str) -> None:
    before = to_dict(window.doc.resume)
    undo_count = window.doc.undo_stack.count()
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as done:
        window.import_file(str(HOSTILE / name))
    assert done.args == [False]
    assert len(isolated.errors) == 1
    message = isolated.errors[0]
    assert "\n" not in message and "Traceback" not in message
    assert re.search(MANIFEST[name]["expect"], message), message
    assert to_dict(window.doc.resume) == before
    assert window.doc.undo_stack.count() == undo_count
