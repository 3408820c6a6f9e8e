"""A number of a bullet as the scorer reads it: its kind, value, span and whether it is a result."""

from __future__ import annotations

import math
from typing import NamedTuple


class Quantity(NamedTuple):
    """A number in a bullet: its kind, value (with magnitude), span and whether it is a result."""

    kind: str
    value: float
    start: int
    end: int
    result: bool


def magnitude_score(value: float, reference: float) -> float:
    """How close ``value`` comes to ``reference`` on a log scale, in [0, 1]."""
    if value <= 1 or reference <= 1:
        return 1.0 if value >= reference else 0.0
    return max(0.0, min(1.0, math.log10(value) / math.log10(reference)))
