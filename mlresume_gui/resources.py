"""The one place that finds ``resources/``: in a checkout, an installed package or a frozen bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder that holds the product's data files.

    Looked up, in order: ``MLRESUME_RESOURCES``; a PyInstaller bundle (``sys._MEIPASS``, which is
    ``Contents/Frameworks`` or ``Contents/Resources`` inside a macOS ``.app`` and ``_internal`` beside
    a Windows or Linux executable); the source checkout (one level above this package).
    """
    env = os.environ.get("MLRESUME_RESOURCES")
    candidates: list[Path] = [Path(env)] if env else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        base = Path(bundle)
        candidates += [base / "resources", base.parent / "Resources" / "resources"]
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "resources"]
    for c in candidates:
        if (c / "knowledge").is_dir() or (c / "sample").is_dir():
            return c
    raise FileNotFoundError("MLResume's resources folder was not found; the installation is broken")


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return resources_dir().joinpath(*parts)


def sample_resume() -> Path:
    """The bundled sample resume opened on first start."""
    return resource("sample", "sample.mlresume")
