"""Import review: the recognised structure beside the file's text, Unsorted lines highlighted; Apply
is one undo step, Cancel changes nothing; structured files apply at once; the start path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from mlresume_gui.gui.import_review import is_importable_start_file, source_text, start_with_import
from mlresume_gui.gui.import_review_dialog import ImportReviewDialog, matching_lines, unsorted_lines
from mlresume_gui.model import Bullet, CustomEntry, CustomSection, Experience, Resume
from mlresume_gui.model.codec import to_dict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
TEXT_RESUME = """Jane Importer
jane@example.com | +1 555 0100

Experience
Acme Corp — ML Engineer
Jan 2020 – Present
- Shipped a ranking model to 3M users, lifting CTR 4% in a 2-week A/B test

Education
MIT — BSc Computer Science, 2019
"""


@pytest.fixture
def window(window: Any) -> Any:
    """The window with its after-first-paint tools built now."""
    window.ensure_tools()
    return window


def _tree_texts(dialog: ImportReviewDialog) -> list[str]:
    out = []

    def walk(item: Any) -> None:
        out.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(dialog.tree.topLevelItemCount()):
        walk(dialog.tree.topLevelItem(i))
    return out


def test_dialog_shows_structure_and_highlights_unsorted(qtbot: Any) -> None:
    resume = Resume()
    resume.basics.name, resume.basics.email = "Ada Example", "ada@example.com"
    resume.experience.append(Experience(company="Acme", title="ML Engineer",
                                        bullets=[Bullet("Cut latency 40%")]))
    resume.meta["source_headings"] = {"experience": "Work History"}
    holding = CustomSection(title="Unsorted", holding=True,
                            entries=[CustomEntry(title="A stray line"), CustomEntry(title="Another   stray")])
    resume.custom.append(holding)
    source = "Ada Example\nada@example.com\nWork History\nAcme ML Engineer\n• Cut latency 40%\nA stray line\nAnother stray\n"
    dialog = ImportReviewDialog(resume, source, "/tmp/ada.pdf")
    qtbot.addWidget(dialog)
    texts = _tree_texts(dialog)
    assert "Name: Ada Example" in texts and "Email: ada@example.com" in texts
    assert any(t.startswith("Experience") and "Work History" in t for t in texts)
    assert "• Cut latency 40%" in texts
    assert any("2 lines not placed" in t for t in texts)
    assert dialog.highlighted == 2  # both stray lines found in the source, whitespace aside
    assert unsorted_lines(resume) == ["A stray line", "Another   stray"]
    assert dialog.counts == {"sections": 2, "entries": 1, "bullets": 1}
    assert "could not be placed" in dialog.findChild(QLabel, "ReviewSummary").text()


def _import_and_review(window: Any, qtbot: Any, path: Path) -> Any:
    flow = window.importer
    with qtbot.waitSignal(flow.finished, timeout=20000) as done:
        window.import_file(str(path))
    assert done.args == [True]
    assert flow.review is not None and flow.review.isVisible()
    return flow.review


def test_apply_is_one_undo_step_and_cancel_changes_nothing(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "jane.txt"
    path.write_text(TEXT_RESUME, encoding="utf-8")
    doc = window.doc
    before = to_dict(doc.resume)
    review = _import_and_review(window, qtbot, path)
    assert "Jane Importer" in review.text.toPlainText()
    assert any("Shipped a ranking model" in t for t in _tree_texts(review))
    with qtbot.waitSignal(window.importer.reviewClosed, timeout=5000) as closed:
        review.reject()
    assert closed.args == [False] and to_dict(doc.resume) == before and doc.undo_stack.count() == 0

    review = _import_and_review(window, qtbot, path)
    with qtbot.waitSignal(window.importer.reviewClosed, timeout=5000) as closed:
        review.accept()
    assert closed.args == [True]
    assert doc.resume.basics.name == "Jane Importer" and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert to_dict(doc.resume) == before
    doc.undo_stack.redo()
    assert doc.resume.basics.name == "Jane Importer"


def test_pdf_review_shows_the_extracted_text(window: Any, qtbot: Any) -> None:
    path = FIXTURES / "qt_sidebar_left.pdf"
    if not path.exists():
        pytest.skip("fixture not generated")
    review = _import_and_review(window, qtbot, path)
    source = review.text.toPlainText()
    assert len(source.splitlines()) > 10
    assert review.resume.basics.name and review.resume.basics.name.split()[0] in source
    assert review.highlighted == len(matching_lines(source.splitlines(), review.unsorted))
    review.reject()


def test_structured_files_apply_without_review(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{"basics": {"name": "Json Person"}}', encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=10000):
        window.import_file(str(path))
    assert window.importer.review is None and window.doc.resume.basics.name == "Json Person"


def test_source_text_of_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nline", encoding="utf-8")
    assert source_text(str(path), "text") == "# Title\n\nline"
    assert source_text(str(tmp_path / "missing.pdf"), "pdf") == ""


def test_start_with_a_pdf_imports_into_an_untitled_document(window: Any, qtbot: Any, tmp_path: Path) -> None:
    assert is_importable_start_file("cv.PDF") and not is_importable_start_file("cv.mlresume")
    path = tmp_path / "jane.txt"
    path.write_text(TEXT_RESUME, encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        start_with_import(window, str(path))
    assert window.doc.resume.is_empty() and window.doc.path is None
    with qtbot.waitSignal(window.importer.reviewClosed, timeout=5000):
        window.importer.review.accept()
    assert window.doc.resume.basics.name == "Jane Importer"
    assert window.windowTitle().startswith("jane (imported)")


def test_start_import_cancelled_falls_back_to_the_sample(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "jane.txt"
    path.write_text(TEXT_RESUME, encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        start_with_import(window, str(path))
    window.importer.review.reject()
    assert window.doc.resume.basics.name == "Maya Okafor"  # the bundled sample


def test_wrapped_unsorted_lines_are_found_in_the_source() -> None:
    source = ["Name", "(Conversational),", "English (Native)", "Learning", "a  stray  line"]
    assert matching_lines(source, ["(Conversational), English (Native)", "a stray line"]) == {1, 2, 4}
    assert matching_lines(source, ["English"]) == set()  # a part of a line is not the line
