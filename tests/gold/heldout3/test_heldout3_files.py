"""The third held-out gold set passes the corpus checks and keeps the promises of its README.

Reuses the checks of `tests/gold/test_gold_files.py` (schema, indices, spans, segments, claims inside
spans, turn counts and speakers by a local regex and by `tui.core.ingest.load_file`), and adds this
set's own: rendered files up to date, the catalog matching the papers, the customer's formats, the seed
show's hosts and size, the hard cases in every episode (a paper revisited, a paper only described, one
or two unclear verdicts, a closing round), numbers spoken in their claim turns, and no wording shared
with the seeds, the main corpus or the two earlier held-out sets.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold.goldlib import gold_files_in
from tests.gold.heldout3 import build
from tests.gold.seedshow_checks import SeedShowSet, define

HELDOUT_DIR = Path(__file__).resolve().parent

# Other shows than the seeds' (other hosts, a guest, diarised speaker ids) in six formats, longer episodes,
# heavier name-dropping; Markdown stamped on every turn, so the set keeps its own renderer (build.py).
globals().update(
    define(
        SeedShowSet(
            folder=HELDOUT_DIR,
            formats=("md", "p20", "srt", "txt", "txt", "txt", "txt", "whisperx"),
            turns=(45, 110),
            earlier=("heldout", "heldout2"),
            papers=(3, 5),
            hosts=None,
            unclear=(1, 2),
            min_not_papers=25,
            judged_in_wrap_up=False,
            stage_directions=False,
            number_kinds=False,
            build=build.BUILD,
        )
    )
)


def test_hosts_are_two_except_one_episode_with_a_guest() -> None:
    counts = sorted(len(g.data["speakers"]) for g in gold_files_in(HELDOUT_DIR))
    assert counts == [2] * 7 + [3]
