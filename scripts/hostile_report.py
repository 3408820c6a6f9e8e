"""The hostile-corpus table for the closing note: each file through the real command line
(``python -m mlresume_gui convert FILE --format text``) as its own process: exit code, wall time,
peak memory (the largest of the command and its reader child) and the message on stderr.

    python scripts/hostile_report.py [--markdown]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import make_hostile_corpus  # noqa: E402

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
TIME_LIMIT, MEMORY_LIMIT = 10.0, 1024 * 1024 * 1024


def run_one(path: Path) -> tuple[int, float, int, str]:
    """(exit code, seconds, peak bytes, stderr) of one conversion."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mlresume_gui", "convert", str(path), "--format", "text"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return proc.returncode, elapsed, peak, stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    manifest = json.loads((HOSTILE / "manifest.json").read_text("utf-8"))
    rows = [(HOSTILE / name, entry) for name, entry in sorted(manifest.items())]
    failures = 0
    worst_t = worst_m = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        large = make_hostile_corpus.build_large(Path(tmp))
        rows += [(Path(tmp) / name, entry) for name, entry in large.items()]
        if args.markdown:
            print("| file | exit | time (s) | peak memory (MB) | message |\n|---|---|---|---|---|")
        for path, entry in rows:
            code, seconds, peak, stderr = run_one(path)
            lines = stderr.strip().splitlines()
            message = lines[0].split(f"{path}: ", 1)[-1] if lines else "ok"
            ok = (code == 0 and re.search(entry["expect"], "ok")) or (
                code == 3 and len(lines) == 1 and "Traceback" not in stderr and re.search(entry["expect"], message))
            ok = bool(ok) and seconds < TIME_LIMIT and peak < MEMORY_LIMIT
            failures += not ok
            worst_t, worst_m = max(worst_t, seconds), max(worst_m, peak)
            mark = "" if ok else "  <-- UNEXPECTED"
            if args.markdown:
                print(f"| {path.name} | {code} | {seconds:.2f} | {peak / 1e6:.0f} | {message}{mark} |")
            else:
                print(f"{path.name:30s} {code:3d} {seconds:6.2f} s {peak / 1e6:6.0f} MB  {message}{mark}")
    print(f"hostile corpus: {len(rows)} files, {failures} unexpected; slowest {worst_t:.2f} s "
          f"(limit {TIME_LIMIT:g} s, command start-up included), peak {worst_m / 1e6:.0f} MB (limit 1024 MB)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
