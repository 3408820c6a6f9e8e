"""The target selector (stored, undoable) re-weights the scores and redraws the coverage chart."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from mlresume_gui.model import ARCHETYPES
from mlresume_gui.scoring.knowledge import knowledge


def choose_target(panel, target: str) -> None:
    box = panel.score_view.target_box
    index = box.findData(target)
    box.setCurrentIndex(index)
    box.activated.emit(index)


def coverage_fractions(panel, target: str) -> dict[str, float]:
    return {c: v.fraction for c, v in panel.live.scorer.coverage(target).items()}


def test_switching_target_changes_weights_and_chart(panel_window, qtbot) -> None:
    window, panel = panel_window
    bid = window.doc.resume.experience[0].bullets[0].id
    window.focus_item(bid, "text", -1)
    qtbot.waitUntil(lambda: panel.bullet_view.bullet_id == bid)
    start = window.doc.resume.target
    for target in (a for a in ARCHETYPES if a != start):
        choose_target(panel, target)
        assert window.doc.resume.target == target
        assert panel.live.target == target
        weights = knowledge().weights[target]
        shown = panel.bullet_view.shown_weights()
        assert shown and all(text.endswith(f"× {weights[name]:g}") for name, text in shown.items())
        panel.live.flush()
        assert panel.chart.categories == list(knowledge().archetypes[target])
        assert panel.chart.plotted() == {target: coverage_fractions(panel, target)}
    window.doc.undo_stack.undo()
    assert panel.score_view.target_box.currentData() == window.doc.resume.target
    while window.doc.undo_stack.canUndo():
        window.doc.undo_stack.undo()
    assert window.doc.resume.target == start


def test_auto_target_follows_detected_lean(panel_window) -> None:
    window, panel = panel_window
    choose_target(panel, "")
    assert window.doc.resume.target is None
    assert panel.live.target == panel.live.scorer.detected
    assert panel.score_view.target_box.currentData() == ""


def test_chart_values_equal_scorer_coverage_in_both_modes(panel_window) -> None:
    _window, panel = panel_window
    target = panel.live.target
    assert panel.chart.plotted() == {target: coverage_fractions(panel, target)}
    panel.chart.compare.setChecked(True)
    expected = {a: coverage_fractions(panel, a) for a in ARCHETYPES}
    assert panel.chart.plotted() == expected
    for a in ARCHETYPES:
        assert set(expected[a]) <= set(panel.chart.categories)
    panel.chart.compare.setChecked(False)
    assert set(panel.chart.plotted()) == {target}


def test_clicking_a_bar_lists_have_and_missing(panel_window, qtbot) -> None:
    _window, panel = panel_window
    chart = panel.chart
    target = panel.live.target
    cov = panel.live.scorer.coverage(target)
    row = next(i for i, c in enumerate(chart.categories) if cov[c].have and cov[c].missing)
    category = chart.categories[row]
    vb = chart.plot.getPlotItem().getViewBox()
    scene = vb.mapViewToScene(QPointF(0.05, row))
    pos = chart.plot.mapFromScene(scene)
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert chart.selected == (target, category)
    text = chart.details.text()
    assert category in text
    for item in (*cov[category].have, *cov[category].missing):
        assert item.replace("&", "&amp;") in text


def test_zero_coverage_bars_are_labelled_and_names_have_tooltips(panel_window) -> None:
    window, panel = panel_window
    panel.live.flush()
    target = panel.live.target
    zeros = [i for i, c in enumerate(panel.chart.categories) if coverage_fractions(panel, target)[c] == 0]
    assert sorted(round(y) for y in panel.chart.zero_labelled()) == zeros
    tip = panel.chart.plot.toolTip()
    assert all(c in tip for c in panel.chart.categories)
    window.doc.resume.skills.clear()  # an empty skills section: more categories with nothing
    for *_r, b in window.doc.resume.iter_bullets():
        b.text = "Did things"
    window.doc.load(window.doc.resume)
    panel.live.flush()
    assert len(panel.chart.zero_labelled()) > len(zeros)
