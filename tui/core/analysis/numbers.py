"""Numbers in claims: "2x", "12.98x", "63%", "less than 2%", "560 billion parameters", "27B active",
"eleven benchmarks", "six-class", "4-bit" -> value, unit and qualifier.
"""

from __future__ import annotations

import re

from tui.core.models import NumberMention

WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "half": 0.5, "double": 2, "twice": 2, "triple": 3, "quadruple": 4,
}
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "b": 1e9, "trillion": 1e12, "t": 1e12}
_UNIT_WORDS = {"%": "%", "percent": "%", "per cent": "%", "x": "x", "×": "x", "times": "x", "fold": "x", "-fold": "x"}

_WORDS = "|".join(sorted((w for w in WORD_VALUES if w not in {"half", "double", "twice", "triple", "quadruple"}), key=len, reverse=True))
_QUALIFIER = (
    r"(?P<qual>less\s+than|more\s+than|fewer\s+than|greater\s+than|under|over|up\s+to|about|around|roughly|"
    r"approximately|nearly|almost|at\s+least|at\s+most|only|just|over|above|below|close\s+to|north\s+of|"
    r"upwards\s+of|as\s+much\s+as|as\s+few\s+as|as\s+little\s+as|~)\s+"
)
_NUM = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:" + _WORDS + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)"
)
# An optional range start: "50 to 73%", "30-40%".
_RANGE = r"(?:(?P<lo>\d+(?:\.\d+)?)\s*(?:-|\u2013|to)\s*)?"
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion)\b|(?P<scale_short>[kKmMbBtT])\b)?"
_UNIT = (
    r"(?:\s*(?P<unit>%|percent\b|per\s+cent\b|x\b|×|times\b(?!\s+(?:a|the|when|where|that|i|we|you)\b)|-?fold\b)"
    r"|[\s-](?P<noun>(?:[a-zA-Z][a-zA-Z-]*)(?:\s+(?:active|total|parameters|params|tokens))?))?"
)
NUMBER = re.compile(r"(?<![\w.$])(?:" + _QUALIFIER + r")?" + _RANGE + _NUM + _SCALE + _UNIT, re.I)

# Nouns after a number that make it a claim figure rather than chatter ("two years ago", "one thing").
_SKIP_NOUNS = frozenset(
    "thing things way ways of or and to more less year years month months week weeks day days hour hours "
    "minute minutes second seconds time times guy guys people person question questions point points "
    "sec secs one ones is are was were that this it they we you i the a an in on at for with by from as "
    "papers paper episode episodes shows show companies teams team percentile so but if then".split()
)
_UNIT_NOUNS = {"bit": "bit", "bits": "bit"}
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")


def _value(num: str) -> float | None:
    num = num.lower().replace(",", "")
    if num[0].isdigit():
        return float(num)
    parts = re.split(r"[-\s]", num)
    total = 0.0
    for part in parts:
        if part not in WORD_VALUES:
            return None
        total += WORD_VALUES[part]
    return total


def find_numbers(sentence: str) -> list[NumberMention]:
    """The figures in a sentence. Spelled-out numbers count only before a noun that makes them a figure."""
    found: list[NumberMention] = []
    for match in NUMBER.finditer(sentence):
        num = match.group("num")
        value = _value(num)
        if value is None:
            continue
        spelled = not num[0].isdigit()
        tail = sentence[match.end("num") :]
        if _ORDINAL_AFTER.match(tail):
            continue
        scale = (match.group("scale") or match.group("scale_short") or "").lower()
        unit_raw = (match.group("unit") or "").lower().replace(" ", "")
        noun = match.group("noun")
        unit: str | None = None
        end = match.end()
        if scale:
            value *= SCALE[scale]
        if unit_raw:
            unit = _UNIT_WORDS.get(unit_raw, _UNIT_WORDS.get(unit_raw.lstrip("-"), unit_raw))
        elif noun:
            noun_l = noun.lower()
            head = re.split(r"[\s-]", noun_l)[0]
            if head in _SKIP_NOUNS:
                noun = None
                end = match.end("scale_short") if match.group("scale_short") else (
                    match.end("scale") if match.group("scale") else match.end("num")
                )
            else:
                unit = _UNIT_NOUNS.get(head, noun_l)
        if spelled and not (unit or scale):
            continue  # "one of", "two things": not a figure
        if spelled and num.lower() == "one" and not scale:
            if unit is None or unit in {"x"}:
                continue
        if not spelled and not (unit or scale) and _is_year_or_version(num, sentence, match):
            continue
        qualifier = match.group("qual")
        qual = " ".join(qualifier.lower().split()) if qualifier else None
        if match.group("lo"):
            # "50 to 73%", "30-40%": both ends are figures the hosts quote.
            lo = float(match.group("lo")) * (SCALE[scale] if scale else 1.0)
            lo_text = match.group("lo") + (unit if unit in {"%", "x"} else "")
            found.append(NumberMention(text=lo_text, value=_tidy(lo), unit=unit, qualifier=qual))
            text = sentence[match.start("num") : end].strip(" -")
        else:
            text = sentence[match.start("num") : end].strip(" -")
        found.append(NumberMention(text=text, value=_tidy(value), unit=unit, qualifier=qual))
    return found


def _tidy(value: float) -> float:
    """8.3 * 1e9 -> 8300000000.0, not 8300000000.000001."""
    return float(f"{value:.12g}")


def _is_year_or_version(num: str, sentence: str, match: re.Match) -> bool:
    if re.fullmatch(r"(?:19|20)\d\d", num):
        return True
    before = sentence[max(0, match.start() - 1) : match.start()]
    return before in {"-", "v", "V"}
