"""The live side panel (issue 5): ``install_panel(window)`` puts it into the main window."""

from .panel import SidePanel, install_panel

__all__ = ["SidePanel", "install_panel"]
