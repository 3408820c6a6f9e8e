"""The documents the reader learns from and is measured on, each with its truth as a Resume.

- ``corpus``: tests/fixtures/corpus/ (third-party producers; manifest.json, docs/, truth/ JSON Resume)
- ``fixtures``: tests/fixtures/import/ (layouts made by the project's fixture scripts)
- ``exports``: MLResume's own exports of the fixture truths and the built-in resumes, every
  template, DOCX and PDF (a user imports those too)
- ``import-dev``: ../shared/import-dev/ (measurement only: never trained on)

Shared by scripts/train_reader.py and scripts/import_accuracy.py.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("READER_CORPUS", ROOT / "tests" / "fixtures" / "corpus"))
FIXTURES = ROOT / "tests" / "fixtures" / "import"
IMPORT_DEV = ROOT.parent.parent / "shared" / "import-dev"
if not IMPORT_DEV.is_dir():
    IMPORT_DEV = Path("/work/shared/import-dev")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "formats"))

from mlresume_gui.formats.jsonresume import from_json_resume  # noqa: E402
from mlresume_gui.model import Resume  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "mlresume-reader-cache"
KIND = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".md": "text"}


@dataclass
class Doc:
    """One document with its truth."""

    id: str
    producer: str
    path: Path
    truth: Resume
    truth_json: dict | None = None  # the JSON Resume truth where the source has one

    @property
    def kind(self) -> str:
        return KIND[self.path.suffix.lower()]


def _manifest_docs(base: Path) -> list[Doc]:
    """The documents of a corpus in the import-dev layout; documents the manifest does not list
    yet (a corpus still growing: docs/ID.ext beside truth/ID.json) are taken too."""
    manifest = base / "manifest.json"
    entries = json.loads(manifest.read_text(encoding="utf-8")) if manifest.is_file() else []
    listed = {e["id"] for e in entries}
    entries += [{"id": p.stem, "file": f"docs/{p.name}", "truth": f"truth/{p.stem}.json"}
                for p in sorted((base / "docs").glob("*")) if p.suffix.lower() in KIND and p.stem not in listed]
    out = []
    for e in entries:
        truth = base / e["truth"]
        path = base / e["file"]
        if not truth.is_file() or not path.is_file() or path.suffix.lower() not in KIND:
            continue
        data = json.loads(truth.read_text(encoding="utf-8"))
        producer = e.get("producer") or e.get("renderer") or e["id"].split("--")[-1].rsplit("-", 1)[0]
        out.append(Doc(e["id"], producer, path, from_json_resume(data), data))
    return sorted(out, key=lambda d: d.id)


def corpus_docs() -> list[Doc]:
    """Our own corpus of third-party producers."""
    base = CORPUS / "corpus" if (CORPUS / "corpus" / "manifest.json").is_file() else CORPUS
    return _manifest_docs(base) if base.is_dir() else []


def import_dev_docs() -> list[Doc]:
    """The shared development set (measure only)."""
    return _manifest_docs(IMPORT_DEV / "corpus") if IMPORT_DEV.is_dir() else []


def fixture_docs() -> list[Doc]:
    """The import fixtures of tests/fixtures/import/."""
    from export_cases import resume_from_expected

    out = []
    for exp in sorted(FIXTURES.glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        doc = next((p for p in sorted(FIXTURES.glob(f"{stem}.*")) if p.suffix.lower() in KIND), None)
        if doc is not None:
            truth = resume_from_expected(json.loads(exp.read_text(encoding="utf-8")))
            out.append(Doc(stem, "fixtures", doc, truth))
    return out


@functools.cache
def _export_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="mlresume-exports-"))


def export_docs() -> list[Doc]:
    """MLResume's own exports (every template, DOCX and PDF) of the built-in resumes and the
    fixture truths, written to a temporary folder."""
    from export_cases import awkward, long_resume, sample

    from mlresume_gui.formats.writing import pdf, text, word
    from mlresume_gui.formats.writing.templates import template_names

    resumes: list[tuple[str, Resume]] = [("sample", sample()), ("awkward", awkward()),
                                         ("long", long_resume(jobs=5)), ("longer", long_resume(jobs=9, summary_words=90))]
    resumes += [(d.id, d.truth) for d in fixture_docs()]
    out = []
    for name, resume in resumes:
        for template in template_names():
            for ext, writer in ((".pdf", pdf), (".docx", word)):
                path = _export_dir() / f"{name}.{template}{ext}"
                if not path.exists():
                    path.write_bytes(writer.dump(resume, template=template))
                out.append(Doc(f"{name}.{template}{ext}", "mlresume", path, resume))
        for ext, dump in ((".md", text.dump_markdown), (".txt", text.dump_text)):
            path = _export_dir() / f"{name}{ext}"
            if not path.exists():
                path.write_text(dump(resume), encoding="utf-8")
            out.append(Doc(f"{name}{ext}", "mlresume", path, resume))
    return out


_NOT_READING = {"alignment.py", "assembly.py", "assembler.py", "work_entries.py", "education_entries.py",
                "project_entries.py", "section_items.py", "pipeline.py", "headings.py"}


@functools.cache
def _reader_hash() -> str:
    """A hash of the layout readers' source (everything under reading/ but the labelling and
    assembly stages), so cached layouts are read again when a reader changes."""
    base = ROOT / "mlresume_gui" / "formats" / "reading"
    h = hashlib.sha1()
    for f in sorted(base.rglob("*.py")):
        if "labelling" not in f.parts and f.name not in _NOT_READING:
            h.update(f.read_bytes())
    return h.hexdigest()[:12]


def layout(doc: Doc):
    """The layout of ``doc``, cached on disk by the file's bytes and the readers' source."""
    from mlresume_gui.formats.reading.pipeline import read_layout

    data = doc.path.read_bytes()
    key = hashlib.sha1(data + _reader_hash().encode()).hexdigest()
    cache = CACHE / f"{key}.pickle"
    if cache.is_file():
        try:
            return pickle.loads(cache.read_bytes())
        except Exception:  # a stale or broken cache entry: read again
            pass
    result = read_layout(doc.path, doc.kind)
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(result))
    return result


def training_docs(exclude: str | None = None) -> list[Doc]:
    """Every document the shipped model learns from (never import-dev), without producer ``exclude``."""
    docs = corpus_docs() + fixture_docs() + export_docs()
    return [d for d in docs if d.producer != exclude]
