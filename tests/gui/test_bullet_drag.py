"""Dragging bullets by their glyph: within an entry and into another entry of the same section,
each move one undo step, with a line showing where the bullet will land."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui.bullet_drag import MIME_TYPE, BulletHandle, bullet_mime, read_bullet_mime


def _ids(entry) -> list[str]:
    return [b.id for b in entry.bullets]


def _list(window, entry):
    window.outline.select(window.doc.section_of(entry.id))
    return window.editor.cards[entry.id].bullets


def _laid_out(qtbot, blist) -> None:
    qtbot.waitUntil(lambda: all(row.height() > 0 for row, _e in blist._rows.values()), timeout=2000)


def test_drop_within_an_entry_is_one_undo_step(window) -> None:
    entry = window.doc.resume.experience[0]
    blist = _list(window, entry)
    ids = _ids(entry)
    steps = window.doc.undo_stack.count()
    assert blist.drop_bullet(entry.id, ids[0], len(ids))  # to the end
    assert _ids(entry) == [*ids[1:], ids[0]]
    shown = [blist._layout.itemAt(i).widget() for i in range(blist._layout.count())]
    assert shown == [blist._rows[i][0] for i in _ids(entry)]  # the rows follow the model
    assert window.doc.undo_stack.count() == steps + 1
    assert QApplication.focusWidget() is window.editor.bullet_editor(ids[0])
    assert blist.drop_bullet(entry.id, ids[3], 1)  # upwards: before the bullet now second
    assert _ids(entry) == [ids[1], ids[3], ids[2], ids[4], ids[0]]
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert _ids(entry) == ids
    # dropping a bullet just before or after itself changes nothing
    assert not blist.drop_bullet(entry.id, ids[2], 2)
    assert not blist.drop_bullet(entry.id, ids[2], 3)
    assert window.doc.undo_stack.count() == steps + 2 and window.doc.undo_stack.index() == steps


def test_drop_into_another_entry_of_the_section(window) -> None:
    first, second = window.doc.resume.experience[:2]
    target = _list(window, second)
    ids1, ids2 = _ids(first), _ids(second)
    moved = ids1[1]
    text = first.bullets[1].text
    assert target.drop_bullet(first.id, moved, 1)
    assert _ids(first) == [ids1[0], *ids1[2:]]
    assert _ids(second) == [ids2[0], moved, *ids2[1:]]
    # the rows follow: the bullet is edited in its new entry's card now
    assert window.editor.cards[first.id].bullets.editor(moved) is None
    edit = target.editor(moved)
    assert edit is not None and edit.toPlainText() == text
    assert QApplication.focusWidget() is edit
    window.doc.undo_stack.undo()
    assert _ids(first) == ids1 and _ids(second) == ids2
    assert window.editor.cards[first.id].bullets.editor(moved) is not None
    assert target.editor(moved) is None
    window.doc.undo_stack.redo()
    assert _ids(second) == [ids2[0], moved, *ids2[1:]]


def test_drop_refused_from_another_section(window) -> None:
    project = window.doc.resume.projects[0]
    job = window.doc.resume.experience[0]
    blist = _list(window, job)
    before = (_ids(project), _ids(job))
    assert not blist.accepts_from(project.id, project.bullets[0].id)
    assert not blist.drop_bullet(project.id, project.bullets[0].id, 0)
    assert not blist.accepts_from(job.id, project.bullets[0].id)  # ids that do not belong together
    assert (_ids(project), _ids(job)) == before


def test_drag_and_drop_events_move_the_bullet(window, qtbot) -> None:
    entry = window.doc.resume.experience[0]
    blist = _list(window, entry)
    _laid_out(qtbot, blist)
    ids = _ids(entry)
    rows = [blist._rows[i][0] for i in ids]
    # the pointer over the upper half of the third row: the bullet will land before it
    over = QPointF(rows[2].geometry().center().x(), rows[2].geometry().top() + 2)
    mime = bullet_mime(entry.id, ids[4])
    enter = QDragEnterEvent(over.toPoint(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(blist, enter)
    assert enter.isAccepted() and enter.dropAction() == Qt.DropAction.MoveAction
    move = QDragMoveEvent(over.toPoint(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(blist, move)
    assert move.isAccepted()
    line = blist._indicator
    assert line is not None and line.isVisible()
    assert rows[1].geometry().bottom() <= line.geometry().center().y() <= rows[2].geometry().top()
    drop = QDropEvent(over, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(blist, drop)
    assert drop.isAccepted()
    assert _ids(entry) == [ids[0], ids[1], ids[4], ids[2], ids[3]]
    assert not line.isVisible()
    window.doc.undo_stack.undo()
    assert _ids(entry) == ids


def test_drag_over_a_bullet_field_reaches_its_list(window, qtbot) -> None:
    first, second = window.doc.resume.experience[:2]
    target = _list(window, second)
    _laid_out(qtbot, target)
    edit = target.editor(second.bullets[0].id)
    inside = edit.viewport().rect().center()
    mime = bullet_mime(first.id, first.bullets[0].id)
    enter = QDragEnterEvent(inside, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(edit.viewport(), enter)  # the text field declines; its bullet list takes it
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(inside), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    moved = first.bullets[0].id
    QApplication.sendEvent(edit.viewport(), drop)
    assert moved in _ids(second) and moved not in _ids(first)


def test_plain_text_drags_are_not_bullet_moves(window, qtbot) -> None:
    entry = window.doc.resume.experience[0]
    blist = _list(window, entry)
    mime = QMimeData()
    mime.setText("some text")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(blist, enter)
    assert not enter.isAccepted()
    assert read_bullet_mime(mime) is None
    broken = QMimeData()
    broken.setData(MIME_TYPE, b"only-one-part")
    assert read_bullet_mime(broken) is None
    assert read_bullet_mime(bullet_mime("e1", "b1")) == ("e1", "b1")


def test_every_bullet_row_has_a_drag_handle(window) -> None:
    entry = window.doc.resume.experience[0]
    blist = _list(window, entry)
    handles = blist.findChildren(BulletHandle)
    assert sorted(h.bullet_id for h in handles) == sorted(_ids(entry))
    handle = handles[0]
    assert handle.cursor().shape() == Qt.CursorShape.OpenHandCursor
    assert handle.focusPolicy() == Qt.FocusPolicy.NoFocus and handle.toolTip()


def test_pressing_and_moving_the_handle_starts_a_drag(window, qtbot, monkeypatch) -> None:
    from PySide6.QtGui import QDrag

    entry = window.doc.resume.experience[0]
    blist = _list(window, entry)
    _laid_out(qtbot, blist)
    handle = next(h for h in blist.findChildren(BulletHandle) if h.bullet_id == entry.bullets[1].id)
    started: list = []

    def fake_exec(drag, *_args) -> Qt.DropAction:
        started.append((read_bullet_mime(drag.mimeData()), drag.pixmap().isNull()))
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=QPoint(5, 8))
    qtbot.mouseMove(handle, QPoint(6, 9))  # less than the drag distance: nothing yet
    assert not started
    qtbot.mouseMove(handle, QPoint(7, 8 + 3 * QApplication.startDragDistance()))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton)
    assert started == [((entry.id, entry.bullets[1].id), False)]  # the row's picture follows the pointer
    assert handle.cursor().shape() == Qt.CursorShape.OpenHandCursor


# -- entry cards -----------------------------------------------------------------------------------
def test_entry_cards_are_dragged_by_their_grip(window, qtbot) -> None:
    from mlresume_gui.gui.bullet_drag import ENTRY_MIME_TYPE, pair_mime
    from mlresume_gui.gui.editors.entry_drag import EntryHandle

    doc = window.doc
    window.outline.select("experience")
    ids = [e.id for e in doc.resume.experience]
    view = window.editor
    page = view.widget()
    qtbot.waitUntil(lambda: all(view.cards[i].height() > 0 for i in ids), timeout=2000)
    handles = page.findChildren(EntryHandle)
    assert sorted(h.card.entry_id for h in handles) == sorted(ids)
    assert handles[0].cursor().shape() == Qt.CursorShape.OpenHandCursor
    # the last card, dragged over the top half of the first one, lands first
    first = view.cards[ids[0]].geometry()
    over = QPoint(first.center().x(), first.top() + 5)
    mime = pair_mime(ENTRY_MIME_TYPE, "experience", ids[2])
    enter = QDragEnterEvent(over, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(over, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, move)
    assert move.isAccepted() and page._indicator.isVisible()
    drop = QDropEvent(QPointF(over), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, drop)
    assert [e.id for e in doc.resume.experience] == [ids[2], ids[0], ids[1]]
    assert not page._indicator.isVisible()
    doc.undo_stack.undo()
    assert [e.id for e in doc.resume.experience] == ids
    # an entry of another section, a bullet drag, and a drop on itself are refused
    other = pair_mime(ENTRY_MIME_TYPE, "projects", doc.resume.projects[0].id)
    refused = QDragEnterEvent(over, Qt.DropAction.MoveAction, other, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, refused)
    assert not refused.isAccepted()
    assert not view.drop_entry(ids[1], 1) and not view.drop_entry(ids[1], 2)
    assert view.drop_entry(ids[0], 3) and [e.id for e in doc.resume.experience] == [ids[1], ids[2], ids[0]]
