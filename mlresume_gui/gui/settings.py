"""User settings through QSettings, driven by one defaults dictionary (values read with the default's type)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

ORGANIZATION = "MLResume"
APPLICATION = "MLResume"

DEFAULTS: dict[str, Any] = {
    "files/last": "",
    "files/recent": [],
    "files/recent_max": 8,
    "files/last_dir": "",
    "files/written": [],  # "sha256 path" of the documents this program last saved (own_files.py)
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": [240, 640, 340],
    "window/theme": "light",  # the palette last shown: start-up's first frame uses it
    "autosave/idle_ms": 1500,
    "autosave/max_ms": 5000,
    "editor/spellcheck": True,
    "editor/page_words": 500,
    "export/dir": "",
    "export/format": "pdf",
    "export/template": "classic",
    "export/embed": True,  # PDF and Word exports carry their MLResume data (reopen exactly)
    "preview/template": "classic",
    "preview/zoom": 0.0,  # 0: fit the page to the pane's width, else a scale of the printed size
}


_cached: QSettings | None = None


def _store() -> QSettings:
    """One QSettings for the process (creating and syncing one per call costs a disk write each)."""
    global _cached
    if _cached is None:
        _cached = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    return _cached


def reset() -> None:
    """Forget the cached store (after ``QSettings.setPath`` in tests)."""
    global _cached
    if _cached is not None:
        _cached.sync()
    _cached = None


def sync() -> None:
    """Write pending values to disk now (on exit and before another process reads them)."""
    _store().sync()


def get(key: str) -> Any:
    """The stored value of ``key`` with the type of its default."""
    default = DEFAULTS[key]
    value = _store().value(key, default)
    if value is None:
        return default
    if isinstance(default, bool):
        return value in (True, "true", "1", 1)
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if isinstance(value, str):
            value = [value] if value else []
        items = list(value)
        return [type(default[0])(v) for v in items] if default else [str(v) for v in items]
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else default
    return str(value)


def put(key: str, value: Any) -> None:
    """Store ``value`` under ``key`` (which must be in DEFAULTS)."""
    if key not in DEFAULTS:
        raise KeyError(key)
    _store().setValue(key, value)


def data_dir() -> str:
    """The user's data folder for MLResume (recovery files, personal dictionary, logs)."""
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
