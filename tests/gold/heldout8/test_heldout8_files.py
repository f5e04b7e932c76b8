"""The eighth held-out gold set passes the corpus checks and keeps the promises of its README.

The checks are shared by every set that imitates the seed show: `tests/gold/seedshow_checks.py`.
Three of the four episodes come back to an earlier paper and one does not, so the shared per-episode
revisit check is off and `test_some_episodes_come_back_to_a_paper` holds the set-level promise instead.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.gold import build_gold
from tests.gold.heldout_build import HeldoutBuild
from tests.gold.seedshow_checks import SeedShowSet, define

HERE = Path(__file__).resolve().parent

# The seed show's plain text, four times; 48-62 turns each.
globals().update(
    define(
        SeedShowSet(
            folder=HERE,
            formats=("txt", "txt", "txt", "txt"),
            turns=(48, 62),
            earlier=("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"),
            revisited=False,
        )
    )
)


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.gold.json"))]


def test_some_episodes_come_back_to_a_paper() -> None:
    """Revisits are a hard case for segmentation; an episode without one checks that nothing is split needlessly."""
    revisiting = [any(len(p["spans"]) >= 2 for p in g["papers"]) for g in _golds()]
    assert sum(revisiting) == 3 and len(revisiting) == 4


def test_the_wrap_up_also_names_the_unclear_paper() -> None:
    """The closing round judges every paper, so the one left open is named there too, not just skipped."""
    for path in HeldoutBuild(Path(__file__).resolve().parent).sources():
        source = build_gold.parse_source(path)
        gold = build_gold.build_gold(source)
        wrap = gold["segments"][-1]
        said = " ".join(t.text for t in source.turns[wrap["first_turn"]:]).casefold()
        unclear = [p for p in gold["papers"] if p["verdict"] is None]
        assert len(unclear) == 1, path.name
        names = [unclear[0]["name"], *unclear[0]["aliases"]]
        assert any(n.casefold().removeprefix("the ") in said for n in names), f"{path.name}: {unclear[0]['name']}"
