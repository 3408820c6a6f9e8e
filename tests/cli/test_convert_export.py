"""``mlresume convert`` to docx, pdf, markdown and text, with --variant and --template, in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mlresume_gui.formats.native import load, save
from mlresume_gui.model.variants import create_variant, hide
from mlresume_gui.resources import sample_resume


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "mlresume_gui", *args], capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.fixture(scope="module")
def with_variant(tmp_path_factory) -> tuple[Path, str]:
    r = load(sample_resume())
    v = create_variant(r, "Applied", target="applied")
    hidden = r.experience[0].bullets[4].text
    hide(v, r.experience[0].bullets[4].id)
    path = tmp_path_factory.mktemp("cli") / "r.mlresume"
    save(r, path)
    return path, hidden


@pytest.mark.parametrize("fmt,ext", [("docx", "docx"), ("pdf", "pdf"), ("markdown", "md"),
                                     ("text", "txt")])
def test_convert_each_format_with_variant_and_template(with_variant, tmp_path, fmt, ext):
    src, hidden = with_variant
    out = tmp_path / f"out.{ext}"
    proc = run("convert", str(src), "--format", fmt, "-o", str(out), "--variant", "applied",
               "--template", "compact")
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    if fmt == "docx":
        with zipfile.ZipFile(out) as z:
            body = z.read("word/document.xml").decode()
        assert "Northwind Labs" in body and hidden not in body
    elif fmt == "pdf":
        assert data.startswith(b"%PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                  text=True, check=True).stdout
            assert "Northwind Labs" in text and "Worked on LLM and GenAI" not in text
    else:
        text = data.decode()
        assert "Northwind Labs" in text and hidden not in text


def test_text_formats_go_to_stdout(with_variant):
    src, hidden = with_variant
    proc = run("convert", str(src), "--format", "markdown")
    assert proc.returncode == 0 and proc.stdout.startswith("# Maya Okafor")
    assert hidden in proc.stdout


def test_unknown_variant_or_template_is_a_usage_error(with_variant, tmp_path):
    src, _ = with_variant
    for extra in (["--variant", "Research"], ["--template", "baroque"]):
        proc = run("convert", str(src), "--format", "pdf", "-o", str(tmp_path / "x.pdf"), *extra)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "Applied" in run("convert", str(src), "--format", "text", "--variant", "x").stderr
    assert not (tmp_path / "x.pdf").exists()


def test_binary_formats_need_an_output_file(with_variant):
    proc = run("convert", str(with_variant[0]), "--format", "docx")
    assert proc.returncode == 2 and "-o" in proc.stderr
