"""The trained sequence labeller: a linear-chain CRF (python-crfsuite) read from
``resources/import/reader.crfsuite``; gives every segment a role and the model's confidence in it."""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

import pycrfsuite

from mlresume_gui.resources import resource

MODEL_NAME = "reader.crfsuite"
_LOCK = threading.Lock()  # a crfsuite tagger is not safe to share between threads


class Labeller:
    """Roles and marginal probabilities for sequences of feature lists."""

    def __init__(self, path: str | Path) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.labels = tuple(self._tagger.labels())

    def tag(self, features: list[list[str]]) -> tuple[list[str], list[float]]:
        """The most likely role of every item and the model's marginal probability of it."""
        if not features:
            return [], []
        with _LOCK:
            roles = self._tagger.tag(features)
            probs = [self._tagger.marginal(r, i) for i, r in enumerate(roles)]
        return list(roles), probs


@cache
def shipped() -> Labeller:
    """The labeller shipped with MLResume, loaded once."""
    return Labeller(resource("import", MODEL_NAME))
