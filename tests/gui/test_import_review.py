"""Import review: the source beside the recognised structure, every line marked where it went and
unsure lines flagged; lines moved between fields, into new entries and out of Unsorted (menu, drag,
keyboard); entries split and merged; Apply is one undo step, Cancel changes nothing; structured
files apply at once; the start path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from mlresume_gui.formats.reading.placement import ImportResult, Placement
from mlresume_gui.gui import import_review_dialog as review_dialog
from mlresume_gui.gui.import_review import is_importable_start_file, start_with_import
from mlresume_gui.gui.import_review_dialog import ImportReviewDialog
from mlresume_gui.gui.review_targets import LINE_MIME
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


def _reading() -> ImportResult:
    """A misread two-job page: the title and company swapped, the second job's title and dates
    taken for a bullet and an Unsorted line, the phone unsorted."""
    r = Resume()
    r.basics.name = "Ada Example"
    r.experience.append(Experience(company="ML Engineer", title="Northwind Labs",
                                   bullets=[Bullet("Cut p99 latency 40% for 2M users"), Bullet("Research Intern"),
                                            Bullet("Trained ranking models")]))
    r.custom.append(CustomSection(title="Unsorted", holding=True,
                                  entries=[CustomEntry(title="Jun 2018 – Aug 2019"), CustomEntry(title="+1 555 0100")]))
    lines = [("Ada Example", "basics.name", "name", 0.98), ("Experience", "experience", "heading", 0.9),
             ("ML Engineer", "experience[0].company", "organisation", 0.41),
             ("Northwind Labs", "experience[0].title", "title", 0.45),
             ("• Cut p99 latency 40% for 2M users", "experience[0].bullets[0]", "bullet", 0.93),
             ("Research Intern", "experience[0].bullets[1]", "bullet", 0.38),
             ("Jun 2018 – Aug 2019", "unsorted[0]", "unsorted", 0.2),
             ("• Trained ranking models", "experience[0].bullets[2]", "bullet", 0.9),
             ("+1 555 0100", "unsorted[1]", "unsorted", 0.2)]
    placements = [Placement(i, t, target, role, c, 0, (40.0, 40.0 + 16 * i, 300.0, 52.0 + 16 * i))
                  for i, (t, target, role, c) in enumerate(lines)]
    return ImportResult(resume=r, placements=placements)


def _dialog(qtbot: Any) -> ImportReviewDialog:
    dialog = ImportReviewDialog(_reading(), [(612.0, 792.0)], "/tmp/ada.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog: ImportReviewDialog) -> list[str]:
    out = []

    def walk(item: Any) -> None:
        out.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(dialog.tree.topLevelItemCount()):
        walk(dialog.tree.topLevelItem(i))
    return out


@pytest.fixture
def menu_choice(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Menus open at once and pick the item named by the next path of texts (["Experience", "1. …",
    "Company"]), as a user would with the mouse or the arrow keys."""
    choices: list[list[str]] = []

    def pick(menu: QMenu, *_a: Any) -> Any:
        wanted = choices.pop(0)
        current = menu
        for n, text in enumerate(wanted):
            action = next(a for a in current.actions() if a.text().replace("&", "").startswith(text))
            if n == len(wanted) - 1:
                action.trigger()
                return action
            current = action.menu()
        return None

    monkeypatch.setattr(review_dialog, "popup", pick)
    return choices


def test_review_marks_every_line_and_the_unsure_ones(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    assert len(dialog.source.items_by_line) == 9
    assert "Company: ML Engineer" in _texts(dialog) and "• Research Intern" in _texts(dialog)
    assert "2 lines not placed" in dialog.findChild(QLabel, "ReviewSummary").text()
    assert "read with little certainty" in dialog.summary.text()
    assert dialog.source.items_by_line[2].pen().style() == Qt.PenStyle.DashLine  # unsure: dashed
    assert dialog.source.items_by_line[0].pen().style() == Qt.PenStyle.SolidLine
    assert dialog.unsorted.count() == 2 and set(dialog.unsorted.buttons) == {6, 8}
    dialog.source.select(2, emit=True)
    assert "Experience 1 · Company" in dialog.where.text() and "unsure" in dialog.where.text()
    assert dialog.tree.currentItem().text(0) == "Company: ML Engineer"


def test_moving_lines_between_fields_and_into_a_new_entry(qtbot: Any, menu_choice: list) -> None:
    dialog = _dialog(qtbot)
    dialog.source.select(3, emit=True)
    menu_choice.append(["Experience", "1.", "Company"])
    dialog.do_move()  # "Northwind Labs" is the company: the title it displaced goes to Unsorted
    job = dialog.reading.resume.experience[0]
    assert job.company == "Northwind Labs"
    assert dialog.move(2, "experience[0].title")
    assert (job := dialog.reading.resume.experience[0]).title == "ML Engineer"
    assert dialog.move(5, "experience[+].title")  # "Research Intern" starts the second job
    jobs = dialog.reading.resume.experience
    assert [j.title for j in jobs] == ["ML Engineer", "Research Intern"]
    assert "• Research Intern" not in _texts(dialog)
    assert dialog.reading.placements[5].target == "experience[1].title"
    dialog.do_undo()
    assert len(dialog.reading.resume.experience) == 1 and "• Research Intern" in _texts(dialog)


def test_a_line_dragged_onto_an_entry_and_unsorted_move_to(qtbot: Any, menu_choice: list) -> None:
    dialog = _dialog(qtbot)
    dialog.move(5, "experience[+].title")
    item = dialog.tree.by_path["experience[1].dates"]
    dialog.tree.scrollToItem(item)
    rect = dialog.tree.visualItemRect(item)
    mime = QMimeData()
    mime.setData(LINE_MIME, b"6")  # the Unsorted date line, dragged onto the second job's dates
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(rect.center(), *args)
        QApplication.sendEvent(dialog.tree.viewport(), event)
        assert event.isAccepted()
    QApplication.sendEvent(dialog.tree.viewport(), QDropEvent(rect.center().toPointF(), *args))
    intern = dialog.reading.resume.experience[1]
    assert intern.start is not None and intern.start.year == 2018 and intern.end.year == 2019
    assert set(dialog.unsorted.buttons) == {8}
    menu_choice.append(["Contact", "Phone"])
    dialog.unsorted.buttons[8].click()  # "Move to …" on the Unsorted row
    assert dialog.reading.resume.basics.phone == "+1 555 0100"
    assert dialog.unsorted.buttons == {} and "Unsorted: empty" in dialog.unsorted_title.text()


def test_split_and_merge_entries(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.source.select(5, emit=True)
    dialog.do_split()  # the job splits at "Research Intern": it and the bullet after it move
    jobs = dialog.reading.resume.experience
    assert len(jobs) == 2
    assert [b.text for b in jobs[1].bullets] == ["Research Intern", "Trained ranking models"]
    assert [b.text for b in jobs[0].bullets] == ["Cut p99 latency 40% for 2M users"]
    dialog.source.select(2, emit=True)
    dialog.do_merge()
    assert len(dialog.reading.resume.experience) == 1
    dialog.source.select(0, emit=True)
    dialog.do_merge()  # not an entry line: the reason is shown, nothing changes
    assert "Cannot do that" in dialog.where.text() and len(dialog.history) == 2


def test_keyboard_walks_the_lines_and_opens_move_to(qtbot: Any, menu_choice: list) -> None:
    dialog = _dialog(qtbot)
    dialog.source.setFocus()
    qtbot.keyClick(dialog.source, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.source, Qt.Key.Key_Down)
    assert dialog.source.current == 1
    for _ in range(7):
        qtbot.keyClick(dialog.source, Qt.Key.Key_Down)
    assert dialog.source.current == 8
    menu_choice.append(["Contact", "Phone"])
    qtbot.keyClick(dialog.source, Qt.Key.Key_Return)
    assert dialog.reading.resume.basics.phone == "+1 555 0100"
    dialog.activateWindow()  # shortcuts act in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.source, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.reading.resume.basics.phone == ""


def _import_and_review(window: Any, qtbot: Any, path: Path) -> Any:
    flow = window.importer
    with qtbot.waitSignal(flow.finished, timeout=30000) as done:
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
    assert any(p.text == "Jane Importer" for p in review.reading.placements)
    assert any("Shipped a ranking model" in t for t in _texts(review))
    with qtbot.waitSignal(window.importer.reviewClosed, timeout=5000) as closed:
        review.reject()
    assert closed.args == [False] and to_dict(doc.resume) == before and doc.undo_stack.count() == 0

    review = _import_and_review(window, qtbot, path)
    name = next(i for i, p in enumerate(review.reading.placements) if p.text == "Jane Importer")
    assert review.move(name, "basics.headline")  # a correction made in the review
    with qtbot.waitSignal(window.importer.reviewClosed, timeout=5000) as closed:
        review.accept()
    assert closed.args == [True]
    assert doc.resume.basics.headline == "Jane Importer" and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert to_dict(doc.resume) == before
    doc.undo_stack.redo()
    assert doc.resume.basics.headline == "Jane Importer"


def test_pdf_review_draws_the_pages(window: Any, qtbot: Any) -> None:
    path = FIXTURES / "qt_sidebar_left.pdf"
    if not path.exists():
        pytest.skip("fixture not generated")
    review = _import_and_review(window, qtbot, path)
    placements = review.reading.placements
    assert len(placements) > 10 and all(p.box is not None for p in placements)
    assert review.pages and review.pages[0][0] > 500
    assert sum(1 for p in placements if p.target) >= 0.85 * len(placements)
    review.reject()


def test_structured_files_apply_without_review(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{"basics": {"name": "Json Person"}}', encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=10000):
        window.import_file(str(path))
    assert window.importer.review is None and window.doc.resume.basics.name == "Json Person"


def test_start_with_a_text_file_imports_into_an_untitled_document(window: Any, qtbot: Any,
                                                                  tmp_path: Path) -> None:
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


def test_menu_position_under_a_line(qtbot: Any, menu_choice: list) -> None:
    dialog = _dialog(qtbot)
    menu_choice.append(["Unsorted"])
    dialog.open_move_menu(0)
    assert dialog.reading.resume.basics.name == "" and dialog.unsorted.count() == 3
    assert isinstance(dialog.source.mapFromScene(dialog.source.items_by_line[0].rect().center()), QPoint)
