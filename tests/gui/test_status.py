"""The status bar: the page estimate is replaced by the real count of the export layout, which then
stays (never an estimate again) while edits are recounted; words and pages follow the variant shown."""

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


def test_after_a_real_count_no_estimate_comes_back(window: Any, qtbot: Any) -> None:
    info = window.status
    info.count_pages()
    qtbot.waitUntil(lambda: info.exact is not None, timeout=10000)
    shown = info.pages.text()
    info.update_counts()  # an edit: the last real count stays until the new one arrives
    assert info.pages.text() == shown and not shown.startswith("≈")


def test_words_and_pages_follow_the_shown_variant(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from mlresume_gui.gui.stats import word_count
    from mlresume_gui.model.variants import apply_variant

    doc = window.doc
    info = window.status
    base_words = word_count(doc.resume)
    info.update_counts()
    assert info.words.text() == f"{base_words} words"
    import mlresume_gui.gui.variants_ui as vui

    monkeypatch.setattr(vui, "ask_name", lambda *_a, **_k: "Short")
    window.variants.new_variant()
    variant = doc.shown_variant()
    for job in doc.resume.experience[1:]:
        window.variants.set_hidden(job.id, True)
    info.update_counts()
    expected = word_count(apply_variant(doc.resume, variant))
    assert expected < base_words and info.words.text() == f"{expected} words"
    layout, tpl, _view = prepare(doc.resume, variant.name, "classic")
    pages = render_document(layout, tpl).pageCount()
    info.count_pages()
    qtbot.waitUntil(lambda: info.exact == pages, timeout=10000)


def test_deferred_counts_wait_for_start(qtbot: Any) -> None:
    from PySide6.QtWidgets import QStatusBar

    from mlresume_gui.formats import native
    from mlresume_gui.gui.document import ResumeDocument
    from mlresume_gui.gui.stats import word_count
    from mlresume_gui.resources import sample_resume

    bar = QStatusBar()
    qtbot.addWidget(bar)
    doc = ResumeDocument()
    info = status.StatusInfo(bar, doc, deferred=True)
    doc.load(native.load(sample_resume()))
    assert info.words.text() == "" and info.state.text() == "Not saved yet"
    info.start()
    assert info.words.text() == f"{word_count(doc.resume)} words"
    assert info.pages.text().startswith("≈")


def test_window_counts_just_after_its_first_paint(window: Any) -> None:
    from mlresume_gui.gui.stats import word_count

    assert window.painted and window.status.words.text() == f"{word_count(window.doc.resume)} words"
