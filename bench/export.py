"""Export benchmark: DOCX and PDF of the bundled sample resume (about 2 pages). Budget: 300 ms each.

Prints cold (first call in the process: imports, Qt start-up, font registration) and warm
(median of repeated calls) figures, wall clock and CPU time of this process (on a shared, loaded
machine the CPU time is the fairer figure); the last line is the headline against the budget.
Exports carry the embedded MLResume data (the default).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGET_MS = 300.0
RUNS = 15


def _ms(fn, clock=time.perf_counter) -> float:
    t0 = clock()
    fn()
    return (clock() - t0) * 1000


def main() -> int:
    from mlresume_gui.formats.native import load
    from mlresume_gui.resources import sample_resume

    resume = load(sample_resume())
    results: dict[str, float] = {}
    cpus: dict[str, float] = {}
    for fmt in ("docx", "pdf"):
        t0 = time.perf_counter()
        module = __import__(f"mlresume_gui.formats.writing.{ {'docx': 'word'}.get(fmt, fmt)}", fromlist=["dump"])
        import_ms = (time.perf_counter() - t0) * 1000
        data: list[bytes] = []
        cold = _ms(lambda m=module, out=data: out.append(m.dump(resume)))
        warm = [_ms(lambda m=module: m.dump(resume)) for _ in range(RUNS)]
        cpu = statistics.median(_ms(lambda m=module: m.dump(resume), time.process_time) for _ in range(RUNS))
        pages = ""
        if fmt == "pdf":
            info = subprocess.run(["pdfinfo", "-"], input=data[0], capture_output=True)
            pages = next((ln.split()[-1] for ln in info.stdout.decode().splitlines()
                          if ln.startswith("Pages:")), "?")
            pages = f", {pages} pages"
        results[fmt] = statistics.median(warm)
        cpus[fmt] = cpu
        print(f"{fmt}: import {import_ms:.0f} ms, cold export {cold:.0f} ms, warm median "
              f"{statistics.median(warm):.1f} ms (min {min(warm):.1f}, max {max(warm):.1f}) over "
              f"{RUNS} runs, CPU median {cpu:.1f} ms, {len(data[0]) / 1024:.0f} KiB{pages}")
    worst = max(results.values())
    verdict = "within" if worst <= BUDGET_MS else "OVER"
    print(f"export warm median: docx {results['docx']:.0f} ms, pdf {results['pdf']:.0f} ms "
          f"(CPU docx {cpus['docx']:.0f} ms, pdf {cpus['pdf']:.0f} ms); budget {BUDGET_MS:.0f} ms each: {verdict} budget")
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
