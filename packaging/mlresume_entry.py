"""Entry point of the frozen MLResume bundle: the same as the ``mlresume`` console script."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The PDF reader runs in a child process (formats/sandbox.py); in a frozen program that child
    # is this executable again, and freeze_support() turns it into the worker instead of the CLI.
    multiprocessing.freeze_support()
    from mlresume_gui.__main__ import main

    sys.exit(main())
