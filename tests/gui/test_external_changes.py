"""A file changed or deleted by another program while open is noticed: reload, overwrite or save
elsewhere; nothing is overwritten silently and a deleted file's document stays open."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from mlresume_gui.formats import native
from mlresume_gui.gui import dialogs


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Records the external-change questions; ``state["answer"]`` is what the user picks."""
    state: dict[str, Any] = {"answer": "cancel", "calls": []}

    def ask(_parent: Any, name: str, deleted: bool, dirty: bool) -> str:
        state["calls"].append(("deleted" if deleted else "changed", name, dirty))
        return state["answer"]

    monkeypatch.setattr(dialogs, "ask_external_change", ask)
    return state


@pytest.fixture
def opened(window: Any, tmp_path: Path) -> Path:
    path = tmp_path / "mine.mlresume"
    assert window.files.save_to(str(path))
    return path


def change_on_disk(path: Path, name: str) -> None:
    other = native.load(path)
    other.basics.name = name
    native.save(other, path)


def test_own_saves_ask_nothing(window: Any, opened: Path, asked: dict, qtbot: Any) -> None:
    window.doc.resume.basics.name = "Edited here"
    window.doc._forced_dirty = True
    assert window.files.save()
    assert window.files.save()
    qtbot.wait(400)
    assert asked["calls"] == []


def test_change_then_reload(window: Any, opened: Path, asked: dict, qtbot: Any) -> None:
    asked["answer"] = "reload"
    change_on_disk(opened, "Written elsewhere")
    qtbot.waitUntil(lambda: bool(asked["calls"]), timeout=5000)
    assert asked["calls"][0][:2] == ("changed", "mine.mlresume")
    assert window.doc.resume.basics.name == "Written elsewhere"
    assert not window.doc.is_dirty


def test_change_then_overwrite(window: Any, opened: Path, asked: dict, qtbot: Any) -> None:
    mine = window.doc.resume.basics.name
    asked["answer"] = "overwrite"
    change_on_disk(opened, "Written elsewhere")
    qtbot.waitUntil(lambda: bool(asked["calls"]), timeout=5000)
    assert native.load(opened).basics.name == mine


def test_decided_later_save_asks_again_then_save_as(window: Any, opened: Path, asked: dict, qtbot: Any,
                                                     isolated: Any, tmp_path: Path) -> None:
    change_on_disk(opened, "Written elsewhere")
    qtbot.waitUntil(lambda: bool(asked["calls"]), timeout=5000)  # cancel: decide later
    qtbot.wait(400)
    assert len(asked["calls"]) == 1  # asked once per change
    window.doc.resume.basics.name = "Mine"
    window.doc._forced_dirty = True
    assert not window.files.save()  # the save asks again; cancel keeps the disk file
    assert len(asked["calls"]) == 2
    assert native.load(opened).basics.name == "Written elsewhere"
    asked["answer"] = "save_as"
    isolated.save_name = str(tmp_path / "copy.mlresume")
    window.files.save()
    assert native.load(tmp_path / "copy.mlresume").basics.name == "Mine"
    assert native.load(opened).basics.name == "Written elsewhere"
    assert window.doc.path == str(tmp_path / "copy.mlresume")


def test_check_before_save_without_the_watcher(window: Any, opened: Path, asked: dict) -> None:
    window.files.guard.watcher.blockSignals(True)  # e.g. a network drive that reports nothing
    change_on_disk(opened, "Written elsewhere")
    window.doc._forced_dirty = True
    assert not window.files.save()
    assert [c[0] for c in asked["calls"]] == ["changed"]
    assert native.load(opened).basics.name == "Written elsewhere"


def test_same_bytes_touched_is_not_a_change(window: Any, opened: Path, asked: dict) -> None:
    data = opened.read_bytes()
    opened.write_bytes(data)
    os.utime(opened, None)
    window.doc._forced_dirty = True
    assert window.files.save()
    assert asked["calls"] == []


def test_deleted_file_is_reported_and_the_document_kept(window: Any, opened: Path, asked: dict,
                                                        qtbot: Any) -> None:
    before = copy.deepcopy(window.doc.resume)
    opened.unlink()
    qtbot.waitUntil(lambda: bool(asked["calls"]), timeout=5000)
    assert asked["calls"][0][0] == "deleted"
    assert window.doc.resume == before and window.doc.path == str(opened)
    assert window.doc.is_dirty  # what is shown is on no disk now
    assert window.files.save()  # told once: Save puts it back without a second question
    assert len(asked["calls"]) == 1
    assert native.load(opened) == before
