"""``python -m mlresume_gui [FILE]`` and the ``mlresume`` command."""

from __future__ import annotations

import sys


def main() -> int:
    """Run the command line (which opens the editor when no command is given)."""
    from .cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
