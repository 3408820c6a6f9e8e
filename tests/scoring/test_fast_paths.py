"""The scorer's fast paths give what their plain definitions give.

Word splitting (a regex split with an ASCII shortcut), the phrase index (first word, then second
word), the number scan (from the first digit or currency sign) and the score object built in
one step are each checked against a slow, obvious version on many random inputs.
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from mlresume_gui.scoring import bullet as bullet_mod
from mlresume_gui.scoring.bullet import BulletScore, score_bullet
from mlresume_gui.scoring.features import read_bullet
from mlresume_gui.scoring.knowledge import knowledge
from mlresume_gui.scoring.quantities import _NUMBER, find_quantities
from mlresume_gui.scoring.text import PhraseTable, norm_word, split_words, tokenize

_WORD = re.compile(r"[^\W_]+(?:\+\+|#)?")
ALPHABET = "ab cd_EF-12.5%$€ ++#é ü\tß,;:()x→ GPUs class"


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))


def test_split_words_is_the_word_regex_with_spans() -> None:
    rng = random.Random(4)
    texts = [_random_text(rng) for _ in range(3000)] + ["C++ and C# on scikit-learn", "snake_case_name 3", ""]
    for text in texts:
        words, starts, ends = split_words(text)
        want = [(norm_word(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
        assert list(zip(words, starts, ends, strict=True)) == want, text
        assert tokenize(text) == want


def _longest_scan(table: dict[tuple[str, ...], int], words: list[str]) -> list[tuple[int, int, int]]:
    longest = max((len(k) for k in table), default=0)
    out, i = [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            value = table.get(tuple(words[i : i + n]))
            if value is not None:
                out.append((i, n, value))
                i += n
                break
        else:
            i += 1
    return out


@pytest.mark.parametrize("seed", range(5))
def test_phrase_scan_finds_the_longest_phrases_left_to_right(seed: int) -> None:
    rng = random.Random(seed)
    vocab = list("abcdef")
    plain = {tuple(rng.choices(vocab, k=rng.randint(1, 4))): i for i in range(25)}
    table: PhraseTable[int] = PhraseTable(plain)
    for _ in range(400):
        words = rng.choices(vocab, k=rng.randint(0, 15))
        want = _longest_scan(plain, words)
        assert table.scan(words) == want
        for i in range(len(words)):
            first = [(n, v) for j, n, v in _longest_scan(plain, words[i:]) if j == 0]
            assert table.longest_at(words, i) == (first[0] if first else None)


def test_lexicon_phrases_in_a_bullet_are_those_of_the_plain_scan() -> None:
    kn = knowledge()
    text = "Fine-tuned Hugging Face Transformers and PyTorch FSDP models on 48 A100 GPUs for machine learning"
    f = read_bullet(text, kn)
    want = _longest_scan(dict(kn.lexicon), f.norms)
    assert [(a, b - a + 1, e) for a, b, e in f.found] == want
    assert {h.skill for h in f.hits if h.skill} == f.skills


@pytest.mark.parametrize("chars", ["0123456789$€£¥.,@/-+%×x ab=µfold", "0123456789$.,@/-+% xab=fold_A"])
def test_number_scan_sees_every_number(chars: str) -> None:
    # the scan starts at the first digit or currency sign
    rng = random.Random(9)
    kn = knowledge()
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        words, starts, ends = split_words(text)
        got = [q for q in find_quantities(text, words, starts, ends, kn) if q.kind not in ("before_after", "model_size", "qualitative")]
        assert [q.start for q in got] == [m.start() for m in _NUMBER.finditer(text) if _glued_unit_ok(m)]


def _glued_unit_ok(m: re.Match[str]) -> bool:
    """Numbers with glued letters that are no unit (3D, 5G) are skipped by the scan, and so are
    sizes written with a multiplication sign or an "x" before more digits ("64×64", "8x22B")."""
    suffix = (m.group("suffix") or "").lower()
    before_digit = m.string[m.end() : m.end() + 1].isdigit()
    if (m.group("sym") or "").strip() == "×" and before_digit:
        return False
    if not suffix or suffix in knowledge().magnitude or suffix in ("st", "nd", "rd", "th"):
        return True
    units = knowledge().units
    if units.get((suffix,)) == "fold" and before_digit:
        return False
    return units.get((suffix,)) is not None or (len(suffix) > 3 and suffix.endswith("s") and units.get((suffix[:-1],)) is not None)


def test_scores_built_in_one_step_are_ordinary_frozen_dataclasses() -> None:
    s = score_bullet("Cut p99 latency from 80 ms to 12 ms on 16 L4 GPUs with TensorRT-LLM", "infra", "senior")
    plain = BulletScore(**{f.name: getattr(s, f.name) for f in dataclasses.fields(BulletScore)})
    assert s == plain
    assert repr(s) == repr(plain)
    assert dataclasses.asdict(s) == dataclasses.asdict(plain)
    assert list(s.components) == list(bullet_mod.COMPONENTS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.score = 3  # type: ignore[misc]


def test_score_caches_are_bounded() -> None:
    # every cached score keeps objects the garbage collector walks: the caches must stay bounded
    scorer = bullet_mod.shared_bullet_scorer()
    for cached in (scorer.score, scorer.read, scorer.finding):
        maxsize = cached.cache_info().maxsize
        assert maxsize is not None and maxsize <= 4096
