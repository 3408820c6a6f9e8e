"""Typing in every kind of field changes the model, and undo puts it (and the cursor) back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui.commands import EditAuthors
from mlresume_gui.model import PRESENT, PartialDate


def show(window, item_id: str, attr: str):
    window.focus_item(item_id, attr, -1)
    widget = window.editor.binder.widget(item_id, attr)
    assert widget is not None, (item_id, attr)
    return widget


def test_text_field_typing_merges_and_undo_restores_focus(window, qtbot) -> None:
    job = window.doc.resume.experience[1]
    field = show(window, job.id, "title")
    before = job.title
    qtbot.keyClicks(field, " II")
    assert job.title == before + " II"
    assert window.doc.undo_stack.count() == 1  # one burst, one step
    window.outline.select("basics")  # look elsewhere, then undo
    assert window.editor.section == "basics"
    window.doc.undo_stack.undo()
    assert job.title == before
    assert window.editor.section == "experience"
    focused = QApplication.focusWidget()
    assert focused is window.editor.binder.widget(job.id, "title")
    assert focused.cursorPosition() == len(before)
    window.doc.undo_stack.redo()
    assert job.title == before + " II"
    assert window.editor.binder.widget(job.id, "title").text() == job.title


def test_bursts_split_when_focus_leaves(window, qtbot) -> None:
    name = show(window, "basics", "name")
    qtbot.keyClicks(name, "A")
    headline = show(window, "basics", "headline")
    qtbot.keyClicks(headline, "B")
    name = show(window, "basics", "name")
    qtbot.keyClicks(name, "C")
    assert window.doc.undo_stack.count() == 3


def test_summary_multiline(window, qtbot) -> None:
    window.focus_item("resume", "summary", -1)
    field = window.editor.binder.widget("resume", "summary")
    qtbot.keyClicks(field, " Extra.")
    assert window.doc.resume.summary.endswith(" Extra.")
    window.doc.undo_stack.undo()
    assert not window.doc.resume.summary.endswith("Extra.")
    assert field.toPlainText() == window.doc.resume.summary


def test_location_and_links(window, qtbot) -> None:
    city = show(window, "location", "city")
    city.selectAll()
    qtbot.keyClicks(city, "Berlin")
    assert window.doc.resume.basics.location.city == "Berlin"
    gh = show(window, "basics", "link:GitHub")
    gh.selectAll()
    qtbot.keyClicks(gh, "not a url")
    assert gh.invalid and gh.toolTip()
    gh.selectAll()
    qtbot.keyClicks(gh, "https://github.com/someone")
    assert not gh.invalid
    assert window.doc.resume.basics.link("GitHub") == "https://github.com/someone"


def test_skills_items_list(window, qtbot) -> None:
    group = window.doc.resume.skills[0]
    field = show(window, group.id, "items")
    field.end(False)
    qtbot.keyClicks(field, ", Zig")
    assert group.items[-1] == "Zig"
    window.doc.undo_stack.undo()
    assert "Zig" not in group.items


def test_dates_month_year_present(window, qtbot) -> None:
    job = window.doc.resume.experience[1]
    end = show(window, job.id, "end")
    end.present.setChecked(True)
    assert job.end is PRESENT
    assert not end.year.isEnabled()
    end.present.setChecked(False)
    end.year.setValue(2024)
    end.month.setCurrentIndex(3)
    assert job.end == PartialDate(2024, 3)
    stack = window.doc.undo_stack
    stack.undo()
    assert job.end == PartialDate(2024, job.end.month) and job.end.month != 3
    while stack.canUndo():
        stack.undo()
    assert end.value() == job.end


def test_publication_fields_and_first_author(window, qtbot) -> None:
    pub = window.doc.resume.publications[0]
    authors = show(window, pub.id, "authors")
    owner = window.doc.resume.basics.name
    names = list(pub.authors)
    first = authors.indicator.text()
    # put someone else first, then the owner first
    others = [a for a in names if owner.split()[-1] not in a] or ["A. Nother"]
    window.doc.push(EditAuthors(window.doc, pub.id, names, [others[0], *[a for a in names if a != others[0]]]))
    assert "First author" not in authors.indicator.text()
    window.doc.undo_stack.undo()
    assert pub.authors == names and authors.indicator.text() == first
    # add an author through the widget
    authors.add_author()
    item = authors.list.item(authors.list.count() - 1)
    item.setText("New Person")
    assert pub.authors[-1] == "New Person"
    authors.list.setCurrentRow(authors.list.count() - 1)
    authors.move_author(-1)
    assert pub.authors[-2] == "New Person"
    authors.list.setCurrentRow(len(pub.authors) - 2)
    authors.remove_author()
    assert "New Person" not in pub.authors
    citations = show(window, pub.id, "citations")
    citations.setValue(123)
    assert pub.citations == 123
    citations.setValue(citations.minimum())
    assert pub.citations is None
    workshop = show(window, pub.id, "workshop")
    workshop.setChecked(not pub.workshop)
    flag = pub.workshop
    window.doc.undo_stack.undo()
    assert pub.workshop != flag and workshop.isChecked() == pub.workshop


def test_owner_rename_updates_first_author(window, qtbot) -> None:
    pub = window.doc.resume.publications[0]
    authors = show(window, pub.id, "authors")
    before = authors.indicator.text()
    name = show(window, "basics", "name")
    name.selectAll()
    qtbot.keyClicks(name, "Zed Unlisted")
    window.focus_item(pub.id, "authors", -1)
    assert window.editor.binder.widget(pub.id, "authors").indicator.text() != before


def test_competition_fields(window, qtbot) -> None:
    comp = window.doc.resume.competitions[0]
    teams = show(window, comp.id, "teams")
    teams.setValue(4321)
    assert comp.teams == 4321
    placement = show(window, comp.id, "placement")
    placement.selectAll()
    qtbot.keyClicks(placement, "3rd")
    assert comp.placement == "3rd"
    approach = show(window, comp.id, "approach")
    qtbot.keyClicks(approach, " More.")
    assert comp.approach.endswith("More.")


def test_education_fields(window, qtbot) -> None:
    edu = window.doc.resume.education[0]
    for attr, text in (("degree", "PhD"), ("field", "Robotics")):
        f = show(window, edu.id, attr)
        f.selectAll()
        qtbot.keyClicks(f, text)
        assert getattr(edu, attr) == text
    notes = show(window, edu.id, "notes")
    qtbot.keyClicks(notes, " Advisor: B.")
    assert edu.notes.endswith("Advisor: B.")


def test_bullet_typing_and_undo_cursor(window, qtbot) -> None:
    job = window.doc.resume.experience[0]
    bullet = job.bullets[0]
    window.focus_item(bullet.id, "text", 0)
    edit = window.editor.bullet_editor(bullet.id)
    original = bullet.text
    qtbot.keyClicks(edit, "Led: ")
    assert bullet.text == "Led: " + original
    window.outline.select("skills")
    window.doc.undo_stack.undo()
    assert bullet.text == original
    edit = window.editor.bullet_editor(bullet.id)
    assert QApplication.focusWidget() is edit
    assert edit.textCursor().position() == 0


def test_every_section_kind_accepts_typing(window, qtbot) -> None:
    from mlresume_gui.gui.editors.specs import ENTRY_FIELDS

    for section in ("experience", "education", "publications", "projects", "competitions", "awards",
                    "certificates", "skills", "languages", "volunteer", "interests", "references"):
        window.outline.select(section)
        window.editor.add_entry()
        entry = window.doc.entries(section)[-1]
        for attr, _label, control in ENTRY_FIELDS[section]:
            if control in ("text", "url", "multiline", "list"):
                w = window.editor.binder.widget(entry.id, attr)
                w.setFocus()
                qtbot.keyClicks(w, "abc.de")
                value = getattr(entry, attr)
                assert value == (["abc.de"] if control == "list" else "abc.de"), (section, attr)
        if hasattr(entry, "bullets"):
            edit = window.editor.bullet_editor(entry.bullets[0].id)
            qtbot.keyClicks(edit, "Cut cost 10%")
            assert entry.bullets[0].text == "Cut cost 10%"
    assert window.isWindowModified()
    qtbot.keyClick(window.outline, Qt.Key.Key_Home)


def test_bullet_fields_paint_their_own_background(window, qtbot) -> None:
    """A keystroke repaints the bullet field only: the style sheet's border turns the text area's own
    background off (so the card and the page behind it were repainted with every key)."""
    from mlresume_gui.gui import theme

    bid = window.doc.resume.experience[0].bullets[0].id
    window.focus_item(bid, "text", -1)
    edit = window.editor.bullet_editor(bid)
    qtbot.waitUntil(edit.isVisible)
    assert edit.viewport().autoFillBackground()
    app = QApplication.instance()
    before = app.property("mlresume_theme")
    theme.apply_theme(app, "dark")  # a new style sheet re-polishes every widget
    try:
        qtbot.waitUntil(lambda: edit.viewport().autoFillBackground())
    finally:
        theme.apply_theme(app, before or "light")
