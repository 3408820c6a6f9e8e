"""Training the labeller: layouts aligned to their truth become labelled sequences, and a CRF is
fitted on them with fixed parameters (the same documents in the same order give the same model)."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite

from mlresume_gui.formats.reading.alignment import align
from mlresume_gui.formats.reading.labelling.features import document_features
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument
from mlresume_gui.model import Resume

PARAMS = {
    "c1": 0.05,  # L1: keeps the model file small
    "c2": 0.02,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}
Sequence = tuple[list[list[str]], list[str]]


def sequence(doc: LayoutDocument, truth: Resume) -> Sequence:
    """The features and aligned roles of one document."""
    segs = segments(doc)
    return document_features(doc, segs), align(segs, truth)


def train(sequences: list[Sequence], path: str | Path) -> None:
    """Fit a CRF on ``sequences`` (in the order given) and write it to ``path``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in sequences:
        if xs:
            trainer.append(xs, ys)
    trainer.set_params(PARAMS)
    trainer.train(str(path))
