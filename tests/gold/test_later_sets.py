"""The held-out sets from heldout15 on pass the shared checks, declared once per kind instead of a test file each.

Two kinds of set are written from heldout15 on (docs/ANALYSIS.md, "Two yardsticks"):
- *real-show* sets imitate the seed show's conventions at their real frequencies: four or five papers, 44-58 turns,
  usually no revisit, at most one paper left open, a handful of name-drops, every clear paper named again in the
  closing round, numbers said the seeds' way;
- *varied* sets stress-test them: three to five papers, every episode coming back to a paper after another one,
  verdicts that may be called as each discussion ends (so the closing round need not name every clear paper).
What each set's episodes contain is in its README. A set with other promises keeps its own test file, which takes it
out of these lists.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold.seedshow_checks import SeedShowSet, define, earlier_sets

GOLD = Path(__file__).resolve().parent
FIRST_VARIED_SET = 15
REAL_SHOW_SETS = frozenset({"heldout23", "heldout25", "heldout27"})


def declared_sets() -> list[Path]:
    """heldoutN folders from FIRST_VARIED_SET on that have sources and no test file of their own."""
    found = []
    for folder in GOLD.glob("heldout*"):
        number = folder.name.removeprefix("heldout")
        if not number.isdigit() or int(number) < FIRST_VARIED_SET or not (folder / "src").is_dir():
            continue
        if not any(folder.glob("test_*.py")):
            found.append((int(number), folder))
    return [folder for _, folder in sorted(found)]


def promises(folder: Path) -> SeedShowSet:
    common = {"folder": folder, "formats": ("txt", "txt", "txt", "txt"), "turns": (44, 58), "earlier": earlier_sets(folder)}
    if folder.name in REAL_SHOW_SETS:
        return SeedShowSet(**common, revisited=False, papers=(4, 5), unclear=(0, 1), min_not_papers=5,
                           judged_in_wrap_up=True, number_kinds=False)
    return SeedShowSet(**common, revisited=True, papers=(3, 5), judged_in_wrap_up=False)


for _folder in declared_sets():
    for _name, _test in define(promises(_folder)).items():
        globals()[f"{_name}_{_folder.name}"] = _test
