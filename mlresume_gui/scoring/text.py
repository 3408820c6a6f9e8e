"""Tokens and phrase matching: the one way text and knowledge phrases are compared.

Both sides go through :func:`tokenize`, so "scikit-learn", "Scikit Learn" and "scikit learn" are
the same phrase, and a trailing plural "s" is ignored ("GPUs" matches "GPU").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from typing import NamedTuple, TypeVar

_TOKEN = re.compile(r"[^\W_]+(?:\+\+|#)?")
_SPLIT = re.compile(f"({_TOKEN.pattern})").split
# the same words in ASCII text, where [^\W_] is exactly [A-Za-z0-9]: a plain character set is faster
_SPLIT_ASCII = re.compile(r"([A-Za-z0-9]+(?:\+\+|#)?)").split
_SPLIT_PLAIN = re.compile(r"([A-Za-z0-9]+)").split

V = TypeVar("V")


class Token(NamedTuple):
    """A normalised word and where it sits in the original text."""

    norm: str
    start: int
    end: int


def norm_word(word: str) -> str:
    """Lower-case a word, drop a plural ``s`` (``GPUs`` -> ``gpu``, but ``class`` stays) and spell
    British ``-ise``/``-yse`` endings the American way (``utilisation`` -> ``utilization``,
    ``quantised`` -> ``quantized``, ``analysed`` -> ``analyzed``)."""
    w = word.lower()
    if len(w) > 3 and w[-1] == "s" and w[-2] not in "su'":
        w = w[:-1]
    if "is" in w or "ys" in w:
        m = _BRITISH.search(w)
        if m is not None:
            return w[: m.start(1)] + "z" + w[m.end(1) :]
    return w


# "-isation", "-ise(d)", "-ising", "-iser" after a stem of four letters or more ("raise", "noise"
# and "revise" keep their s); "-yse(d)", "-ysing", "-yser" after three ("analyse", "paralysed")
_BRITISH = re.compile(r"(?:^[a-z\-]{4,}i|^[a-z\-]{3,}y)(s)(?:ation|e|ed|ing|er)$")


_NORMS: dict[str, str] = {}
_new = tuple.__new__
_repeat = repeat


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` with their spans; punctuation separates words and is dropped."""
    norms, starts, ends = split_words(text)
    return list(map(_new, _repeat(Token), zip(norms, starts, ends, strict=True)))


def split_words(text: str) -> tuple[list[str], list[int], list[int]]:
    """:func:`tokenize` as three parallel lists (normalised words, starts, ends): no per-word objects."""
    norms = _NORMS
    if len(norms) > 100_000:
        norms.clear()
    # gap, word, gap, word, ..., gap: the running lengths are the word boundaries
    if not text.isascii():
        parts = _SPLIT(text)
    elif "+" in text or "#" in text:
        parts = _SPLIT_ASCII(text)
    else:  # no "C++" or "C#" to look for after each word
        parts = _SPLIT_PLAIN(text)
    bounds = list(accumulate(map(len, parts)))
    raw = parts[1::2]
    words = list(map(norms.get, raw))
    if None in words:
        words = [n if n is not None else _norm_new(w) for n, w in zip(words, raw, strict=True)]
    return words, bounds[0:-1:2], bounds[1::2]


def _norm_new(word: str) -> str:
    n = _NORMS[word] = norm_word(word)
    return n


@lru_cache(maxsize=4096)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lookup key of a knowledge phrase."""
    return tuple(split_words(phrase)[0])


class PhraseTable(dict[tuple[str, ...], V]):
    """A dict keyed by phrase keys that finds the longest phrase starting at each word."""

    def __init__(self, items: Mapping[tuple[str, ...], V] | None = None) -> None:
        super().__init__()
        self._lengths: dict[str, tuple[int, ...]] = {}
        self.plan: dict[str, tuple[dict[str, tuple[int, ...]] | None, V | None]] = {}
        if items:
            for k, v in items.items():
                self[k] = v
            self.freeze()

    def freeze(self) -> None:
        """Index the phrases by first word; call after the last insertion.

        ``plan`` maps a first word to (its longer phrases as {second word: their lengths, longest
        first} or None; the value of the one-word phrase or None), so a scan probes one dict per
        word and builds a key only when the next word can continue a phrase.
        """
        lengths: dict[str, set[int]] = {}
        longer: dict[str, dict[str, set[int]]] = {}
        for key in self:
            if key:
                lengths.setdefault(key[0], set()).add(len(key))
            if len(key) > 1:
                longer.setdefault(key[0], {}).setdefault(key[1], set()).add(len(key))
        self._lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}
        self.plan = {
            w: ({second: tuple(sorted(ls, reverse=True)) for second, ls in longer[w].items()} if w in longer else None,
                self.get((w,)))
            for w in lengths
        }

    def longest_at(self, words: list[str], i: int) -> tuple[int, V] | None:
        """The longest phrase starting at word ``i`` as (length, value), or None."""
        step = self.plan.get(words[i])
        if step is None:
            return None
        longer, single = step
        n = len(words)
        if longer is not None and i + 1 < n:
            lens = longer.get(words[i + 1])
            if lens:
                get = self.get
                for length in lens:
                    if i + length <= n:
                        value = get(tuple(words[i : i + length]))
                        if value is not None:
                            return length, value
        if single is not None:
            return 1, single
        return None

    def scan(self, words: list[str]) -> list[tuple[int, int, V]]:
        """Non-overlapping longest matches, left to right, as (first word, length, value)."""
        out: list[tuple[int, int, V]] = []
        nxt = 0
        for i in compress(count(), map(self.plan.__contains__, words)):
            if i < nxt:
                continue
            hit = self.longest_at(words, i)
            if hit is not None:
                out.append((i, hit[0], hit[1]))
                nxt = i + hit[0]
        return out


def key_set(phrases: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Phrase keys of ``phrases`` as a set (empty keys dropped)."""
    return frozenset(k for k in (phrase_key(p) for p in phrases) if k)
