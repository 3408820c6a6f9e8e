"""File > Export…: every format written off the GUI thread from the window, read back; variants,
remembered choices, and a one-line error for a file that cannot be written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mlresume_gui.formats.registry import WRITERS
from mlresume_gui.gui import settings
from mlresume_gui.gui.export_flow import ExportDialog
from mlresume_gui.gui.variant_commands import CreateVariant, HideInVariant


@pytest.fixture
def window(window: Any) -> Any:
    """The window with its after-first-paint tools built now."""
    window.ensure_tools()
    return window


def _export(window: Any, qtbot: Any, fmt: str, path: Path, **options: Any) -> list[Any]:
    with qtbot.waitSignal(window.exporter.finished, timeout=15000) as done:
        assert window.exporter.export(fmt, str(path), **options)
    return done.args


def _text_of(fmt: str, path: Path) -> str:
    """The words of an exported file, read back with a reader for its format."""
    if fmt == "pdf":
        from pdfminer.high_level import extract_text

        return " ".join(extract_text(str(path)).split())
    if fmt == "docx":
        import docx

        return " ".join(p.text for p in docx.Document(str(path)).paragraphs)
    if fmt == "json-resume":
        return json.dumps(json.loads(path.read_text("utf-8")), ensure_ascii=False)
    if fmt == "mlresume":
        from mlresume_gui.formats import native

        resume = native.load(path)
        return " ".join(b.text for *_r, b in resume.iter_bullets()) + resume.basics.name
    return path.read_text("utf-8")


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_export_each_format_from_the_window(window: Any, qtbot: Any, tmp_path: Path, fmt: str) -> None:
    resume = window.doc.resume
    path = tmp_path / f"out{WRITERS[fmt].extension}"
    ok, where = _export(window, qtbot, fmt, path, template="compact")
    assert ok, where
    assert where == str(path) and path.stat().st_size > 0
    text = _text_of(fmt, path)
    assert resume.basics.name in text
    first_bullet = resume.experience[0].bullets[0].text
    assert " ".join(first_bullet.split()[:5]) in " ".join(text.split())
    assert "Exported" in window.statusBar().currentMessage()
    assert settings.get("export/format") == fmt and settings.get("export/dir") == str(tmp_path)


def test_export_of_a_variant_leaves_out_what_it_hides(window: Any, qtbot: Any, tmp_path: Path) -> None:
    doc = window.doc
    cmd = CreateVariant(doc, "Short")
    doc.push(cmd)
    gone = doc.resume.experience[0].bullets[0]
    doc.push(HideInVariant(doc, cmd.variant.id, gone.id))
    ok, _ = _export(window, qtbot, "text", tmp_path / "short.txt", variant="Short")
    assert ok
    short = (tmp_path / "short.txt").read_text("utf-8")
    ok, _ = _export(window, qtbot, "text", tmp_path / "base.txt")
    base = (tmp_path / "base.txt").read_text("utf-8")
    assert gone.text[:40] in base and gone.text[:40] not in short


def test_export_snapshot_is_taken_when_asked(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """The worker writes the model as it was when the export started, not a half-edited one."""
    with qtbot.waitSignal(window.exporter.finished, timeout=15000):
        window.exporter.export("text", str(tmp_path / "a.txt"))
        window.doc.resume.basics.name = "Changed Meanwhile"
    assert "Changed Meanwhile" not in (tmp_path / "a.txt").read_text("utf-8")


def test_unwritable_export_shows_one_line(window: Any, qtbot: Any, isolated: Any, tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "out.pdf"
    ok, error = _export(window, qtbot, "pdf", path)
    assert not ok and not path.exists()
    assert len(isolated.errors) == 1 and "\n" not in isolated.errors[0]
    assert "out.pdf" in isolated.errors[0] and error == isolated.errors[0]


def test_unknown_template_is_a_clear_error(window: Any, qtbot: Any, isolated: Any, tmp_path: Path) -> None:
    ok, error = _export(window, qtbot, "docx", tmp_path / "x.docx", template="no-such-template")
    assert not ok and "no-such-template" in error and "\n" not in error


def test_dialog_remembers_choices_and_follows_the_format(window: Any, tmp_path: Path) -> None:
    settings.put("export/format", "docx")
    settings.put("export/template", "compact")
    settings.put("export/dir", str(tmp_path))
    dialog = ExportDialog(window.doc, window)
    choice = dialog.choice()
    assert choice["fmt"] == "docx" and choice["template"] == "compact"
    assert Path(choice["path"]).parent == tmp_path and choice["path"].endswith(".docx")
    dialog.format.setCurrentIndex(dialog.format.findData("markdown"))
    assert dialog.choice()["path"].endswith(".md")
    assert not dialog.template.isEnabled()
    dialog.variant.setCurrentIndex(0)
    dialog.close()


def test_every_mnemonic_label_has_a_buddy(window: Any) -> None:
    """A label with "&" and no buddy shows the ampersand itself ("F&ile:")."""
    from PySide6.QtWidgets import QLabel

    dialog = ExportDialog(window.doc, window)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels and all(label.buddy() is not None for label in labels), [lab.text() for lab in labels]
    file_label = next(label for label in labels if label.text() == "F&ile:")
    assert file_label.buddy() is dialog.file
    dialog.close()


def test_export_action_is_in_the_file_menu(window: Any) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window.act_export in file_menu.actions()
    assert window.act_export.shortcut().toString() == "Ctrl+E"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_embed_setting_decides_whether_the_data_travels(window: Any, qtbot: Any, tmp_path: Path,
                                                          fmt: str) -> None:
    from mlresume_gui.formats import embedded

    find = embedded.pdf_payload if fmt == "pdf" else embedded.docx_payload
    dialog = ExportDialog(window.doc, window)
    assert dialog.embed.isChecked() and dialog.embed.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("markdown"))
    assert not dialog.embed.isEnabled()
    dialog.close()
    with_data, without = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    assert _export(window, qtbot, fmt, with_data)[0]
    assert find(with_data) is not None
    assert _export(window, qtbot, fmt, without, embed=False)[0]
    assert find(without) is None
    assert settings.get("export/embed") is False
    dialog = ExportDialog(window.doc, window)
    assert not dialog.embed.isChecked()
    dialog.close()
