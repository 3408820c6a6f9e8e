"""Job-description match against the labelled postings of tests/fixtures/jd (labels.toml).

Prints, for the tuning part, the held-out part and all: required-term recall and precision,
found/missing accuracy against the sample resume, archetype accuracy and boilerplate leaks,
then the terms that went wrong. Last line: the headline figures.
Run: .venv/bin/python scripts/match_eval.py [-v]
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mlresume_gui.formats.registry import read_document  # noqa: E402
from mlresume_gui.matching import analyse, match_resume, read_posting  # noqa: E402
from mlresume_gui.scoring.text import phrase_key  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "jd"
SAMPLE = ROOT / "resources" / "sample" / "sample.mlresume"


def evaluate(entries: list[dict], verbose: bool = False) -> dict[str, float]:
    resume = read_document(SAMPLE)
    tp = fp = fn = 0
    right = total = 0
    arch = leaks = 0
    for e in entries:
        result = match_resume(resume, analyse(read_posting(FIXTURES / e["file"])))
        pred_req = {t.term.casefold() for t in result.terms if t.required}
        gold_req = {t.casefold() for t in e["required"]}
        tp += len(pred_req & gold_req)
        fp += len(pred_req - gold_req)
        fn += len(gold_req - pred_req)
        found = {t.casefold() for t in e.get("found", [])}
        gold_all = gold_req | {t.casefold() for t in e["preferred"]}
        wrong_found = []
        for t in result.terms:
            if t.term.casefold() in gold_all:
                total += 1
                if t.found == (t.term.casefold() in found):
                    right += 1
                else:
                    wrong_found.append(f"{t.term}={'found' if t.found else 'missing'}")
        terms = [phrase_key(t.term) for t in result.terms]
        leaked = [b for b in e.get("boilerplate", []) if phrase_key(b) in terms]
        leaks += len(leaked)
        arch += result.archetype == e["archetype"]
        if verbose and (pred_req ^ gold_req or wrong_found or leaked or result.archetype != e["archetype"]):
            print(f"  {e['file']}: archetype {result.archetype} (want {e['archetype']})")
            if pred_req - gold_req:
                print(f"    extra required: {sorted(pred_req - gold_req)}")
            if gold_req - pred_req:
                got_pref = {t.term.casefold() for t in result.terms if not t.required}
                print(f"    missed required: {sorted(gold_req - pred_req)} (as preferred: {sorted((gold_req - pred_req) & got_pref)})")
            if wrong_found:
                print(f"    found/missing wrong: {wrong_found}")
            if leaked:
                print(f"    boilerplate as terms: {leaked}")
    return {"recall": tp / (tp + fn) if tp + fn else 1.0, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "found_accuracy": right / total if total else 1.0, "archetype": arch / len(entries) if entries else 1.0,
            "leaks": leaks, "postings": len(entries)}


def main() -> int:
    verbose = "-v" in sys.argv
    entries = tomllib.loads((FIXTURES / "labels.toml").read_text(encoding="utf-8"))["jd"]
    parts = {"tuning": [e for e in entries if not e.get("held_out")],
             "held-out": [e for e in entries if e.get("held_out")], "all": entries}
    figures = {}
    for name, part in parts.items():
        if verbose:
            print(f"{name}:")
        f = figures[name] = evaluate(part, verbose)
        print(f"{name:>9}: {f['postings']:>2} postings  required recall {f['recall']:.3f}  precision {f['precision']:.3f}  "
              f"found/missing accuracy {f['found_accuracy']:.3f}  archetype {f['archetype']:.3f}  boilerplate leaks {f['leaks']}")
    h, a = figures["held-out"], figures["all"]
    print(f"held-out recall {h['recall']:.3f} precision {h['precision']:.3f} found {h['found_accuracy']:.3f}; "
          f"all recall {a['recall']:.3f} precision {a['precision']:.3f} found {a['found_accuracy']:.3f} (bars 0.9, 0.9, 0.95)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
