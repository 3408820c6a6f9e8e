"""Typing in a bullet re-scores it, updates the panel and the underlines; the panel follows the cursor."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui.bullet_edit import BulletEdit
from mlresume_gui.gui.panel.style import METRIC_BACKGROUND

WEAK = "Worked on LLM and GenAI initiatives with the platform team"


def bullet_id(window, text: str) -> str:
    return next(b.id for *_r, b in window.doc.resume.iter_bullets() if b.text == text)


def focus_bullet(window, qtbot, bid: str, pos: int = -1) -> BulletEdit:
    window.focus_item(bid, "text", pos)
    edit = window.editor.bullet_editor(bid)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    return edit


def layout_ranges(edit: BulletEdit) -> list[tuple[int, int, QTextCharFormat]]:
    """What the highlighter drew on the bullet's text: (start, end, format)."""
    block = edit.document().firstBlock()
    out = []
    for r in block.layout().formats():
        out.append((r.start, r.start + r.length, QTextCharFormat(r.format)))
    return out


def test_typing_changes_score_and_findings(panel_window, qtbot) -> None:
    window, panel = panel_window
    bid = bullet_id(window, WEAK)
    edit = focus_bullet(window, qtbot, bid)
    view = panel.bullet_view
    assert view.bullet_id == bid
    before = panel.live.scorer.bullet(bid)
    assert view.score.text() == str(before.score)
    assert len(view.shown_findings()) == len(before.findings)
    codes_before = {f.code for f in before.findings}
    assert "weak-verb" in codes_before

    edit.setTextCursor(edit.textCursor())
    qtbot.keyClicks(edit, "; cut p99 latency from 1.9 s to 640 ms for 2M daily users")
    after = panel.live.scorer.bullet(bid)
    assert window.doc.bullet(bid).text.endswith("2M daily users")
    assert after.score != before.score
    assert view.score.text() == str(after.score)
    assert {f.code for f in after.findings} != codes_before
    assert "no-metric" in codes_before and "no-metric" not in {f.code for f in after.findings}
    shown = view.shown_findings()
    assert len(shown) == len(after.findings)
    for label, finding in zip(shown, after.findings, strict=True):
        assert finding.message.split()[0] in label


def test_underlines_follow_findings_and_metrics(panel_window, qtbot) -> None:
    window, panel = panel_window
    bid = bullet_id(window, WEAK)
    edit = focus_bullet(window, qtbot, bid)
    qtbot.keyClicks(edit, ", cutting p99 latency from 1.9 s to 640 ms")
    score = panel.live.scorer.bullet(bid)
    ranges = layout_ranges(edit)
    spanned = [f for f in score.findings if f.end > f.start]
    assert spanned and score.metric_spans
    for f in spanned:
        fmt = next(fmt for s, e, fmt in ranges if s <= f.start < e)
        assert fmt.underlineStyle() in (QTextCharFormat.UnderlineStyle.DashUnderline,
                                        QTextCharFormat.UnderlineStyle.DotLine)
        tip = window.hub.tooltip_at(bid, edit.toPlainText(), f.start)
        assert f.message in tip
    for s, _e in score.metric_spans:
        fmt = next(fmt for a, b, fmt in ranges if a <= s < b)
        assert fmt.background().color() == METRIC_BACKGROUND


def test_panel_follows_cursor_and_undo(panel_window, qtbot) -> None:
    window, panel = panel_window
    ids = [b.id for *_r, b in window.doc.resume.iter_bullets()][:2]
    for bid in ids:
        focus_bullet(window, qtbot, bid)
        assert panel.bullet_view.bullet_id == bid
        assert panel.bullet_view.score.text() == str(panel.live.scorer.bullet(bid).score)
    edit = window.editor.bullet_editor(ids[1])
    original = panel.bullet_view.score.text()
    edit.selectAll()
    qtbot.keyClicks(edit, "Helped")
    assert panel.bullet_view.score.text() != original
    window.doc.undo_stack.undo()
    assert window.doc.bullet(ids[1]).text != "Helped"
    assert panel.bullet_view.score.text() == original


def test_overall_moves_with_typing(panel_window, qtbot) -> None:
    window, panel = panel_window
    bid = bullet_id(window, WEAK)
    edit = focus_bullet(window, qtbot, bid)
    before = panel.score_view.overall.text()
    edit.selectAll()
    qtbot.keyClicks(edit, "Shipped a fraud model to 3M users; cut chargebacks 22% in an A/B test over 4 weeks")
    panel.live.flush()  # the resume-wide figures refresh on a short coalescing timer
    assert panel.score_view.overall.text() == str(round(panel.live.scorer.overall))
    assert panel.score_view.overall.text() != before
