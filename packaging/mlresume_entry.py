"""Entry point of the frozen MLResume bundle: the same as the ``mlresume`` console script."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # The PDF reader runs in a child process (formats/sandbox.py); in a frozen program that child
    # is this executable again, and freeze_support() turns it into the worker instead of the CLI.
    multiprocessing.freeze_support()
    report = os.environ.get("MLRESUME_FROZEN_PROBE")
    if report and len(sys.argv) == 2:  # scripts/smoke_frozen.py: exercise the window's features
        import frozen_probe  # packaging/frozen_probe.py

        sys.exit(min(frozen_probe.run(report, sys.argv[1]), 100))
    from mlresume_gui.__main__ import main

    sys.exit(main())
