"""User-facing errors of reading and writing files: one clear line, never a traceback."""

from __future__ import annotations


class ReadError(Exception):
    """An input that cannot be read; ``str(err)`` is the one-line reason shown to the user."""

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {reason}" if path else reason)


class WriteError(Exception):
    """An output that cannot be written; ``str(err)`` is the one-line reason."""

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {reason}" if path else reason)
