"""A longer fuzz run than CI's: mutate the valid PDF, DOCX, JSON Resume and .mlresume seeds many
times (bytes, and for JSON the structure: wrong types, repeated lists, odd text, any encoding) and
read each result through the real reading path (sniffing, limits, sandbox). Prints, per format, how inputs
were answered, which unexpected exceptions the importers raised (each became a "damaged file"
message, but is worth a look), the slowest read and the largest child memory.

    python scripts/fuzz.py [--iterations N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from fuzz_mutations import mutate_bytes, mutate_docx, mutate_json  # noqa: E402

from mlresume_gui.formats import sandbox  # noqa: E402
from mlresume_gui.formats.errors import ReadError  # noqa: E402
from mlresume_gui.formats.registry import read_document  # noqa: E402

SEEDS = ROOT / "tests" / "fixtures" / "hostile"
SAMPLE = ROOT / "resources" / "sample" / "sample.mlresume"
CASES = (("pdf", SEEDS / "valid.pdf", mutate_bytes), ("docx", SEEDS / "valid.docx", mutate_docx),
         ("docx-bytes", SEEDS / "valid.docx", mutate_bytes), ("json", SEEDS / "valid.json", mutate_bytes),
         ("json-shape", SEEDS / "valid.json", mutate_json), ("mlresume", SAMPLE, mutate_bytes),
         ("mlres-shape", SAMPLE, mutate_json))


def _bucket(message: str) -> str:
    for key in ("took too long", "too large to read", "crashed", "could not be passed back",
                "not a PDF", "not a Word", "not a JSON", "damaged", "invalid JSON", "not a valid",
                "invalid field", "not an MLResume", "written by a newer", "more than",
                "not UTF-8", "no text", "scanned", "password"):
        if key in message:
            return key
    return message[:40]


def run(iterations: int, seed: int) -> int:
    rng = random.Random(seed)
    worst_time = worst_mem = 0.0
    total = problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        for kind, seed_name, mutate in CASES:
            outcomes: Counter[str] = Counter()
            bugs: Counter[str] = Counter()
            base = seed_name.read_bytes()
            ext = seed_name.suffix
            slowest = 0.0
            peak = 0
            for i in range(iterations):
                path = Path(tmp) / f"f{i}{ext}"
                path.write_bytes(mutate(base, rng, rng.randint(1, 8)))
                sandbox.last_stats = sandbox.RunStats()
                start = time.perf_counter()
                try:
                    read_document(path)
                    outcomes["read"] += 1
                except sandbox.ReaderFailed as exc:
                    outcomes["importer exception"] += 1
                    bugs[exc.reason.rsplit("(", 1)[-1].rstrip(")")] += 1
                except ReadError as exc:
                    outcomes[_bucket(exc.reason)] += 1
                    problems += "took too long" in exc.reason or "crashed" in exc.reason
                except Exception as exc:  # would be a guard failure: reported loudly
                    outcomes[f"ESCAPED {type(exc).__name__}"] += 1
                    problems += 1
                elapsed = time.perf_counter() - start
                slowest = max(slowest, elapsed)
                peak = max(peak, sandbox.last_stats.peak_bytes)
                path.unlink()
            total += iterations
            worst_time, worst_mem = max(worst_time, slowest), max(worst_mem, peak)
            print(f"{kind:10s} {iterations} inputs; slowest {slowest:.2f} s; peak child memory "
                  f"{peak / 1e6:.0f} MB")
            for name, count in outcomes.most_common():
                print(f"    {count:5d}  {name}")
            for name, count in bugs.most_common():
                print(f"    importer raised {name}: {count}x (shown as a damaged-file message)")
    print(f"fuzz: {total} mutated inputs, {problems} time-outs/crashes/escapes, slowest "
          f"{worst_time:.2f} s (answer limit 10 s), peak {worst_mem / 1e6:.0f} MB (limit 1024 MB)")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=300, help="inputs per format (default 300)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    return run(args.iterations, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
