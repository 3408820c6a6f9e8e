"""A whole session (open, import, edit, score, export; then the same in the window) opens no
network connection. An audit hook sees every socket the interpreter creates, including in the
forked reader processes; creating an Internet socket, connecting one or resolving a host name
fails the test. Parts whose modules are missing are skipped with the reason."""

from __future__ import annotations

import importlib.util
import os
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

from mlresume_gui.formats import native, sandbox
from mlresume_gui.formats.registry import WRITERS, read_document

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
INET = (socket.AF_INET, socket.AF_INET6)
_armed: list[bool] = []
attempts: list[str] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _armed:
        return
    bad = False
    if event == "socket.__new__":
        bad = args[1] in INET
    elif event in ("socket.connect", "socket.sendto", "socket.bind"):
        bad = getattr(args[0], "family", None) in INET
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                   "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"):
        bad = True
    if bad:
        attempts.append(f"{event}{args[:2]!r}")
        raise AssertionError(f"MLResume attempted network access: {event}")


sys.addaudithook(_audit)  # hooks cannot be removed: it stays inert unless a test arms it


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Any:
    if hasattr(os, "fork"):
        monkeypatch.setattr(sandbox, "START_METHOD", "fork")  # reader children inherit the hook
    attempts.clear()
    _armed.append(True)
    yield attempts
    _armed.clear()


def test_the_guard_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("192.0.2.1", 9), timeout=0.1)
    assert no_network
    no_network.clear()
    left, right = socket.socketpair()  # local sockets (the forkserver uses them) are fine
    left.close()
    right.close()
    assert not no_network


def _has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def test_headless_session_opens_no_socket(no_network: list[str], sample_path: Path, tmp_path: Path) -> None:
    resume = read_document(sample_path)  # open
    imported = {}
    for name in ("valid.pdf", "valid.docx", "valid.json", "latin1.txt"):  # import
        imported[name] = read_document(HOSTILE / name)
        assert imported[name].basics.name, f"{name} imported without a name"
    first = next(resume.iter_bullets())[-1]  # edit
    first.text = "Cut p99 latency from 80 ms to 35 ms for 2M daily users by batching requests"
    if _has("mlresume_gui.scoring.report"):  # score
        from mlresume_gui.scoring.report import score_report

        report = score_report(resume, "applied")
        assert report["bullets"]
    native.save(resume, tmp_path / "session.mlresume")  # save and reopen
    assert native.load(tmp_path / "session.mlresume").summary == resume.summary
    assert no_network == []
    _export_all_in_child(resume)  # export every format


def _export_all_in_child(resume: Any) -> None:
    """Run every writer in a forked child (the audit hook goes with it), so that an exporter
    that crashes the interpreter fails this check instead of killing the test run."""
    if not hasattr(os, "fork"):
        for writer in WRITERS.values():
            assert writer.dump(resume)
        return
    pid = os.fork()
    if pid == 0:
        import faulthandler

        faulthandler.disable()  # a crash is reported by the parent, not dumped into the test output
        code = 0
        try:
            for writer in WRITERS.values():
                if _has(f"mlresume_gui.formats.{writer.target.partition(':')[0]}"):
                    assert writer.dump(resume)
        except AssertionError:
            code = 3 if attempts else 4
        except BaseException:
            code = 4
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        pytest.fail(f"an exporter crashed the process (signal {os.WTERMSIG(status)})")
    code = os.WEXITSTATUS(status)
    assert code != 3, "an exporter attempted network access"
    assert code == 0, "an exporter failed"


@pytest.mark.skipif(not _has("mlresume_gui.gui.main_window"), reason="the window does not exist yet")
def test_window_session_opens_no_socket(no_network: list[str], qtbot: Any, sample_path: Path,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    from mlresume_gui.gui import dialogs, settings
    from mlresume_gui.gui.main_window import MainWindow

    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_a: "discard")
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    monkeypatch.setattr(sandbox, "START_METHOD", None)  # the window's own choice (forkserver)

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(str(sample_path), ask=False)  # open
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as done:  # import, off-thread
        window.import_file(str(HOSTILE / "valid.docx"))
    assert done.args == [True], errors
    from mlresume_gui.gui.commands import EditBulletText  # edit, as the editor does

    bullet = next(window.doc.resume.iter_bullets())[-1]
    window.doc.push(EditBulletText(window.doc, bullet.id, bullet.text, bullet.text + " for 3M users"))
    if _has("mlresume_gui.scoring.report"):  # score
        from mlresume_gui.scoring.report import score_report

        assert score_report(window.doc.resume, None)["overall"] >= 0
    assert window.files.save_to(str(tmp_path / "window.mlresume"))  # save
    window.autosaver.save_now()
    window.autosaver.wait()
    window.doc.undo_stack.setClean()
    qtbot.wait(50)
    assert no_network == [] and errors == []
