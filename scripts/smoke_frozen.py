"""Smoke test of a frozen MLResume bundle: run the executable the way a user would.

    python scripts/smoke_frozen.py [EXECUTABLE]

EXECUTABLE defaults to this system's build output (dist/mlresume/mlresume, dist/mlresume/
mlresume.exe, or dist/MLResume.app/Contents/MacOS/mlresume). Only the standard library is used, so
any Python runs it, also on a CI runner without the project installed. Steps: --version; export the
bundled sample to DOCX and PDF; read PDF and DOCX files back (tests/fixtures/import files when
present, else the exported ones); score; open the window offscreen on the sample and quit after the
first paint (exit code 0); then the window's features inside the bundle (packaging/frozen_probe.py:
chart, preview, spelling, typing, collation in a file dialog, export and import; set
MLRESUME_PROBE_REPORT=file.json to keep its report of imported modules and mapped libraries).
Each step prints one line; the exit code is the number of failed steps.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "sample.mlresume"
FIXTURES = ROOT / "tests" / "fixtures" / "import"
TIMEOUT_S = 120


def default_executable() -> Path:
    """Where packaging/mlresume.spec puts the executable on this system."""
    if sys.platform == "darwin":
        return ROOT / "dist" / "MLResume.app" / "Contents" / "MacOS" / "mlresume"
    name = "mlresume.exe" if sys.platform == "win32" else "mlresume"
    return ROOT / "dist" / "mlresume" / name


class Smoke:
    """Runs the executable in a scratch folder with its own settings, and records step results."""

    def __init__(self, exe: Path, work: Path) -> None:
        self.exe, self.work, self.failures = exe, work, 0
        home = work / "home"
        home.mkdir()
        self.env = dict(os.environ)
        self.env.update(
            HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData"),
            LOCALAPPDATA=str(home / "LocalAppData"), XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(home / "runtime"), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
            PYTHONIOENCODING="utf-8",
        )
        (home / "runtime").mkdir(mode=0o700)
        self.env.pop("MLRESUME_RESOURCES", None)  # the bundle must find its own resources

    def run(self, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        env = {**self.env, **(extra_env or {})}
        return subprocess.run(
            [str(self.exe), *args], cwd=self.work, env=env, capture_output=True, timeout=TIMEOUT_S,
        )

    def step(self, name: str, check: Callable[[], str]) -> None:
        start = time.perf_counter()
        try:
            detail = check()
            print(f"ok    {name} ({time.perf_counter() - start:.1f} s){': ' + detail if detail else ''}")
        except Exception as exc:
            self.failures += 1
            print(f"FAIL  {name} ({time.perf_counter() - start:.1f} s): {exc}")

    def skip(self, name: str, why: str) -> None:
        print(f"skip  {name}: {why}")


def _ok(done: subprocess.CompletedProcess, what: str) -> str:
    """stdout of a run that must exit 0 and print no traceback."""
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0 or "Traceback" in err:
        tail = " | ".join((err or out).strip().splitlines()[-6:])
        raise AssertionError(f"{what} exited {done.returncode}: {tail}")
    return out


def _json(done: subprocess.CompletedProcess, what: str) -> dict:
    data = json.loads(_ok(done, what))
    if not isinstance(data, dict):
        raise AssertionError(f"{what} printed JSON that is not an object")
    return data


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def _fixture(suffix: str, exported: Path) -> Path:
    found = sorted(FIXTURES.glob(f"**/*{suffix}")) if FIXTURES.is_dir() else []
    return found[0] if found else exported


def smoke(exe: Path) -> int:
    """Run every step against ``exe``; returns the number of failed steps."""
    if not exe.is_file():
        print(f"smoke: no executable at {exe}; build it first (scripts/package.sh)", file=sys.stderr)
        return 1
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    name = str(sample.get("basics", {}).get("name", ""))
    with tempfile.TemporaryDirectory(prefix="mlresume-smoke-") as tmp:
        s = Smoke(exe, Path(tmp))
        docx, pdf = s.work / "sample.docx", s.work / "sample.pdf"

        def version() -> str:
            out = _ok(s.run("--version"), "--version").strip()
            if not out.startswith("mlresume ") or out.endswith("+source"):
                raise AssertionError(f"unexpected version line {out!r}")
            return out

        def export_docx() -> str:
            _ok(s.run("convert", str(SAMPLE), "--format", "docx", "-o", str(docx)), "convert to docx")
            with zipfile.ZipFile(docx) as z:
                body = z.read("word/document.xml").decode("utf-8")
            if name and name.split()[0] not in body:
                raise AssertionError("the exported DOCX does not contain the sample's name")
            return f"{docx.stat().st_size} bytes"

        def export_pdf() -> str:
            _ok(s.run("convert", str(SAMPLE), "--format", "pdf", "-o", str(pdf)), "convert to pdf")
            if not pdf.read_bytes().startswith(b"%PDF-"):
                raise AssertionError("the exported file is not a PDF")
            return f"{pdf.stat().st_size} bytes"

        def read_back(path: Path) -> Callable[[], str]:
            def check() -> str:
                data = _json(s.run("convert", str(path), "--format", "json-resume"), f"convert {path.name}")
                text = json.dumps(data, ensure_ascii=False)
                if path in (docx, pdf) and name and not _words(name) <= _words(text):
                    raise AssertionError(f"{path.name}: the sample's name was not read back")
                if len(text) < 200:
                    raise AssertionError(f"{path.name}: almost nothing was read ({len(text)} chars)")
                return f"{path.name} -> {len(text)} chars of JSON Resume"
            return check

        def score() -> str:
            report = _json(s.run("score", str(SAMPLE), "--format", "json"), "score")
            missing = {"target", "overall", "bullets"} - report.keys()
            if missing:
                raise AssertionError(f"score report lacks {sorted(missing)}")
            return f"overall {report['overall']}, {len(report['bullets'])} bullets"

        def window() -> str:
            done = s.run(str(SAMPLE), extra_env={"MLRESUME_EXIT_AFTER_SHOW": "1"})
            out = _ok(done, "the window")
            if "shown" not in out:
                raise AssertionError("the window exited without reporting its first paint")
            return "shown and closed, exit code 0"

        s.step("--version", version)
        s.step("export DOCX", export_docx)
        s.step("export PDF", export_pdf)
        for suffix, exported in ((".pdf", pdf), (".docx", docx)):
            src = _fixture(suffix, exported)
            s.step(f"convert {suffix[1:].upper()} ({src.name})", read_back(src))
            if src != exported:
                s.step(f"convert exported {suffix[1:].upper()}", read_back(exported))
        def features() -> str:
            report = s.work / "probe.json"
            done = s.run(str(SAMPLE), extra_env={"MLRESUME_FROZEN_PROBE": str(report)})
            if not report.is_file():
                _ok(done, "the feature probe")
                raise AssertionError("the feature probe wrote no report")
            data = json.loads(report.read_text(encoding="utf-8"))
            if keep := os.environ.get("MLRESUME_PROBE_REPORT"):
                Path(keep).write_text(json.dumps(data, indent=1), encoding="utf-8")
            failed = [f"{st['step']}: {st['detail']}" for st in data["steps"] if st["result"] != "ok"]
            if failed or done.returncode != 0:
                raise AssertionError("; ".join(failed) or f"exit code {done.returncode}")
            return f"{len(data['steps'])} checks ({', '.join(st['step'] for st in data['steps'])})"

        s.step("score", score)
        if (ROOT / "mlresume_gui" / "gui" / "app.py").is_file():
            s.step("window offscreen", window)
            s.step("window features", features)
        else:
            s.skip("window offscreen", "mlresume_gui/gui/app.py is not in this tree yet")
        print(f"smoke: {s.failures} failed step(s) for {exe}")
        return s.failures


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    exe = Path(args[0]).resolve() if args else default_executable()
    return min(smoke(exe), 100)


if __name__ == "__main__":
    sys.exit(main())
