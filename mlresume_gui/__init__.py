"""MLResume: an offline resume editor for machine-learning engineers."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("mlresume")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

APP_NAME = "MLResume"
ORG_NAME = "MLResume"
