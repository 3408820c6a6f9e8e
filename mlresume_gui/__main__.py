"""``python -m mlresume_gui [FILE]`` and the ``mlresume`` command: the command line, which opens
the editor when no command is given."""

from __future__ import annotations

import sys


def open_editor(path: str | None) -> int:
    """Open the window on ``path`` (imported here so headless commands never load Qt widgets).

    The model and the native format are not imported here: the window's first frame needs
    neither (gui/first_frame.py), and the editor built just after it imports them.
    """
    from .gui.app import run

    return run(path)


def main(argv: list[str] | None = None) -> int:
    """Run the command line with the editor as its default action."""
    from .cli import main as cli_main

    return cli_main(argv, open_editor=open_editor)


if __name__ == "__main__":
    sys.exit(main())
