"""Small text helpers every reader shares: timestamps, tags, entities, stage directions, titles.

Every regex here is either anchored on a bounded prefix or uses bounded/negated classes, so a single 5 MB
line costs linear time.
"""

from __future__ import annotations

import html
import re

# [hh:]mm:ss[.,fff] or h:mm:ss; hours may have several digits.
_TIMESTAMP = re.compile(r"(?:(\d{1,4}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?")
# A timestamp in brackets or parentheses inside text: [00:01:05], (03:57), \[03:57\] once unescaped.
_BRACKETED_TIME = re.compile(r"[\[(]\s{0,2}(\d{1,4}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?)\s{0,2}[\])]")
_TAG = re.compile(r"<[^<>\n]{0,300}>")
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,40})\]|\(([^()\n]{1,40})\)")
_SPACES = re.compile(r"[ \t\u00a0]+")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?])")

# Words that make a bracketed aside a stage direction wherever it sits, whatever its case.
STAGE_WORDS = frozenset(
    """
    laugh laughs laughing laughter laughed chuckle chuckles chuckling chuckled giggles giggling pause pauses
    paused pausing sigh sighs sighing sighed music applause silence inaudible crosstalk cough coughs coughing
    clears throat groans groan scoffs scoff snorts sniffs smiles grins beep static noise unintelligible
    overlapping overtalk indistinct applauding cheering cheers whistles whistle clapping claps sound
    sounds silent break interruption interrupts laughs. exhales inhales breathes gasps murmurs mumbles
    """.split()
)


def parse_timestamp(value: str) -> float | None:
    """`01:02:03.5`, `02:03,500`, `1:02:03` -> seconds (rounded to ms); None when it is not a timestamp."""
    match = _TIMESTAMP.fullmatch(value.strip())
    if not match:
        return None
    hours, minutes, seconds, fraction = match.groups()
    if int(seconds) > 59 or (hours is not None and int(minutes) > 59):
        return None
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    if fraction:
        total += int(fraction) / (10 ** len(fraction))
    return round(total, 3)


def format_clock(seconds: float) -> str:
    """126.0 -> `2:06`, 3725.0 -> `1:02:05`."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def round_time(value: float | None) -> float | None:
    return None if value is None else round(float(value), 3)


def leading_timestamp(text: str) -> tuple[float | None, str]:
    """Split a `[00:01:05]` (or bare `00:01:05`) at the start of text off it."""
    stripped = text.lstrip()
    match = _BRACKETED_TIME.match(stripped)
    if match:
        return parse_timestamp(match.group(1)), stripped[match.end() :].lstrip()
    head = stripped.split(" ", 1)
    if len(head) == 2 and ":" in head[0] and len(head[0]) <= 12:
        seconds = parse_timestamp(head[0])
        if seconds is not None:
            return seconds, head[1].lstrip()
    return None, text


def remove_inline_timestamps(text: str) -> str:
    """Mid-paragraph timestamps are timing marks, not speech."""
    if "[" not in text and "(" not in text:
        return text
    return _BRACKETED_TIME.sub(" ", text)


def strip_tags(text: str) -> str:
    return _TAG.sub("", text) if "<" in text else text


def unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def tidy_spaces(text: str) -> str:
    """Collapse runs of spaces (not newlines) and drop empty lines."""
    if "\n" not in text and "  " not in text and "\t" not in text and "\u00a0" not in text:
        return text.strip()
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _is_stage_phrase(inner: str, *, square: bool, at_edge: bool) -> bool:
    words = inner.strip().split()
    if not words or len(words) > 3:
        return False
    lowered = [w.lower().strip(".,!?") for w in words]
    if lowered[0] in STAGE_WORDS or lowered[-1] in STAGE_WORDS:
        return True
    # A short all-lowercase bracketed aside at the start or end of a turn ("[smiles warmly]") is a direction;
    # the same words inside a sentence ("the [citation needed] bit") are speech.
    return square and at_edge and all(w.isalpha() and w.islower() for w in (x.strip(".,!?'") for x in words))


def split_stage_directions(text: str) -> tuple[str, list[str]]:
    """Remove stage directions like `[pauses]`, `(laughs)`, `[Music]` from text and return them in order."""
    if "[" not in text and "(" not in text:
        return text, []
    directions: list[str] = []
    pieces: list[str] = []
    last = 0
    stripped_len = len(text.rstrip())
    lead = len(text) - len(text.lstrip())
    for match in _BRACKETED.finditer(text):
        inner = match.group(1) if match.group(1) is not None else match.group(2)
        square = match.group(1) is not None
        at_edge = (
            match.start() <= lead or match.end() >= stripped_len or _only_asides_before(text, lead, match.start())
        )
        if not _is_stage_phrase(inner, square=square, at_edge=at_edge):
            continue
        directions.append(" ".join(inner.split()))
        pieces.append(text[last : match.start()])
        last = match.end()
    if not directions:
        return text, []
    pieces.append(text[last:])
    # Removing "[laughs]" from "that, [laughs] fine" leaves "that,  fine": tidy, and no space before punctuation.
    return _SPACE_BEFORE_PUNCT.sub(r"\1", tidy_spaces(" ".join(pieces))), directions


def _only_asides_before(text: str, lead: int, position: int) -> bool:
    """True when only bracketed asides precede position: "[pauses] [sighs] Well" has two edge asides."""
    if position - lead > 80:
        return False
    before = text[lead:position].strip()
    return bool(before) and before[0] in "[(" and before[-1] in "])"


def clean_text(text: str) -> tuple[str, list[str]]:
    """The common clean-up of one piece of speech: tags, entities, inline timestamps, stage directions."""
    text = unescape(strip_tags(text))
    text = remove_inline_timestamps(text)
    text, directions = split_stage_directions(text)
    return tidy_spaces(text), directions


def title_from_stem(stem: str) -> str:
    """`2025-03_infinite-vl_episode` -> `2025 03 infinite vl episode`, capitalised when all lower-case."""
    words = re.sub(r"[_\-.]+", " ", stem).split()
    title = " ".join(words) or stem or "Untitled"
    return title[:1].upper() + title[1:] if title.islower() else title
