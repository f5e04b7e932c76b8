"""The fifteenth held-out gold set passes the corpus checks and keeps the promises of its README.

The checks are shared by every set that imitates the seed show: `tests/gold/seedshow_checks.py`.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold.seedshow_checks import SeedShowSet, define, earlier_sets

# The seed show's plain text, four times, three to five papers an episode; every episode comes back to a
# paper after another one (ACT, Constitutional AI, Jailbroken, Pangu-Weather). The jailbreak episode gives
# its calls paper by paper and closes with a sign-off instead of a closing round, so the wrap-up is not
# required to name every clear paper.
globals().update(
    define(
        SeedShowSet(
            folder=Path(__file__).resolve().parent,
            formats=("txt", "txt", "txt", "txt"),
            turns=(44, 58),
            earlier=earlier_sets(Path(__file__).resolve().parent),
            revisited=True,
            papers=(3, 5),
            judged_in_wrap_up=False,
        )
    )
)
