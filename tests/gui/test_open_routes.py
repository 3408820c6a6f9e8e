"""Every way of opening a file reaches the same place: .mlresume and JSON Resume files open at once;
PDF, Word and text files go through the import flow (background read, review) and, once applied,
become a new untitled document. File > Open, Open Recent and macOS's QFileOpenEvent alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from mlresume_gui.formats import native
from mlresume_gui.gui.app import install_file_open
from mlresume_gui.gui.files import is_reviewed_import
from mlresume_gui.model.codec import to_dict
from mlresume_gui.resources import sample_resume

TEXT_RESUME = """Rita Opener
rita@example.com

Experience
Globex — Applied Scientist
Mar 2021 – Present
- Cut ranking latency from 80 ms to 35 ms at p99 for 12M daily users
"""


@pytest.fixture
def text_resume(tmp_path: Path) -> Path:
    path = tmp_path / "rita.md"
    path.write_text(TEXT_RESUME, encoding="utf-8")
    return path


def _review(window: Any, qtbot: Any) -> Any:
    qtbot.waitUntil(lambda: getattr(window.importer, "review", None) is not None, timeout=20000)
    review = window.importer.review
    assert review.isVisible()
    return review


def _recent_action(window: Any, path: Path) -> Any:
    window.recent_menu.aboutToShow.emit()
    return next(a for a in window.recent_menu.actions() if a.toolTip() == str(path))


def test_open_recent_of_an_imported_file_goes_through_the_review(window, qtbot, text_resume) -> None:
    window.files.add_recent(str(text_resume))
    before = to_dict(window.doc.resume)
    _recent_action(window, text_resume).trigger()
    review = _review(window, qtbot)
    assert any(p.text == "Rita Opener" for p in review.reading.placements)
    assert to_dict(window.doc.resume) == before  # nothing changes before Apply
    review.accept()
    doc = window.doc
    assert doc.resume.basics.name == "Rita Opener"
    assert doc.path is None and doc.property("untitled_name") == "rita (imported)"
    assert doc.undo_stack.count() == 0  # opening a document is not an undo step
    assert window.files.recent()[0] == str(text_resume.resolve())


def test_file_open_of_a_word_file_is_reviewed_and_cancel_keeps_the_document(window, qtbot,
                                                                             isolated) -> None:
    path = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "docx_styles.docx"
    if not path.exists():
        pytest.skip("fixture missing")
    before = window.doc.resume
    isolated.open_name = str(path)
    assert window.files.open()
    review = _review(window, qtbot)
    review.reject()
    qtbot.waitUntil(lambda: window.importer.review is None, timeout=5000)
    assert window.doc.resume is before and not isolated.errors


def test_open_asks_about_unsaved_changes_before_the_import(window, qtbot, isolated, text_resume) -> None:
    name = window.editor.binder.widget("basics", "name")
    window.focus_item("basics", "name", -1)
    qtbot.keyClicks(name, "x")
    isolated.save_answer = "cancel"
    assert not window.files.open_path(str(text_resume))
    assert isolated.asked and not window.importer.busy and getattr(window.importer, "review", None) is None
    isolated.save_answer = "discard"
    assert window.files.open_path(str(text_resume))
    _review(window, qtbot).accept()
    assert window.doc.resume.basics.name == "Rita Opener" and not window.doc.is_dirty


def test_finder_file_open_events(window, qtbot, qapp, tmp_path, text_resume) -> None:
    handler = install_file_open(qapp, window)
    try:
        native_path = tmp_path / "mine.mlresume"
        native.save(native.load(sample_resume()), native_path)
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(native_path)))
        assert window.doc.path == str(native_path.resolve())
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(text_resume)))
        _review(window, qtbot).accept()
        assert window.doc.resume.basics.name == "Rita Opener" and window.doc.path is None
    finally:
        qapp.removeEventFilter(handler)


def test_which_files_are_reviewed() -> None:
    assert all(is_reviewed_import(f"a{ext}") for ext in (".pdf", ".DOCX", ".txt", ".md"))
    assert not any(is_reviewed_import(f"a{ext}") for ext in (".mlresume", ".json"))
