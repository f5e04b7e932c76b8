"""Is `Word:` at the start of a line a speaker, or just a colon in speech?

Transcripts have no grammar for names, so this decides from evidence: the prefix must look like a name
(short, capitalised words, "Dr. Ana Ruiz", "BEN", "Speaker 1", "[SPEAKER_00]"), must not be a URL or a time
("https://", "10:30") and must not be a common label ("Note:", "Verdict:") - and a name seen more than
once in the file is trusted further (a lower-case "ana:" repeated is a speaker, once it is prose).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TS = r"\d{1,4}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?"
_WORD = r"[^\W_][\w.'\u2019&\-]{0,30}"
_PREFIX = re.compile(
    rf"[ \t]*(?:[\[(](?P<ts1>{_TS})[\])][ \t]*|(?P<ts2>{_TS})[ \t]+)?"
    rf"(?:\[(?P<label>[A-Za-z][\w .\-]{{0,30}})\]|(?P<name>{_WORD}(?:[ \t]{{1,3}}{_WORD}){{0,4}}))"
    rf"[ \t]*(?:[\[(](?P<ts3>{_TS})[\])][ \t]*)?:(?![/\d])"
)
_PREFIX_WINDOW = 200  # a name prefix is short; matching only this much keeps a 5 MB line linear.

# Labels that end in a colon in prose and notes but are not people.
STOP_LABELS = frozenset(
    """
    note notes nb n.b warning caution update edit ps p.s example examples e.g i.e source sources link links url
    title summary tl;dr tldr step tip tips caveat disclaimer important reminder correction fact translation
    quote http https ftp mailto re fwd subject date time location agenda topic topics episode recorded
    transcript chapter part keywords verdict verdicts claim claims paper papers benchmark benchmarks result
    results pros cons takeaway takeaways conclusion update however so but and well now also remember first
    second third finally basically honestly look okay ok yes no right sure actually anyway plus meanwhile here
    there this that what why how who which because then therefore thus problem bonus spoiler hint answer-key
    context background method methods approach limitation limitations abstract status todo fixme hosts guests
    participants speakers attendees present duration length description tags language published
    """.split()
) | {"show notes", "key takeaway", "key takeaways", "bottom line", "fun fact", "side note", "quick note"}
# A number in a name ("Speaker 2") is fine after these words; "Episode 12:" or "Table 3:" is a heading.
NUMBERED_SPEAKERS = frozenset(
    """
    speaker spk guest host person participant interviewer interviewee voice caller panelist panellist student
    audience member moderator user agent narrator unknown sprecher
    """.split()
)
PARTICLES = frozenset("van von de der den da di du la le del della des bin al el ibn st. y dos das".split())
PSEUDO_SPEAKERS = frozenset(
    """
    break intro outro ad ads advert advertisement sponsor sponsors music interlude transition commercial
    promo jingle theme
    """.split()
) | {"ad break", "sponsor break", "cold open", "theme music", "commercial break", "mid-roll", "pre-roll"}


@dataclass(frozen=True)
class Prefix:
    """A `Name:` prefix found at the start of a line: the raw name, optional timestamp, the rest of the line."""

    name: str
    rest: str
    timestamp: str | None
    bracketed: bool


def find_prefix(line: str) -> Prefix | None:
    match = _PREFIX.match(line[:_PREFIX_WINDOW])
    if not match:
        return None
    label = match.group("label")
    name = label if label is not None else match.group("name")
    timestamp = match.group("ts1") or match.group("ts2") or match.group("ts3")
    rest = line[match.end() :]
    return Prefix(name=" ".join(name.split()), rest=rest, timestamp=timestamp, bracketed=label is not None)


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def is_pseudo_speaker(name: str) -> bool:
    return name_key(name) in PSEUDO_SPEAKERS


def looks_like_name(name: str, seen: int, *, bracketed: bool = False) -> bool:
    """Could `name` be a speaker? `seen` is how often the same name starts a line in this file."""
    key = name_key(name)
    if not key or key in STOP_LABELS or key.rstrip(".") in STOP_LABELS:
        return False
    if bracketed:
        return True  # "[SPEAKER_00]:" is a diarization label by construction
    words = name.split()
    if len(words) > 4 or not words[0][0].isalpha():
        return False
    if len(words) > 1 and words[-1].isdigit() and words[0].lower() not in NUMBERED_SPEAKERS:
        return False
    for position, word in enumerate(words):
        first = word[0]
        if first.isupper() or first.isdigit():
            continue
        if position > 0 and word.lower() in PARTICLES:
            continue
        if len(words) == 1 and seen >= 2:
            continue  # a lower-case name used as a speaker again and again
        return False
    return True


class SpeakerVocabulary:
    """Counts the name prefixes of one file, then decides which are speakers and how to spell them.

    Case and spacing vary within a file ("Ben:" and "BEN:"); the shown spelling is the most common one,
    preferring one that is not all capitals, then the first seen.
    """

    def __init__(self) -> None:
        self._spellings: dict[str, Counter[str]] = {}
        self._order: dict[str, int] = {}
        self._display: dict[str, str] = {}
        self._keys: dict[str, str] = {}  # raw spelling -> key, because the same few names repeat
        self._accepted: dict[tuple[str, bool], bool] = {}
        self._recurring: bool | None = None  # computed once all prefixes are seen

    def see(self, name: str) -> None:
        key = self._key(name)
        spellings = self._spellings.get(key)
        if spellings is None:
            spellings = self._spellings[key] = Counter()
            self._order[key] = len(self._order)
        spellings[name] += 1

    def _key(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = name_key(name)
        return key

    def count(self, name: str) -> int:
        spellings = self._spellings.get(self._key(name))
        return sum(spellings.values()) if spellings else 0

    def has_recurring_speaker(self) -> bool:
        """Does some name start three or more lines (so the file's speakers are established)?"""
        if self._recurring is None:
            self._recurring = any(sum(c.values()) >= 3 for c in self._spellings.values())
        return self._recurring

    def accepts(self, prefix: Prefix) -> bool:
        """Call after every prefix of the file was seen (acceptance depends on the counts)."""
        cache_key = (prefix.name, prefix.bracketed)
        accepted = self._accepted.get(cache_key)
        if accepted is None:
            accepted = looks_like_name(prefix.name, self.count(prefix.name), bracketed=prefix.bracketed)
            self._accepted[cache_key] = accepted
        return accepted

    def display(self, name: str) -> str:
        key = self._key(name)
        cached = self._display.get(key)
        if cached is None:
            cached = self._display[key] = self._best_spelling(key, name)
        return cached

    def _best_spelling(self, key: str, name: str) -> str:
        spellings = self._spellings.get(key)
        if not spellings:
            return " ".join(name.split())
        ranked = sorted(
            enumerate(spellings.items()),
            key=lambda item: (-item[1][1], item[1][0].isupper() and len(item[1][0]) > 1, item[0]),
        )
        return ranked[0][1][0]
