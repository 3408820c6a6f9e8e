"""Shared test helpers: paths to the sample and fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = ROOT / "resources" / "sample" / "sample.mlresume"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
