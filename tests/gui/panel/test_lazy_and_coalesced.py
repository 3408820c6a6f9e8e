"""The panel stays off the start-up path and off the keystroke path for resume-wide work."""

from __future__ import annotations

from mlresume_gui.gui.main_window import MainWindow


def test_panel_is_built_after_the_first_paint(qtbot, spell, sample) -> None:
    window = MainWindow(spell=spell)
    qtbot.addWidget(window)
    window.doc.load(sample)
    assert window.live_panel is None  # nothing of the panel delays the first paint
    assert window.panel_placeholder is not None
    window.show()
    qtbot.waitUntil(lambda: window.painted and window.live_panel is not None)
    panel = window.live_panel
    assert window.panel_placeholder is None
    qtbot.waitUntil(lambda: panel.live.started and panel.chart.plot is not None)
    qtbot.waitUntil(lambda: panel.score_view.overall.text() == str(panel.live.scorer.overall))
    window.doc.undo_stack.clear()


def test_an_early_panel_still_scores_only_after_the_first_paint(qtbot, spell, sample) -> None:
    window = MainWindow(spell=spell)
    qtbot.addWidget(window)
    panel = window.ensure_panel()
    assert window.ensure_panel() is panel  # built once
    window.doc.load(sample)
    assert not panel.live.started
    assert panel.chart.plot is None
    assert panel.score_view.overall.text() == "–"
    window.show()
    qtbot.waitUntil(lambda: panel.live.started and panel.chart.plot is not None)
    qtbot.waitUntil(lambda: panel.score_view.overall.text() == str(panel.live.scorer.overall))
    window.doc.undo_stack.clear()


def test_typing_burst_refreshes_aggregates_once_after_the_pause(panel_window, qtbot) -> None:
    window, panel = panel_window
    bid = window.doc.resume.experience[0].bullets[-1].id
    window.focus_item(bid, "text", -1)
    qtbot.waitUntil(lambda: panel.bullet_view.bullet_id == bid)
    refreshes: list[int] = []
    panel.live.detailsChanged.connect(lambda: refreshes.append(1))
    edit = window.editor.bullet_editor(bid)
    qtbot.keyClicks(edit, " for 3 teams")
    assert refreshes == []  # nothing resume-wide ran while keys were arriving
    assert panel.bullet_view.score.text() == str(panel.live.scorer.bullet(bid).score)
    qtbot.waitUntil(lambda: len(refreshes) == 1)
    assert panel.score_view.overall.text() == str(panel.live.scorer.overall)
