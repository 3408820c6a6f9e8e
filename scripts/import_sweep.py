"""Score the importers on resumes in random layouts that are not among the fixtures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/import_sweep.py [--seed N] [--count N]
        [--producers qt,docx,text,markdown,lo-docx,lo-odt,lo-html-docx] [--keep DIR]

Each resume is a new invented person (scripts/fixtures/people.py) rendered with a random mix of the
fixture styles (columns, headings, bullets, date formats, entry layouts, contacts, citations,
skills) by a random producer, then imported and scored field by field as fixture_accuracy.py does.
A check against over-fitting the fixtures: nothing here is committed or used by the tests. The
LibreOffice producers need ``soffice``.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts"), str(ROOT / "scripts" / "fixtures")]

import fixture_accuracy as import_accuracy  # noqa: E402
import make_all  # noqa: E402
from render import Style  # noqa: E402


def random_style(rng: random.Random, producer: str) -> Style:
    """A random combination of the fixture styles that ``producer`` can render."""
    flat = producer in ("text", "markdown")
    entries = ["table", "oneline", "twoline", "at", "titlerow"]
    entries += ["tabs"] if producer in ("docx", "lo-docx") else []
    entries += ["h3"] if producer == "markdown" else []
    bullets = ["•", "▪", "–", "*", "‣", "○", "num"] + ([] if producer == "text" else ["list"])
    return Style(
        columns="one" if flat else rng.choice(["one", "sidebar-left", "sidebar-right", "two"]),
        heading=rng.choice(["caps", "title", "smallcaps", "bold"]),
        bullet=rng.choice(bullets),
        dates=rng.choice(["mon", "year", "numeric", "full", "iso"]),
        entry=rng.choice(entries),
        contacts=rng.choice(["line", "icons", "stack"] + (["textbox"] if producer == "docx" else [])),
        pubs=rng.choice(["plain", "quoted", "numbered"]),
        skills=rng.choice(["colon", "tab"]),
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--producers", default="qt,docx,text,markdown")
    ap.add_argument("--keep", type=Path, help="write the generated files here instead of a temporary folder")
    args = ap.parse_args()
    from mlresume_gui.formats.registry import read_document

    rng = random.Random(args.seed)
    producers = args.producers.split(",")
    scores: list[float] = []
    with tempfile.TemporaryDirectory() as td:
        make_all.OUT = args.keep or Path(td)
        make_all.OUT.mkdir(parents=True, exist_ok=True)
        for i in range(args.count):
            producer = rng.choice(producers)
            style = random_style(rng, producer)
            person = (10_000 + args.seed * 1_000 + i, rng.choice(["research", "infra", "applied"]),
                      rng.choice(["student", "junior", "mid", "senior"]))
            fid = f"sweep{args.seed}_{i}"
            path, spec = make_all.make(fid, producer, person, style, {}, Path(td))
            score, flat = import_accuracy.score(spec, read_document(path, isolate=False))
            scores.append(score)
            changed = {k: v for k, v in dataclasses.asdict(style).items() if v != getattr(Style(), k)}
            weak = " ".join(f"{k}={v:.2f}" for k, v in flat.items() if v < 1)
            print(f"{fid:14s} {producer:13s} {score:.3f}  {changed}  {weak}")
    print(f"\nresumes {len(scores)}  worst {min(scores):.3f}  overall {sum(scores) / len(scores):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
