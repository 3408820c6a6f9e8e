"""Score the importers field by field on every fixture under tests/fixtures/import/.

    .venv/bin/python scripts/fixture_accuracy.py [--verbose]

Fields: name, email, phone, links; per experience entry company, title, start, end, bullet recall
and precision; per education entry institution, degree, field, dates; skills (category and item
pairs); per publication title, authors, venue, year. A fixture's score is the mean over its fields;
the overall figure is the mean over fixtures. Prints a table by fixture and layout.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "import"
sys.path.insert(0, str(ROOT))

from mlresume_gui.model import Resume  # noqa: E402
from mlresume_gui.model.codec import to_dict  # noqa: E402

TARGET_OVERALL, TARGET_MIN = 0.95, 0.85


def norm(value: Any) -> str:
    """Text compared loosely: case, accents, ligatures, dashes, spaces and edge punctuation."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = re.sub(r"[‐-―−]", "-", text)
    text = re.sub(r"[“”\"']", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .,;:|")


def norm_url(url: str) -> str:
    return re.sub(r"^(?:[a-z]+://)?(?:www\.)?", "", norm(url)).rstrip("/")


def digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def _eq(a: Any, b: Any) -> float:
    return 1.0 if norm(a) == norm(b) else 0.0


def _pairs(expected: list[dict], got: list[dict], key: str) -> list[tuple[dict, dict | None]]:
    """Match expected entries to imported ones by the similarity of ``key`` (in order when equal)."""
    free = list(range(len(got)))
    out = []
    for e in expected:
        best, best_r = None, 0.5
        for i in free:
            r = difflib.SequenceMatcher(None, norm(e.get(key)), norm(got[i].get(key))).ratio()
            if r > best_r:
                best, best_r = i, r
        if best is not None:
            free.remove(best)
            out.append((e, got[best]))
        else:
            out.append((e, None))
    return out


def score(expected: dict, resume: Resume) -> tuple[float, dict[str, float]]:
    """(fixture score, per-field scores) of an imported resume against its expected content."""
    got = to_dict(resume)
    fields: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        fields.setdefault(name, []).append(value)

    eb, gb = expected["basics"], got.get("basics", {})
    add("name", _eq(eb["name"], gb.get("name")))
    add("email", _eq(eb["email"], gb.get("email")))
    add("phone", 1.0 if digits(eb["phone"]) == digits(gb.get("phone", "")) else 0.0)
    have = {norm_url(p.get("url", "")) for p in gb.get("profiles", [])} | {norm_url(gb.get("url", ""))}
    want = [norm_url(p["url"]) for p in eb.get("profiles", [])] + ([norm_url(eb["url"])] if eb.get("url") else [])
    for u in want:
        add("links", 1.0 if u in have else 0.0)
    for e, g in _pairs(expected.get("experience", []), got.get("experience", []), "company"):
        g = g or {}
        for k in ("company", "title", "start", "end"):
            add(f"experience.{k}", _eq(e.get(k), g.get(k)))
        want_b = [norm(b) for b in e["bullets"]]
        got_b = [norm(b["text"]) for b in g.get("bullets", [])]
        add("experience.bullet_recall", sum(b in got_b for b in want_b) / len(want_b) if want_b else 1.0)
        add("experience.bullet_precision", sum(b in want_b for b in got_b) / len(got_b) if got_b else 0.0)
    for e, g in _pairs(expected.get("education", []), got.get("education", []), "institution"):
        g = g or {}
        for k in ("institution", "degree", "field", "start", "end"):
            add(f"education.{k}", _eq(e.get(k), g.get(k)))
    want_s = {(norm(s["category"]), norm(i)) for s in expected.get("skills", []) for i in s["items"]}
    got_s = {(norm(s.get("category")), norm(i)) for s in got.get("skills", []) for i in s.get("items", [])}
    if want_s:
        add("skills", len(want_s & got_s) / len(want_s))
        add("skills.precision", len(want_s & got_s) / len(got_s) if got_s else 0.0)
    for e, g in _pairs(expected.get("publications", []), got.get("publications", []), "title"):
        g = g or {}
        add("publications.title", _eq(e["title"], g.get("title")))
        add("publications.authors", 1.0 if [norm(a) for a in e["authors"]] == [norm(a) for a in g.get("authors", [])] else 0.0)
        add("publications.venue", _eq(e["venue"], g.get("venue")))
        add("publications.year", _eq(e["date"][:4], (g.get("date") or "")[:4]))
    flat = {k: sum(v) / len(v) for k, v in fields.items()}
    units = [x for v in fields.values() for x in v]
    return sum(units) / len(units), flat


def fixtures() -> list[tuple[str, Path, dict]]:
    """(id, source file, expected) for every fixture that has an expected JSON."""
    out = []
    for exp in sorted(FIXTURES.glob("*.expected.json")):
        data = json.loads(exp.read_text(encoding="utf-8"))
        fid = exp.name.removesuffix(".expected.json")
        out.append((fid, FIXTURES / data["_fixture"]["file"], data))
    return out


def run(verbose: bool = False) -> tuple[float, list[tuple[str, str, float, dict[str, float]]]]:
    from mlresume_gui.formats.registry import read_document

    rows = []
    for fid, path, expected in fixtures():
        resume = read_document(path, isolate=False)
        s, flat = score(expected, resume)
        rows.append((fid, expected["_fixture"]["layout"], s, flat))
    overall = sum(r[2] for r in rows) / len(rows) if rows else 0.0
    return overall, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--verbose", "-v", action="store_true", help="print the fields below 1.0")
    args = ap.parse_args()
    overall, rows = run()
    print(f"{'fixture':28s} {'layout':34s} score")
    for fid, layout, s, flat in rows:
        print(f"{fid:28s} {layout:34s} {s:.3f}")
        if args.verbose:
            for k, v in flat.items():
                if v < 1.0:
                    print(f"    {k:32s} {v:.2f}")
    by_field: dict[str, list[float]] = {}
    for *_, flat in rows:
        for k, v in flat.items():
            by_field.setdefault(k, []).append(v)
    print()
    for k, v in sorted(by_field.items()):
        print(f"  {k:34s} {sum(v) / len(v):.3f}")
    worst = min((r[2] for r in rows), default=0.0)
    print(f"\nfixtures {len(rows)}  worst {worst:.3f}  overall {overall:.3f} "
          f"(target >= {TARGET_OVERALL}, none below {TARGET_MIN})")
    return 0 if overall >= TARGET_OVERALL and worst >= TARGET_MIN else 1


if __name__ == "__main__":
    raise SystemExit(main())
