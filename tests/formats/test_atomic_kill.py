"""Saving is atomic under SIGKILL: children save version after version with formats.native.save
and are killed at random moments, over at least 200 saves in all; after every kill the file loads
as the last version saved or the one being saved, never anything else. Run with -s for figures."""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mlresume_gui.formats import atomic, native
from mlresume_gui.model import Resume

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

MIN_SAVES = 200
PAD = "x" * 20_000  # a larger-than-usual summary, so a write takes a moment


def _stamp(doc: Resume, n: int) -> Resume:
    doc.summary = f"version {n} {PAD}"
    return doc


def _version_of(path: Path) -> int:
    return int(native.load(path).summary.split()[1])  # loading must succeed: never a broken file


def _saver(doc: Resume, path: Path, first: int, pipe_w: int) -> None:
    """Child: save versions first, first+1, ... announcing each start (S) and finish (D)."""
    try:
        n = first
        while True:
            os.write(pipe_w, b"S%d\n" % n)
            native.save(_stamp(doc, n), path)
            os.write(pipe_w, b"D%d\n" % n)
            n += 1
    finally:
        os._exit(0)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A RAM-backed folder when there is one: a kill -9 (unlike a power cut) does not depend on
    fsync reaching the disk, and the test stays fast."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        import tempfile

        d = Path(tempfile.mkdtemp(prefix="mlresume-kill-", dir=shm))
        yield d
        for p in d.iterdir():
            p.unlink()
        d.rmdir()
    else:
        yield tmp_path


def test_kill_at_random_moments_leaves_old_or_new(folder: Path, sample_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    doc = native.load(sample_path)
    path = folder / "doc.mlresume"
    start = time.perf_counter()
    for n in range(5):
        native.save(_stamp(doc, n), path)
    save_s = (time.perf_counter() - start) / 5  # calibrates the kill delays, asserts nothing
    rng = random.Random(20240609)
    kills = mid_save = old = new = saves = 0
    current = _version_of(path)
    while saves < MIN_SAVES:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            _saver(doc, path, current + 1, w)
        os.close(w)
        head = os.read(r, 64)  # the child is running and has begun its first save
        time.sleep(rng.uniform(0, 10 * save_s))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(r, "rb") as fh:
            events = (head + fh.read()).decode().split()
        kills += 1
        done = [int(e[1:]) for e in events if e[0] == "D"]
        started = [int(e[1:]) for e in events if e[0] == "S"]
        saves += len(done)
        previous = done[-1] if done else current
        on_disk = _version_of(path)
        if started and started[-1] > previous:  # killed during the save of started[-1]
            mid_save += 1
            assert on_disk in (previous, started[-1]), f"got {on_disk}, expected {previous} or {started[-1]}"
            old += on_disk == previous
            new += on_disk == started[-1]
        else:
            assert on_disk == previous
        current = on_disk
    leftovers = sum(1 for p in folder.iterdir() if p != path)
    with capsys.disabled():
        print(f"\natomic kill test: {kills} kills over {saves} completed saves "
              f"(one save ~{save_s * 1000:.1f} ms); {mid_save} kills landed during a save "
              f"(file held the old version {old}x, the new one {new}x); 0 broken files; "
              f"{leftovers} temporary files left behind by killed saves")
    assert mid_save >= kills // 3, "the kills should often land during a save"
    # the leftovers of killed saves go with the next successful save once they are a minute old
    aged = time.time() - 2 * atomic.STALE_AFTER_S
    for p in folder.iterdir():
        if p != path:
            os.utime(p, (aged, aged))
    native.save(_stamp(doc, current + 1), path)
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_a_save_removes_only_stale_leftovers_of_its_own_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.mlresume"
    native.save(Resume(), path)
    aged = time.time() - 2 * atomic.STALE_AFTER_S
    stale = tmp_path / ".doc.mlresume.k3j_9x0a.tmp"  # a killed save, long ago
    running = tmp_path / ".doc.mlresume.q81mzz2b.tmp"  # a save under way in another process
    others = [tmp_path / ".other.mlresume.k3j_9x0a.tmp",  # another document's
              tmp_path / ".doc.mlresume.bak.k3j_9x0a.tmp",  # the leftover of "doc.mlresume.bak"
              tmp_path / ".doc.mlresume.notes.tmp", tmp_path / "doc.mlresume.k3j_9x0a.tmp"]
    for p in [stale, running, *others]:
        p.write_bytes(b"half a document")
        if p is not running:
            os.utime(p, (aged, aged))
    native.save(Resume(), path)
    assert not stale.exists()
    assert running.exists() and all(p.exists() for p in others)
    assert native.load(path) is not None


def test_writing_to_a_device_writes_into_it_and_leaves_it_a_device(tmp_path: Path) -> None:
    # ``convert ... -o /dev/null``: a rename over the device would replace it with a file
    before = os.stat(os.devnull).st_mode
    atomic.write_bytes_atomic(os.devnull, b"discarded")
    assert os.stat(os.devnull).st_mode == before
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        atomic.write_bytes_atomic(fifo, b"through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert fifo.is_fifo()
