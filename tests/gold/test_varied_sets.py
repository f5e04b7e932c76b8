"""The held-out sets written to vary every introduction and closing (heldout15 on) pass the shared checks.

They make the same promises, so they are declared here once instead of a copied test file each: four plain-text
episodes of the seed show, 44-58 turns, three to five papers, every episode coming back to a paper after another
one, and verdicts that may be called at the end of each discussion (so the closing round need not name every clear
paper). What each set's episodes contain is in its README. A set with other promises keeps its own test file,
which takes it out of this list.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold.seedshow_checks import SeedShowSet, define, earlier_sets

GOLD = Path(__file__).resolve().parent
FIRST_VARIED_SET = 15


def varied_sets() -> list[Path]:
    """heldoutN folders from FIRST_VARIED_SET on that have sources and no test file of their own."""
    found = []
    for folder in GOLD.glob("heldout*"):
        number = folder.name.removeprefix("heldout")
        if not number.isdigit() or int(number) < FIRST_VARIED_SET or not (folder / "src").is_dir():
            continue
        if not any(folder.glob("test_*.py")):
            found.append((int(number), folder))
    return [folder for _, folder in sorted(found)]


for _folder in varied_sets():
    _promises = SeedShowSet(
        folder=_folder,
        formats=("txt", "txt", "txt", "txt"),
        turns=(44, 58),
        earlier=earlier_sets(_folder),
        revisited=True,
        papers=(3, 5),
        judged_in_wrap_up=False,
    )
    for _name, _test in define(_promises).items():
        globals()[f"{_name}_{_folder.name}"] = _test
