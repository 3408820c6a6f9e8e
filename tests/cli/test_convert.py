"""The command line through a real subprocess: exit codes, one-line errors, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mlresume_gui import __version__

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "jsonresume"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mlresume_gui", *args], capture_output=True,
                          text=True, timeout=60, env=env, cwd=cwd)


def assert_one_line_error(proc: subprocess.CompletedProcess[str], code: int) -> None:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_version_and_help() -> None:
    out = run("--version")
    assert out.returncode == 0 and __version__ in out.stdout
    helptext = run("--help")
    assert helptext.returncode == 0 and "convert" in helptext.stdout and "score" in helptext.stdout
    assert run("convert", "--help").returncode == 0


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.json")))
def test_json_resume_reproduced_exactly(name: str) -> None:
    proc = run("convert", str(FIXTURES / name), "--format", "json-resume")
    assert proc.returncode == 0, proc.stderr
    original = json.loads((FIXTURES / name).read_text("utf-8"))

    def clean(v):  # empty values are the same as absent in JSON Resume
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items() if x not in (None, "", [], {})}
        return [clean(x) for x in v] if isinstance(v, list) else v

    assert clean(json.loads(proc.stdout)) == clean(original)


def test_convert_to_native_and_back(tmp_path: Path, sample_path: Path) -> None:
    out = tmp_path / "sample.json"
    assert run("convert", str(sample_path), "--format", "json-resume", "-o", str(out)).returncode == 0
    back = tmp_path / "back.mlresume"
    proc = run("convert", str(out), "--format", "mlresume", "-o", str(back))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(back.read_text("utf-8"))
    assert data["basics"]["name"] == "Maya Okafor" and data["format_version"] == 1


def test_usage_errors_exit_2(sample_path: Path) -> None:
    assert_one_line_error(run("convert", str(sample_path)), 2)  # --format missing
    assert_one_line_error(run("convert", str(sample_path), "--format", "yaml"), 2)
    assert_one_line_error(run("frobnicate", "x", "y"), 2)


def test_unreadable_inputs_exit_3(tmp_path: Path) -> None:
    missing = run("convert", str(tmp_path / "missing.json"), "--format", "text")
    assert_one_line_error(missing, 3)
    assert "no such file" in missing.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"basics": [', "utf-8")
    proc = run("convert", str(bad), "--format", "json-resume")
    assert_one_line_error(proc, 3)
    assert "line 1" in proc.stderr
    odd = tmp_path / "resume.xyz"
    odd.write_text("hello", "utf-8")
    proc = run("convert", str(odd), "--format", "json-resume")
    assert_one_line_error(proc, 3)
    assert "unsupported file type" in proc.stderr
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    assert_one_line_error(run("convert", str(empty), "--format", "json-resume"), 3)
    shape = tmp_path / "shape.json"
    shape.write_text('{"work": [{"highlights": "x"}]}', "utf-8")
    proc = run("convert", str(shape), "--format", "json-resume")
    assert_one_line_error(proc, 3)
    assert "work[0].highlights" in proc.stderr


def test_unwritable_output_exits_4(tmp_path: Path, sample_path: Path) -> None:
    proc = run("convert", str(sample_path), "--format", "json-resume", "-o",
               str(tmp_path / "no" / "such" / "dir.json"))
    assert_one_line_error(proc, 4)


def test_headless_commands_import_no_widgets(sample_path: Path) -> None:
    code = (
        "import sys; from mlresume_gui.cli import main; "
        f"main(['convert', {str(sample_path)!r}, '--format', 'json-resume', '-o', '/dev/null']); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'pyqtgraph'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_stdout_that_cannot_be_written_exits_4_in_one_line(sample_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "mlresume_gui", "convert", str(sample_path), "--format",
                               "text"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 4
    assert proc.stderr == "mlresume: cannot write to standard output: No space left on device\n"


def test_a_closed_pipe_ends_quietly() -> None:
    big = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "entries-5000.mlresume"
    proc = subprocess.Popen([sys.executable, "-m", "mlresume_gui", "convert", str(big), "--format",
                             "json-resume"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # output >> a pipe
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 0 and err == ""


def test_stdout_in_a_narrow_encoding_is_replaced_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{"basics": {"name": "Zoë Ünal"}}', "utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    proc = subprocess.run([sys.executable, "-m", "mlresume_gui", "convert", str(path), "--format", "text"],
                          capture_output=True, env=env, timeout=60)
    assert proc.returncode == 0
    assert b"ZO? ?NAL" in proc.stdout.upper()
    assert proc.stderr.decode().count("\n") == 1 and b"cannot show were replaced" in proc.stderr
