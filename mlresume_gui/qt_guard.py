"""Guard against a PySide6 6.12.0 defect on Python < 3.12: methods returning ``void`` hand back
``None`` without taking a reference (and ``bool`` results likewise lose a reference to True/False), so
the process aborts ("deallocating None", "deallocating True or False") after a few thousand Qt calls.

:func:`protect_none` gives None a reference count so large that it cannot reach zero in the life of a
process (what Python 3.12 does for every interpreter by making None immortal). It is a no-op on
Python 3.12+ and on PySide6 versions without the defect. Call it once, before the first Qt call.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 46


def affected() -> bool:
    """True when the running PySide6 loses a reference to None per void call."""
    if sys.version_info >= (3, 12):
        return False
    try:
        from PySide6.QtCore import QObject
    except ImportError:
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def protect_none() -> bool:
    """Make the reference counts of None, True and False unreachable by the defect; True when needed."""
    if not affected():
        return False
    for singleton in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: first field of PyObject
        if refcnt.value < _MARGIN:
            refcnt.value += _MARGIN
    return True
