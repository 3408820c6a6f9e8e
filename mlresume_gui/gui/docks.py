"""Docks whose content is built the first time they are shown (start-up stays fast)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget


def lazy_dock(window: Any, title: str, name: str, attr: str, build: Callable[[], QWidget],
              action_text: str, shortcut: str | QKeySequence,
              separator: bool = False) -> tuple[QDockWidget, QAction]:
    """A hidden right-hand dock on ``window`` whose widget ``build()`` makes on first show (kept
    as ``window.<attr>``), and its View-menu toggle action (after a separator if asked)."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    setattr(window, attr, None)

    def shown(visible: bool) -> None:
        if visible and getattr(window, attr) is None:
            widget = build()
            setattr(window, attr, widget)
            dock.setWidget(widget)

    dock.visibilityChanged.connect(shown)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    act = dock.toggleViewAction()
    act.setText(action_text)
    act.setShortcut(shortcut)
    window.addAction(act)
    view_menu = next((a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"), None)
    if view_menu is not None:
        if separator:
            view_menu.addSeparator()
        view_menu.addAction(act)
    return dock, act
