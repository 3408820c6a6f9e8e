"""A column of skills, one short name a line, under its category: one skill per line."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.skill_lines import SkillRow, skill_group_from_rows

_HEAD = SkillRow(["Serving"], look=("Sans", 13.5, False, False, ""))


def _row(text: str, wrapped: bool = False) -> SkillRow:
    return SkillRow([text], wrapped=wrapped, look=("Sans", 10.5, False, False, ""))


def test_short_lines_under_a_category_are_one_skill_each_even_when_the_edge_says_wrapped() -> None:
    rows = [
        _HEAD,
        _row("Quiver"),
        _row("Lanternfish", wrapped=True),
        _row("tern-rs"),
        _row("Pike Runtime"),
    ]
    group = skill_group_from_rows(rows)
    assert group.category == "Serving"
    assert group.items == ["Quiver", "Lanternfish", "tern-rs", "Pike Runtime"]


def test_a_word_broken_at_a_hyphen_is_still_mended() -> None:
    rows = [_HEAD, _row("Reinforce-"), _row("ment Learning"), _row("Bandits")]
    assert skill_group_from_rows(rows).items == ["Reinforcement Learning", "Bandits"]


def test_a_comma_list_wrapped_over_lines_is_still_joined() -> None:
    rows = [_HEAD, _row("Quiver, Lanternfish,"), _row("Pike Runtime, Osprey")]
    assert skill_group_from_rows(rows).items == ["Quiver", "Lanternfish", "Pike Runtime", "Osprey"]


_NAME = st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}", fullmatch=True)


@given(st.lists(st.tuples(_NAME, st.booleans()), min_size=2, max_size=8))
def test_every_short_line_is_kept_as_its_own_skill(lines: list[tuple[str, bool]]) -> None:
    group = skill_group_from_rows([_HEAD, *(_row(t, w) for t, w in lines)])
    assert group.items == [t for t, _ in lines]


def test_each_line_opening_with_its_own_bold_category_is_a_group_of_its_own() -> None:
    from mlresume_gui.formats.reading.skill_lines import skill_groups_from_rows

    rows = [
        SkillRow(["Serving: Quiver, Lanternfish"], lead="Serving:"),
        SkillRow(["Mathematics: Good grasp of linear algebra"], lead="Mathematics:"),
    ]
    groups = skill_groups_from_rows(rows)
    assert [(g.category, g.items) for g in groups] == [
        ("Serving", ["Quiver", "Lanternfish"]),
        ("Mathematics", ["Good grasp of linear algebra"]),
    ]
