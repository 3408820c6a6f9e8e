"""Adding a missing skill from the chart is one undo step; clicking a finding focuses its bullet."""

from __future__ import annotations

from conftest import many_bullets
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui.bullet_edit import BulletEdit
from mlresume_gui.model import Bullet, Resume, SkillGroup


def missing_somewhere(panel) -> tuple[str, str]:
    cov = panel.live.scorer.coverage(panel.live.target)
    category = next(c for c, v in cov.items() if v.missing)
    return category, cov[category].missing[0]


def test_adding_a_missing_skill_is_one_undoable_step(panel_window) -> None:
    window, panel = panel_window
    category, item = missing_somewhere(panel)
    panel.chart.select(panel.live.target, category)
    assert f"add:{item}" in panel.chart.details.text().replace("&amp;", "&")
    skills_before = [(g.category, list(g.items)) for g in window.doc.resume.skills]
    steps = window.doc.undo_stack.count()
    panel.chart.details.linkActivated.emit(f"add:{item}")
    assert window.doc.undo_stack.count() == steps + 1
    assert any(item in g.items for g in window.doc.resume.skills)
    assert item in panel.live.scorer.coverage(panel.live.target)[category].have
    assert item not in panel.chart.coverages[panel.live.target][category].missing
    window.doc.undo_stack.undo()
    assert [(g.category, list(g.items)) for g in window.doc.resume.skills] == skills_before
    panel.live.flush()
    assert item in panel.live.scorer.coverage(panel.live.target)[category].missing
    window.doc.undo_stack.redo()
    assert any(item in g.items for g in window.doc.resume.skills)


def test_adding_to_a_category_without_a_group_creates_one(panel_window) -> None:
    window, panel = panel_window
    window.doc.resume.skills.clear()
    window.doc.structureChanged.emit()
    panel.live.flush()
    category, item = missing_somewhere(panel)
    panel.chart.select(panel.live.target, category)
    assert panel.chart.add_missing(item)
    assert [(g.category, g.items) for g in window.doc.resume.skills] == [(category, [item])]
    assert not panel.chart.add_missing(item)  # already there: nothing to do
    window.doc.undo_stack.undo()
    assert window.doc.resume.skills == []


def test_clicking_a_weak_bullet_focuses_it(panel_window, qtbot) -> None:
    _window, panel = panel_window
    rows = panel.findings.weakest.shown()
    assert len(rows) == 5
    worst = panel.live.scorer.weakest(5)
    assert [r.item_id for r in rows] == [bid for bid, _s in worst]
    target = rows[2]
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), BulletEdit))
    assert QApplication.focusWidget().bullet_id == target.item_id
    assert panel.bullet_view.bullet_id == target.item_id


def test_clicking_a_resume_finding_focuses_its_item(open_panel, sample, qtbot) -> None:
    tutorial = Bullet(text="Implemented a Transformer from scratch following an online tutorial")
    sample.experience[1].bullets.append(tutorial)
    sample.skills.append(SkillGroup(category="Buzz", items=["GenAI", "LLM", "AI", "RAG"]))
    window, panel = open_panel(sample)
    findings = panel.live.scorer.resume_findings
    rows = panel.findings.findings.shown()
    assert [r.item_id for r in rows] == [f.item_id or "" for f in findings]
    for row, finding in zip(rows, findings, strict=True):
        assert finding.message.replace("&", "&amp;")[:20] in row.text()
    by_item = {r.item_id: r for r in rows if r.item_id}
    assert tutorial.id in by_item and sample.skills[-1].id in by_item
    qtbot.mouseClick(by_item[tutorial.id], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), BulletEdit))
    assert QApplication.focusWidget().bullet_id == tutorial.id
    qtbot.mouseClick(by_item[sample.skills[-1].id], Qt.MouseButton.LeftButton)
    assert window.editor.section == "skills"
    focused = QApplication.focusWidget()
    assert window.editor.cards[sample.skills[-1].id].isAncestorOf(focused)


def test_empty_resume(open_panel) -> None:
    _window, panel = open_panel(Resume())
    assert panel.score_view.overall.text() == "–"
    assert panel.findings.rows("weakest") == [("No bullets yet.", "")]
    target = panel.live.target
    assert all(v == 0 for v in panel.chart.plotted()[target].values())
    assert panel.bullet_view.hint.isVisibleTo(panel)


def test_two_hundred_bullets(open_panel, qtbot, sample) -> None:
    window, panel = open_panel(many_bullets(sample, 200))
    assert panel.live.bullet_count() == 200
    bullets = window.doc.resume.experience[0].bullets
    bid = bullets[-1].id
    window.focus_item(bid, "text", -1)
    qtbot.waitUntil(lambda: panel.bullet_view.bullet_id == bid)
    qtbot.keyClicks(window.editor.bullet_editor(bid), " for 12M users")
    assert panel.bullet_view.score.text() == str(panel.live.scorer.bullet(bid).score)
    panel.live.flush()
    assert len(panel.findings.weakest.shown()) == 5


def test_structure_changes_keep_panel_in_step(panel_window, qtbot) -> None:
    window, panel = panel_window
    entry = window.doc.resume.experience[0]
    bid = entry.bullets[0].id
    window.focus_item(bid, "text", -1)
    qtbot.waitUntil(lambda: panel.bullet_view.bullet_id == bid)
    from mlresume_gui.gui.bullet_commands import RemoveBullet

    window.doc.push(RemoveBullet(window.doc, entry.id, 0))
    shown = panel.bullet_view.bullet_id
    assert shown != bid
    assert shown == "" or panel.bullet_view.score.text() == str(panel.live.scorer.bullet(shown).score)
    assert panel.live.bullet_count() == sum(1 for _ in window.doc.resume.iter_bullets())
    window.doc.undo_stack.undo()
    assert panel.live.bullet(bid) is not None


def test_weakest_bullets_leave_out_what_the_variant_hides(panel_window) -> None:
    from mlresume_gui.gui.variant_commands import CreateVariant, HideInVariant

    window, panel = panel_window
    doc = window.doc
    panel.live.flush()
    weakest = [item for _text, item in panel.findings.rows("weakest")]
    worst = weakest[0]
    cmd = CreateVariant(doc, "Lean")
    doc.push(cmd)
    doc.push(HideInVariant(doc, cmd.variant.id, worst))
    assert doc.shown_variant() is not None
    panel.live.flush()
    shown = [item for _text, item in panel.findings.rows("weakest")]
    assert worst not in shown and len(shown) == len(weakest)
    doc.undo_stack.undo()  # shown again
    panel.live.flush()
    assert next(item for _text, item in panel.findings.rows("weakest")) == worst
