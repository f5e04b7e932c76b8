"""Numbers in claims: "2x", "12.98x", "63%", "less than 2%", "560 billion parameters", "27B active",
"eleven benchmarks", "six-class", "4-bit", "a million", "32k" -> value, unit and qualifier.

What is *not* a figure matters as much: digits that belong to a name ("Llama 2", "SAM 2 masks",
"Qwen2.5-1.5B", "GPT-4", "Llama 3.2 1B"), years, ordinals, "one"/"a" used as a pronoun or article
("this one does", "one practical note"), and chatter ("two years ago", "every five minutes"). Units
are real units (x, %, bit, parameters, tokens, benchmarks, GPUs, hours, frames per second, ...); a
figure followed by any other word keeps its value and has no unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tui.core.analysis.prefilter import prefiltered
from tui.core.identity import normalise_name
from tui.core.models import NumberMention

WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "b": 1e9, "trillion": 1e12, "t": 1e12}
# Units of physical measure ("fifty hertz", "at one degree", "a quarter-degree grid"): a spelled number before one
# is a figure, even "one", as no count of things would be.
_MEASURE_UNITS = {
    "degree": "degrees", "degrees": "degrees", "hertz": "Hz", "hz": "Hz", "khz": "kHz", "kilohertz": "kHz",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km", "metres": "metres",
    "meters": "metres", "metre": "metres", "meter": "metres", "miles": "miles", "mile": "miles", "pixels": "pixels",
    "pixel": "pixels", "watts": "watts", "watt": "watts", "kilowatts": "kW", "kw": "kW",
    # since round 26: memory said in words ("one megabyte of flash", "256 kilobytes of SRAM")
    "kilobytes": "KB", "kilobyte": "KB", "megabytes": "MB", "megabyte": "MB", "gigabytes": "GB", "gigabyte": "GB",
    "terabytes": "TB", "terabyte": "TB",
}
# Countable nouns that make a bare number a figure, mapped to the unit reported.
UNIT_NOUNS = {
    **{w: w for w in (
        "parameters tokens benchmarks tasks datasets languages images videos frames clips masklets masks examples "
        "samples questions problems prompts documents pages hours minutes seconds days layers experts heads epochs "
        "steps rounds stages classes categories types points users queries gpus tpus nodes attempts trials "
        "subjects participants hospitals patients species modalities dimensions sizes variants models rollouts "
        "iterations seeds runs words sentences hallucinations errors annotators labels generations forms modes phases "
        "levels views sources domains environments agents objectives metrics scenarios settings dimensions".split()
    )},
    "params": "parameters", "parameter": "parameters", "token": "tokens", "benchmark": "benchmarks",
    "task": "tasks", "dataset": "datasets", "language": "languages", "image": "images", "video": "videos",
    "frame": "frames", "example": "examples", "sample": "samples", "question": "questions", "problem": "problems",
    "hour": "hours", "minute": "minutes", "second": "seconds", "day": "days", "layer": "layers", "expert": "experts",
    "epoch": "epochs", "step": "steps", "round": "rounds", "stage": "stages", "class": "classes", "gpu": "gpus",
    "bit": "bit", "bits": "bit", "point": "points", "percentage": "%", "fps": "frames per second",
    "variant": "variants", "type": "types", "tflops": "TFLOPs", "teraflops": "TFLOPs", "flops": "FLOPs",
    "petaflops": "PFLOPs", "dollar": "$", "dollars": "$", "milliseconds": "milliseconds",
    "millisecond": "milliseconds", "ms": "milliseconds", "percentile": "percentile",
    "week": "weeks", "weeks": "weeks", "month": "months", "months": "months", "year": "years", "years": "years",
    **_MEASURE_UNITS,
}
_TIME_UNITS = frozenset("hours minutes seconds days weeks months years".split())
_HARDWARE = re.compile(r"^(?:[ABHLTV]\d{2,3}s?|GB\d{3}s?|TPU(?:v\d)?s?|GPUs?|CPUs?|NPUs?)$")
_BYTES = {"gb": "GB", "tb": "TB", "mb": "MB", "kb": "KB"}

_QUALIFIER = (
    r"(?P<qual>less\s+than|more\s+than|fewer\s+than|greater\s+than|under|over|up\s+to|about|around|roughly|"
    r"approximately|nearly|almost|at\s+least|at\s+most|only|just|above|below|close\s+to|north\s+of|"
    r"upwards\s+of|as\s+much\s+as|as\s+few\s+as|as\s+little\s+as|within|~)\s*"
)
_SPELLED = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
_NUM = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:" + _SPELLED + r")(?:[-\s](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|an?(?=\s+(?:thousand|million|billion|trillion|dozen|hundred)\b))"
)
_RANGE = (
    r"(?:(?P<lo>\d+(?:\.\d+)?)\s*(?:-|\u2013|to)\s*|(?P<lo_w>(?:" + _SPELLED + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+to\s+"
    r"(?=(?:" + _SPELLED + r")\b|\d)"
    # since round 26: "between five and fifteen points", "between 40 and 60%": both ends, the unit said once
    r"|(?<=between\s)(?P<lo_b>\d+(?:\.\d+)?|(?:" + _SPELLED + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+and\s+"
    r"(?=(?:" + _SPELLED + r")\b|\d))?"
)
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion)\b|(?P<scale_short>[kKmMbBtT])(?!\w)(?!-(?![a-z])))?"
NUMBER = re.compile(r"(?<![\w.$@/])(?:" + _QUALIFIER + r")?" + _RANGE + _NUM + _SCALE, re.I)

_PERCENT = re.compile(r"^\s*(?:%|percent\b|per\s+cent\b)", re.I)
_TIMES = re.compile(r"^\s*(?:x(?![\w])|\u00d7|-?fold\b|times\b(?!\s+(?:a|an|the\s+(?:first|last|same|whole|other|next|episode|paper)|when|where|that|i|we|you|per)\b))", re.I)
_BYTES_AFTER = re.compile(r"^\s?([GTMK]B)\b")
_HYPHEN_NOUN = re.compile(r"^-([a-z]{2,12})\b(?!-)")
_WORD = re.compile(r"^\s+([A-Za-z][\w-]*)")
_PER = re.compile(r"^\s+per\s+(second|token|query|image|step|gpu|question|answer|sample|hour)\b", re.I)
_ACTIVE = re.compile(r"^\s+(active|total)\b(?:\s+(?:parameters|params))?", re.I)
_NAME_WORD = re.compile(r"[A-Za-z][\w.]*$")
_CAPITALISED_COMMON = frozenset(
    "the a an and but so or on in at of for from to by with about around roughly nearly over under up only just "
    "than like both all each every some most many few it its they we you he she this that these those then now "
    "headline numbers number table figure section chapter step stage round top page episode part".split()
)
_SKIP_BEFORE = re.compile(r"(?:\bevery|\bfew|\bseveral|\bcouple\s+of|\bthe|\bthis|\bthat|\bwhich|\bno)\s+$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# A size after a versioned name ("the base is Llama 2 7B", "on Gemma 2 9B activations") is the size of the model the
# paper uses; in a comparison ("better than ... Llama 3.2 1B") it only tells the baselines apart.
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|versus|vs\.?|against|beat\w*|outperform\w*|rival\w*|match\w*|over|like|surpass\w*|exceed\w*|edges?\s+out|trail\w*|behind|ahead\s+of|level\s+with|par\s+with|los(?:e|es|ing)\s+to|compared\s+(?:to|with))\b[^,;.:]*$", re.I
)
# Spelled durations that are measures, not chatter: a scale ("a million hours"), a qualifier ("up to ten days") or
# a horizon ("out to fifteen days").
_HORIZON_BEFORE = re.compile(r"\b(?:out\s+to|beyond|past|horizons?\s+of|lead\s+times?\s+of)\s+$", re.I)
_MAGNITUDE = re.compile(r"^\s+orders?\s+of\s+magnitude\b", re.I)
_NOT_FIGURE_AFTER = re.compile(r"^\s+(?:\w+\s+)?ago\b", re.I)


def _value(num: str) -> float | None:
    num = num.lower().replace(",", "")
    if num[0].isdigit():
        return float(num)
    if num in {"a", "an"}:
        return 1.0
    total = 0.0
    for part in re.split(r"[-\s]", num):
        if part not in WORD_VALUES:
            return None
        total += WORD_VALUES[part]
    return total


def _word_around(sentence: str, start: int) -> tuple[str, int]:
    """The whitespace-delimited word holding `start`, without surrounding punctuation, and its offset."""
    left = start
    while left > 0 and not sentence[left - 1].isspace():
        left -= 1
    word = sentence[left:start]
    trimmed = word.lstrip("(\"'\u201c\u2018[~")
    return trimmed, left + (len(word) - len(trimmed))


def _previous_word(sentence: str, start: int) -> tuple[str, int]:
    head = sentence[:start].rstrip()
    match = re.search(r"([^\s]+)$", head)
    if not match:
        return "", -1
    return match.group(1).strip("\"'(\u201c\u2018"), match.start(1)


def _is_name_word(word: str, at_sentence_start: bool) -> bool:
    """"Llama", "SAM", "iPhone", "AlpacaEval": a proper name a version number can follow."""
    if not word or not _NAME_WORD.search(word) or word.lower() in _CAPITALISED_COMMON:
        return False
    if any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word):
        return True
    return word[0].isupper() and not at_sentence_start


def _prefix_is_own(prefix: str, own: frozenset[str]) -> bool:
    key = normalise_name(prefix.rstrip("-."))
    return bool(key) and any(key == name or name.startswith(key) for name in own)


# Figures said the way people speak them, rewritten to the written form before matching: "thirteen point six
# billion" -> "13.6 billion", "twelve hundred" -> "1200", "40-ish percent" / "sixty-something percent" ->
# "about 40 percent" / "about 60 percent".
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|zero|oh)"
_SPOKEN_DECIMAL = prefiltered(
    r"\b(" + _SPELLED + r")(?:[-\s](" + _UNITS_WORD + r"))?\s+point\s+(" + _UNITS_WORD + r"(?:\s+" + _UNITS_WORD + r")?)\b",
    re.I,
)
_TENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPOKEN_HUNDREDS = prefiltered(
    r"\b(" + _SPELLED + r")\s+hundred(?:\s+(?:and\s+)?((?:" + _TENS + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine))?\b(?!\s+(?:thousand|million|billion))",
    re.I,
)
_APPROXIMATE = prefiltered(r"(?<![\w.])(\d+(?:\.\d+)?|" + _SPELLED + r")-?(?:ish|something|odd)\b", re.I)
_DIGIT_WORDS = {"zero": "0", "oh": "0", **{w: str(v) for w, v in WORD_VALUES.items() if v < 10}}


def _decimal(match: re.Match) -> str:
    whole = WORD_VALUES[match.group(1).lower()] + (WORD_VALUES[match.group(2).lower()] if match.group(2) else 0)
    digits = "".join(_DIGIT_WORDS[w.lower()] for w in match.group(3).split())
    return f"{int(whole)}.{digits}"


def _hundreds(match: re.Match) -> str:
    value = WORD_VALUES[match.group(1).lower()]
    if value >= 100:
        return match.group(0)
    rest = sum(WORD_VALUES[w] for w in re.split(r"[-\s]", match.group(2).lower())) if match.group(2) else 0
    return str(int(value * 100 + rest))


def _approximately(match: re.Match) -> str:
    num = match.group(1)
    return "about " + (num if num[0].isdigit() else str(int(WORD_VALUES[num.lower()])))


_SPOKEN_HALF = prefiltered(
    r"\b(?:(?P<whole>\d+|" + _SPELLED + r")\s+and\s+a\s+half|half\s+an?)(?=\s+(?:thousand|million|billion|trillion)\b)", re.I
)


def _half(match: re.Match) -> str:
    whole = match.group("whole")
    if whole is None:
        return "0.5"
    value = float(whole) if whole[0].isdigit() else WORD_VALUES[whole.lower()]
    return f"{value + 0.5:g}"


def spoken_figures(sentence: str) -> str:
    """Spoken forms of figures in their written form; every other character unchanged."""
    if "half" in sentence:
        sentence = _SPOKEN_HALF.sub(_half, sentence)
    sentence = _SPOKEN_DECIMAL.sub(_decimal, sentence)
    sentence = _SPOKEN_HUNDREDS.sub(_hundreds, sentence)
    return _APPROXIMATE.sub(_approximately, sentence)


def find_numbers(sentence: str, own_names: Iterable[str] = ()) -> list[NumberMention]:
    """The figures in a sentence. `own_names` are the discussed paper's names: "Mamba-3B" is its own size."""
    if not may_hold_figure(sentence):
        return []  # no digit and no number, fraction, multiplier or measure word: nothing below can match
    own = _own_keys(tuple(own_names))
    sentence = spoken_figures(sentence)
    found: list[NumberMention] = []
    version_compared = False
    after_version = -1  # end offset of a name's version number ("Llama 3.2"): a size right after is the name's
    last_share: str | None = None  # the unit of the last percentage or multiplier, for a compared bare figure
    for match in NUMBER.finditer(sentence):
        num = match.group("num")
        value = _value(num)
        if value is None:
            continue
        low_group = "lo" if match.group("lo") else "lo_w" if match.group("lo_w") else "lo_b" if match.group("lo_b") else None
        low = match.group(low_group) if low_group else None
        start = match.start(low_group) if low_group else match.start("num")
        spelled = not num[0].isdigit()
        scale = (match.group("scale") or match.group("scale_short") or "").lower()
        end = match.end()
        tail = sentence[end:]
        word, word_start = _word_around(sentence, start)
        if word_start < start and any(c.isalpha() for c in word[: start - word_start]):
            # Inside a name: "GPT-4", "Qwen2.5-1.5B", "OPT-1.3B", "MATH-500"; a size of the paper itself counts.
            prefix = word[: start - word_start]
            if not (scale and own and _prefix_is_own(prefix, own)) and not _size_of_model_used(
                sentence, word_start, prefix, match
            ):
                continue
        if re.match(r"^x\d", tail, re.I):
            continue  # "8x7B": a model name
        if spelled and _FRACTION_TAIL.match(tail):
            continue  # the numerator of "three-quarters", "two thirds": read whole by _fractions
        resolution = _RESOLUTION.match(tail) if not spelled and len(num) >= 3 else None
        if resolution:
            # "480p", "1080p": a video resolution is a figure
            found.append(NumberMention(text=num + "p", value=_tidy(value), unit="p", qualifier=None))
            continue
        percentile = _PERCENTILE.match(tail) if not spelled and not scale else None
        if percentile:
            # "94th percentile on Codeforces": an ordinal before "percentile" is a figure
            found.append(NumberMention(text=num + tail[: percentile.end()], value=_tidy(value), unit="percentile",
                                       qualifier=" ".join(match.group("qual").lower().split()) if match.group("qual") else None))
            continue
        fused = _FUSED_UNIT.match(tail) if not spelled and not scale else None
        if fused:
            # "48kHz", "10ms", "30fps": a unit written onto the number (since round 26)
            found.append(NumberMention(text=num + fused.group(1), value=_tidy(value), unit=_FUSED_UNITS[fused.group(1).lower()],
                                       qualifier=" ".join(match.group("qual").lower().split()) if match.group("qual") else None))
            continue
        if re.match(r"^[A-Za-z0-9]", tail) and not (_TIMES.match(tail) or _BYTES_AFTER.match(tail)):
            continue  # "2nd", "3D", "4o": ordinals and names
        if match.group("scale_short") and re.match(r"^\s*(?:\d|x\d)", tail):
            continue
        prev, prev_at = _previous_word(sentence, match.start())
        if not spelled and not match.group("qual") and _is_name_word(prev, prev_at == 0):
            # "Llama 2", "SAM 2 masks", "Claude 3.5", "iPhone 14", "AlpacaEval 2": a version, not a figure.
            if not scale and not _PERCENT.match(tail) and not _TIMES.match(tail):
                after_version = end
                version_compared = bool(_COMPARED_BEFORE.search(sentence[:prev_at]))
                continue
        if after_version >= 0 and scale and sentence[after_version:start].strip() == "":
            if version_compared:
                continue  # the "1B" of "... better than Llama 3.2 1B": a baseline's name
        if re.fullmatch(r"(?:19|20)\d\d", num) and not scale and not _PERCENT.match(tail) and not _year_shaped_count(sentence, match, tail):
            continue  # a year (not "trained on 2048 tokens")
        if _NOT_FIGURE_AFTER.match(tail):
            continue
        unit: str | None = None
        measured = False  # a duration said as a measure ("16-second clips", "eight hours each"), not chatter
        if scale:
            value *= SCALE[scale]
        if _PERCENT.match(tail):
            unit, end = "%", end + _PERCENT.match(tail).end()
        elif _TIMES.match(tail):
            unit, end = "x", end + _TIMES.match(tail).end()
        elif _BYTES_AFTER.match(tail) and not scale:
            found_b = _BYTES_AFTER.match(tail)
            unit, end = _BYTES[found_b.group(1).lower()], end + found_b.end()
        elif _HYPHEN_NOUN.match(tail):
            noun = _HYPHEN_NOUN.match(tail).group(1)
            unit, end = ("bit" if noun == "bit" else noun), end + _HYPHEN_NOUN.match(tail).end()
            if scale:
                unit = UNIT_NOUNS.get(noun, noun)  # "1.2B-parameter" -> parameters, "16k-token" -> tokens
            if noun == "way" and _CHOICE_AFTER.match(tail):
                pass  # "five-way multiple choice", "a ten-way classification": the number of options
            elif noun in {"time", "way"} or re.match(r"^-[a-z]+-", tail):
                continue  # "two-year-old", "a three-way split": chatter
            if noun in _DURATION_NOUNS:
                # "16-second clips", "a 54-day snapshot": a duration qualifying a noun is a measure
                unit, measured = noun + "s", True
        elif _MAGNITUDE.match(tail):
            unit, end = "orders of magnitude", end + _MAGNITUDE.match(tail).end()
        else:
            unit, end = _noun_unit(sentence, end, spelled, scale)
            if spelled and unit in _TIME_UNITS and (
                _MEASURE_AFTER.match(sentence[end:])
                or scale
                or match.group("qual")
                or _HORIZON_BEFORE.search(sentence[: match.start()])
            ):
                measured = True  # "attempts of eight hours each", "a million hours", "up to ten days"
        elided = False  # since round 26: a count whose noun was said before ("Only seven could be reproduced")
        if spelled and unit is None and num.lower() not in {"a", "an", "one"}:
            if _OF_THEM.match(tail):
                unit = ""  # "Four of them - verification, backtracking, ...", "six of the seven": a share of the paper's things
            elif _elided_count(sentence, match, tail, found):
                unit, elided = "", True
        out_of = spelled and unit is None and _OUT_OF.match(tail)
        if out_of:
            unit = ""  # "two of 32 experts", "seven out of every eight layers": a share is a figure
        if spelled and unit in _TIME_UNITS and (_MEASURE_OF.match(sentence[end:]) or _every_as_measure(sentence, match, unit)):
            measured = True  # "thirty seconds of audio", "doubling every seven months": a quantity or a period, not chatter
        if spelled and measured and unit in _TIME_UNITS and _SPEAKERS_TIME.search(_clause_before(sentence, match.start())):
            measured = False  # "I spent about two hours on it", "took us over three weeks": the hosts' own time
        if spelled:
            counted_one = num.lower() == "one" and (
                (match.group("qual") and unit) or unit in _MEASURE_UNIT_NAMES or (unit in _TIME_UNITS and measured)
            )  # "around one frame", "one megabyte of flash", "one hour of data"
            if num.lower() in {"a", "an", "one"} and not scale and not _HYPHEN_NOUN.match(tail) and not counted_one:
                continue  # "one does", "one practical note", "a model": a pronoun or an article (not "around one frame")
            if (
                not (unit is not None or scale)
                or (unit in _TIME_UNITS and not measured)
                or (
                    _SKIP_BEFORE.search(sentence[: match.start()])
                    and not elided
                    and not _counted_after_the(sentence, match, unit, value)
                    and not _OF_EVERY_BEFORE.search(sentence[: match.start()])
                    and not _every_as_measure(sentence, match, unit)
                )
            ):
                continue  # "one does", "two years", "every five minutes", "the one model": not figures
        elif unit in _TIME_UNITS and re.search(r"\bevery\s+$", sentence[: match.start()], re.I) and not _every_as_measure(
            sentence, match, unit
        ):
            continue
        unit = unit or None
        if unit is None and not spelled and not scale and not low and last_share and _AGAINST_BEFORE.search(sentence[: match.start()]):
            # "around 60% accuracy against roughly 53 for the analysts": the compared figure is in the same unit
            unit = last_share
            end = match.end()
            found.append(NumberMention(text=num + unit, value=_tidy(value), unit=unit,
                                       qualifier=" ".join(match.group("qual").lower().split()) if match.group("qual") else None))
            continue
        if unit in {"%", "x"}:
            last_share = unit
        qual = " ".join(match.group("qual").lower().split()) if match.group("qual") else None
        if low:
            # "50 to 73%", "30-40%", "one to five demonstrations": both ends are figures the hosts quote.
            lo = (_value(low) or 0.0) * (SCALE[scale] if scale else 1.0)
            lo_text = low + (unit if unit in {"%", "x"} else "")
            found.append(NumberMention(text=lo_text, value=_tidy(lo), unit=unit, qualifier=qual))
        text = sentence[match.start("num") : end].strip(" -")
        found.append(NumberMention(text=text, value=_tidy(value), unit=unit, qualifier=qual))
    found.extend(_multiplier_words(sentence))
    found.extend(_fractions(sentence))
    if "$" in sentence:
        found.extend(_money(sentence))
    if "half a" in sentence or "half an" in sentence:
        found.extend(_half_a_unit(sentence))
    found.extend(_a_measure(sentence))
    found.extend(_fused_fractions(sentence))
    _share_list_unit(sentence, found)
    return found


_MONEY = re.compile(
    r"(?:" + _QUALIFIER + r")?\$\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion)\b|(?P<scale_short>[kKmMbB])(?!\w))?",
    re.I,
)


def _money(sentence: str) -> list[NumberMention]:
    """"$1.60 per run", "under $5", "$2 million": an amount of money is a figure (unit "$")."""
    found = []
    for match in _MONEY.finditer(sentence):
        value = float(match.group("num").replace(",", ""))
        scale = (match.group("scale") or match.group("scale_short") or "").lower()
        if scale:
            value *= SCALE[scale]
        qual = " ".join(match.group("qual").lower().split()) if match.group("qual") else None
        text = sentence[match.start("num") - 1 : match.end()].strip()
        found.append(NumberMention(text=text, value=_tidy(value), unit="$", qualifier=qual))
    return found


_HALF_A_UNIT = prefiltered(
    r"(?:" + _QUALIFIER + r")?(?<![\w-])(?P<body>\bhalf\s+an?\s+(?P<unit>second|millisecond|percent)\b)", re.I
)


def _half_a_unit(sentence: str) -> list[NumberMention]:
    """"in half a second", "half a percent": half of a real unit (not "half an hour" of chatter)."""
    found = []
    for match in _HALF_A_UNIT.finditer(sentence):
        word = match.group("unit").lower()
        unit = "%" if word == "percent" else word + "s"
        qual = " ".join(match.group("qual").lower().split()) if match.group("qual") else None
        found.append(NumberMention(text=match.group("body"), value=0.5, unit=unit, qualifier=qual))
    return found


def _clause_before(sentence: str, start: int) -> str:
    head = sentence[:start]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind(" - "))
    return head[cut + 1 :]


# "under a minute", "about an hour", "less than a second", "within a degree": one of a unit of measure, said with
# a qualifier of amount. Without one, "a minute" is chatter ("give me a minute") or an article.
_SINGULAR_MEASURES = "|".join(
    sorted({"second", "millisecond", "minute", "hour", "day", "week", "month", "year",
            *(k for k in _MEASURE_UNITS if len(k) > 3 and not k.endswith("s"))}, key=len, reverse=True)
)
_A_MEASURE = prefiltered(
    r"(?:" + _QUALIFIER + r"|(?P<within>within|in\s+under)\s+)(?<![\w-])(?P<body>\ban?\s+(?P<unit>" + _SINGULAR_MEASURES + r"))\b(?!-)",
    re.I,
)


def _unit_noun(word: str) -> str:
    """The unit a singular measure word names ("minute" -> "minutes", "degree" -> its listed unit)."""
    return UNIT_NOUNS.get(word) or UNIT_NOUNS.get(word + "s") or word + "s"


def _a_measure(sentence: str) -> list[NumberMention]:
    found = []
    for match in _A_MEASURE.finditer(sentence):
        if _SPEAKERS_TIME.search(_clause_before(sentence, match.start())):
            continue  # "I spent about a day on it": the speakers' own time
        word = match.group("unit").lower()
        unit = _unit_noun(word)
        qual = "less than" if match.group("within") else " ".join(match.group("qual").lower().split())
        found.append(NumberMention(text=match.group("body"), value=1.0, unit=unit, qualifier=qual))
    return found


# A fraction fused to a unit of measure: "a quarter-degree grid", "a half-second delay", "a tenth-of-a-second".
_FUSED_FRACTION = prefiltered(
    r"(?<![\w-])(?:an?|one)\s+(?P<d>half|third|quarter|tenth)-(?:of-an?-)?(?P<unit>" + _SINGULAR_MEASURES + r")\b", re.I
)


def _fused_fractions(sentence: str) -> list[NumberMention]:
    found = []
    for match in _FUSED_FRACTION.finditer(sentence):
        word = match.group("unit").lower()
        unit = _unit_noun(word)
        value = 1 / _DENOMINATORS[match.group("d").lower()]
        found.append(NumberMention(text=match.group(0), value=_tidy(value), unit=unit, qualifier=None))
    return found


# Since round 26: figures said in further general shapes.
# - A unit written onto the number ("48kHz audio", "a 10ms budget", "30fps").
_FUSED_UNITS = {"khz": "kHz", "hz": "Hz", "mhz": "MHz", "ghz": "GHz", "ms": "milliseconds", "fps": "frames per second"}
_FUSED_UNIT = re.compile(r"^(kHz|Hz|MHz|GHz|ms|fps)(?![\w-])", re.I)
# - A year-shaped count of a real unit ("trained on 2048 tokens", "2000 GPUs"), not a dated thing ("the 2024 models").
_YEAR_COUNT_AFTER = re.compile(r"^\s+([A-Za-z]+)\b")
_DATED_NOUNS = frozenset("models model variants versions types sizes benchmarks benchmark datasets dataset papers".split())
_DATED_BEFORE = re.compile(r"\b(?:the|its|their|this|that|these|those|in|since|from|of|by|until|before|after)\s+$", re.I)


def _year_shaped_count(sentence: str, match: re.Match, tail: str) -> bool:
    after = _YEAR_COUNT_AFTER.match(tail)
    if not after:
        return False
    word = after.group(1).lower()
    unit = UNIT_NOUNS.get(word)
    return (
        unit is not None and unit not in _TIME_UNITS and word not in _DATED_NOUNS
        and not _DATED_BEFORE.search(sentence[: match.start()])
    )


# - A count whose noun was said before: a partitive's whole ("six of the seven", "seven of the eleven"), a count as a
#   clause's subject ("Only seven could be reproduced", "four is usually enough"), a count per item ("six per
#   residue"), or a count ending a clause after a preposition once the sentence has counted its things ("across
#   fourteen benchmarks they claim the top score on ten."). Not a question ("Which two?").
_NUM_WORD = r"(?:\d+(?:\.\d+)?|(?:" + _SPELLED + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
_PARTITIVE_BEFORE = re.compile(r"\b" + _NUM_WORD + r"\s+(?:out\s+)?of\s+(?:the|those|these|its|their)\s+$", re.I)
_SUBJECT_VERB_AFTER = re.compile(
    r"^\s+(?:(?:still|actually|also|even|really)\s+)?(?:could|couldn['\u2019]t|can|can['\u2019]t|would|will|were|weren['\u2019]t|"
    r"are|aren['\u2019]t|was|wasn['\u2019]t|is|isn['\u2019]t|did|didn['\u2019]t|had|have|has|held|made|got|passed|failed|"
    r"survived|beat|lost|won|worked|improved|came|went)\b",
    re.I,
)
_CLAUSE_OPENER = re.compile(r"^\s*(?:(?:and|but|so|yet|while|whereas|then|of\s+(?:those|these|them))\s*,?\s*)?$", re.I)
_PER_ITEM_AFTER = re.compile(r"^\s+(?:per|each|apiece)\b", re.I)
_CLAUSE_END_AFTER = re.compile(r"^\s*(?:[.;!]|$)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|for|across|at|to)\s+$", re.I)


def _elided_count(sentence: str, match: re.Match, tail: str, found: list[NumberMention]) -> bool:
    before = sentence[: match.start()]
    if _PARTITIVE_BEFORE.search(before) or _PER_ITEM_AFTER.match(tail):
        return True
    if _SUBJECT_VERB_AFTER.match(tail) and _CLAUSE_OPENER.match(_clause_before(sentence, match.start())):
        return True
    return bool(
        _CLAUSE_END_AFTER.match(tail) and _PREPOSITION_BEFORE.search(before)
        and any(m.unit and m.unit not in _TIME_UNITS and m.value > value_of(match) for m in found)
    )


def value_of(match: re.Match) -> float:
    return _value(match.group("num")) or 0.0


# - A period or a step said with "every": "doubling every seven months", "every ten steps", "every ten-metre pixel";
#   not the speakers' or the listener's own time ("we get one every five minutes", "you retrain every six months").
_EVERY_BEFORE = re.compile(r"\bevery\s+$", re.I)
_PEOPLE = re.compile(r"\b(?:i|we|me|us|my|our|you|your|i['\u2019](?:ve|d|m)|we['\u2019](?:ve|d|re)|you['\u2019](?:ve|d|re|ll))\b", re.I)


_RATE_OF_CHANGE = re.compile(r"\b(?:doubl|halv|tripl|grow|grew|increas|improv|shrink|shrank|drop|fall|fell|rise|rose)\w*", re.I)


def _every_as_measure(sentence: str, match: re.Match, unit: str | None) -> bool:
    """A step ("every ten steps"); a period only as a rate of change ("doubling every seven months") or a fragment
    answering for one ("Every seven months, ..."): "a human reset it every five minutes" is how often, not a figure."""
    before = sentence[: match.start()]
    if not unit or not _EVERY_BEFORE.search(before):
        return False
    clause = _clause_before(sentence, match.start())
    if _PEOPLE.search(clause):
        return False
    if unit not in _TIME_UNITS:
        return True
    return bool(_RATE_OF_CHANGE.search(clause)) or not before[: -len("every ")].strip(" \"'(\u201c")


# - A bare figure compared with a percentage or multiplier said just before is in the same unit ("60% against
#   roughly 53").
_AGAINST_BEFORE = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:to|with)|up\s+from|down\s+from)\s+$", re.I)


def _counted_after_the(sentence: str, match: re.Match, unit: str | None, value: float) -> bool:
    """"the fifteen retrieval tasks": a count of the paper's things in a real unit, after "the" only."""
    return bool(unit) and unit not in _TIME_UNITS and value >= 2 and bool(_THE_BEFORE.search(sentence[: match.start()]))


_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_UNIT_LIST = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?(?:" + _LIST_SEP + r"\d+(?:\.\d+)?)+\s*(?P<unit>%|percent\b|per\s+cent\b|x(?![\w])|\u00d7)", re.I
)


_SCALE_LIST = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?(?:" + _LIST_SEP + r"\d+(?:\.\d+)?)+\s+(?P<scale>thousand|million|billion|trillion)\b", re.I
)


def _share_list_unit(sentence: str, found: list[NumberMention]) -> None:
    """"40, 55 and 70 percent", "7 and 13 billion": the unit or scale said once at a list's end is every member's."""
    if "," not in sentence and " and " not in sentence and " or " not in sentence:
        return
    for match in _UNIT_LIST.finditer(sentence):
        unit = "x" if match.group("unit").lower() in {"x", "\u00d7"} else "%"
        members = set(re.findall(r"\d+(?:\.\d+)?", match.group(0))[:-1])
        for i, mention in enumerate(found):
            if mention.unit is None and mention.text in members:
                found[i] = mention.model_copy(update={"text": mention.text + unit, "unit": unit})
    for match in _SCALE_LIST.finditer(sentence):
        # "at 7 and 13 billion parameters": the scale (and unit) said once is every member's
        numbers = re.findall(r"\d+(?:\.\d+)?", match.group(0))
        factor = SCALE[match.group("scale").lower()]
        last = next((m for m in found if m.text.startswith(numbers[-1]) and m.value == _tidy(float(numbers[-1]) * factor)), None)
        for i, mention in enumerate(found):
            if mention.unit is None and mention.text in numbers[:-1] and mention.value == float(mention.text):
                found[i] = mention.model_copy(update={
                    "text": f"{mention.text} {match.group('scale')}", "value": _tidy(mention.value * factor),
                    "unit": last.unit if last else None,
                })


_RESOLUTION = re.compile(r"p(?![\w-])")
_PERCENTILE = re.compile(r"^(?:st|nd|rd|th)\s+percentile\b", re.I)
_CHOICE_AFTER = re.compile(r"^-way\s+(?:multiple[-\s]choice|choice|classification|classifier|comparison)\b", re.I)
_OUT_OF = re.compile(
    r"^\s+(?:out\s+)?of\s+(?:every\s+)?(?:\d[\d,.]*|(?:" + _SPELLED + r"))[kKmMbB]?\s+[a-z]", re.I
)
_OF_EVERY_BEFORE = re.compile(r"\bof\s+every\s+$", re.I)
# "thirty seconds of audio", "ten hours of video": a duration measuring a quantity ("two years of my life" is not).
# Since round 18 any quantity collected or produced counts ("seventeen months of people steering robots", "ten
# minutes of demonstrations"), not time lived through ("two years of my life", "ten minutes of the episode",
# "three seconds of dead air", "an hour of waiting").
_MEASURE_OF = re.compile(
    r"\s+of\s+(?!(?:my|our|your|his|her|the|this|that|it|its|us|me|you|them|fun|chat\w*|talk\w*|dead|awkward|"
    r"silence|waiting|boredom|life|pain|nothing)\b)[A-Za-z]",
    re.I,
)
# The speakers' own time: a first-person subject or object in the clause before a duration.
_SPEAKERS_TIME = re.compile(r"\b(?:i|we|me|us|my|our|i['\u2019](?:ve|d|m)|we['\u2019](?:ve|d|re))\b", re.I)
_DURATION_NOUNS = frozenset("second minute hour day week month year".split())
# A duration said as a measure: per item, or as a step, gap or reach ("stepping six hours at a time", "ten days
# ahead", "thirty seconds long").
_MEASURE_AFTER = re.compile(
    r"\s+(?:each|apiece|per\b|of\s+(?:compute|training|GPU)|at\s+a\s+time\b|apart\b|ahead\b|long\b|in\s+advance\b)", re.I
)
_MEASURE_UNIT_NAMES = frozenset(_MEASURE_UNITS.values())
_OF_THEM = re.compile(
    r"\s+(?:out\s+)?of\s+(?:them|those|these|(?:the|its|their)\s+(?:\d+(?:\.\d+)?|(?:" + _SPELLED + r"))\b)", re.I
)
# "roughly half the layers", "the deeper half of the network": a fraction of the paper's things. Not "cut in
# half" (a multiplier, above), "the first half of the episode", "the other half", "half an hour", "half-baked".
_HALF = prefiltered(
    r"(?:" + _QUALIFIER + r")?(?<![\w-])(?<!\bin\s)(?<!\bby\s)(?<!first\s)(?<!second\s)(?<!other\s)(?<!back\s)(?<!front\s)"
    r"\bhalf\b(?!-)(?=\s+(?:of\s+(?:the|its|their|all|those|these|them)|the|its|their|all|those|these)\b)",
    re.I,
)


# Spoken fractions: "a third of the compute", "roughly a tenth of the cost", "three-quarters of the answers", "two
# thirds", "a third fewer actions", "cut by a quarter."; "half as many features". Not an ordinal: "a third paper",
# "a fourth option" (after "a / an / one" the fraction must be followed by "of", a comparative or the clause's end).
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "hundredth": 100, "thousandth": 1000}
_FRACTION = prefiltered(
    r"(?:" + _QUALIFIER + r")?(?<![\w-])(?P<n>an?|one|two|three|four|five|six|seven|eight|nine)[-\s]"
    r"(?P<d>thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?)\b(?!-)"
    r"(?P<after>(?=\s+(?:of|fewer|less|more|smaller|larger|bigger|shorter|longer|faster|slower|cheaper|as)\b)|(?=\s*(?:[,.;:!?]|$)))?",
    re.I,
)
_FRACTION_TAIL = re.compile(r"^[-\s](?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?)\b", re.I)
# Since round 26: "only about half still perform well": half as a share on its own, said with a qualifier of amount
# (a bare "half" is too often chatter: "Half.", "the other half").
_QUALIFIED_HALF = prefiltered(
    r"\b(?P<qual>about|roughly|nearly|almost|only|just|around|over|under|more\s+than|less\s+than|approximately|close\s+to)"
    r"\s+half\b(?![-\w])(?!\s+(?:an?|of|the|its|their|all|those|these|as|way|time|hour|day)\b)"
    r"(?!\s+[a-z]+(?:ed|en|ful|ous|ive|able|ible|y)\b)",  # not "only half persuaded" (an adjective)
    re.I,
)
_HALF_AS = prefiltered(r"(?:" + _QUALIFIER + r")?(?<![\w-])\bhalf\s+(?=as\s+(?:many|much|\w+)\b)", re.I)


def _fractions(sentence: str) -> list[NumberMention]:
    found = []
    for match in _HALF.finditer(sentence):
        qual = " ".join(match.group("qual").lower().split()) if match.group("qual") else None
        found.append(NumberMention(text="half", value=0.5, unit=None, qualifier=qual))
    for match in _QUALIFIED_HALF.finditer(sentence):
        found.append(NumberMention(text="half", value=0.5, unit=None, qualifier=" ".join(match.group("qual").lower().split())))
    for match in _HALF_AS.finditer(sentence):
        qual = " ".join(match.group("qual").lower().split()) if match.group("qual") else None
        found.append(NumberMention(text="half", value=0.5, unit=None, qualifier=qual))
    for match in _FRACTION.finditer(sentence):
        n, d = match.group("n").lower(), match.group("d").lower()
        if match.group("after") is None and (n in {"a", "an", "one"} or not d.endswith("s")):
            continue  # "a third paper", "the fourth option": an ordinal
        numerator = 1 if n in {"a", "an"} else WORD_VALUES[n]
        qual = " ".join(match.group("qual").lower().split()) if match.group("qual") else None
        text = sentence[match.start("n") : match.end("d")]
        found.append(NumberMention(text=text, value=_tidy(numerator / _DENOMINATORS[d.rstrip("s")]), unit=None, qualifier=qual))
    return found


# Multiplier words as figures: "twice as fast", "more than double", "doubles the throughput", "cut in half".
_MULTIPLIER_VALUES = {"twice": 2.0, "double": 2.0, "doubles": 2.0, "doubled": 2.0, "triple": 3.0, "triples": 3.0,
                      "tripled": 3.0, "quadruple": 4.0, "quadrupled": 4.0, "half": 0.5, "halves": 0.5, "halved": 0.5}
_MULTIPLIER = prefiltered(
    r"(?:" + _QUALIFIER + r")?\b(?P<word>twice|double|triple|quadruple)\b(?=\s+(?:as|the|that|its|their|what|over|on|from)\b|\s*[,.;!?]|$)"
    r"|\b(?P<verb>doubles|doubled|triples|tripled|quadrupled|halves|halved)\b(?!\s+(?:down|up|back|as)\b)"
    r"|\b(?:in|by)\s+(?P<half>half)\b(?!\s+(?:a|an)\b)",  # not "in half an hour"
    re.I,
)


def _multiplier_words(sentence: str) -> list[NumberMention]:
    found = []
    for match in _MULTIPLIER.finditer(sentence):
        word = (match.group("word") or match.group("verb") or match.group("half")).lower()
        qual = " ".join(match.group("qual").lower().split()) if match.group("qual") else None
        if match.group("word") and qual is None and re.match(r"\s*(?:[,.;!?]|$)", sentence[match.end() :]):
            continue  # "I said it twice.": only "more than double." ends a clause as a figure
        found.append(NumberMention(text=word, value=_MULTIPLIER_VALUES[word], unit="x", qualifier=qual))
    return found


def _noun_unit(sentence: str, end: int, spelled: bool, scale: str) -> tuple[str | None, int]:
    """The unit named by the words after a number ("tokens per second", "H100s", "public datasets")."""
    tail = sentence[end:]
    active = _ACTIVE.match(tail)
    if active and scale in {"b", "billion", "m", "million", "t", "trillion"}:
        return "parameters", end + active.end()
    position = end
    # "six public datasets", "62 million unlabeled images"; a spelled count reaches over a longer noun phrase,
    # names and all: "four different test sets", "thirteen BIG-Bench Hard tasks", "ten different base models"
    for hop in range(4 if spelled else 2):
        word = _WORD.match(sentence[position:])
        if not word:
            return None, end
        raw = word.group(1)
        lower = raw.lower()
        if hop and spelled and lower in _ADJECTIVE_STOP:
            return None, end
        if _HARDWARE.match(raw):
            after = position + word.end()
            gpu_hours = re.match(r"^\s+(?:GPU\s+)?hours\b", sentence[after:], re.I)
            if gpu_hours:
                return "GPU hours", after + gpu_hours.end()
            return "GPUs", after
        unit = UNIT_NOUNS.get(lower) or UNIT_NOUNS.get(lower + "s")  # "one clip per second" counts clips
        if unit is not None:
            stop = position + word.end()
            per = _PER.match(sentence[stop:])
            if per:
                return f"{unit} per {per.group(1).lower()}", stop + per.end()
            return unit, stop
        if hop == 0 and (lower in _ADJECTIVE_STOP or not (raw.islower() or spelled)):
            return None, end
        if spelled and lower.endswith("s") and lower not in _TIME_UNITS and _ENUMERATION_AFTER.match(sentence[position + word.end() :]):
            return "", end  # "three ways: on the original families, ...": a count the sentence then lists (since round 26)
        if spelled and (_is_counted_noun(lower) or (hop and lower == "ones")):
            following = _WORD.match(sentence[position + word.end() :])
            if following is None or following.group(1).lower() in _ADJECTIVE_STOP | _VERB_AFTER_COUNT | _SUBJECT_AFTER or (
                _past_verb_with_object(sentence, position + word.end() + following.end())
                if _PAST_VERB.match(following.group(1)) else False
            ):
                # "Four puzzles, and ...", "they find three regimes at ...": a count of the paper's things is a
                # figure; the noun is no real unit, so the unit stays empty ("" tells the caller to keep it)
                return "", end
        if spelled and lower.endswith("s") and not lower.endswith("ss"):
            return None, end  # the phrase's plural head was not a counted noun: "two years later ..."
        position += word.end()
    return None, end


# Plural nouns a spelled-out count can count as a figure ("four puzzles", "three regimes"), except chatter.
_CHATTER_NOUNS = frozenset(
    "things ways reasons times years months weeks days minutes seconds hours people guys folks papers episodes "
    "hosts cents bucks dollars kids cats dogs friends ones others thoughts questions comments notes points cups "
    "coffees beers pages slides listeners".split()
)
_VERB_AFTER_COUNT = frozenset("where which that who each all".split())
# A relative clause without "that": "two properties they build in", "three fixes we tried".
_SUBJECT_AFTER = frozenset("they we it you he she i".split())


# Since round 26: a counted noun followed by the past tense of its verb ("fifty-six meteorologists compared it", "twenty-one
# institutions pooled their data") or joined with "plus" ("nine commercial games plus a handful of ...").
_PAST_VERB = re.compile(r"^(?:[a-z]{2,}ed|plus)$")
_OBJECT_AFTER = re.compile(r"^\s+(?:it|them|their|the|a|an|its|this|that|these|those|each|both)\b", re.I)


def _past_verb_with_object(sentence: str, verb_end: int) -> bool:
    """"pooled their data", "compared it": a verb with its object ("Three tricks stacked." is a participle)."""
    return sentence[verb_end - 4 : verb_end] == "plus" or bool(_OBJECT_AFTER.match(sentence[verb_end:]))
_ENUMERATION_AFTER = re.compile(r"^\s*:\s+\S")


def _is_counted_noun(word: str) -> bool:
    return len(word) >= 4 and word.endswith("s") and not word.endswith("ss") and word not in _CHATTER_NOUNS


# Words after a number that cannot be an adjective before its unit ("8 out of 15", "3.8 versus 1.7").
_ADJECTIVE_STOP = frozenset(
    "out of to and or on in at for with by from as than versus vs is are was were that this it its their the a an "
    "per into onto over under more less fewer times".split()
)


# Since round 17: the size tail of a model the paper uses ("fine-tune Mistral-7B on ...", "Falcon-7B in the main
# setup", "show LLaMA-7B a user's history") is a figure the hosts quote; in a comparison ("better than
# Qwen2.5-1.5B", "beats OPT-1.3B", "Heron-7B beats ...") it only tells the models apart.
_SIZE_TAIL = re.compile(r"^[BbMm](?![\w-])")
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_COMPARED_AFTER = re.compile(
    r"^\s+(?:\w+ly\s+)?(?:beats?|outperforms?|surpass\w*|rivals?|trails?|versus|vs\b|than|edges?\s+out|matches)\b", re.I
)


def _size_of_model_used(sentence: str, word_start: int, prefix: str, match: re.Match) -> bool:
    if not prefix.endswith("-") or not match.group("scale_short") or match.group("lo") or match.group("lo_w") or match.group("lo_b"):
        return False
    if not _SIZE_TAIL.match(sentence[match.start("scale_short"):]):
        return False
    before = _DECIMAL_POINT.sub("", sentence[:word_start])  # "Zephyr-1.3B and ...": a name's point ends no clause
    return not (_COMPARED_BEFORE.search(before) or _COMPARED_AFTER.match(sentence[match.end():]))


@lru_cache(maxsize=256)
def _own_keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalise_name(n) for n in names if n)


def _tidy(value: float) -> float:
    """8.3 * 1e9 -> 8300000000.0, not 8300000000.000001."""
    return float(f"{value:.12g}")


def _figure_words_pattern() -> re.Pattern:
    """Every literal word one of the figure patterns above needs (spelled numbers, scales, fractions, multipliers,
    singular measures), grouped by first letter: one fast scan of a lower-cased ASCII sentence."""
    words = {*WORD_VALUES, *(w for w in SCALE if len(w) > 1), *_DENOMINATORS, *_MULTIPLIER_VALUES,
             *_SINGULAR_MEASURES.split("|")}
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return re.compile("[0-9]|" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in by_first.items()))


_FIGURE_WORDS = _figure_words_pattern()


def may_hold_figure(sentence: str) -> bool:
    """False only when `find_numbers` must find nothing: an ASCII sentence with no digit and none of the words any
    figure pattern needs. Non-ASCII sentences always answer True (case folding beyond ASCII is left to the
    patterns themselves)."""
    if not sentence.isascii():
        return True
    return _FIGURE_WORDS.search(sentence.lower()) is not None
