"""Tokens and phrase matching: the one way text and knowledge phrases are compared.

Both sides go through :func:`tokenize`, so "scikit-learn", "Scikit Learn" and "scikit learn" are
the same phrase, and a trailing plural "s" is ignored ("GPUs" matches "GPU").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` with their spans; punctuation separates words and is dropped."""
    norms = _NORMS
    if len(norms) > 100_000:
        norms.clear()
    out = []
    find = text.find
    pos = 0
    for w in _TOKEN.findall(text):
        s = find(w, pos)  # the gap before a word holds no word characters, so this is its start
        pos = s + len(w)
        n = norms.get(w)
        if n is None:
            n = norms[w] = norm_word(w)
        out.append(_new(Token, (n, s, pos)))
    return out


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lookup key of a knowledge phrase."""
    return tuple(t.norm for t in tokenize(phrase))


class PhraseTable(dict[tuple[str, ...], V]):
    """A dict keyed by phrase keys that finds the longest phrase starting at each word."""

    def __init__(self, items: Mapping[tuple[str, ...], V] | None = None) -> None:
        super().__init__()
        self._lengths: dict[str, tuple[int, ...]] = {}
        if items:
            for k, v in items.items():
                self[k] = v
            self.freeze()

    def freeze(self) -> None:
        """Index phrase lengths by first word; call after the last insertion."""
        lengths: dict[str, set[int]] = {}
        for key in self:
            if key:
                lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}

    def longest_at(self, words: list[str], i: int) -> tuple[int, V] | None:
        """The longest phrase starting at word ``i`` as (length, value), or None."""
        lens = self._lengths.get(words[i])
        if not lens:
            return None
        n = len(words)
        for length in lens:
            if i + length <= n:
                value = self.get(tuple(words[i : i + length]))
                if value is not None:
                    return length, value
        return None

    def scan(self, words: list[str]) -> list[tuple[int, int, V]]:
        """Non-overlapping longest matches, left to right, as (first word, length, value)."""
        out: list[tuple[int, int, V]] = []
        i, n = 0, len(words)
        lengths = self._lengths
        get = self.get
        while i < n:
            lens = lengths.get(words[i])
            if lens:
                for length in lens:
                    if i + length <= n:
                        value = get(tuple(words[i : i + length]))
                        if value is not None:
                            out.append((i, length, value))
                            i += length
                            break
                else:
                    i += 1
                continue
            i += 1
        return out


def key_set(phrases: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Phrase keys of ``phrases`` as a set (empty keys dropped)."""
    return frozenset(k for k in (phrase_key(p) for p in phrases) if k)
