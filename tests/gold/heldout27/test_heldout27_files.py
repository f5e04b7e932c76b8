"""The twenty-seventh held-out gold set passes the corpus checks and keeps the promises of its README.

The checks are shared by every set that imitates the seed show: `tests/gold/seedshow_checks.py`. This set imitates
the real show's conventions at their real frequencies rather than stress-testing them, so its options follow what
the three seeds do, not what the varied sets (heldout15-22) promise.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold.seedshow_checks import SeedShowSet, define, earlier_sets

HERE = Path(__file__).resolve().parent

# Like the seeds: four or five papers an episode, 44-57 turns; only one episode comes back to a paper after another
# one (one seed in three does); one paper left open in three episodes of four (the seeds: two of three); a handful of
# name-drops per episode (the seeds: five to eight); every clear paper named again in the closing round (all three
# seeds do that); numbers said the seeds' way (digits with "billion", percentages), so no "27B"-style counts.
globals().update(
    define(
        SeedShowSet(
            folder=HERE,
            formats=("txt", "txt", "txt", "txt"),
            turns=(44, 58),
            earlier=earlier_sets(HERE),
            revisited=False,  # one episode of four comes back to a paper (y03: the right way paper)
            papers=(4, 5),
            unclear=(0, 1),
            min_not_papers=5,
            judged_in_wrap_up=True,
            number_kinds=False,
        )
    )
)
