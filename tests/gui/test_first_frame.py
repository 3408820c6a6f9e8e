"""Start-up's first frame: the document as text, painted before the editor and the model exist."""

from __future__ import annotations

import json
from pathlib import Path

from mlresume_gui.gui.first_frame import FirstFrame, read_outline

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "sample.mlresume"


def _doc(tmp_path: Path, data: object, name: str = "cv.mlresume") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_outline_lists_the_sections_that_hold_something(tmp_path: Path) -> None:
    path = _doc(tmp_path, {
        "basics": {"name": "Ada <Q> Lovelace", "email": "ada@example.org"},
        "summary": "Builds ranking systems.",
        "experience": [{"title": "ML Engineer", "company": "Acme Widgets",
                        "bullets": [{"text": "Cut p99 latency from 900 ms to 120 ms"}]}],
        "education": [],
        "custom": [{"title": "Talks", "entries": [{"title": "Serving at scale"}]}],
    })
    titles, body = read_outline(str(path))
    assert titles == ["Contact", "Summary", "Experience", "Talks"]
    assert "Ada &lt;Q&gt; Lovelace" in body  # the file's text is escaped, never read as markup
    assert "<b>ML Engineer</b> — Acme Widgets" in body
    assert "Cut p99 latency from 900 ms to 120 ms" in body
    assert "Serving at scale" in body


def test_files_it_cannot_show_this_way_are_left_to_the_editor(tmp_path: Path) -> None:
    assert read_outline(str(_doc(tmp_path, {"basics": {"name": "A"}}, "cv.json"))) is None
    broken = tmp_path / "broken.mlresume"
    broken.write_bytes(b"\xff{not json")
    assert read_outline(str(broken)) is None
    assert read_outline(str(_doc(tmp_path, ["a", "list"]))) is None
    assert read_outline(str(tmp_path / "missing.mlresume")) is None


def test_a_long_document_is_cut_for_the_frame(tmp_path: Path) -> None:
    bullets = [{"text": f"bullet {i}"} for i in range(2000)]
    path = _doc(tmp_path, {"basics": {"name": "A"}, "experience": [{"title": "T", "bullets": bullets}]})
    _titles, body = read_outline(str(path))
    assert body.count("<br>") < 200


def test_the_frame_names_a_file_it_does_not_preview(qtbot, tmp_path: Path) -> None:
    pdf = tmp_path / "old resume.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    frame = FirstFrame(str(pdf), [240, 640, 340])
    qtbot.addWidget(frame)
    from PySide6.QtWidgets import QTextBrowser

    text = frame.findChild(QTextBrowser, "FirstFrameText")
    assert text is not None and "Opening old resume.pdf" in text.toPlainText()


def test_the_window_builds_the_editor_after_its_first_frame(qtbot) -> None:
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow(first_frame=str(SAMPLE), with_panel=False)
    qtbot.addWidget(window)
    assert not window.is_built and window.centralWidget().objectName() == "FirstFrame"
    with qtbot.waitSignal(window.built, timeout=10_000):
        window.show()
    assert window.is_built and window.centralWidget() is window.splitter
    qtbot.waitUntil(lambda: window.started, timeout=10_000)
    assert window.act_save is not None and window.outline is not None
