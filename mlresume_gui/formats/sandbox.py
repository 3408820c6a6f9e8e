"""Run a reader in a child process that is killed when it takes too long or asks for too much.

``run_reader("reading.pdf:load", path)`` returns what the reader returns (pickled back) or raises
:class:`ReadError` with a plain reason: "took too long to read (over 8 s)", "too large to read
in memory", "damaged PDF file: …" when the reader failed or crashed. A ``cancel`` callable or
``threading.Event`` checked by the parent stops the child at once (:class:`ReadCancelled`), and
``progress(fraction)`` receives the reader's progress reports.

On POSIX a single-threaded process without Qt (the command line) forks the child directly
(~15 ms); a process with threads (the window) asks a small forkserver started on first use or by
:func:`warm_up` (it preloads the readers), so a child never inherits the window's threads. The
child caps its address space (``RLIMIT_AS``) at what it maps at start plus the memory limit, so
an allocation past the budget fails as MemoryError. On Windows children are spawned and a job
object caps their memory (best effort; untested here). macOS does not enforce ``RLIMIT_AS``:
there only the time limit holds.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import logging
import multiprocessing
import os
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import limits
from .errors import ReadError, collecting_notes, damage_reason, locate, missing_module, note

POLL_S = 0.05
# Imported once by the forkserver so each child starts warm (missing modules are skipped).
PRELOAD = (
    "mlresume_gui.formats.registry",
    "mlresume_gui.formats.native",
    "mlresume_gui.formats.jsonresume",
    "mlresume_gui.formats.safe_xml",
    "mlresume_gui.formats.reading.pdf",
    "mlresume_gui.formats.reading.word",
    "mlresume_gui.formats.reading.text",
)

Cancel = Callable[[], bool] | threading.Event | None


class ReadCancelled(ReadError):
    """The user cancelled the read."""

    def __init__(self, path: str | None = None) -> None:
        super().__init__("import cancelled", path)


class ReaderFailed(ReadError):
    """The reader raised an unexpected exception; ``detail`` holds its traceback for the log."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.detail = detail


@dataclass
class RunStats:
    """What the last run cost: wall time (s), the child's peak resident memory (bytes), outcome."""

    seconds: float = 0.0
    peak_bytes: int = 0
    outcome: str = ""


last_stats = RunStats()
#: Start method override ("fork", "forkserver", "spawn"); None chooses per call (see _context).
START_METHOD: str | None = None
_lock = threading.Lock()
_preloaded = False


def _context() -> Any:
    """fork from a single-threaded process without Qt (the command line: fastest); else forkserver
    (the window: threads must not be forked); spawn where neither exists (Windows)."""
    methods = multiprocessing.get_all_start_methods()
    method = START_METHOD
    if method is None:
        if "fork" in methods and threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules:
            method = "fork"
        elif "forkserver" in methods:
            method = "forkserver"
        else:
            method = "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        global _preloaded
        with _lock:
            if not _preloaded:
                ctx.set_forkserver_preload(list(PRELOAD))
                _preloaded = True
    return ctx


def warm_up(for_window: bool = False) -> None:
    """Start the forkserver now: it takes ~0.5 s once (it preloads the readers). The editor calls
    this with ``for_window=True`` before it imports Qt, so the server starts while the window is
    built and the first document it opens does not wait for it."""
    methods = multiprocessing.get_all_start_methods()
    if for_window and "forkserver" in methods:
        with _lock:
            global _preloaded
            if not _preloaded:
                multiprocessing.get_context("forkserver").set_forkserver_preload(list(PRELOAD))
                _preloaded = True
        method = "forkserver"
    else:
        method = _context().get_start_method()
    if method == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _is_cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def run_reader(
    target: str,
    path: str,
    *,
    description: str = "file",
    progress: Callable[[float], None] | None = None,
    cancel: Cancel = None,
    time_limit: float | None = None,
    memory_limit: int | None = None,
    package: str = "mlresume_gui.formats",
) -> Any:
    """Call ``<package>.<module>.<function>`` on ``path`` in a child process; ``target`` is
    "module:function" (``package=""`` for an absolute module name)."""
    time_limit = limits.READ_TIME_LIMIT_S if time_limit is None else time_limit
    memory_limit = limits.READ_MEMORY_LIMIT_BYTES if memory_limit is None else memory_limit
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(
        target=_child_main, args=(sender, target, path, memory_limit, description, package), daemon=True
    )
    start = time.perf_counter()
    stats = RunStats()
    try:
        child.start()
        sender.close()
        return _supervise(child, receiver, stats, start, time_limit, progress, cancel, path)
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(2)
        with contextlib.suppress(ValueError):
            child.close()
        stats.seconds = time.perf_counter() - start
        global last_stats
        last_stats = stats


def _supervise(child: Any, conn: Any, stats: RunStats, start: float, time_limit: float,
               progress: Callable[[float], None] | None, cancel: Cancel, path: str) -> Any:
    while True:
        if _is_cancelled(cancel):
            stats.outcome = "cancelled"
            raise ReadCancelled(path)
        if time.perf_counter() - start > time_limit:
            stats.outcome = "time-out"
            raise ReadError(f"took too long to read (over {time_limit:g} s)")
        stats.peak_bytes = max(stats.peak_bytes, _peak_rss(child.pid))
        if not conn.poll(POLL_S):
            if not child.is_alive() and not conn.poll(0):
                return _died(child, stats)
            continue
        try:
            kind, *payload = conn.recv()
        except (EOFError, OSError):
            child.join(1)
            return _died(child, stats)
        if kind == "progress":
            if progress is not None:
                progress(payload[0])
            continue
        stats.peak_bytes = max(stats.peak_bytes, payload[-1])
        if kind == "ok":
            stats.outcome = "ok"
            for line in payload[1]:  # the reader's notes, passed on to this side's collector
                note(line)
            return payload[0]
        stats.outcome = kind
        if kind == "bug":
            raise ReaderFailed(payload[0], payload[1])
        raise ReadError(payload[0])


def _died(child: Any, stats: RunStats) -> Any:
    child.join(1)
    code = child.exitcode
    stats.outcome = f"died ({code})"
    if code is not None and code < 0 and -code == 9:  # killed by the system: out of memory
        raise ReadError("too large to read in memory")
    raise ReaderFailed(f"the reader crashed on this file (exit code {code}); the file may be damaged")


def _peak_rss(pid: int | None) -> int:
    """Peak resident memory of a running child (Linux); 0 where unknown."""
    if pid is None or not sys.platform.startswith("linux"):
        return 0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


# ---------------------------------------------------------------- child side

def _own_peak() -> int:
    try:
        import resource
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _address_space() -> int:
    """This process's mapped address space in bytes (Linux); 0 elsewhere."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _windows_memory_limit(memory_limit: int) -> None:
    """Put this process in a job object that caps its committed memory (Windows 8 and later)."""
    import ctypes
    from ctypes import wintypes

    class Basic(ctypes.Structure):
        _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
                    ("LimitFlags", wintypes.DWORD), ("MinimumWorkingSetSize", ctypes.c_size_t),
                    ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", wintypes.DWORD),
                    ("Affinity", ctypes.c_size_t), ("PriorityClass", wintypes.DWORD),
                    ("SchedulingClass", wintypes.DWORD)]

    class Extended(ctypes.Structure):
        _fields_ = [("BasicLimitInformation", Basic), ("IoInfo", ctypes.c_uint64 * 6),
                    ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    job = kernel32.CreateJobObjectW(None, None)
    info = Extended()
    info.BasicLimitInformation.LimitFlags = 0x100  # JOB_OBJECT_LIMIT_PROCESS_MEMORY
    info.ProcessMemoryLimit = memory_limit
    if job and kernel32.SetInformationJobObject(job, 9, ctypes.byref(info), ctypes.sizeof(info)):
        kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess())


def _apply_limits(memory_limit: int) -> None:
    if os.name == "nt":
        with contextlib.suppress(Exception):  # best effort: the time limit still applies
            _windows_memory_limit(memory_limit)
        return
    try:
        import resource
    except ImportError:
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform == "darwin":  # not enforced there, and a Mac process maps GBs it never uses
        return
    with contextlib.suppress(ValueError, OSError, AttributeError):
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = _address_space() + memory_limit  # what the child already maps, plus the budget
        limit = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _child_main(conn: Any, target: str, path: str, memory_limit: int, description: str,
                package: str) -> None:
    """Runs in the child: read, send back ("ok", result, peak) or an error; never raises."""
    _apply_limits(memory_limit)
    logging.disable(logging.CRITICAL)  # library warnings about a damaged file are not for stderr
    warnings.simplefilter("ignore")
    last = [-1.0]

    def report(fraction: float) -> None:
        if fraction - last[0] >= 0.01 or fraction >= 1.0:
            last[0] = fraction
            with contextlib.suppress(Exception):
                conn.send(("progress", float(fraction)))

    try:
        module, _, name = target.partition(":")
        if module.startswith("docx"):
            from .safe_xml import harden_docx_parser

            harden_docx_parser()
        func = getattr(importlib.import_module(f"{package}.{module}" if package else module), name)
        takes_progress = "progress" in inspect.signature(func).parameters
        with collecting_notes() as notes:
            result = func(path, progress=report) if takes_progress else func(path)
        message: tuple[Any, ...] = ("ok", result, notes, _own_peak())
    except ReadError as exc:
        message = ("error", exc.reason, _own_peak())
    except MemoryError:
        message = ("error", "too large to read in memory", _own_peak())
    except RecursionError:
        message = ("error", f"damaged {description}: its structure is nested too deeply", _own_peak())
    except ImportError as exc:  # the installation, not the file
        message = ("error", missing_module(description, exc), _own_peak())
    except Exception as exc:
        detail = "".join(traceback.format_exception(exc))[-4000:]
        message = ("bug", f"damaged {description}: {damage_reason(exc)}", detail, _own_peak())
    locate("")
    try:
        conn.send(message)
    except MemoryError:
        conn.send(("error", "too large to read in memory", _own_peak()))
    except Exception as exc:  # e.g. a result that cannot be pickled
        conn.send(("bug", f"the {description} was read but the result could not be passed back "
                   "(a fault in MLResume: please report it)", repr(exc), _own_peak()))
    finally:
        conn.close()
