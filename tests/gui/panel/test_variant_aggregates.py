"""The panel's aggregates follow the variant being edited, and a low score always says why."""

from __future__ import annotations

from mlresume_gui.model import Award, Bullet, Variant


def test_weakest_bullets_and_overall_follow_the_shown_variant(open_panel, sample, qtbot) -> None:
    weak = Bullet(text="Benchmarked 6 eviction policies across 3 GPU types")
    sample.experience[0].bullets.insert(0, weak)
    window, panel = open_panel(sample)
    scorer = panel.live.scorer
    assert weak.id in [bid for bid, _s in scorer.weakest(50)]
    overall = scorer.overall
    hidden = [weak.id] + [b.id for *_r, b in sample.iter_bullets() if scorer.bullet(b.id).score < 20]
    variant = Variant(name="lean", hidden=hidden)
    window.doc.resume.variants.append(variant)
    window.doc.show_variant(variant.id)
    panel.live.flush()
    shown = [bid for bid, _s in panel.live.scorer.weakest(50)]
    assert not set(hidden) & set(shown)
    assert panel.live.scorer.overall > overall
    rows = [r.item_id for r in panel.findings.weakest.shown()]
    assert weak.id not in rows
    window.doc.show_variant("")
    panel.live.flush()
    assert panel.live.scorer.overall == overall


def test_a_low_score_is_explained_in_the_bullet_view(open_panel, sample, qtbot) -> None:
    weak = Bullet(text="Benchmarked 6 eviction policies across 3 GPU types")
    sample.experience[0].bullets.insert(0, weak)
    _window, panel = open_panel(sample)
    panel.live.set_focus(weak.id)
    panel.live.flush()
    shown = panel.bullet_view.shown_findings()
    assert shown and not any("reads well" in s for s in shown)


def test_a_resume_finding_on_an_award_names_its_field(open_panel, sample, qtbot) -> None:
    sample.awards.append(Award(title="Kaggle Competitions Master"))
    window, panel = open_panel(sample)
    finding = next(f for f in panel.live.scorer.resume_findings if f.code == "competitions-without-context"
                   and f.item_id == sample.awards[-1].id)
    assert finding.field == "title" and finding.end > finding.start
    asked = []
    window.doc.focusRequested.connect(lambda item, attr, pos: asked.append((item, attr, pos)))
    panel.findings.activate(finding.item_id)
    assert asked[-1] == (finding.item_id, "title", finding.start)
