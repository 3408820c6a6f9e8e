"""A whole resume written from an empty document with the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mlresume_gui.formats import native
from mlresume_gui.model import PRESENT

CTRL, SHIFT, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier


def test_keyboard_only_full_resume(window, qtbot, isolated, tmp_path) -> None:
    def focus():
        w = QApplication.focusWidget()
        assert w is not None
        return w

    def key(k, mod=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            qtbot.keyClick(focus(), k, mod)
            QApplication.processEvents()  # item editors commit through queued calls

    def type_(text: str) -> None:
        qtbot.keyClicks(focus(), text)

    def tab(times: int = 1) -> None:
        key(Qt.Key.Key_Tab, times=times)

    window.activateWindow()
    window.outline.setFocus()
    key(Qt.Key.Key_N, CTRL)  # File > New
    doc = window.doc
    assert doc.resume.is_empty()

    key(Qt.Key.Key_2, CTRL)  # to the editor: Contact is shown first
    assert window.editor.section == "basics"
    type_("Ada Example")
    tab()
    type_("ML Engineer, ranking")
    tab()
    type_("ada@example.org")
    assert doc.resume.basics.name == "Ada Example"
    assert doc.resume.basics.email == "ada@example.org"

    def go(section_title: str) -> None:
        key(Qt.Key.Key_1, CTRL)
        key(Qt.Key.Key_Home)
        while window.outline.currentItem().text(0) != section_title:
            key(Qt.Key.Key_Down)
        assert window.editor.section

    go("Summary")
    key(Qt.Key.Key_2, CTRL)
    type_("Ranking and retrieval engineer.")
    assert doc.resume.summary == "Ranking and retrieval engineer."

    go("Experience")
    key(Qt.Key.Key_E, CTRL | SHIFT)  # add entry: focus lands in its first field
    type_("Senior ML Engineer")
    tab()
    type_("Acme")
    tab(2)  # location, then start month
    key(Qt.Key.Key_Down, times=3)  # Mar
    tab()
    type_("2021")
    tab()
    job = doc.resume.experience[0]
    assert job.title == "Senior ML Engineer" and job.company == "Acme"
    assert job.start is not None and (job.start.year, job.start.month) == (2021, 3)
    tab(2)  # end month, end year -> present switch
    key(Qt.Key.Key_Space)
    assert job.end is PRESENT
    tab(3)  # company link, description, first bullet
    assert focus() is window.editor.bullet_editor(job.bullets[0].id)
    type_("Cut p99 latency from 900 ms to 300 ms for 20M users")
    key(Qt.Key.Key_Return)
    type_("Shipped a ranker that lifted CTR 3% in a 2-week A/B test")
    assert [b.text for b in job.bullets] == [
        "Cut p99 latency from 900 ms to 300 ms for 20M users",
        "Shipped a ranker that lifted CTR 3% in a 2-week A/B test",
    ]
    key(Qt.Key.Key_Up, ALT)  # reorder bullets from the keyboard
    assert job.bullets[0].text.startswith("Shipped")

    go("Skills")
    key(Qt.Key.Key_E, CTRL | SHIFT)
    type_("Serving")
    tab()
    type_("vLLM, Triton")
    assert doc.resume.skills[0].items == ["vLLM", "Triton"]

    go("Publications")
    key(Qt.Key.Key_E, CTRL | SHIFT)
    type_("Fast Ranking")
    tab()  # the author list
    tab()  # its "Add author" button
    key(Qt.Key.Key_Space)
    type_("Ada Example")
    key(Qt.Key.Key_Return)
    pub = doc.resume.publications[0]
    assert pub.authors == ["Ada Example"]
    assert "First author" in window.editor.binder.widget(pub.id, "authors").indicator.text()

    key(Qt.Key.Key_K, CTRL | SHIFT)  # a custom section, title focused
    focus().selectAll()
    type_("Talks")
    section = doc.resume.custom[0]
    assert section.title == "Talks"
    tab(2)  # "Remove section", then the entry's title
    assert focus() is window.editor.binder.widget(section.entries[0].id, "title")
    type_("PyData 2024")

    key(Qt.Key.Key_Z, CTRL)  # undo the last typing burst
    assert section.entries[0].title == ""
    key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert section.entries[0].title == "PyData 2024"

    isolated.save_name = str(tmp_path / "ada")
    key(Qt.Key.Key_S, CTRL)
    saved = native.load(tmp_path / "ada.mlresume")
    assert saved.basics.name == "Ada Example"
    assert saved.experience[0].bullets[0].text.startswith("Shipped")
    assert saved.custom[0].entries[0].title == "PyData 2024"
    assert not window.isWindowModified()


def _tab_walk(window, qtbot, start) -> list:
    """The widgets Tab visits from ``start`` up to the editor's "Add entry" button."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(300):
        if seen[-1] is window.editor.add_button:
            return seen
        qtbot.keyClick(seen[-1], Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    raise AssertionError("Tab never reached Add entry")


def _card_of(window, widget) -> int:
    ids = [e.id for e in window.doc.entries(window.editor.section)]
    for n, entry_id in enumerate(ids):
        if window.editor.cards[entry_id].isAncestorOf(widget):
            return n
    return len(ids)  # the Add entry button


def test_tab_follows_the_cards_after_an_add_and_a_move(window, qtbot) -> None:
    from mlresume_gui.gui.commands import MoveEntry

    window.activateWindow()
    window.outline.select("projects")
    window.editor.add_entry()  # a card made after the section was shown
    doc = window.doc
    n = len(doc.resume.projects)
    first = window.editor.cards[doc.resume.projects[0].id].first_field()
    visited = [_card_of(window, w) for w in _tab_walk(window, qtbot, first)]
    assert visited == sorted(visited) and set(visited) == set(range(n + 1))
    doc.push(MoveEntry(doc, "projects", n - 1, 0))  # the new card goes to the top
    first = window.editor.cards[doc.resume.projects[0].id].first_field()
    visited = [_card_of(window, w) for w in _tab_walk(window, qtbot, first)]
    assert visited == sorted(visited) and set(visited) == set(range(n + 1))
