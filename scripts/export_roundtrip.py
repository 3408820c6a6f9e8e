"""Round trips of MLResume's own exports: reopening (embedded data) and reading the text alone.

For every test resume (the bundled sample, tests/fixtures/roundtrip and tests/fixtures/jsonresume)
and every format and template, the export is
  1. reopened as MLResume reopens it (must be exact: the embedded data), and
  2. read with ``--text-only``, as an applicant tracking system would, and scored field by field
     with the import-development scorer (../shared/import-dev/score.py) against the resume itself.
Prints a table per document, the means per format, and last the headline line.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/export_roundtrip.py [-j 2]``
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# shared/ lies beside the checkout (or beside the folder of worktrees)
SCORER = next((p / "shared" / "import-dev" / "score.py" for p in (ROOT.parent, ROOT.parent.parent)
               if (p / "shared" / "import-dev" / "score.py").is_file()),
              ROOT.parent / "shared" / "import-dev" / "score.py")
FORMATS = ("docx", "pdf")
TEMPLATES = ("classic", "compact")


def resumes() -> dict[str, object]:
    from mlresume_gui.formats import jsonresume, native
    from mlresume_gui.resources import sample_resume

    found = {"sample": native.load(sample_resume())}
    for folder in ("roundtrip", "jsonresume"):
        for path in sorted((ROOT / "tests" / "fixtures" / folder).glob("*.json")):
            found[path.stem] = jsonresume.loads(path.read_text(encoding="utf-8"))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--scorer", default=str(SCORER), help="path of import-dev's score.py")
    ap.add_argument("--out", help="keep the exports, truths and the scorer's detailed results "
                                  "(results.json) in this folder (default: a temporary one)")
    ap.add_argument("--only", help="only documents whose name contains this text")
    args = ap.parse_args()
    from mlresume_gui.formats import jsonresume
    from mlresume_gui.formats.registry import read_import, writer_for
    from mlresume_gui.formats.writing.pdf import ensure_gui_app
    from mlresume_gui.model.codec import to_dict

    ensure_gui_app()
    work = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="mlresume-roundtrip-"))
    (work / "docs").mkdir(parents=True, exist_ok=True)
    (work / "truth").mkdir(exist_ok=True)
    manifest, exact = [], {fmt: [0, 0] for fmt in FORMATS}
    for name, resume in resumes().items():
        if args.only and args.only not in name:
            continue
        truth = jsonresume.dumps(dataclasses.replace(resume, variants=[]))
        for fmt in FORMATS:
            for template in TEMPLATES:
                doc_id = f"{name}--{fmt}-{template}"
                path = work / "docs" / f"{doc_id}.{fmt}"
                path.write_bytes(writer_for(fmt).dump(resume, template=template))
                reopened = read_import(path, isolate=False)
                same = to_dict(reopened.resume) == to_dict(dataclasses.replace(resume, variants=[]))
                exact[fmt][0] += int(same and reopened.source == "embedded")
                exact[fmt][1] += 1
                if not same:
                    print(f"NOT EXACT: {doc_id}")
                (work / "truth" / f"{doc_id}.json").write_text(truth, encoding="utf-8")
                manifest.append({"id": doc_id, "file": f"docs/{doc_id}.{fmt}", "truth": f"truth/{doc_id}.json",
                                 "renderer": f"mlresume-{fmt}", "theme": template, "format": fmt,
                                 "pipeline": "mlresume export"})
    (work / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    for fmt, (ok, total) in exact.items():
        print(f"reopen {fmt}: {ok}/{total} exact from the embedded data")
    if not Path(args.scorer).is_file():
        print(f"text-only: scorer not found at {args.scorer}")
        return 1
    cmd = f"{sys.executable} -m mlresume_gui convert {{file}} --format json-resume --text-only"
    run = subprocess.run([sys.executable, args.scorer, "--manifest", str(work / "manifest.json"),
                          "--cmd", cmd, "-j", str(args.jobs),
                          "--json", str(work / "results.json")], capture_output=True, text=True)
    lines = run.stdout.strip().splitlines()
    print("\n".join(lines[:-1]))
    headline = lines[-1] if lines else "no output"
    by_format = next((ln for ln in lines if ln.startswith("by format:")), "")
    reopen = " ".join(f"{fmt} {ok}/{total}" for fmt, (ok, total) in exact.items())
    print(f"export round trip: reopen exact {reopen}; text-only {by_format.removeprefix('by format: ')}; "
          f"{headline.replace('import accuracy', 'text-only accuracy')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
