"""After an import the open document is the imported one: its name, the window title, the close
prompt and the recovery record follow it, also after a second and a third import; undo brings the
previous content and name back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mlresume_gui.gui import autosave


def _import(window: Any, qtbot: Any, path: Path) -> None:
    flow = window.importer
    with qtbot.waitSignal(flow.finished, timeout=20000):
        window.import_file(str(path))
    if getattr(flow, "review", None) is not None:
        with qtbot.waitSignal(flow.reviewClosed, timeout=5000):
            flow.review.accept()


def _resume_text(name: str) -> str:
    return f"{name} Person\n{name.lower()}@example.com\n\nExperience\nML Engineer\n- Cut latency 30%\n"


def test_title_prompt_and_recovery_follow_each_import(window: Any, qtbot: Any, tmp_path: Path,
                                                      isolated: Any) -> None:
    window.ensure_tools()
    for name in ("First", "Second", "Third"):
        path = tmp_path / f"{name.lower()}-cv.txt"
        path.write_text(_resume_text(name), encoding="utf-8")
        _import(window, qtbot, path)
        expected = f"{name.lower()}-cv (imported)"
        assert window.doc.resume.basics.name == f"{name} Person"
        assert window.doc.path is None
        assert window.windowTitle().startswith(expected)
        window.autosaver.flush()
        meta = json.loads(autosave._meta_file().read_text(encoding="utf-8"))
        assert meta["name"] == expected and meta["path"] is None
    isolated.save_answer = "cancel"
    window.close()
    assert isolated.asked[-1] == "save:third-cv (imported)"
    window.doc.undo_stack.undo()
    assert window.windowTitle().startswith("second-cv (imported)")
    assert window.doc.resume.basics.name == "Second Person"


def test_undoing_an_import_into_a_saved_document_gives_back_its_path(window: Any, qtbot: Any,
                                                                     tmp_path: Path) -> None:
    saved = tmp_path / "mine.mlresume"
    assert window.files.save_to(str(saved))
    path = tmp_path / "other.txt"
    path.write_text(_resume_text("Other"), encoding="utf-8")
    _import(window, qtbot, path)
    assert window.doc.path is None and window.windowTitle().startswith("other (imported)")
    window.doc.undo_stack.undo()
    assert window.doc.path == str(saved) and window.windowTitle().startswith("mine.mlresume")
    assert not window.doc.is_dirty
