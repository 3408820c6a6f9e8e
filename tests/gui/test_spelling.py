"""Spell check: misspellings underlined, suggestions, the ML vocabulary and the personal dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QTextCharFormat

from mlresume_gui.gui.bullet_edit import add_spelling_actions
from mlresume_gui.gui.highlighter import UnderlineHub
from mlresume_gui.gui.spelling import SpellService, read_word_file, vocabulary_path


def test_misspelled_words_and_suggestions(spell: SpellService) -> None:
    text = "Recieved a 12% lift in NDCG@10 with PyTorch and FSDP on 64 GPUs"
    spans = spell.misspelled_spans(text)
    assert [text[s:e] for s, e in spans] == ["Recieved"]
    assert "Received" in spell.suggestions("Recieved")
    assert spell.suggestions("recieve")[0] == "receive"


def test_vocabulary_terms_are_not_flagged(spell: SpellService, tmp_path: Path) -> None:
    for word in ("PyTorch", "vLLM", "FSDP", "LoRA", "XGBoost", "p99", "NDCG@10", "A100", "GPU's"):
        assert not spell.is_misspelled(word), word
    bare = SpellService(None, [tmp_path / "missing.txt"])  # no vocabulary file: still works
    bare.load()
    assert bare.is_misspelled("PyTorch")
    assert not bare.is_misspelled("p99")


def test_shipped_vocabulary_when_present() -> None:
    path = vocabulary_path()
    if not path.exists():
        pytest.skip("resources/knowledge/vocabulary.txt is not written yet")
    service = SpellService(None, [path])
    service.load()
    words = read_word_file(path)
    assert words
    for word in ("PyTorch", "vLLM", "FSDP", "LoRA", "XGBoost"):
        if word.casefold() in words:
            assert not service.is_misspelled(word)


def test_personal_dictionary_persists(tmp_path: Path) -> None:
    personal = tmp_path / "me" / "dictionary.txt"
    first = SpellService(personal, [])
    first.load()
    assert first.is_misspelled("Okaforian")
    first.add_to_dictionary("Okaforian")
    assert not first.is_misspelled("Okaforian")
    again = SpellService(personal, [])
    again.load()
    assert not again.is_misspelled("Okaforian")


def test_context_menu_offers_suggestions_and_add(window, qtbot) -> None:
    from PySide6.QtWidgets import QMenu

    bullet = window.doc.resume.experience[0].bullets[0]
    window.focus_item(bullet.id, "text", 0)
    edit = window.editor.bullet_editor(bullet.id)
    edit.setPlainText("Shipped a modle to production")
    assert bullet.text == "Shipped a modle to production"
    rect = edit.cursorRect(_cursor_at(edit, 11))
    menu = QMenu()
    add_spelling_actions(menu, edit, window.hub, rect.center())
    texts = [a.text() for a in menu.actions()]
    assert "model" in texts
    assert any("Add “modle” to dictionary" in t for t in texts)
    next(a for a in menu.actions() if a.text() == "model").trigger()
    assert bullet.text == "Shipped a model to production"
    window.doc.undo_stack.undo()
    assert bullet.text == "Shipped a modle to production"


def _cursor_at(edit, pos: int):
    c = edit.textCursor()
    c.setPosition(pos)
    return c


def test_highlighter_merges_spelling_with_other_sources(window, spell) -> None:
    bullet = window.doc.resume.experience[0].bullets[0]
    window.focus_item(bullet.id, "text", 0)
    edit = window.editor.bullet_editor(bullet.id)
    edit.setPlainText("Cut lattency 40% for 3M users")
    hub: UnderlineHub = window.hub
    finding = QTextCharFormat()
    finding.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    finding.setUnderlineColor(QColor("orange"))
    metric = QTextCharFormat()
    metric.setBackground(QColor("#d8f5d0"))
    hub.set_extra_formats(bullet.id, [(0, 12, finding, "Say what was cut")], "findings")
    hub.set_extra_formats(bullet.id, [(13, 16, metric, "A result")], "metrics")
    segments = hub.merged(bullet.id, edit.toPlainText())
    by_text = {edit.toPlainText()[a:b]: f for a, b, f in segments}
    assert by_text["lattency"].underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    assert by_text["Cut "].underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    assert by_text["40%"].background().color() == QColor("#d8f5d0")
    tip = hub.tooltip_at(bullet.id, edit.toPlainText(), 5)
    assert "Say what was cut" in tip and "lattency" in tip
    formats = edit.document().firstBlock().layout().formats()
    assert any(r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline for r in formats)
    hub.set_extra_formats(bullet.id, [], "findings")
    assert all(f.underlineStyle() != QTextCharFormat.UnderlineStyle.DashUnderline
               for _a, _b, f in hub.merged(bullet.id, edit.toPlainText()))


def test_summary_is_spell_checked(window, qtbot) -> None:
    window.focus_item("resume", "summary", -1)
    field = window.editor.binder.widget("resume", "summary")
    field.setPlainText("Engineer who ships modles.")
    segments = window.hub.merged("resume.summary", field.toPlainText())
    assert [field.toPlainText()[a:b] for a, b, _f in segments] == ["modles"]
    window.outline.select("experience")  # the old page goes away; the hub forgets its field
    qtbot.wait(20)
    window.hub.rehighlight_all()
