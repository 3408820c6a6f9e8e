"""View > ATS View: the export read back from its text alone, field by field, refreshed after
edits pause, off the GUI thread, only while shown."""

from __future__ import annotations

from typing import Any

import pytest

from mlresume_gui.gui.commands import EditBulletText


@pytest.fixture
def window(window: Any) -> Any:
    window.ensure_tools()
    return window


def _open(window: Any, qtbot: Any) -> Any:
    assert window.ats_view is None  # built on first show
    window.ats_dock.show()
    pane = window.ats_view
    with qtbot.waitSignal(pane.refreshed, timeout=20000) as got:
        pass
    return pane, got.args[0]


def test_the_view_lists_every_field_and_the_extracted_text(window: Any, qtbot: Any) -> None:
    pane, report = _open(window, qtbot)
    resume = window.doc.resume
    assert not report.error and report.intact >= 0.95
    assert pane.table.topLevelItemCount() == len(report.checks) > 20
    assert resume.basics.name in pane.text.toPlainText()
    assert "fields read back" in pane.summary.text()


def test_an_edit_is_checked_again_after_a_pause(window: Any, qtbot: Any) -> None:
    pane, _report = _open(window, qtbot)
    bullet = window.doc.resume.experience[0].bullets[0]
    window.doc.push(EditBulletText(window.doc, bullet.id, bullet.text, "Cut p99 latency from 80 ms to 31 ms"))
    assert pane.timer.isActive()  # the keystroke only restarts the timer
    with qtbot.waitSignal(pane.refreshed, timeout=20000) as got:
        pass
    rows = [c for c in got.args[0].checks if c.item_id == bullet.id]
    assert rows and rows[0].expected == "Cut p99 latency from 80 ms to 31 ms" and rows[0].status == "same"


def test_only_problems_and_word_reading(window: Any, qtbot: Any) -> None:
    pane, report = _open(window, qtbot)
    pane.only_problems.setChecked(True)
    assert pane.table.topLevelItemCount() == sum(c.status != "same" for c in report.checks)
    with qtbot.waitSignal(pane.refreshed, timeout=20000) as got:
        pane.format.setCurrentIndex(pane.format.findData("docx"))
    assert got.args[0].fmt == "docx" and not got.args[0].error


def test_a_row_shows_its_field_in_the_editor(window: Any, qtbot: Any) -> None:
    pane, report = _open(window, qtbot)
    pane.only_problems.setChecked(False)
    first_job = next(i for i, c in enumerate(report.checks) if c.path == "experience[0].company")
    seen: list[tuple[str, str]] = []
    window.focus_item = lambda item_id, attr="", pos=-1: seen.append((item_id, attr))
    item = pane.table.topLevelItem(first_job)
    pane.table.itemActivated.emit(item, 0)
    assert seen == [(window.doc.resume.experience[0].id, "company")]


def test_hidden_dock_does_no_work(window: Any, qtbot: Any) -> None:
    assert window.ats_view is None
    bullet = window.doc.resume.experience[0].bullets[0]
    window.doc.push(EditBulletText(window.doc, bullet.id, bullet.text, bullet.text + " again"))
    assert window.ats_view is None
