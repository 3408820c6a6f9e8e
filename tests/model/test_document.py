from __future__ import annotations

from mlresume_gui.model import (
    Basics,
    Bullet,
    CustomEntry,
    CustomSection,
    Experience,
    Project,
    Resume,
)
from mlresume_gui.model.people import is_first_author, owner_position, same_person


def _resume() -> Resume:
    return Resume(
        experience=[Experience(company="A", bullets=[Bullet("one"), Bullet("two")])],
        projects=[Project(name="P", bullets=[Bullet("three")])],
        custom=[CustomSection(title="Talks", entries=[CustomEntry(title="T", bullets=[Bullet("four")])])],
    )


def test_ids_are_unique_and_stable() -> None:
    r = _resume()
    ids = [b.id for *_rest, b in r.iter_bullets()]
    assert len(set(ids)) == 4
    assert [b.id for *_rest, b in r.iter_bullets()] == ids


def test_iter_bullets_positions() -> None:
    r = _resume()
    rows = [(s, e, i, b.text) for s, e, i, _entry, b in r.iter_bullets()]
    assert rows[:3] == [("experience", 0, 0, "one"), ("experience", 0, 1, "two"), ("projects", 0, 0, "three")]
    assert rows[3][0] == f"custom:{r.custom[0].id}"


def test_find_by_id() -> None:
    r = _resume()
    bullet = r.experience[0].bullets[1]
    found, holder = r.find(bullet.id)
    assert found is bullet and holder is r.experience[0].bullets
    assert r.find(r.projects[0].id)[0] is r.projects[0]
    assert r.find("nope") is None
    assert r.bullet(bullet.id) is bullet


def test_links_by_network() -> None:
    b = Basics()
    b.set_link("LinkedIn", "https://www.linkedin.com/in/x")
    assert b.link("linkedin") == "https://www.linkedin.com/in/x"
    b.set_link("LinkedIn", "https://www.linkedin.com/in/y")
    assert len(b.profiles) == 1 and b.link("LinkedIn").endswith("/y")
    b.set_link("LinkedIn", "")
    assert b.profiles == []


def test_section_order_fills_in_missing() -> None:
    r = _resume()
    r.section_order = ["skills", "bogus", "experience"]
    order = r.ordered_sections()
    assert order[:2] == ["skills", "experience"]
    assert "bogus" not in order and "publications" in order and f"custom:{r.custom[0].id}" in order


def test_first_author_recognition() -> None:
    owner = "Maya Okafor"
    assert same_person("M. Okafor", owner)
    assert same_person("Okafor, Maya", owner)
    assert same_person("Maya Okafor*", owner)
    assert not same_person("Mark Okafor", owner)
    assert not same_person("Maya Okoro", owner)
    assert is_first_author(["M. Okafor", "J. Wu"], owner)
    assert not is_first_author(["J. Wu", "Maya Okafor"], owner)
    assert is_first_author(["J. Wu*", "Maya Okafor*"], owner)
    assert owner_position(["A B", "C D"], owner) is None


def test_accents_are_folded() -> None:
    assert same_person("Lucia Fernandez", "Lucía Fernández")


def test_is_empty() -> None:
    assert Resume().is_empty()
    assert not _resume().is_empty()
