"""The panel fits at the usual window sizes: no wrapped text is cut, the target selector and the
overall score stay in view, and what is taller than the window scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel

LONG = ("Responsible for working on machine learning and GenAI, LLM, RAG, fine-tuning, agents, vector "
        "databases and prompt engineering across many teams following an online course tutorial")


def cut_labels(root) -> list[str]:
    """Word-wrapping labels shorter than the height their text needs at their width."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.wordWrap() or label.width() <= 0:
            continue
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            cut.append(f"{label.objectName() or label.text()[:40]}: {label.height()} < {need}")
    return cut


@pytest.mark.parametrize("size", [(1280, 800), (1600, 1000)])
def test_panel_fits_with_long_findings(panel_window, qtbot, size) -> None:
    window, panel = panel_window
    window.resize(*size)
    job = window.doc.resume.experience[0]
    bullet = job.bullets[-1]
    window.focus_item(bullet.id, "text", -1)
    edit = window.editor.bullet_editor(bullet.id)
    edit.selectAll()
    edit.insertPlainText(LONG)
    window.bulletFocused.emit(bullet.id)
    panel.live.flush()
    qtbot.wait(50)
    QApplication.processEvents()
    assert len(panel.bullet_view.shown_findings()) >= 3
    assert cut_labels(panel) == []
    # the selector and the score sit above the scrolling part, inside the panel's own rectangle
    for w in (panel.score_view.target_box, panel.score_view.overall):
        top_left = w.mapTo(panel, QPoint(0, 0))
        assert panel.rect().contains(top_left) and w.isVisible()
        assert not panel.scroll.isAncestorOf(w)
    bar = panel.scroll.verticalScrollBar()
    page = panel.scroll.widget()
    assert page.height() >= page.layout().totalHeightForWidth(panel.scroll.viewport().width())
    if page.height() > panel.scroll.viewport().height():
        assert bar.maximum() > 0  # the rest can be scrolled to
    score = panel.bullet_view.score
    assert score.fontMetrics().horizontalAdvance(score.text()) <= score.width()
