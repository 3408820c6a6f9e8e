"""View > Preview: page images of the chosen template and variant, redrawn after edits (debounced),
and idle while hidden."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QImage

from mlresume_gui.formats.writing.layout import prepare
from mlresume_gui.gui import preview as preview_mod
from mlresume_gui.gui.commands import EditBulletText
from mlresume_gui.gui.preview import render_pages
from mlresume_gui.gui.variant_commands import CreateVariant, HideInVariant


@pytest.fixture
def window(window: Any) -> Any:
    """The window with its after-first-paint tools built now."""
    window.ensure_tools()
    return window


def _open(window: Any, qtbot: Any) -> Any:
    assert window.preview is None  # built on first show, not at start-up
    window.preview_dock.show()
    pane = window.preview
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pass
    return pane


def test_preview_shows_pages(window: Any, qtbot: Any) -> None:
    pane = _open(window, qtbot)
    assert len(pane.images) >= 1 and len(pane.labels) == len(pane.images)
    image = pane.images[0]
    assert image.width() >= preview_mod.MIN_PAGE_WIDTH and image.height() > image.width()
    inked = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height() // 3, 3)
                if image.pixelColor(x, y).lightness() < 200)
    assert inked > 100  # text was drawn, not a blank page
    assert "page" in pane.info.text()


def test_preview_follows_edits_after_a_pause(window: Any, qtbot: Any) -> None:
    pane = _open(window, qtbot)
    first = QImage(pane.images[0])
    doc = window.doc
    bullet = doc.resume.experience[0].bullets[0]
    count: list[int] = []
    pane.rendered.connect(count.append)
    for i in range(5):  # a burst of keystrokes makes one redraw
        doc.push(EditBulletText(doc, bullet.id, bullet.text, bullet.text + " and more" * (i + 1)))
    assert pane.timer.isActive() and count == []  # nothing drawn on the keystroke path
    qtbot.waitUntil(lambda: bool(count), timeout=10000)
    qtbot.wait(preview_mod.DEBOUNCE_MS + 100)
    assert len(count) == 1
    assert pane.images[0] != first


def test_preview_follows_the_variant_and_template(window: Any, qtbot: Any) -> None:
    pane = _open(window, qtbot)
    doc = window.doc
    cmd = CreateVariant(doc, "One job")
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        doc.push(cmd)
    base = QImage(pane.images[0])
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        doc.push(HideInVariant(doc, cmd.variant.id, doc.resume.experience[0].id))
    assert "One job" in pane.info.text() and pane.images[0] != base
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.template.setCurrentIndex(pane.template.findData("compact"))
    from mlresume_gui.gui import settings

    assert settings.get("preview/template") == "compact"


def test_hidden_preview_does_not_render(window: Any, qtbot: Any) -> None:
    pane = _open(window, qtbot)
    window.preview_dock.hide()
    assert not pane.isVisible()
    shown = list(pane.images)
    bullet = window.doc.resume.experience[0].bullets[0]
    window.doc.push(EditBulletText(window.doc, bullet.id, bullet.text, bullet.text + "!"))
    assert not pane.timer.isActive()
    qtbot.wait(50)
    assert pane.images == shown


def test_render_pages_counts_pages() -> None:
    from mlresume_gui.formats import native
    from mlresume_gui.resources import sample_resume

    resume = native.load(sample_resume())
    layout, tpl, _view = prepare(resume, None, "classic")
    one = render_pages(layout, tpl, 400)
    for _ in range(4):  # four times the content needs more pages
        resume.experience.extend(resume.experience[:3])
    longer = render_pages(prepare(resume, None, "classic")[0], tpl, 400)
    assert len(one) >= 1 and len(longer) > len(one)
    assert all(img.width() == 400 for img in longer)


def test_fit_width_and_zoom(window: Any, qtbot: Any) -> None:
    pane = _open(window, qtbot)
    window.preview_dock.resize(520, 700)
    assert pane.fit_width
    ratio = pane.devicePixelRatioF()
    fitted = pane.images[0].width() / ratio
    assert fitted <= max(preview_mod.MIN_PAGE_WIDTH, pane.scroll.viewport().width()) + 1  # never cut
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.zoom.setCurrentIndex(pane.zoom.findData(1.0))
    printed = pane._page_mm / 25.4 * preview_mod.SCREEN_DPI
    assert abs(pane.images[0].width() / ratio - printed) <= 1
    assert abs(pane.shown_scale() - 1.0) < 0.01
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.zoom_step(1)
    assert pane.zoom.currentData() == 1.25 and pane.shown_scale() > 1.2
    if pane.images[0].width() / ratio > pane.scroll.viewport().width():
        assert pane.scroll.horizontalScrollBar().maximum() > 0  # wider than the pane: it scrolls
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.zoom.setCurrentIndex(0)
    assert pane.fit_width and settings_zoom() == 0.0


def settings_zoom() -> float:
    from mlresume_gui.gui import settings

    return float(settings.get("preview/zoom"))
