"""Rebuild the import corpus (tests/fixtures/corpus) with third-party producers.

    /opt/corpus-producers/venv/bin/python scripts/corpus/build.py [--producer P] [--theme T]

Seeded: the same people go to the same layouts on every run.  Each document is
rendered, its text extracted, and its truth cut to what that text shows (truth.py).
With --producer only that producer's documents are rebuilt; the manifest keeps the
others.  ``report.json`` beside the manifest records tool versions, documents and the
fields each producer dropped.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import random
import shutil
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import extract  # noqa: E402
import people as P  # noqa: E402
import truth as T  # noqa: E402
from producers import registry  # noqa: E402

OUT = HERE.parents[1] / "tests" / "fixtures" / "corpus"
SEED = 12


def assign(layout, everyone: list[dict]) -> list[dict]:
    rng = random.Random(f"{SEED}:{layout.renderer}:{layout.theme}")
    return rng.sample(everyone, k=min(layout.people, len(everyone)))


def dump(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def build_layout(layout, folks: list[dict], out: Path) -> tuple[list[dict], Counter, list[str]]:
    entries, drops, failures = [], Counter(), []
    for person in folks:
        pid = P.person_id(person)
        doc_id = f"{pid}--{layout.renderer}-{layout.theme}"
        rel = f"docs/{doc_id}.{layout.fmt}"
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
            try:
                layout.render(person, target, Path(tmp))
                text, links = extract.text_and_links(target)
            except Exception as e:  # a producer failing on one person must not stop the build
                failures.append(f"{doc_id}: {type(e).__name__}: {str(e)[-300:]}")
                if "--debug" in sys.argv:
                    traceback.print_exc()
                target.unlink(missing_ok=True)
                continue
        d = Counter()
        truth = T.cut(person, T.Printed(text, links), d)
        drops.update(d)
        if truth is None:
            failures.append(f"{doc_id}: the name is not in the document's text")
            target.unlink(missing_ok=True)
            continue
        dump(out / "truth" / f"{doc_id}.json", truth)
        dump(out / "source" / f"{pid}.json", person)
        entries.append({"id": doc_id, "file": rel, "truth": f"truth/{doc_id}.json",
                        "renderer": layout.renderer, "theme": layout.theme, "format": layout.fmt,
                        "pipeline": layout.pipeline, "source": f"source/{pid}.json"})
        print(f"  {doc_id}: {sum(d.values())} fields dropped", flush=True)
    return entries, drops, failures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--producer", help="rebuild only this renderer")
    ap.add_argument("--theme", help="rebuild only this theme (with --producer)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--debug", action="store_true")
    a = ap.parse_args()
    out = Path(a.out)
    everyone = P.people(P.SEED)
    layouts = [lay for lay in registry.layouts()
               if (not a.producer or lay.renderer == a.producer) and (not a.theme or lay.theme == a.theme)]
    if not layouts:
        raise SystemExit(f"no layout matches {a.producer!r} {a.theme!r}")
    mpath, rpath = out / "manifest.json", out / "report.json"
    rebuilt = {(lay.renderer, lay.theme) for lay in layouts}
    new_entries, new_layouts = [], {}
    for lay in layouts:
        print(f"{lay.renderer} / {lay.theme}", flush=True)
        entries, drops, failures = build_layout(lay, assign(lay, everyone), out)
        new_entries += entries
        for f in failures:
            print(f"  FAILED {f}", flush=True)
        new_layouts[f"{lay.renderer}/{lay.theme}"] = {
            "documents": len(entries), "failures": failures, "dropped": {k: v for k, v in sorted(drops.items()) if v}}
    out.mkdir(parents=True, exist_ok=True)
    with open(out / ".build.lock", "w") as lock:  # builds of different producers may run at once
        fcntl.flock(lock, fcntl.LOCK_EX)
        manifest = json.loads(mpath.read_text()) if mpath.exists() else []
        report = json.loads(rpath.read_text()) if rpath.exists() else {"producers": {}, "layouts": {}}
        keep_files = {e["file"] for e in new_entries}
        for e in manifest:
            if (e["renderer"], e["theme"]) in rebuilt and e["file"] not in keep_files:
                for f in (e["file"], e["truth"]):
                    (out / f).unlink(missing_ok=True)
        manifest = [e for e in manifest if (e["renderer"], e["theme"]) not in rebuilt] + new_entries
        report["layouts"].update(new_layouts)
        for name, version in registry.versions().items():
            if any(lay.renderer == name for lay in layouts):
                report["producers"][name] = version
        manifest.sort(key=lambda e: (e["renderer"], e["theme"], e["id"]))
        used = {e["source"] for e in manifest}
        for src in (out / "source").glob("*.json"):
            if f"source/{src.name}" not in used:
                src.unlink()
        dump(mpath, manifest)
        dump(rpath, report)
    print(f"corpus: {len(manifest)} documents, {len({(e['renderer'], e['theme']) for e in manifest})} layouts, "
          f"{len({e['renderer'] for e in manifest})} renderers")

if __name__ == "__main__":
    shutil.which("pdftotext") or sys.exit("pdftotext (poppler-utils) is needed")
    main()
