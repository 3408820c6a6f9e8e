"""A degree word inside a school's name is not the degree when the line names one after it."""

from __future__ import annotations

from mlresume_gui.formats.reading.degrees import parse_degree


def test_the_degree_after_a_school_named_for_a_degree() -> None:
    deg = parse_degree("Haute École d'Ingénieurs de Savoie — Diplôme d'Ingénieur, Génie Civil")
    assert deg is not None
    assert (deg.degree, deg.field, deg.institution) == ("Diplôme d'Ingénieur", "Génie Civil",
                                                        "Haute École d'Ingénieurs de Savoie")


def test_a_degree_word_alone_in_its_part_is_still_the_degree() -> None:
    deg = parse_degree("Ingénieur, Institut Polytechnique de l'Ouest")
    assert deg is not None and deg.degree == "Ingénieur"
