"""The halves tuned on meet the bars; the held-out ones are read and reported, and the newest one
never falls below where it started (scripts/scoring_eval.py prints every half)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _eval_module():
    spec = importlib.util.spec_from_file_location("scoring_eval", ROOT / "scripts" / "scoring_eval.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_tuning_halves_meet_the_bars() -> None:
    """``tune``, and ``heldout8`` since the fifth round tunes on its misses."""
    for half in ("tune", "heldout8"):
        r = _eval_module().evaluate(half)
        assert r["pairs"] >= 0.98 and r["hard"] >= 0.97, r
        assert r["flag_recall"] >= 0.97 and r["false_flags"] <= 0.03, r
        assert r["resume_recall"] >= 0.9 and r["false_findings"] == 0, r
        assert r["unexplained"] == 0, r


# Where each half tuned on (or measured after tuning) stood when its round ended (the seventh for
# heldout9-18, the eighth for heldout19-27): pairs, hard pairs and flag recall may not fall below
# these, nor false flags rise above theirs. Scale without an outcome is labelled no result in
# heldout9 to heldout16, which the scorer reads as scale (SPEC: scale is a quantified result),
# hence their flag recall below 1.
FLOORS = {
    "heldout9": (1.0, 1.0, 0.96, 0.0),
    "heldout10": (1.0, 1.0, 0.96, 0.0),
    "heldout11": (1.0, 1.0, 0.88, 0.0),  # "6,000 hours of audio" is data scale since the eighth round
    "heldout12": (1.0, 1.0, 0.96, 0.0),
    "heldout13": (1.0, 1.0, 1.0, 0.0),
    "heldout14": (1.0, 1.0, 1.0, 0.0),
    "heldout15": (1.0, 1.0, 1.0, 0.0),
    "heldout16": (1.0, 1.0, 0.84, 0.0),
    "heldout17": (1.0, 1.0, 0.95, 0.0),
    "heldout18": (1.0, 1.0, 1.0, 0.0),
    **{f"heldout{n}": (1.0, 1.0, 1.0, 0.0) for n in range(19, 55)},
    # one pair ties: its weak bullet's launch to "two wards ... for 60 beds" is a launch with its
    # scope, an outcome as the issue counts one, against the strong bullet's earlier warning
    "heldout44": (0.977, 0.971, 1.0, 0.0),
    # the same kind of tie: its weak bullet's "drift monitoring for 22 production models" is a launch
    # with its scope, against the strong bullet's breaks caught within the hour
    "heldout51": (0.977, 0.969, 1.0, 0.0),
    # one pair the rules do not read yet: a rate added ("added 1.4 booked jobs per van per day")
    "heldout53": (0.977, 0.969, 1.0, 0.0),
}


def test_tuned_halves_keep_their_figures() -> None:
    """The halves whose misses were tuned on may not fall back below where the last round left them."""
    module = _eval_module()
    for half, (pairs, hard, recall, false) in FLOORS.items():
        r = module.evaluate(half)
        assert r["pairs"] >= pairs and r["hard"] >= hard and r["flag_recall"] >= recall, (half, r)
        assert r["false_flags"] <= false and r["resume_recall"] >= 1.0 and r["false_findings"] == 0, (half, r)


def test_held_out_halves_are_read_and_reported() -> None:
    """Held out: never tuned on, so no bar is asserted; the figures must exist for the report."""
    module = _eval_module()
    for half, least in (("heldout", (40, 20, 15, 5)), ("heldout2", (30, 15, 15, 3)), ("heldout3", (40, 20, 18, 7)),
                        ("heldout4", (24, 14, 14, 4)), ("heldout5", (60, 30, 20, 6)),
                        ("heldout6", (60, 30, 20, 5)), ("heldout7", (40, 20, 15, 4)),
                        ("heldout8", (50, 25, 20, 4)), ("heldout9", (50, 25, 20, 4)),
                        ("heldout10", (50, 25, 20, 4)), ("heldout11", (50, 25, 20, 6)),
                        ("heldout12", (50, 25, 20, 6)), ("heldout13", (50, 25, 20, 5)),
                        ("heldout14", (50, 25, 20, 5)), ("heldout15", (50, 25, 20, 5)),
                        ("heldout16", (50, 25, 20, 5)), ("heldout17", (40, 21, 15, 4)),
                        ("heldout18", (40, 21, 15, 4)),
                        *((f"heldout{n}", (40, 21, 15, 4)) for n in range(19, 55))):
        r = module.evaluate(half)
        assert all(n >= m for n, m in zip((r["pairs_n"], r["flags_n"], r["clean_n"], r["resumes_n"]), least, strict=True))
        assert module.line(r).startswith(f"{half}: pairs ")
