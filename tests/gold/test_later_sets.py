"""The seed-show held-out sets (heldout5 on) pass the shared checks, declared here instead of a test file each.

heldout5-14 each made their own promises (a table below). Two kinds of set are written from heldout15 on (docs/ANALYSIS.md, "Two yardsticks"):
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
REAL_SHOW_SETS = frozenset({"heldout23", "heldout25", "heldout27", "heldout29", "heldout31", "heldout33", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout43", "heldout44", "heldout42", "heldout45", "heldout46", "heldout47", "heldout52", "heldout51", "heldout48", "heldout50", "heldout53", "heldout49", "heldout55", "heldout54", "heldout57", "heldout56", "heldout59", "heldout58", "heldout60", "heldout63", "heldout62", "heldout61", "heldout66", "heldout67", "heldout65", "heldout64", "heldout68", "heldout70", "heldout69", "heldout71"})
# The seed-show sets before heldout15 each promised their own formats, sizes and revisits (their READMEs say why;
# heldout8 keeps its own test file for two extra promises):
# (sorted formats, turns per episode, every episode comes back to a paper).
EARLIER_SEED_SHOW_SETS: dict[str, tuple[tuple[str, ...], tuple[int, int], bool]] = {
    "heldout5": (("md", "txt", "txt", "txt", "txt", "txt", "txt", "vtt"), (40, 62), True),
    "heldout6": (("srt", "txt", "txt", "txt", "txt", "txt"), (44, 60), True),
    "heldout7": (("txt",) * 4, (44, 60), False),
    "heldout9": (("txt",) * 4, (48, 62), False),
    "heldout10": (("txt",) * 4, (48, 62), False),
    "heldout11": (("txt",) * 4, (48, 62), True),
    "heldout12": (("txt",) * 4, (48, 62), True),
    "heldout13": (("txt",) * 4, (48, 62), True),
    "heldout14": (("txt",) * 3, (48, 62), True),
}


def declared_sets() -> list[Path]:
    """The earlier seed-show sets, and heldoutN folders from FIRST_VARIED_SET on, that have sources and no test
    file of their own."""
    found = []
    for folder in GOLD.glob("heldout*"):
        number = folder.name.removeprefix("heldout")
        if not number.isdigit() or not (folder / "src").is_dir():
            continue
        if int(number) < FIRST_VARIED_SET and folder.name not in EARLIER_SEED_SHOW_SETS:
            continue
        if not any(folder.glob("test_*.py")):
            found.append((int(number), folder))
    return [folder for _, folder in sorted(found)]


def promises(folder: Path) -> SeedShowSet:
    if folder.name in EARLIER_SEED_SHOW_SETS:
        formats, turns, revisited = EARLIER_SEED_SHOW_SETS[folder.name]
        return SeedShowSet(folder=folder, formats=formats, turns=turns, earlier=earlier_sets(folder), revisited=revisited)
    common = {"folder": folder, "formats": ("txt", "txt", "txt", "txt"), "turns": (44, 58), "earlier": earlier_sets(folder)}
    if folder.name in REAL_SHOW_SETS:
        return SeedShowSet(**common, revisited=False, papers=(4, 5), unclear=(0, 1), min_not_papers=5,
                           judged_in_wrap_up=True, number_kinds=False)
    return SeedShowSet(**common, revisited=True, papers=(3, 5), judged_in_wrap_up=False)


for _folder in declared_sets():
    for _name, _test in define(promises(_folder)).items():
        globals()[f"{_name}_{_folder.name}"] = _test
