"""Why a bullet scores low: notes naming the components that cost it the most points.

A bullet below the explain threshold (``scoring.toml`` ``[explain]``) always carries at least one
finding that says what costs it points and how to fix it. The flags explain some components
already (``no-metric`` the outcome, ``vague`` the specificity, ``weak-verb`` the opener); the notes
here explain the rest: an outcome missing behind effort or scale, little signal for the target, no
named technology, no scale, a short bullet or a plain opener.
"""

from __future__ import annotations

from .rules import Raised

# The note raised when a component loses points, by component (COMPONENTS order of bullet.py).
NOTE_OF = {
    "quantified outcome": "no-outcome",
    "specificity": "unspecific",
    "scale": "no-scale",
    "named technology": "unnamed-tech",
    "archetype signal": "off-target",
    "verb strength": "plain-opener",
    "length": "short-bullet",
}
# The flags that already explain a component's loss.
EXPLAINED_BY = {
    "quantified outcome": ("no-metric", "vague"),
    "specificity": ("vague",),
    "verb strength": ("weak-verb",),
    "length": ("long-bullet",),
    "named technology": ("buzzword-stack",),
}

_EXPLAINED_BY = {name: frozenset(codes) for name, codes in EXPLAINED_BY.items()}
_NONE: frozenset[str] = frozenset()
_new = tuple.__new__  # a named tuple built without its Python-level __new__


def explain(components: tuple[tuple[str, float], ...], weights: tuple[float, ...], codes: tuple[str, ...],
            gate: float, opener: tuple[int, int], length: int, cfg: dict[str, float]) -> tuple[Raised, ...]:
    """The notes of a low-scoring bullet: the costliest components the raised ``codes`` leave unexplained.

    ``components`` are (name, value) in the scorer's order and ``weights`` their weights (summing
    to 1); ``gate`` the share of its points a bullet without an outcome keeps. Each note carries
    the points its component costs (rounded) as its detail.
    """
    losses = []
    min_points = cfg["min_points"]
    for (name, value), weight in zip(components, weights, strict=True):
        if name == "scale" and gate < 1.0 and value > 0.0:
            continue  # the scale is there, discounted for want of an outcome: the outcome note says so
        lost = 100.0 * weight * (1.0 - value) * gate
        if name == "quantified outcome" and gate < 1.0:
            lost += 100.0 * (1.0 - gate) * 0.5  # the outcome gate's share of what is lost
        if lost >= min_points and _EXPLAINED_BY.get(name, _NONE).isdisjoint(codes):
            losses.append((lost, name))
    losses.sort(reverse=True)
    out = []
    for lost, name in losses[: int(cfg["notes"])]:
        code = NOTE_OF[name]
        if code == "no-outcome" and gate >= 1.0:
            code = "small-outcome"  # an outcome is there, but a count or a scale rather than a change
        start, end = (opener if code == "plain-opener" else (0, length))
        out.append(_new(Raised, (code, start, end, (str(round(lost)),))))
    return tuple(out)
