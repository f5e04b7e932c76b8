"""The fifth held-out gold set passes the corpus checks and keeps the promises of its README.

The checks are shared by every set that imitates the seed show: `tests/gold/seedshow_checks.py`.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold.seedshow_checks import SeedShowSet, define

# The seed show's plain text six times, then Markdown with timestamps and WebVTT with voice tags once each.
globals().update(
    define(
        SeedShowSet(
            folder=Path(__file__).resolve().parent,
            formats=("md", "txt", "txt", "txt", "txt", "txt", "txt", "vtt"),
            turns=(40, 62),
            earlier=("heldout", "heldout2", "heldout3", "heldout4"),
            revisited=True,
        )
    )
)
