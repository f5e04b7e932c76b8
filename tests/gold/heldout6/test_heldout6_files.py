"""The sixth held-out gold set passes the corpus checks and keeps the promises of its README.

The checks are shared by every set that imitates the seed show: `tests/gold/seedshow_checks.py`.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold.seedshow_checks import SeedShowSet, define

# The seed show's plain text five times, then SubRip with the name only on a speaker change once.
globals().update(
    define(
        SeedShowSet(
            folder=Path(__file__).resolve().parent,
            formats=("srt", "txt", "txt", "txt", "txt", "txt"),
            turns=(44, 60),
            earlier=("heldout", "heldout2", "heldout3", "heldout4", "heldout5"),
            revisited=True,
        )
    )
)
