"""How a bullet opens (scoring/opener.py): the kind of its opening verb and the span it covers."""

from __future__ import annotations

import pytest

from mlresume_gui.scoring.knowledge import knowledge
from mlresume_gui.scoring.opener import read_opener
from mlresume_gui.scoring.text import split_words


def _opener(text: str) -> tuple[str, str]:
    words, starts, ends = split_words(text)
    kind, (s, e) = read_opener(text, words, starts, ends, knowledge())
    return kind, text[s:e]


@pytest.mark.parametrize(("text", "kind", "span"), [
    ("Helped the team with data cleaning", "weak", "Helped"),
    ("I helped the team with data cleaning", "weak", "I helped"),
    ("Shipped a ranking model to 2M users", "strong", "Shipped"),
    ("Re-sharded the corpus into WebDataset shards", "plain-verb", "Re-sharded"),
    ("I re-labelled the validation set", "plain-verb", "re-labelled"),  # the span starts at the prefix
    ("I parsed the logs", "plain-verb", "parsed"),
    ("Our method cut WER from 9.1% to 7.4%", "strong", "Our method cut"),
    ("The fine-tuned model, in short, works", "plain", "The"),
    ("Assisted-review tooling cut review time by half", "plain-verb", "Assisted"),  # no weak verb
    ("Helped by a teammate, I shipped the detector", "plain-verb", "Helped"),  # a participle
])
def test_the_opening_verb_and_its_span(text: str, kind: str, span: str) -> None:
    assert _opener(text) == (kind, span)
