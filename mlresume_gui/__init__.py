"""MLResume: an offline resume editor for machine-learning engineers."""

from __future__ import annotations

APP_NAME = "MLResume"
ORG_NAME = "MLResume"


def __getattr__(name: str) -> str:
    """``__version__`` is looked up on first use: ``importlib.metadata`` costs 60-130 ms at start-up,
    which only ``--version``, the About box and crash reports need."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("mlresume")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        version = "0.0.0+source"
    globals()["__version__"] = version
    return version
