"""Matching a resume to a posting: found terms with their places, weights, archetype."""

from __future__ import annotations

from mlresume_gui.matching import match_text
from mlresume_gui.model import Bullet, Experience, Resume, SkillGroup

POSTING = ("Senior ML Infrastructure Engineer\nRequirements\n- Kubernetes and PyTorch FSDP\n"
           "- Experience with LLM serving, e.g. vLLM\n- Go or Rust\nNice to have\n- Ray\n")


def resume(bullet: str = "Ran vLLM serving for 3 models; cut p99 latency from 900 ms to 300 ms") -> Resume:
    r = Resume()
    r.experience.append(Experience(company="A", title="ML Engineer", bullets=[Bullet(bullet)]))
    r.skills.append(SkillGroup(category="Tools", items=["k8s", "FSDP", "Go"]))
    return r


def test_found_terms_name_their_places() -> None:
    result = match_text(resume(), POSTING)
    by = {t.term: t for t in result.terms}
    assert by["Kubernetes"].where == ["skills"]
    assert by["vLLM"].where == ["work[0].highlights[0]"]
    assert by["Model serving"].found and "work[0].highlights[0]" in by["Model serving"].where
    assert by["Go"].found and not by["Rust"].found
    assert result.missing == ["Rust"]
    assert result.archetype == "infra"


def test_missing_is_exactly_required_not_found() -> None:
    d = match_text(resume(), POSTING).to_dict()
    assert d["missing"] == [t["term"] for t in d["terms"] if t["required"] and not t["found"]]
    assert set(d) == {"archetype", "score", "terms", "missing"}
    assert all(set(t) == {"term", "kind", "required", "found", "where"} for t in d["terms"])


def test_outcome_bullet_counts_more_than_skills_line() -> None:
    with_outcome = match_text(resume(), POSTING).score
    no_outcome = match_text(resume("Worked on vLLM serving"), POSTING).score
    assert with_outcome > no_outcome


def test_required_weighs_more_than_preferred() -> None:
    r = Resume()
    r.skills.append(SkillGroup(items=["Docker"]))
    required = match_text(r, "Requirements\n- Docker\n- Terraform\nNice to have\n- Helm\n").score
    preferred = match_text(r, "Requirements\n- Helm\n- Terraform\nNice to have\n- Docker\n").score
    assert required > preferred


def test_degree_found_by_level() -> None:
    from mlresume_gui.model import Education

    r = Resume()
    r.education.append(Education(institution="U", degree="M.Sc.", field="CS"))
    by = {t.term: t for t in match_text(r, "Requirements\n- BS in CS\nPreferred\n- PhD\n").terms}
    assert by["Bachelor's degree"].found and by["Bachelor's degree"].where == ["education[0].studyType"]
    assert not by["PhD"].found


def test_labelled_postings_meet_the_bars() -> None:
    import sys
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "scripts"))
    import match_eval

    entries = tomllib.loads((root / "tests/fixtures/jd/labels.toml").read_text(encoding="utf-8"))["jd"]
    assert len(entries) >= 12
    assert {e["file"].rsplit(".", 1)[1] for e in entries} >= {"txt", "md", "html", "pdf", "docx"}
    f = match_eval.evaluate(entries)
    assert f["recall"] >= 0.9 and f["precision"] >= 0.9 and f["found_accuracy"] >= 0.95
    assert f["leaks"] == 0
