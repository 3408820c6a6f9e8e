"""The nothing-lost check: which source lines the model does not hold."""

from __future__ import annotations

from mlresume_gui.formats.reading.nothing_lost import missing_lines
from mlresume_gui.model import Basics, Resume


def _resume() -> Resume:
    return Resume(basics=Basics(name="Daria Demir", email="daria.demir@outlook.com",
                                phone="+1 (415) 555-0177"))


def test_a_word_wrapped_across_lines_is_not_lost() -> None:
    lines = ["Daria Demir", "daria.demir@outlook.c", "om | +1 (415)", "555-0177"]
    assert missing_lines(lines, _resume()) == []


def test_a_real_fragment_is_still_reported() -> None:
    lines = ["daria.demir@outlook.c", "ombudsman liaison"]
    assert missing_lines(lines, _resume()) == ["daria.demir@outlook.c", "ombudsman liaison"]


def test_lines_with_unknown_words_are_reported_once() -> None:
    assert missing_lines(["Daria Demir", "Deep Sea Diving, Knitting"], _resume()) == [
        "Deep Sea Diving, Knitting"]
