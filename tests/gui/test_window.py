"""The window frame: open the sample, save it, reopen it; title, close prompt, state remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from mlresume_gui.formats import native
from mlresume_gui.gui import settings
from mlresume_gui.model.codec import to_dict
from mlresume_gui.resources import sample_resume


def test_opens_sample_and_saves_it(window, isolated, tmp_path: Path) -> None:
    assert window.doc.resume.basics.name == native.load(sample_resume()).basics.name
    assert window.outline.topLevelItemCount() == len(window.doc.section_keys())
    isolated.save_name = str(tmp_path / "mine")
    assert window.files.save()
    saved = tmp_path / "mine.mlresume"
    assert saved.exists()
    assert to_dict(native.load(saved)) == to_dict(native.load(sample_resume()))
    assert window.doc.path == str(saved)
    assert not window.doc.is_dirty
    assert "mine.mlresume" in window.windowTitle()


def test_edit_save_reopen_compare(window, isolated, tmp_path: Path, qtbot) -> None:
    window.focus_item(window.doc.resume.experience[0].id, "company", -1)
    field = window.editor.binder.widget(window.doc.resume.experience[0].id, "company")
    qtbot.keyClicks(field, " Inc")
    assert window.isWindowModified()
    target = tmp_path / "edited.mlresume"
    assert window.files.save_to(str(target))
    assert not window.isWindowModified()
    reopened = native.load(target)
    assert reopened.experience[0].company.endswith(" Inc")
    assert to_dict(reopened) == to_dict(window.doc.resume)


def test_close_prompt_cancel_keeps_window_and_save_writes(window, isolated, tmp_path: Path, qtbot) -> None:
    window.focus_item("basics", "name", -1)
    qtbot.keyClicks(window.editor.binder.widget("basics", "name"), "X")
    isolated.save_answer = "cancel"
    assert not window.close()
    assert window.isVisible()
    assert isolated.asked == ["save:Sample resume"]
    isolated.save_answer = "save"
    isolated.save_name = str(tmp_path / "closing.mlresume")
    assert window.close()
    assert native.load(tmp_path / "closing.mlresume").basics.name.endswith("X")


def test_close_without_changes_does_not_ask(window, isolated) -> None:
    assert window.close()
    assert isolated.asked == []


def test_window_state_remembered(window, qtbot) -> None:
    window.resize(760, 560)
    qtbot.wait(10)
    window.splitter.setSizes([150, 450, 160])
    sizes = window.splitter.sizes()
    assert window.close()
    assert settings.get("window/splitter") == sizes
    assert isinstance(settings.get("window/geometry"), QByteArray)
    from mlresume_gui.gui.main_window import MainWindow

    again = MainWindow(spell=window.spell, with_panel=False)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def test_unreadable_file_shows_reason_and_keeps_document(window, isolated, tmp_path: Path) -> None:
    bad = tmp_path / "broken.mlresume"
    bad.write_text("{not json", encoding="utf-8")
    before = to_dict(window.doc.resume)
    assert not window.files.open_path(str(bad))
    assert len(isolated.errors) == 1 and "broken.mlresume" in isolated.errors[0]
    assert "\n" not in isolated.errors[0]
    assert to_dict(window.doc.resume) == before


def test_panel_slot_accepts_a_panel(window) -> None:
    from PySide6.QtWidgets import QLabel

    panel = QLabel("panel")
    window.set_panel(panel)
    assert panel.parent() is window.panel_slot
    assert window.panel_placeholder is None


def test_history_view_lists_steps_and_target_signal(window, qtbot) -> None:
    from mlresume_gui.gui.commands import SetValue

    seen: list[str] = []
    original = window.doc.resume.target
    window.doc.targetChanged.connect(seen.append)
    window.doc.push(SetValue(window.doc, "resume", "target", window.doc.resume.target, "research", "target"))
    assert seen == ["research"] and window.doc.resume.target == "research"
    window.show_history()
    assert window.history.isVisible()
    assert window.history.stack() is window.doc.undo_stack
    assert window.doc.undo_stack.text(0) == "Change target"
    window.doc.undo_stack.undo()
    assert seen[-1] == (original or "") and window.doc.resume.target == original
    window.history.close()


def test_bullet_focus_is_announced(window, qtbot) -> None:
    bullet = window.doc.resume.projects[0].bullets[0]
    with qtbot.waitSignal(window.bulletFocused, timeout=2000) as blocker:
        window.activateWindow()
        window.focus_item(bullet.id, "text", 0)
    assert blocker.args == [bullet.id]
