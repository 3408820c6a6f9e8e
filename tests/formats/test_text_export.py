"""Markdown and plain-text export: content and order from the shared layout, variants, templates."""

from __future__ import annotations

import pytest
from export_cases import awkward, find_in_order, sample

from mlresume_gui.formats.registry import writer_for
from mlresume_gui.formats.writing.layout import (
    CLOSE_QUOTE,
    OPEN_QUOTE,
    build_layout,
    prepare,
    short_url,
)
from mlresume_gui.formats.writing.templates import load_template, template_names
from mlresume_gui.formats.writing.text import dump_markdown, dump_text
from mlresume_gui.model import Resume
from mlresume_gui.model.variants import create_variant, hide, set_order


def _bullets(resume: Resume) -> list[str]:
    return [b.text for *_rest, b in resume.iter_bullets() if b.text.strip()]


@pytest.mark.parametrize("dump", [dump_markdown, dump_text])
def test_every_bullet_in_order_and_headings(dump):
    r = sample()
    out = dump(r)
    layout = build_layout(r, load_template())
    expected = []
    for section in layout.sections:
        for item in section.items:
            expected += getattr(item, "bullets", [])
            if getattr(item, "listed", False):
                title = next(s.text for s in item.spans if s.text.startswith(OPEN_QUOTE))
                expected.append(title.strip(OPEN_QUOTE + CLOSE_QUOTE).rstrip("."))
    assert len(expected) > len(_bullets(r))
    assert not find_in_order(out, expected)
    for title in ("Experience", "Education", "Publications", "Skills"):
        assert title in out or title.upper() in out
    assert r.basics.name in out or r.basics.name.upper() in out


def test_templates_exist_and_unknown_ones_are_named():
    assert {"classic", "compact"} <= set(template_names())
    with pytest.raises(KeyError, match="classic"):
        load_template("fancy")
    with pytest.raises(KeyError, match="compact"):
        dump_text(sample(), template="../classic")


def test_markdown_escapes_markup_and_keeps_links():
    md = dump_markdown(awkward())
    assert r"\*things\*" in md and r"\[brackets\]" in md and r"\_underscored\_" in md
    assert "\\# Not a heading" in md
    assert "\\- not a nested list" in md
    assert "[github.com/zoe](<https://github.com/zoe>)" in md
    assert "## Talks" in md and "Spoke to 800 people" in md
    # a blank bullet and an empty skills group leave no trace
    assert "-  \n" not in md and "- \n" not in md


def test_text_is_plain_and_spells_out_links():
    text = dump_text(sample())
    assert "**" not in text and "](" not in text
    assert "(https://arxiv.org/abs/1805.00001)." in text
    assert "scholar.google.com/citations?user=mokafor0001" in text  # a profile's address, not only its network
    assert text.splitlines()[0] == "MAYA OKAFOR"


def test_variant_option_changes_content_and_order():
    r = sample()
    v = create_variant(r, "Short", target="applied")
    job = r.experience[0]
    hide(v, job.bullets[4].id)
    hide(v, "publications")
    set_order(v, job.id, [job.bullets[2].id])
    set_order(v, "sections", ["skills"])
    text = dump_text(r, variant="short")
    assert job.bullets[4].text not in text
    assert "PUBLICATIONS" not in text
    assert text.index(job.bullets[2].text) < text.index(job.bullets[0].text)
    assert text.index("SKILLS") < text.index("EXPERIENCE")
    base = dump_text(r)
    assert job.bullets[4].text in base and "PUBLICATIONS" in base
    with pytest.raises(KeyError, match="'Short'"):
        dump_markdown(r, variant="Research")


def test_template_section_order_applies_when_resume_has_none():
    r = sample()
    assert r.section_order == []
    keys = [s.key for s in prepare(r, template="compact")[0].sections]
    assert keys.index("skills") < keys.index("publications")
    keys = [s.key for s in prepare(r, template="classic")[0].sections]
    assert keys.index("publications") < keys.index("skills")
    r.section_order = ["skills", "experience"]
    keys = [s.key for s in prepare(r, template="classic")[0].sections]
    assert keys[:3] == ["summary", "skills", "experience"]


def test_empty_resume_exports():
    for fmt in ("markdown", "text"):
        out = writer_for(fmt).dump(Resume())
        assert out.strip() in ("# Resume", "RESUME")


def test_short_url():
    assert short_url("https://www.github.com/x/") == "github.com/x"
    assert short_url("http://a.b") == "a.b"


def test_a_skill_level_stands_beside_its_category_not_after_the_last_item() -> None:
    from mlresume_gui.model import SkillGroup

    resume = Resume()
    resume.skills = [SkillGroup(category="Serving", items=["vLLM", "Triton"], level="Expert"),
                     SkillGroup(items=["Go"], level="Working")]
    text = dump_text(resume)
    assert "Serving (Expert): vLLM, Triton" in text
    assert "(Working): Go" in text


def test_profile_addresses_are_printed_for_a_reader_of_the_text() -> None:
    from mlresume_gui.model import Profile

    resume = Resume()
    resume.basics.profiles = [Profile(network="Google Scholar",
                                      url="https://scholar.google.com/citations?user=abcdefgh0123")]
    header = build_layout(resume, load_template()).header
    assert [s.text for s in header.links] == ["scholar.google.com/citations?user=abcdefgh0123"]
