"""Offline spell checking: pyspellchecker's bundled English word list, the ML vocabulary shipped in
resources/knowledge/vocabulary.txt, and a personal dictionary in the user's data folder.

The word list takes a fraction of a second to load, so it loads on a background thread after the
window is shown; until then nothing is flagged. The loading thread touches no Qt object: it leaves
its result in a plain Python slot that a timer owned by the service picks up on the GUI thread, so a
service (or window) deleted while the list loads is never signalled, and the application waits for
running loads when it quits.
"""

from __future__ import annotations

import atexit
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

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


_LOADERS: set[threading.Thread] = set()  # background loads still running (joined at quit)
_QUIT_HOOKED: set[int] = set()  # ids of the applications whose aboutToQuit waits for them


def wait_for_loaders(timeout: float = 5.0) -> None:
    """Wait for background word-list loads to end (at quit, so no thread outlives Qt)."""
    for thread in list(_LOADERS):
        thread.join(timeout)


atexit.register(wait_for_loaders)


def _hook_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and id(app) not in _QUIT_HOOKED:
        _QUIT_HOOKED.add(id(app))
        app.aboutToQuit.connect(wait_for_loaders)


def read_words(vocabulary: Iterable[Path], personal: Path | None) -> tuple[set[str], object | None]:
    """The known words and the English checker (None when unavailable); pure Python, any thread."""
    known: set[str] = set()
    for p in vocabulary:
        known |= read_word_file(p)
    if personal is not None:
        known |= read_word_file(personal)
    try:
        from spellchecker import SpellChecker

        checker = SpellChecker(distance=2)
    except Exception:  # library missing or its word list unreadable: spell check stays off
        checker = None
    return known, checker


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
        self._poll: QTimer | None = None  # picks up the result of a background load
        self._loader: threading.Thread | None = None
        self._result: list[tuple[set[str], object | None]] = []
        self.available = True

    # -- loading -----------------------------------------------------------------------------
    def _install(self, known: set[str], checker: object | None) -> None:
        if checker is None:
            self.available = False
        with self._lock:
            self._known = known | self._known  # words added to the dictionary meanwhile stay
            self._checker, self._cache = checker, {}
        self.ready.emit()

    def load(self) -> None:
        """Load word lists now (blocking)."""
        self._install(*read_words(self._vocab_paths, self.personal_path))

    def load_in_background(self) -> None:
        """Load on a worker thread; ``ready`` is emitted on this object's thread once done."""
        if self._loader is not None:
            return  # a load is already running
        result: list[tuple[set[str], object | None]] = []
        paths, personal = list(self._vocab_paths), self.personal_path

        def work() -> None:  # no reference to the service: it may be deleted meanwhile
            try:
                result.append(read_words(paths, personal))
            finally:
                _LOADERS.discard(threading.current_thread())

        thread = threading.Thread(target=work, name="spell-load", daemon=True)
        self._loader, self._result = thread, result
        if self._poll is None:
            self._poll = QTimer(self, interval=25)  # dies with the service: nothing left to call
            self._poll.timeout.connect(self._collect)
        _hook_quit()
        _LOADERS.add(thread)
        thread.start()
        self._poll.start()

    def _collect(self) -> None:
        if self._loader is None or self._loader.is_alive():
            return
        self._poll.stop()  # type: ignore[union-attr]
        result, self._loader, self._result = self._result, None, []
        if result:
            self._install(*result[0])
        else:  # the loader failed unexpectedly: spell check stays off
            self.available = False

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
