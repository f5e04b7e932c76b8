"""The twenty-fourth held-out gold set passes the corpus checks and keeps the promises of its README.

The checks are shared by every set that imitates the seed show: `tests/gold/seedshow_checks.py`.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold.seedshow_checks import SeedShowSet, define

# The seed show's plain text, four times, three to five papers an episode; every episode comes back to a paper
# after another one (the one-day agent paper, Homo silicus, DiLoCo, Anthropic's influence paper). The training
# episode grades each paper as its discussion ends (DiLoCo's grade waits for its revisit) and signs off without
# naming them, so the closing round is not required to name every clear paper.
globals().update(
    define(
        SeedShowSet(
            folder=Path(__file__).resolve().parent,
            formats=("txt", "txt", "txt", "txt"),
            turns=(44, 58),
            earlier=("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                     "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                     "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
                     "heldout22"),
            revisited=True,
            papers=(3, 5),
            judged_in_wrap_up=False,  # one episode grades paper by paper, before a short sign-off
        )
    )
)
