"""Load the gold annotations and normalise annotated numbers, for the checker and for scoring scripts.

A gold file (`*.gold.json`, schema in docs/CORPUS.md) names its episode by a path relative to the repo
root. Seed annotations point outside the repo (`../shared/seeds/...`) and are skipped where the seeds
are absent, as in CI.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = Path(__file__).resolve().parent
NON_PAPER_LABELS = frozenset({"intro", "transition", "wrap-up", "general"})
VERDICTS = frozenset({"deploy-ready", "research-only", "skip"})


@dataclass(frozen=True)
class GoldFile:
    path: Path  # the .gold.json file
    data: dict

    @property
    def episode_path(self) -> Path:
        return (REPO / self.data["episode"]).resolve()

    @property
    def is_seed(self) -> bool:
        return self.path.parent.name == "seeds"


def gold_files(include_seeds: bool = True) -> list[GoldFile]:
    """Every gold file: demo and extra episodes first, then the seed annotations."""
    paths = sorted(GOLD_DIR.glob("*.gold.json"))
    if include_seeds:
        paths += sorted((GOLD_DIR / "seeds").glob("*.gold.json"))
    return [GoldFile(p, json.loads(p.read_text(encoding="utf-8"))) for p in paths]


WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "a": 1, "an": 1, "half": 0.5, "single": 1, "double": 2, "twice": 2,
}
MULTIPLIERS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "b": 1e9,
    "trillion": 1e12, "t": 1e12,
}
UNITS = {"%": "%", "x": "x", "percent": "%", "times": "x", "fold": "x"}
_NUMBER = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*|[a-z]+)\s*-?\s*(?P<rest>.*)$", re.IGNORECASE
)


def parse_number(text: str) -> tuple[float, str | None]:
    """The value and unit of an annotated number expression.

    "2.3x" -> (2.3, "x"); "63%" -> (63, "%"); "560 billion" -> (5.6e11, None); "27B" -> (2.7e10,
    None); "1,000" -> (1000, None); "six-class" -> (6, None); "4-bit" -> (4, "bit"). Raises ValueError
    when the text does not start with a number.
    """
    match = _NUMBER.match(text.strip())
    if not match:
        raise ValueError(f"not a number expression: {text!r}")
    raw, rest = match.group("num"), match.group("rest").strip().lower()
    if raw[0].isdigit():
        value = float(raw.replace(",", ""))
    elif raw.lower() in WORD_NUMBERS:
        value = float(WORD_NUMBERS[raw.lower()])
    else:
        raise ValueError(f"not a number expression: {text!r}")
    unit: str | None = None
    head = re.split(r"[\s-]+", rest, maxsplit=1)[0] if rest else ""
    if head in MULTIPLIERS:
        value *= MULTIPLIERS[head]
    elif head in UNITS:
        unit = UNITS[head]
    elif rest.startswith("%"):
        unit = "%"
    elif head in {"bit", "bits"}:
        unit = "bit"
    return value, unit
