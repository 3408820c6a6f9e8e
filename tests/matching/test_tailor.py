"""A variant tailored to a posting: target, order by relevance, unrelated items hidden, never deleted."""

from __future__ import annotations

import copy
from pathlib import Path

from mlresume_gui.matching import match_text
from mlresume_gui.matching.tailor import POSTING_KEY, posting_of, tailor
from mlresume_gui.model import Bullet, Experience, Project, Publication, Resume
from mlresume_gui.model.variants import apply_variant

POSTING = "Research Scientist\nRequirements\n- Publications at NeurIPS or ICML\n- PyTorch and JAX\nNice to have\n- RLHF\n"


def resume() -> Resume:
    r = Resume()
    r.experience.append(Experience(company="Lab", bullets=[
        Bullet("Organised the reading group"), Bullet("Trained RLHF reward models in JAX on 64 TPUs; +4 points win rate"),
        Bullet("Ported the data loader to PyTorch")]))
    r.projects += [Project(name="Garden planner", description="A scheduling app"),
                   Project(name="Tiny JAX", description="A JAX autodiff tutorial")]
    r.publications += [Publication(title="On reward models", venue="NeurIPS 2024"),
                       Publication(title="Sparse attention", venue="ICML 2023")]
    return r


def test_tailored_variant_orders_hides_and_keeps_everything() -> None:
    r = resume()
    before = copy.deepcopy(r)
    result = match_text(r, POSTING)
    v = tailor(r, result, POSTING, "Lab role")
    assert r == before  # building the variant changes nothing in the resume
    assert v.target == "research" and v.name == "Lab role"
    assert v.extra[POSTING_KEY] == POSTING and posting_of(v) == POSTING
    exp = r.experience[0]
    assert v.order[exp.id][0] == exp.bullets[1].id  # the bullet naming RLHF and JAX leads
    assert exp.bullets[0].id in v.hidden  # the unrelated bullet is hidden ...
    view = apply_variant(r, v)
    assert [b.text for b in view.experience[0].bullets][:2] == [exp.bullets[1].text, exp.bullets[2].text]
    assert r.projects[0].id in v.hidden and r.projects[1].id not in v.hidden
    assert not {p.id for p in r.publications} & set(v.hidden)  # a research posting keeps the papers
    assert v.order["sections"][0] == "publications"


def test_every_entry_keeps_a_bullet() -> None:
    r = resume()
    v = tailor(r, match_text(r, "Requirements\n- Kubernetes\n"), "x", "Infra")
    view = apply_variant(r, v)
    assert len(view.experience[0].bullets) == 1


def test_posting_travels_with_the_saved_variant(tmp_path: Path) -> None:
    from mlresume_gui.formats.native import dump_text
    from mlresume_gui.formats.registry import read_document

    r = resume()
    r.variants.append(tailor(r, match_text(r, POSTING), POSTING, "Lab role"))
    path = tmp_path / "r.mlresume"
    path.write_text(dump_text(r), encoding="utf-8")
    again = read_document(path)
    assert posting_of(again.variants[0]) == POSTING and again.variants[0].target == "research"
    assert again.variants[0].hidden == r.variants[0].hidden
