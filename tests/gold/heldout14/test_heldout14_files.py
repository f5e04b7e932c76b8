"""The fourteenth held-out gold set passes the corpus checks and keeps the promises of its README.

The checks are shared by every set that imitates the seed show: `tests/gold/seedshow_checks.py`.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold.seedshow_checks import SeedShowSet, define

# The seed show's plain text, three times; every episode comes back to a paper after another one
# (the green-list watermark, Tree of Thoughts, Moonshine), so the revisit promise is made.
globals().update(
    define(
        SeedShowSet(
            folder=Path(__file__).resolve().parent,
            formats=("txt", "txt", "txt"),
            turns=(48, 62),
            earlier=("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                     "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13"),
            revisited=True,
        )
    )
)
