"""Tokens and phrase matching: the one way text and knowledge phrases are compared.

Both sides go through :func:`tokenize`, so "scikit-learn", "Scikit Learn" and "scikit learn" are
the same phrase, and a trailing plural "s" is ignored ("GPUs" matches "GPU").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import repeat
from typing import NamedTuple, TypeVar

_TOKEN = re.compile(r"[^\W_]+(?:\+\+|#)?")

V = TypeVar("V")


class Token(NamedTuple):
    """A normalised word and where it sits in the original text."""

    norm: str
    start: int
    end: int


def norm_word(word: str) -> str:
    """Lower-case a word and drop a plural ``s`` (``GPUs`` -> ``gpu``, but ``class`` stays)."""
    w = word.lower()
    if len(w) > 3 and w[-1] == "s" and w[-2] not in "su'":
        return w[:-1]
    return w


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
    raw = _TOKEN.findall(text)
    starts = []
    ends = []
    add_start = starts.append
    add_end = ends.append
    find = text.find
    pos = 0
    for w in raw:
        s = find(w, pos)  # the gap before a word holds no word characters, so this is its start
        pos = s + len(w)
        add_start(s)
        add_end(pos)
    get = norms.get
    words = [get(w) or _norm_new(w) for w in raw]
    return words, starts, ends


def _norm_new(word: str) -> str:
    n = _NORMS[word] = norm_word(word)
    return n


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lookup key of a knowledge phrase."""
    return tuple(t.norm for t in tokenize(phrase))


class PhraseTable(dict[tuple[str, ...], V]):
    """A dict keyed by phrase keys that finds the longest phrase starting at each word."""

    def __init__(self, items: Mapping[tuple[str, ...], V] | None = None) -> None:
        super().__init__()
        self._lengths: dict[str, tuple[int, ...]] = {}
        self.plan: dict[str, tuple[tuple[int, ...], V | None]] = {}
        if items:
            for k, v in items.items():
                self[k] = v
            self.freeze()

    def freeze(self) -> None:
        """Index phrase lengths by first word; call after the last insertion.

        ``plan`` maps a first word to (lengths of its longer phrases, longest first; the value of
        the one-word phrase or None), so a scan probes one dict per word and slices only for
        words that start a longer phrase.
        """
        lengths: dict[str, set[int]] = {}
        for key in self:
            if key:
                lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}
        self.plan = {w: (tuple(n for n in ls if n > 1), self.get((w,))) for w, ls in self._lengths.items()}

    def longest_at(self, words: list[str], i: int) -> tuple[int, V] | None:
        """The longest phrase starting at word ``i`` as (length, value), or None."""
        step = self.plan.get(words[i])
        if step is None:
            return None
        multi, single = step
        if multi:
            n = len(words)
            get = self.get
            for length in multi:
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
        plan = self.plan
        nxt = 0
        n = len(words)
        get = self.get
        for i in [i for i, w in enumerate(words) if w in plan]:
            if i < nxt:
                continue
            multi, single = plan[words[i]]
            for length in multi:
                if i + length <= n:
                    value = get(tuple(words[i : i + length]))
                    if value is not None:
                        out.append((i, length, value))
                        nxt = i + length
                        break
            else:
                if single is not None:
                    out.append((i, 1, single))
                    nxt = i + 1
        return out


def key_set(phrases: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Phrase keys of ``phrases`` as a set (empty keys dropped)."""
    return frozenset(k for k in (phrase_key(p) for p in phrases) if k)
