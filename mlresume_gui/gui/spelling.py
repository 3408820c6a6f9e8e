"""Offline spell checking: pyspellchecker's bundled English word list, the ML vocabulary shipped in
resources/knowledge/vocabulary.txt, and a personal dictionary in the user's data folder.

The word list takes a fraction of a second to load, so it loads on a background thread after the
window is shown; until then nothing is flagged.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..resources import resource

# A token: letters, digits and the joiners that appear inside technical words (NDCG@10, C++, p99).
TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’@+#./_-]*[A-Za-z0-9+#]|[A-Za-z]")
_HAS_DIGIT_OR_PATH = re.compile(r"[0-9@/_.]")


def vocabulary_path() -> Path:
    return resource("knowledge", "vocabulary.txt")


def read_word_file(path: Path) -> set[str]:
    """Words of a one-term-per-line file (``#`` starts a comment); empty when missing."""
    words: set[str] = set()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return words
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.casefold())
            words.update(p.casefold() for p in re.split(r"[\s-]+", line) if p)
    return words


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for every word-like token of ``text``."""
    for m in TOKEN_RE.finditer(text):
        yield m.start(), m.end(), m.group()


class SpellService(QObject):
    """Answers "is this word misspelled?" and "what could it be?"; emits ``ready`` once loaded."""

    ready = Signal()

    def __init__(self, personal_path: Path | None = None, vocabulary: Iterable[Path] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.personal_path = personal_path
        self._vocab_paths = list(vocabulary) if vocabulary is not None else [vocabulary_path()]
        self._known: set[str] = set()
        self._checker = None
        self._lock = threading.Lock()
        self._cache: dict[str, bool] = {}
        self.available = True

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Load word lists now (blocking)."""
        known: set[str] = set()
        for p in self._vocab_paths:
            known |= read_word_file(p)
        if self.personal_path is not None:
            known |= read_word_file(self.personal_path)
        try:
            from spellchecker import SpellChecker

            checker = SpellChecker(distance=2)
        except Exception:  # library missing or its word list unreadable: spell check stays off
            checker = None
            self.available = False
        with self._lock:
            self._known, self._checker, self._cache = known, checker, {}
        self.ready.emit()

    def load_in_background(self) -> None:
        threading.Thread(target=self.load, name="spell-load", daemon=True).start()

    @property
    def loaded(self) -> bool:
        return self._checker is not None

    # -- queries -----------------------------------------------------------------------------
    def is_misspelled(self, word: str) -> bool:
        """True when ``word`` is neither English, nor ML vocabulary, nor in the personal dictionary."""
        if self._checker is None:
            return False
        hit = self._cache.get(word)
        if hit is None:
            hit = self._check(word)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[word] = hit
        return hit

    def _check(self, word: str) -> bool:
        if word.casefold().replace("’", "'") in self._known or _HAS_DIGIT_OR_PATH.search(word):
            return False
        for raw in word.split("-"):
            raw = raw.replace("’", "'")
            if raw.endswith(("'s", "'S")):
                raw = raw[:-2]
            part = raw.casefold()
            acronym = raw.isupper() or (raw[-1:] == "s" and len(raw) > 2 and raw[:-1].isupper())
            if len(part) < 2 or not part.isalpha() or part in self._known or acronym:
                continue  # initials, acronyms (GPU, AWS) and known terms
            if self._checker.unknown([part]):  # type: ignore[union-attr]
                return True
        return False

    def misspelled_spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the misspelled words of ``text``."""
        if self._checker is None:
            return []
        return [(s, e) for s, e, w in tokens(text) if self.is_misspelled(w)]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Likely corrections, most frequent first, in the word's capitalisation."""
        if self._checker is None:
            return []
        cands = self._checker.candidates(word.casefold()) or set()  # type: ignore[union-attr]
        ranked = sorted(cands, key=lambda w: -self._checker.word_usage_frequency(w))  # type: ignore[union-attr]
        out = [w.capitalize() if word[:1].isupper() else w for w in ranked if w != word.casefold()]
        return out[:limit]

    def add_to_dictionary(self, word: str) -> None:
        """Accept ``word`` from now on and keep it in the personal dictionary file."""
        self._known.add(word.casefold())
        self._cache.clear()
        if self.personal_path is None:
            return
        try:
            self.personal_path.parent.mkdir(parents=True, exist_ok=True)
            with self.personal_path.open("a", encoding="utf-8") as fh:
                fh.write(word + "\n")
        except OSError:
            pass  # the word is still accepted for this session
