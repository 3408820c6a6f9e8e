"""MLResume data embedded in exported PDF and Word files: exact reopening, only what the exported
variant shows, a switch to turn it off, and a safe fallback when the data is damaged or newer."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from export_cases import awkward, long_resume, sample

from mlresume_gui.formats import embedded, native
from mlresume_gui.formats.registry import read_import
from mlresume_gui.formats.writing import pdf, word
from mlresume_gui.model import Bullet, Experience
from mlresume_gui.model.variants import create_variant, hide

WRITERS = {"pdf": pdf.dump, "docx": word.dump}
RESUMES = {"sample": sample, "awkward": awkward, "long": long_resume}


def _export(tmp_path: Path, resume, fmt: str, **options) -> Path:
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(WRITERS[fmt](resume, **options))
    return out


def _no_variants(resume):
    return dataclasses.replace(resume, variants=[])


@pytest.mark.parametrize("fmt", WRITERS)
@pytest.mark.parametrize("name", RESUMES)
def test_reopening_an_export_is_exact_and_says_so(tmp_path: Path, name: str, fmt: str) -> None:
    resume = RESUMES[name]()
    result = read_import(_export(tmp_path, resume, fmt), isolate=False)
    assert result.source == "embedded"
    assert result.notes == [embedded.USED]
    assert native.dumps(result.resume) == native.dumps(_no_variants(resume))


@pytest.mark.parametrize("fmt", WRITERS)
def test_reopening_through_the_sandbox_uses_the_data(tmp_path: Path, fmt: str) -> None:
    resume = sample()
    result = read_import(_export(tmp_path, resume, fmt))
    assert result.source == "embedded"
    assert native.dumps(result.resume) == native.dumps(_no_variants(resume))


def _secret_resume():
    """A resume with a variant hiding one whole entry and one bullet of a shown entry."""
    resume = sample()
    shown = resume.experience[0]
    shown.bullets.append(Bullet("Quietly tuned the zebracorn scheduler for the hidden bullet"))
    resume.experience.append(Experience(company="Obsidianwharf Secret Labs", title="Hidden role",
                                        bullets=[Bullet("Kept the hidden entry's bullet text")]))
    variant = create_variant(resume, "public")
    hide(variant, resume.experience[-1].id)
    hide(variant, shown.bullets[-1].id)
    create_variant(resume, "other-variant-name")
    return resume, shown


def _all_bytes(path: Path) -> bytes:
    """Every byte of the file as a reader could see it: zip members inflated, PDF streams inflated."""
    raw = path.read_bytes()
    if raw.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return b"\n".join(archive.read(n) for n in archive.namelist())
    parts = [raw]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


@pytest.mark.parametrize("fmt", WRITERS)
def test_hidden_entries_bullets_and_other_variants_are_nowhere_in_the_file(tmp_path: Path, fmt: str) -> None:
    resume, shown = _secret_resume()
    out = _export(tmp_path, resume, fmt, variant="public")
    data = _all_bytes(out)
    # the search itself works: the embedded data of a shown bullet is found in the inflated bytes
    assert shown.bullets[0].text.encode("utf-8") in data
    assert b'"format_version"' in data
    for secret in ("zebracorn", "Obsidianwharf", "hidden entry's bullet", "other-variant-name", '"variants": [\n    {'):
        assert secret.encode("utf-8") not in data, secret
    reopened = read_import(out, isolate=False).resume
    assert reopened.variants == []
    assert [e.company for e in reopened.experience] == [e.company for e in resume.experience[:-1]]
    assert "zebracorn" not in native.dumps(reopened)


@pytest.mark.parametrize("fmt", WRITERS)
def test_no_embed_leaves_the_data_out(tmp_path: Path, fmt: str) -> None:
    out = _export(tmp_path, sample(), fmt, embed=False)
    assert b'"format_version"' not in _all_bytes(out)
    assert read_import(out, isolate=False).source == "text"


@pytest.mark.parametrize("fmt", WRITERS)
def test_text_only_ignores_the_data(tmp_path: Path, fmt: str) -> None:
    result = read_import(_export(tmp_path, sample(), fmt), isolate=False, text_only=True)
    assert result.source == "text"
    assert embedded.USED not in result.notes
    assert result.resume.basics.name


def _rewrite_docx_payload(path: Path, new_text: str) -> None:
    with zipfile.ZipFile(path) as src:
        members = {n: src.read(n) for n in src.namelist()}
    name = embedded.DOCX_PART.lstrip("/")
    members[name] = re.sub(rb"(<m:document[^>]*>).*(</m:document>)",
                           lambda m: m.group(1) + new_text.encode() + m.group(2), members[name], flags=re.S)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for n, blob in members.items():
            dst.writestr(n, blob)


def test_damaged_data_falls_back_to_the_text_with_a_note(tmp_path: Path) -> None:
    out = _export(tmp_path, sample(), "docx")
    _rewrite_docx_payload(out, '{"format_version": 1, "basics": ')
    result = read_import(out, isolate=False)
    assert result.source == "text"
    assert result.notes[0] == "the MLResume data in the file is damaged; read its text instead"
    assert result.resume.basics.name


def test_data_from_a_newer_version_falls_back_with_a_note(tmp_path: Path) -> None:
    out = _export(tmp_path, sample(), "docx")
    _rewrite_docx_payload(out, '{"format_version": 99}')
    result = read_import(out, isolate=False)
    assert result.source == "text"
    assert "newer version" in result.notes[0]


def test_command_line_says_it_used_the_data(tmp_path: Path) -> None:
    out = _export(tmp_path, sample(), "pdf")
    run = subprocess.run([sys.executable, "-m", "mlresume_gui", "convert", str(out), "--format", "mlresume"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip().endswith("read from the MLResume data in the file")
    assert native.loads(run.stdout).basics.name == sample().basics.name
    plain = subprocess.run([sys.executable, "-m", "mlresume_gui", "convert", str(out), "--format", "mlresume",
                            "--text-only"], capture_output=True, text=True, timeout=60)
    assert plain.returncode == 0, plain.stderr
    assert "MLResume data" not in plain.stderr


def test_command_line_no_embed(tmp_path: Path) -> None:
    out = tmp_path / "plain.docx"
    src = tmp_path / "s.mlresume"
    native.save(sample(), src)
    run = subprocess.run([sys.executable, "-m", "mlresume_gui", "convert", str(src), "--format", "docx",
                          "-o", str(out), "--no-embed"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert embedded.docx_payload(out) is None


def _pdf_carrying(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes) -> Path:
    """A PDF export of the sample whose embedded MLResume data is ``data``."""
    with monkeypatch.context() as m:
        m.setattr(embedded, "payload", lambda _view: data)
        return _export(tmp_path, sample(), "pdf")


def _children(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The targets of the sandbox children started from now on."""
    from mlresume_gui.formats import sandbox

    started: list[str] = []
    real = sandbox.run_reader

    def counting(target: str, path: str, **kwargs):
        started.append(target)
        return real(target, path, **kwargs)

    monkeypatch.setattr(sandbox, "run_reader", counting)
    return started


@pytest.mark.parametrize(("data", "note"), [
    (b'{"format_version": 1, "basics": ', "the MLResume data in the file is damaged; read its text instead"),
    (b'{"format_version": 99}', "the MLResume data in the file is from a newer version; read its text instead"),
    (None, embedded.USED),
])
def test_a_pdf_is_read_by_one_child_whatever_its_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     data: bytes | None, note: str) -> None:
    """One sandbox child parses an exported PDF once: it looks for the embedded data, and reads
    the text from the same parse when the data is damaged or newer."""
    out = _pdf_carrying(tmp_path, monkeypatch, data) if data is not None else _export(tmp_path, sample(), "pdf")
    started = _children(monkeypatch)
    result = read_import(out)
    assert len(started) == 1
    assert result.notes[0] == note
    assert result.source == ("embedded" if data is None else "text")
    assert result.resume.basics.name == sample().basics.name


def test_a_pdf_without_data_is_read_from_its_text_by_one_child(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = _export(tmp_path, sample(), "pdf", embed=False)
    started = _children(monkeypatch)
    result = read_import(out)
    assert len(started) == 1 and result.source == "text"
    assert not any("MLResume data" in n for n in result.notes)
