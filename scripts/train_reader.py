"""Retrain the import labeller from the corpus, the import fixtures and MLResume's own exports.

    .venv/bin/python scripts/train_reader.py [--out resources/import/reader.crfsuite] [--without PRODUCER]

Labels come from aligning every document with its truth (no hand labels). The documents are read
in a fixed order and the CRF's parameters are fixed, so the same inputs give the same model.
../shared/import-dev/ is never trained on. Ends with the headline line.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reader_corpus import ROOT, Doc, layout, training_docs

from mlresume_gui.formats.reading.labelling.training import Sequence, sequence, train

MODEL = ROOT / "resources" / "import" / "reader.crfsuite"


def doc_sequence(doc: Doc) -> Sequence:
    """The labelled sequence of one document."""
    return sequence(layout(doc), doc.truth)


def sequences(docs: list[Doc], jobs: int = 2) -> list[Sequence]:
    """The labelled sequences of ``docs``, in their order."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(doc_sequence, docs, chunksize=4))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--without", help="leave this producer out")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    docs = training_docs(exclude=args.without)
    seqs = sequences(docs, args.jobs)
    by_producer = Counter(d.producer for d in docs)
    roles = Counter(r for _, ys in seqs for r in ys)
    print("documents by producer: " + ", ".join(f"{p} {n}" for p, n in sorted(by_producer.items())))
    print("segments by role: " + ", ".join(f"{r} {n}" for r, n in roles.most_common()))
    t1 = time.monotonic()
    train(seqs, args.out)
    print(f"sequences {t1 - t0:.1f} s, fitting {time.monotonic() - t1:.1f} s")
    size = args.out.stat().st_size
    print(f"train reader: {len(docs)} documents, {sum(roles.values())} segments, model {size / 1024:.0f} KiB, "
          f"{time.monotonic() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
