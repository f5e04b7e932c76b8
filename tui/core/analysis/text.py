"""Text helpers the analysis shares: sentences of a turn, clauses, cleaning.

Kept deliberately simple and linear: transcripts are conversational, so an abbreviation-aware
sentence splitter buys little, while speed matters (whole libraries are analysed on first scan).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.analysis.memo import per_text

_STAGE = re.compile(r"\[[^\]]{0,40}\]|\((?:laughs|pauses|sighs|chuckles|laughter|crosstalk|inaudible)\)", re.I)
# A sentence ends at . ! ? (or an ellipsis) followed by space and an upper-case letter, a digit or a quote, or a
# name spelled with a lower-case prefix on a capital ("... now. scHyena, a foundation model ...", "xLSTM",
# "mHC"): such a name keeps its spelling where it opens a sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?(?:[A-Z0-9]|[a-z]{1,3}[A-Z]))")
_ABBREV_TAIL = re.compile(r"(?:\b(?:e\.g|i\.e|vs|etc|et al|Dr|Mr|Ms|Mrs|Fig|Eq|approx)\.)$", re.I)
# "No." abbreviates "number" only before one ("No. 5"); "It isn't fast, no. Several round trips." ends a sentence
_NUMBER_ABBREV = re.compile(r"\bNo\.$", re.I)
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Sentence:
    turn: int
    index: int  # position in the turn
    text: str


# Several stages ask for the same turn's cleaning, sentences and normalised sentences (the pipeline, paper
# detection and segmentation each split every turn): each helper below is a pure function of its text, so its
# answers are remembered per text (`memo.per_text`).


@per_text
def clean(text: str) -> str:
    """Drop stage directions left in the text ("[pauses]") and fold whitespace."""
    return _WS.sub(" ", _STAGE.sub(" ", text)).strip()


# Disfluencies of live speech that carry no content: fillers ("um", "uh"), discourse markers set off by commas
# ("I mean,", "you know,", "like,"), and a word restarted after a false start ("the - the paper", "they, they").
_FILLER = re.compile(r"(?<![\w'\u2019-])(?:u+m+|u+h+|e+rm+|hmm+|mhm)(?![\w'\u2019-])[,.]?\s*", re.I)
_MARKER = re.compile(
    r"(?:(?<=^)|(?<=[,;:\u2013\u2014-]\s)|(?<=\.\s))(?:i\s+mean|you\s+know|like|so\s+like|basically)\s*[,\u2013\u2014-]\s*"
    r"|,\s*(?:i\s+mean|you\s+know|like)\s*,(?=\s)|(?<=\w)\s+(?:i\s+mean|you\s+know),(?=\s)|(?<=\w)\s+like,(?=\s+(?:\d|a\b|an\b|the\b|around\b|about\b|maybe\b))",
    re.I,
)
_RESTART = re.compile(r"\b([A-Za-z]+(?:['\u2019][a-z]+)?)(?:(?:\s*[,\u2013\u2014-]+\s*|\s+)\1\b(?![\w'-]))+", re.I)
_SPEECH_NEEDLES = ("um", "uh", "erm", "hm", "mean", "know", "like", "basically")


@per_text
def speech_normalised(sentence: str) -> str:
    """The sentence with disfluencies removed, for matching cues, names and numbers: "I mean, the - the
    paper, um, gets like, 3x" -> "The paper, gets 3x". The text shown to users is never this."""
    original = sentence
    lowered = sentence.lower()
    if any(n in lowered for n in _SPEECH_NEEDLES):
        sentence = _MARKER.sub(lambda m: "," if m.group(0).startswith(",") else "", sentence)
        sentence = _FILLER.sub("", sentence)
    if " " in sentence:
        sentence = _RESTART.sub(r"\1", sentence)
    sentence = sentence.strip()
    if sentence is not original and sentence[:1].islower() and original[:1].isupper():
        sentence = sentence[0].upper() + sentence[1:]  # a sentence that lost its first word still starts one
    return sentence


def split_sentences(text: str) -> list[str]:
    """Split a turn into sentences; an abbreviation such as "e.g." does not end one. (A new list each call.)"""
    return list(_sentences_of(text))


@per_text
def _sentences_of(text: str) -> tuple[str, ...]:
    return tuple(_split_sentences(text))


def _split_sentences(text: str) -> list[str]:
    text = clean(text)
    if not text:
        return []
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()].strip()
        if _ABBREV_TAIL.search(candidate) or (_NUMBER_ABBREV.search(candidate) and text[match.end() : match.end() + 1].isdigit()):
            continue
        if candidate:
            parts.append(candidate)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


_CLAUSE_SPLIT = re.compile(r"\s+[-\u2013\u2014]\s+|;\s+|,\s+(?:but|and|while|whereas)\s+|\.\s+")


def split_clauses(sentence: str) -> list[str]:
    """Clauses of a sentence, for summary turns that judge several papers in one breath."""
    return [part.strip() for part in _CLAUSE_SPLIT.split(sentence) if part.strip()]


def word_count(text: str) -> int:
    return len(text.split())
