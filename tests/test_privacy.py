"""The program never opens a network connection: socket creation fails the test."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from mlresume_gui.cli import main


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    class GuardedSocket(socket.socket):
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                attempts.append(f"socket({family})")
                raise AssertionError("MLResume tried to open a network socket")
            super().__init__(family, *args, **kwargs)

    def guarded_connection(*args: object, **kwargs: object) -> None:
        attempts.append(f"create_connection{args}")
        raise AssertionError("MLResume tried to connect")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", guarded_connection)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_connection)
    return attempts


def test_convert_opens_no_socket(no_network: list[str], sample_path: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    exported = tmp_path / "o.json"
    assert main(["convert", str(sample_path), "--format", "json-resume", "-o", str(exported)]) == 0
    assert main(["convert", str(exported), "--format", "mlresume", "-o", str(tmp_path / "o.mlresume")]) == 0
    assert main(["convert", str(exported), "--format", "mlresume"]) == 0
    capsys.readouterr()
    assert no_network == []
