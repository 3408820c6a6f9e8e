"""How well the reader reads resumes it has not seen: three tables, per producer and per field.

    .venv/bin/python scripts/import_accuracy.py [--skip-dev] [--skip-lopo] [-j 2]

1. ../shared/import-dev/: its own score.py runs the importer command on every document.
2. Our corpus (tests/fixtures/corpus/) read by the shipped model (which was trained on it).
3. Leave-one-producer-out: for every producer P of our corpus, a model trained without P reads
   P's documents; this is the figure that says how the reader does on a producer it never saw.
Fields and matching are score.py's. The last line is the headline.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import multiprocessing
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reader_corpus import IMPORT_DEV, Doc, corpus_docs, layout, training_docs

from mlresume_gui.formats.jsonresume import to_json_resume
from mlresume_gui.formats.reading.labelling.model import Labeller, shipped
from mlresume_gui.formats.reading.labelling.training import sequence, train
from mlresume_gui.formats.reading.pipeline import read_document_layout

GROUPS = {"basics": "basics.", "work": "work.", "edu": "education.", "skills": "skills.", "pubs": "publications."}


@functools.cache
def _score_module():
    spec = importlib.util.spec_from_file_location("import_dev_score", IMPORT_DEV / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_doc(doc: Doc, labeller: Labeller) -> dict[str, float]:
    """score.py's field scores of one document read with ``labeller``."""
    result = read_document_layout(layout(doc), labeller)
    fields, _ = _score_module().score_doc(doc.truth_json, to_json_resume(result.resume))
    return fields


def table(title: str, scored: list[tuple[Doc, dict[str, float]]]) -> float:
    """Print per-producer and per-field means; return the mean document score."""
    by_producer: dict[str, list[float]] = defaultdict(list)
    by_field: dict[str, list[float]] = defaultdict(list)
    for doc, fields in scored:
        by_producer[doc.producer].append(sum(fields.values()) / len(fields) if fields else 0.0)
        for k, v in fields.items():
            by_field[k].append(v)
    docs = [s for v in by_producer.values() for s in v]
    mean = sum(docs) / len(docs) if docs else 0.0
    print(f"\n== {title}: {mean:.3f} over {len(docs)} documents (lowest {min(docs, default=0):.3f})")
    for p, v in sorted(by_producer.items()):
        print(f"  {p:<28} {sum(v) / len(v):.3f}  (n={len(v)}, lowest {min(v):.3f})")
    print("  by field: " + ", ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in sorted(by_field.items())))
    return mean


def import_dev(jobs: int) -> tuple[float, float]:
    """Run score.py; print its summary; return (mean, lowest document)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dev.json"
        done = subprocess.run([sys.executable, str(IMPORT_DEV / "score.py"), "-j", str(jobs), "--json", str(out)],
                              capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
        lines = done.stdout.strip().splitlines()
        print("\n== import-dev (score.py)")
        for ln in lines:
            if ln.startswith(("by renderer", "by format", "by field", "import accuracy")):
                print("  " + ln)
        data = json.loads(out.read_text()) if out.is_file() else {}
    results = data.get("results", data) if isinstance(data, dict) else data
    scores = [r["score"] for r in results] if isinstance(results, list) else []
    m = re.search(r"import accuracy: ([\d.]+)", done.stdout)
    return (float(m.group(1)) if m else 0.0), min(scores, default=0.0)


_SHARED: dict[str, object] = {}  # what forked workers inherit: the training documents and their sequences


def _held_out(producer: str) -> list[tuple[int, dict[str, float]]]:
    """Train without one producer and score its corpus documents (in a forked worker)."""
    docs, seqs, corpus = _SHARED["docs"], _SHARED["seqs"], _SHARED["corpus"]
    kept = [q for d, q in zip(docs, seqs, strict=True) if d.producer != producer]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.crfsuite"
        train(kept, path)
        labeller = Labeller(path)
        return [(i, score_doc(d, labeller)) for i, d in enumerate(corpus) if d.producer == producer]


def lopo(jobs: int) -> list[tuple[Doc, dict[str, float]]]:
    """Every corpus document read by a model trained without its producer."""
    docs = training_docs()
    corpus = corpus_docs()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        seqs = list(pool.map(_sequence, docs, chunksize=4))
    _SHARED.update(docs=docs, seqs=seqs, corpus=corpus)
    producers = sorted({d.producer for d in corpus})
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        done = [r for part in pool.map(_held_out, producers) for r in part]
    return [(corpus[i], fields) for i, fields in sorted(done)]


def _sequence(doc: Doc):
    return sequence(layout(doc), doc.truth)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--skip-dev", action="store_true")
    ap.add_argument("--skip-lopo", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    dev = low = None
    if not args.skip_dev:
        dev, low = import_dev(args.jobs)
    own = table("own corpus, shipped model (trained on it)", [(d, score_doc(d, shipped())) for d in corpus_docs()])
    held = table("leave-one-producer-out", lopo(args.jobs)) if not args.skip_lopo else None
    parts = []
    if dev is not None:
        parts.append(f"import-dev {dev:.3f} (lowest {low:.3f})")
    parts.append(f"own corpus {own:.3f}")
    if held is not None:
        parts.append(f"leave-one-producer-out {held:.3f}")
    print("\nimport accuracy: " + ", ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
