"""The reader sandbox: time-outs really kill, memory is capped, failures become clear ReadErrors."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from mlresume_gui.formats import sandbox
from mlresume_gui.formats.errors import ReadError

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process limits are POSIX-only")

sys.path.insert(0, str(Path(__file__).parent))  # the children import sandbox_readers by name


def run(func: str, **kwargs: object) -> object:
    return sandbox.run_reader(f"sandbox_readers:{func}", "input.bin", package="", **kwargs)


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return Path(f"/proc/{pid}/status").exists() and "zombie" in Path(f"/proc/{pid}/status").read_text()


@pytest.fixture(params=["fork", "forkserver"])
def start_method(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(sandbox, "START_METHOD", request.param)
    return request.param


def test_result_comes_back_with_progress(start_method: str) -> None:
    seen: list[float] = []
    result = run("reports", progress=seen.append)
    assert result["path"] == "input.bin" and result["pid"] != os.getpid()
    assert seen == [0.25, 0.5, 0.75, 1.0]
    assert sandbox.last_stats.outcome == "ok"
    assert 0 < sandbox.last_stats.peak_bytes < 1024**3


@pytest.mark.parametrize("func", ["sleeps", "spins"])
def test_time_out_kills_the_child(func: str, start_method: str) -> None:
    pids: list[int] = []
    original = sandbox._peak_rss
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sandbox, "_peak_rss", lambda pid: (pids.append(pid), original(pid))[1])
        start = time.perf_counter()
        with pytest.raises(ReadError, match=r"took too long to read \(over 0.5 s\)"):
            run(func, time_limit=0.5)
    assert time.perf_counter() - start < 5
    assert pids and _gone(pids[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux only")
def test_memory_limit_turns_into_a_clear_reason(start_method: str) -> None:
    with pytest.raises(ReadError, match="too large to read in memory"):
        run("allocates", memory_limit=256 * 1024 * 1024)


def test_cancel_event_stops_the_read_at_once() -> None:
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.perf_counter()
    with pytest.raises(sandbox.ReadCancelled, match="import cancelled"):
        run("sleeps", cancel=cancel)
    assert time.perf_counter() - start < 3
    assert sandbox.last_stats.outcome == "cancelled"


def test_cancel_callable_is_polled() -> None:
    deadline = time.perf_counter() + 0.3
    with pytest.raises(sandbox.ReadCancelled):
        run("spins", cancel=lambda: time.perf_counter() > deadline)


def test_unexpected_exception_is_damaged_file_with_detail() -> None:
    with pytest.raises(sandbox.ReaderFailed, match=r"damaged file: it refers to a part that is missing$") as info:
        run("raises")
    assert "KeyError" in info.value.detail and "sandbox_readers" in info.value.detail


def test_runaway_recursion_is_nested_too_deeply() -> None:
    with pytest.raises(ReadError, match="nested too deeply"):
        run("recurses")


@pytest.mark.parametrize("func", ["segfaults", "exits"])
def test_child_crash_is_reported_not_raised_through(func: str) -> None:
    with pytest.raises(ReadError, match="crashed"):
        run(func)


def test_result_that_cannot_travel_back_is_a_read_error() -> None:
    with pytest.raises(ReadError, match="could not be passed back"):
        run("unpicklable")


def test_fork_is_not_used_when_threads_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "START_METHOD", None)
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert sandbox._context().get_start_method() != "fork"
    finally:
        stop.set()
        worker.join()


def test_read_document_reports_progress_and_can_be_cancelled() -> None:
    from mlresume_gui.formats.registry import read_document

    pdf = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "valid.pdf"
    seen: list[float] = []
    resume = read_document(pdf, progress=seen.append)
    assert resume.basics.name and seen and seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(sandbox.ReadCancelled) as info:
        read_document(pdf, cancel=lambda: True)
    assert str(info.value) == f"{pdf}: import cancelled"


def test_a_missing_module_is_blamed_on_the_installation_not_the_file(start_method: str) -> None:
    with pytest.raises(ReadError) as info:
        run("needs_missing_module", description="PDF file")
    reason = info.value.reason
    assert "damaged" not in reason
    assert "mlresume_no_such_library" in reason and "installation" in reason


def test_damaged_turns_an_import_error_into_the_installation_reason() -> None:
    from mlresume_gui.formats.errors import damaged

    exc = ModuleNotFoundError("No module named 'pycrfsuite'", name="pycrfsuite")
    reason = damaged("PDF file", exc).reason
    assert reason.startswith("reading this PDF file needs pycrfsuite") and "damaged" not in reason
    assert damaged("PDF file", ValueError("x")).reason.startswith("damaged PDF file: ")
