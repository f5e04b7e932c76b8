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


def gold_files_in(folder: Path) -> list[GoldFile]:
    """The gold files of one folder (a held-out set), as `eval_analysis.py --gold DIR` scores them."""
    return [GoldFile(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.gold.json"))]


WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a": 1, "an": 1, "half": 0.5, "single": 1, "double": 2, "twice": 2,
}
MULTIPLIERS = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "b": 1e9,
    "trillion": 1e12, "t": 1e12,
}
UNITS = {"%": "%", "x": "x", "percent": "%", "times": "x", "fold": "x"}
_NUMBER = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*|[a-z]+)\s*-?\s*(?P<rest>.*)$", re.IGNORECASE
)

_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
_FRACTION = re.compile(
    r"(?P<num>a|an|one|two|three|four|nine)[\s-]+(?P<den>halfs?|halves|thirds?|quarters?|fourths?|fifths?|tenths?)\b",
    re.IGNORECASE,
)
_COMPOUND_TENS = re.compile(
    r"(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?P<unit>one|two|three|four|five|six|seven|eight|nine)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def parse_number(text: str) -> tuple[float, str | None]:
    """The value and unit of an annotated number expression.

    "2.3x" -> (2.3, "x"); "63%" -> (63, "%"); "560 billion" -> (5.6e11, None); "27B" -> (2.7e10,
    None); "1,000" -> (1000, None); "six-class" -> (6, None); "4-bit" -> (4, "bit"). Raises ValueError
    when the text does not start with a number.
    """
    fraction = _FRACTION.match(text.strip())
    if fraction:  # "a third", "two-thirds", "three quarters": a fraction, not the count of its numerator
        numerator = WORD_NUMBERS[fraction.group("num").lower()]
        return numerator / _DENOMINATORS[fraction.group("den").lower().rstrip("s")], None
    tens = _COMPOUND_TENS.match(text.strip())
    if tens:  # "twenty-five" -> 25, then read the rest like any other number
        value = WORD_NUMBERS[tens.group("tens").lower()] + WORD_NUMBERS[tens.group("unit").lower()]
        text = f"{value} {tens.group('rest')}"
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
    if raw.lower() == "half" and re.match(r"an?\s", rest):  # "half a million tokens"
        rest = rest.split(None, 1)[1]
    head = re.split(r"[\s-]+", rest, maxsplit=1)[0] if rest else ""
    if head in MULTIPLIERS:  # "eighteen hundred", "a hundred", "two thousand", "three hundred thousand"
        value *= MULTIPLIERS[head]
        after = re.split(r"[\s-]+", rest, maxsplit=2)
        if head == "hundred" and len(after) > 1 and after[1] in MULTIPLIERS:
            value *= MULTIPLIERS[after[1]]
    elif head in UNITS:
        unit = UNITS[head]
    elif rest.startswith("%"):
        unit = "%"
    elif head in {"bit", "bits"}:
        unit = "bit"
    return value, unit
