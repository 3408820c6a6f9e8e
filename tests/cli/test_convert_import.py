"""``mlresume convert`` on imported files: PDF and DOCX to JSON Resume and to the native format."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

IMPORT = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mlresume_gui", *args], capture_output=True, text=True,
                          timeout=60, env=env)


@pytest.mark.parametrize("name", ["qt_one_classic.pdf", "docx_styles.docx", "text_markdown.md"])
def test_convert_to_json_resume(name: str) -> None:
    expected = json.loads((IMPORT / name.rsplit(".", 1)[0]).with_suffix(".expected.json").read_text(encoding="utf-8"))
    proc = run("convert", str(IMPORT / name), "--format", "json-resume")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["basics"]["name"] == expected["basics"]["name"]
    assert data["basics"]["email"] == expected["basics"]["email"]
    assert [w.get("name") for w in data["work"]] == [e["company"] for e in expected["experience"]]


def test_convert_pdf_to_native() -> None:
    proc = run("convert", str(IMPORT / "lo_docx_table.pdf"), "--format", "mlresume")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["experience"] and data["basics"]["name"]


def test_not_a_pdf_is_one_line_exit_3(tmp_path: Path) -> None:
    bad = tmp_path / "resume.pdf"
    bad.write_bytes(b"PK\x03\x04 this is a zip, not a pdf" * 10)
    proc = run("convert", str(bad), "--format", "json-resume")
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
