"""The status bar: the page estimate is replaced by the real count of the export layout."""

from __future__ import annotations

from typing import Any

from mlresume_gui.formats.writing.layout import prepare
from mlresume_gui.formats.writing.pdf import render_document
from mlresume_gui.gui import status


def test_exact_page_count_replaces_the_estimate(window: Any, qtbot: Any) -> None:
    layout, tpl, _view = prepare(window.doc.resume, None, "classic")
    expected = render_document(layout, tpl).pageCount()
    info = window.status
    info.count_pages()
    qtbot.waitUntil(lambda: info.pages.text() == f"{expected} pages", timeout=10000)
    assert "Classic" in info.pages.toolTip()


def test_an_edit_makes_a_count_in_flight_stale(window: Any, qtbot: Any) -> None:
    info = window.status
    info.count_pages()
    info.update_counts()  # an edit arrives before the worker answers
    info.exact_timer.stop()  # (the recount it schedules is not what this test looks at)
    info.pool.waitForDone(10000)
    qtbot.wait(100)  # deliver the queued answer
    assert info.pages.text().startswith("≈")
    assert status.EXACT_PAGES_DELAY_MS > 300  # the exact count never runs per keystroke
