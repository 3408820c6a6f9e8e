"""The hostile-corpus table for the closing note: each case through the real command line
(``python -m mlresume_gui convert FILE --format FMT [-o OUT]``) as its own process: exit code,
wall time, peak memory (the largest of the command and its reader child, from ``wait4``) and
the message on stderr. Cases: the committed corpus, the big files, the files built at run time
(odd names, huge JSON) and the conversions to odd or unwritable outputs.

    python scripts/hostile_report.py [--markdown] [--only REGEX]
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import hostile_second_round  # noqa: E402
import make_hostile_corpus  # noqa: E402

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
TIME_LIMIT, MEMORY_LIMIT = 10.0, 1024 * 1024 * 1024


@dataclass
class Case:
    """One conversion: the input, the output (None: stdout; "stdout:PATH": stdout into PATH)
    and what must happen."""

    name: str
    path: Path
    expect: str
    fmt: str = "text"
    output: str | None = None
    code: int | None = None
    note: str = ""
    stdout: str = ""


@dataclass
class Outcome:
    code: int
    seconds: float
    peak: int
    stdout: str
    stderr: str


def run_case(case: Case) -> Outcome:
    """Run the conversion as its own process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    cmd = [sys.executable, "-m", "mlresume_gui", "convert", os.fsencode(case.path), "--format", case.fmt]
    target = None
    if case.output and case.output.startswith("stdout:"):
        target = case.output.split(":", 1)[1]
    elif case.output:
        cmd += ["-o", os.fsencode(case.output)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sink = open(target, "wb") if target else out  # noqa: SIM115 (closed below)
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=sink, stderr=err, stdin=subprocess.DEVNULL, cwd=ROOT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if target:
            sink.close()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return Outcome(proc.returncode, elapsed, peak, stdout, stderr)


def judge(case: Case, outcome: Outcome) -> tuple[bool, str]:
    """(handled as expected, the message to show)."""
    lines = outcome.stderr.splitlines()
    well_formed = outcome.stderr.endswith("\n") or not outcome.stderr
    well_formed = well_formed and all(ln.startswith("mlresume: ") for ln in lines)
    well_formed = well_formed and "Traceback" not in outcome.stderr
    message = "; ".join(ln.removeprefix("mlresume: ") for ln in lines) or "ok"
    for shown in (str(case.path), case.output or ""):
        message = message.replace(f"{_escaped(shown)}: ", "") if shown else message
    fast = outcome.seconds < TIME_LIMIT and outcome.peak < MEMORY_LIMIT
    if outcome.code == 0 and (case.code == 0 or re.search(case.expect, "ok")):
        ok = well_formed and (not case.note or any(re.search(case.note, ln) for ln in lines))
        if case.stdout:
            ok = ok and re.search(case.stdout, outcome.stdout, re.IGNORECASE) is not None
        return ok and fast, message
    want = 3 if case.code is None else case.code
    ok = outcome.code == want and len(lines) == 1 and well_formed and re.search(case.expect, lines[0])
    return bool(ok) and fast, message


def _escaped(text: str) -> str:
    from mlresume_gui.formats.errors import one_line

    return one_line(text)


def all_cases(tmp: Path) -> list[Case]:
    """Every case: committed files, big files and run-time files, then the output cases."""
    manifest = json.loads((HOSTILE / "manifest.json").read_text("utf-8"))
    cases = [Case(name, HOSTILE / name, e["expect"], note=e.get("note", ""), stdout=e.get("stdout", ""))
             for name, e in sorted(manifest.items())]
    large = make_hostile_corpus.build_large(tmp / "large")
    cases += [Case(name, tmp / "large" / name, e["expect"]) for name, e in large.items()]
    runtime = hostile_second_round.runtime(tmp / "odd")
    cases += [Case(name, tmp / "odd" / name, e["expect"]) for name, e in runtime.items()]
    outdir = tmp / "out"
    outdir.mkdir()
    for name, source, fmt, output, code, expect in hostile_second_round.OUTPUT_CASES:
        out = output.replace("{dir}", str(outdir)) if output else None
        cases.append(Case(name, HOSTILE / source, "ok" if code == 0 else expect, fmt=fmt, output=out,
                          code=code, note=expect if code == 0 else ""))
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--only", metavar="REGEX", help="run only the cases whose name matches")
    args = parser.parse_args()
    failures = 0
    worst_t = worst_m = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        cases = all_cases(Path(tmp))
        if args.only:
            cases = [c for c in cases if re.search(args.only, c.name)]
        if args.markdown:
            print("| case | format | exit | time (s) | peak memory (MB) | message |\n|---|---|---|---|---|---|")
        for case in cases:
            outcome = run_case(case)
            ok, message = judge(case, outcome)
            failures += not ok
            worst_t, worst_m = max(worst_t, outcome.seconds), max(worst_m, outcome.peak)
            mark = "" if ok else "  <-- UNEXPECTED"
            name = _escaped(case.name)
            if args.markdown:
                print(f"| {name} | {case.fmt} | {outcome.code} | {outcome.seconds:.2f} | "
                      f"{outcome.peak / 1e6:.0f} | {message.replace('|', '/')}{mark} |")
            else:
                print(f"{name[:34]:34s} {case.fmt:11s} {outcome.code:3d} {outcome.seconds:6.2f} s "
                      f"{outcome.peak / 1e6:6.0f} MB  {message}{mark}")
    print(f"hostile corpus: {len(cases)} cases, {failures} unexpected; slowest {worst_t:.2f} s "
          f"(limit {TIME_LIMIT:g} s, command start-up included), peak {worst_m / 1e6:.0f} MB (limit 1024 MB)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
