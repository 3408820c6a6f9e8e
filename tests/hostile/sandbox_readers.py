"""Misbehaving readers for the sandbox tests (run in the child process)."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable


def sleeps(path: str) -> str:
    time.sleep(60)
    return "finished"


def spins(path: str) -> str:
    while True:
        pass


def allocates(path: str) -> int:
    hoard = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GB, in 64 MB steps
    return len(hoard)


def raises(path: str) -> None:
    raise KeyError("xref")


def recurses(path: str, depth: int = 0) -> int:
    return recurses(path, depth + 1) + 1


def segfaults(path: str) -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGSEGV)


def exits(path: str) -> None:
    os._exit(7)


def reports(path: str, progress: Callable[[float], None] | None = None) -> dict[str, object]:
    for i in range(1, 5):
        if progress:
            progress(i / 4)
    return {"path": path, "pid": os.getpid()}


def unpicklable(path: str) -> object:
    return lambda: None


def needs_missing_module(path: str) -> None:
    """A reader whose library is not installed (a stale environment)."""
    import mlresume_no_such_library  # noqa: F401
