"""Documents MLResume saved itself open without the reading sandbox; every other file still uses it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mlresume_gui.formats import native
from mlresume_gui.gui import own_files
from mlresume_gui.gui.files import read_file
from mlresume_gui.resources import sample_resume


@pytest.fixture
def sandboxed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths read through the registry (the sandboxed read), recorded instead of read."""
    seen: list[str] = []
    import mlresume_gui.formats.registry as registry

    real = registry.read_document

    def record(path: Any, **kwargs: Any) -> Any:
        seen.append(str(path))
        return real(path, isolate=False)

    monkeypatch.setattr(registry, "read_document", record)
    return seen


def test_a_document_saved_by_the_window_reopens_in_process(window: Any, tmp_path: Path,
                                                          sandboxed: list[str]) -> None:
    path = tmp_path / "mine.mlresume"
    assert window.files.write(str(path))
    assert own_files.recorded(str(path))
    resume = read_file(str(path))
    assert resume.basics.name == window.doc.resume.basics.name
    assert sandboxed == []


def test_changed_bytes_go_to_the_sandbox(window: Any, tmp_path: Path, sandboxed: list[str]) -> None:
    path = tmp_path / "mine.mlresume"
    assert window.files.write(str(path))
    window.doc.load(native.load(sample_resume()), None)  # the window no longer watches the file
    text = path.read_text(encoding="utf-8").replace(window.doc.resume.basics.name, "Someone Else", 1)
    path.write_text(text, encoding="utf-8")  # another program's edit
    assert own_files.read_own(str(path)) is None
    assert read_file(str(path)).basics.name == "Someone Else"
    assert sandboxed == [str(path)]


def test_a_file_never_saved_here_goes_to_the_sandbox(tmp_path: Path, sandboxed: list[str]) -> None:
    path = tmp_path / "downloaded.mlresume"
    native.save(native.load(sample_resume()), path)
    assert not own_files.recorded(str(path))
    read_file(str(path))
    assert sandboxed == [str(path)]


def test_the_bundled_sample_is_read_in_process(sandboxed: list[str]) -> None:
    assert own_files.recorded(str(sample_resume()))
    assert read_file(str(sample_resume())).basics.name
    assert sandboxed == []


def test_only_the_latest_files_are_remembered(tmp_path: Path) -> None:
    for i in range(own_files.MAX_REMEMBERED + 3):
        own_files.remember(str(tmp_path / f"f{i}.mlresume"), f"{i:064x}")
    assert not own_files.recorded(str(tmp_path / "f0.mlresume"))
    assert own_files.recorded(str(tmp_path / f"f{own_files.MAX_REMEMBERED + 2}.mlresume"))
    own_files.forget(str(tmp_path / f"f{own_files.MAX_REMEMBERED + 2}.mlresume"))
    assert not own_files.recorded(str(tmp_path / f"f{own_files.MAX_REMEMBERED + 2}.mlresume"))
