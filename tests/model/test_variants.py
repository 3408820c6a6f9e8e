"""Variants: named views of one base resume (hidden ids, order, target) and the research/applied pair."""

from __future__ import annotations

import pytest

from mlresume_gui.model import (
    Bullet,
    Experience,
    Project,
    Publication,
    Resume,
    SkillGroup,
)
from mlresume_gui.model.variants import (
    SECTIONS_KEY,
    apply_variant,
    create_research_and_applied,
    create_variant,
    delete_variant,
    get_variant,
    hide,
    rename_variant,
    resolve,
    set_order,
    variant_names,
)


def _resume() -> Resume:
    job = Experience(
        company="Acme",
        title="ML Engineer",
        bullets=[
            Bullet("Published a paper on contrastive pretraining at NeurIPS"),
            Bullet("Shipped a ranking model to production for 2M users; +3% CTR in an A/B test"),
            Bullet("Helped the team"),
        ],
    )
    old = Experience(company="Beta", title="Intern", bullets=[Bullet("Built a data pipeline")])
    pubs = [
        Publication(title=f"Paper {i}", authors=["Ada Lovelace" if i % 2 else "Someone Else"],
                    venue="NeurIPS" if i < 3 else "Some Workshop", citations=10 * i,
                    workshop=i >= 3)
        for i in range(8)
    ]
    projects = [
        Project(name="toy", bullets=[Bullet("Followed a tutorial")]),
        Project(name="served", bullets=[Bullet("Shipped a production service used by 5 teams")]),
    ]
    r = Resume(experience=[job, old], publications=pubs, projects=projects,
               skills=[SkillGroup("Languages", ["Python"])])
    r.basics.name = "Ada Lovelace"
    return r


def keyword_scorer(text: str, target: str) -> float:
    """A transparent test scorer: research words score for research, shipping words for applied."""
    words = {"research": ("paper", "neurips", "pretraining"),
             "applied": ("shipped", "production", "a/b", "users")}[target]
    low = text.lower()
    return float(sum(10 for w in words if w in low))


class _Score:
    def __init__(self, score: float) -> None:
        self.score = score


def test_create_rename_delete_and_names():
    r = _resume()
    create_variant(r, "Research", target="research")
    create_variant(r, " Applied ", target="applied")
    assert variant_names(r) == ["Research", "Applied"]
    with pytest.raises(ValueError, match="already exists"):
        create_variant(r, "research")
    with pytest.raises(ValueError, match="needs a name"):
        create_variant(r, "   ")
    with pytest.raises(ValueError, match="unknown target"):
        create_variant(r, "X", target="quant")
    rename_variant(r, "applied", "Industry")
    assert variant_names(r) == ["Research", "Industry"]
    with pytest.raises(ValueError, match="already exists"):
        rename_variant(r, "Industry", "RESEARCH")
    rename_variant(r, "Industry", "industry")  # a change of case is not a clash with itself
    copy = create_variant(r, "Copy", copy_of="Research")
    assert copy.target == "research" and copy.id != get_variant(r, "Research").id
    delete_variant(r, "research")
    assert variant_names(r) == ["industry", "Copy"]


def test_unknown_variant_lists_known_ones():
    r = _resume()
    create_variant(r, "Applied")
    with pytest.raises(KeyError, match="'Applied'"):
        get_variant(r, "nope")
    with pytest.raises(KeyError, match="variants: none"):
        resolve(Resume(), "nope")


def test_apply_hides_orders_and_sets_target():
    r = _resume()
    v = create_variant(r, "Short", target="infra")
    job = r.experience[0]
    hide(v, job.bullets[2].id)
    hide(v, r.experience[1].id)
    hide(v, "skills")
    set_order(v, job.id, [job.bullets[1].id])
    set_order(v, SECTIONS_KEY, ["projects", "experience"])
    view = apply_variant(r, v)
    assert view.target == "infra"
    assert [e.company for e in view.experience] == ["Acme"]
    assert [b.text for b in view.experience[0].bullets] == [job.bullets[1].text, job.bullets[0].text]
    assert view.skills == []
    assert view.ordered_sections()[:2] == ["projects", "experience"]
    assert view.variants == []
    # the base is untouched
    assert len(r.experience) == 2 and len(job.bullets) == 3 and r.skills
    hide(v, job.bullets[2].id, hidden=False)
    assert len(apply_variant(r, "short").experience[0].bullets) == 3


def test_edits_to_shared_bullets_show_in_every_variant():
    r = _resume()
    create_variant(r, "A")
    create_variant(r, "B")
    bullet = r.experience[0].bullets[0]
    bullet.text = "Rewritten once"
    for name in ("A", "B"):
        assert apply_variant(r, name).experience[0].bullets[0].text == "Rewritten once"
    # new bullets added to the base appear in existing variants, after the ordered ones
    r.experience[0].bullets.append(Bullet("Added later"))
    assert apply_variant(r, "A").experience[0].bullets[-1].text == "Added later"


def test_variant_without_section_order_keeps_the_base_order():
    r = _resume()
    create_variant(r, "Plain")
    assert apply_variant(r, "Plain").section_order == r.section_order == []
    assert resolve(r, None) is r


def test_research_and_applied_lead_differently():
    r = _resume()
    research, applied = create_research_and_applied(r, keyword_scorer)
    assert (research.name, research.target, applied.name, applied.target) == (
        "Research", "research", "Applied", "applied")
    rv, av = apply_variant(r, research), apply_variant(r, applied)
    assert rv.ordered_sections()[0] == "publications"
    assert av.ordered_sections()[0] == "experience"
    assert rv.experience[0].bullets[0].text.startswith("Published")
    assert av.experience[0].bullets[0].text.startswith("Shipped")
    # experience stays chronological; projects lead with the strongest for the target
    assert [e.company for e in av.experience] == ["Acme", "Beta"]
    assert av.projects[0].name == "served"
    # publications: all on research, the top 5 on applied (first-author, cited, main track first)
    assert len(rv.publications) == 8
    assert len(av.publications) == 5
    top = av.publications[0]
    assert top.authors == ["Ada Lovelace"] and not top.workshop
    # the base still has everything
    assert len(r.publications) == 8 and len(r.experience[0].bullets) == 3


def test_research_and_applied_refreshes_and_accepts_score_objects():
    r = _resume()
    first = create_research_and_applied(r, keyword_scorer, keep_publications=3)
    again = create_research_and_applied(r, lambda t, g: _Score(keyword_scorer(t, g)),
                                        keep_publications=4)
    assert [v.id for v in first] == [v.id for v in again]
    assert variant_names(r) == ["Research", "Applied"]
    assert len(apply_variant(r, "Applied").publications) == 4
    with pytest.raises(ValueError):
        create_research_and_applied(r, keyword_scorer, keep_publications=0)


def test_short_publication_list_is_kept_whole():
    r = _resume()
    del r.publications[3:]
    _research, applied = create_research_and_applied(r, keyword_scorer)
    assert applied.hidden == []
    assert len(apply_variant(r, applied).publications) == 3
