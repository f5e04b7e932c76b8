"""Structural confirmation of papers by the closing round (the roll call at the end of an episode).

Hosts who triage papers end by judging them one at a time: "WiSE-FT?", "And Mobile ALOHA?", "Now IPO. I say
research.", "SpaceByte I'd skip.", "Constitutional AI: I'd use it today.", "Open X-Embodiment is ready too.".
Baselines, datasets and labs named along the way are rarely judged there. So a name-shaped phrase that opens
a sentence in the closing round, in a run of such openings that also names papers already detected, and that was
said in the body of the episode before the round, is a discussed paper, however it was introduced (a late reveal,
"the learning method on top is ACT"; a bare turn-initial name; a name said with no cue at all).

This depends on the shape of the round (name-first sentences in the last turns, one after another), not on the
words around the name. Pure functions over the sentences; the caller builds the paper.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tui.core.analysis import lexicon
from tui.core.analysis.names import is_name_shaped, strip_token

# what may come before the item at a sentence's start: "And", "Now", "Okay,", "So then"
_LEAD = re.compile(
    r"^(?:(?:and|now|so|then|okay|ok|right|alright|well|finally|lastly|also|next|last|yes|yeah|fine|but|"
    r"what\s+about|how\s+about)[,.:]?\s+)*(?:the\s+)?",
    re.I,
)
# the item: up to four capitalised or name-shaped words ("Open X-Embodiment", "Constitutional AI", "RT-1")
_ITEM = re.compile(r"[A-Z0-9\u0370-\u03ff][\w+#.\u2019'\u0370-\u03ff-]*(?:\s+[A-Z0-9\u0370-\u03ff][\w+#.\u2019'\u0370-\u03ff-]*){0,3}")
_PRONOUN = frozenset("I I'd I'm I'll I've I\u2019d I\u2019m I\u2019ll I\u2019ve".split())
_NOT_AN_ITEM = frozenset(
    "on in at for with without by from to of into onto over under against versus vs like unlike than after before "
    "since during per via across beyond besides including".split()
)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_TAIL_PUNCT = re.compile(r"[.'\u2019-]+$")

# the closing round is looked for in the last part of the episode only
_LATE_SHARE = 0.6
# consecutive items of one round are at most this many turns apart
_ROUND_GAP = 5
# the round judges papers discussed earlier, not a name said in the turn just before it
_MIN_DISTANCE = 4
_ARTIFACT_NEXT = re.compile(
    r"^(?:['\u2019]s)?\s+(?:corpus|dataset|data|benchmark|leaderboard|suite|library|tokenizer|checkpoint|"
    r"checkpoints|weights|team|lab|group|api|license|licence)\b",
    re.I,
)


def _opening(sentence: str) -> str:
    lead = _LEAD.match(sentence)
    return sentence[lead.end() if lead else 0 :]


def _item_words(rest: str) -> list[str]:
    """The capitalised words opening a sentence after its filler ("And Mobile ALOHA?" -> [Mobile, ALOHA])."""
    found = _ITEM.match(rest)
    if not found:
        return []
    if found.group(0).split()[0].lower() in _NOT_AN_ITEM:
        return []  # "On DocVQA, it ...": a place or a comparison, not the paper put on the table
    words = []
    for word in found.group(0).split():
        if word in _PRONOUN:
            break
        word = _TAIL_PUNCT.sub("", _POSSESSIVE.sub("", word))
        if not word:
            break
        words.append(word)
        if found.group(0).split()[len(words) - 1].endswith(("'s", "\u2019s")):
            break  # "RT-1's numbers": the possessive ends the item
    return words


def _phrases(words: list[str]) -> list[str]:
    """Contiguous runs holding a name-shaped word, longest first ("Open X-Embodiment", then "X-Embodiment")."""
    spans = []
    n = len(words)
    for length in range(n, 0, -1):
        for start in range(0, n - length + 1):
            part = words[start : start + length]
            if any(is_name_shaped(strip_token(w)) for w in part):
                spans.append(" ".join(part))
    return spans


def closing_items(
    sentences_by_turn: Sequence[Sequence[str]],
    known: Callable[[str], int | None],
    pattern_for: Callable[[str], re.Pattern],
    speakers: frozenset[str],
    alias_of: Callable[[str, list[str]], int | None],
    others: Callable[[int], bool],
) -> list[tuple[str, int, int | None]]:
    """Names judged in the closing round that no detected paper's pattern finds: [(name, first turn said,
    index of the detected paper it is another name of, or None)].

    `known(text)` gives the index of the detected paper named at the start of `text`, or None; `alias_of(phrase,
    body sentences)` the detected paper the phrase is another name of; `others(turn)` whether a detected
    paper is named in that turn."""
    n = len(sentences_by_turn)
    if n < 8:
        return []
    late = int(n * _LATE_SHARE)
    # items at sentence starts in the late turns: (turn, paper index or None, phrase)
    items: list[tuple[int, int | None, str]] = []
    for turn in range(late, n):
        for sentence in sentences_by_turn[turn]:
            rest = _opening(sentence)
            index = known(rest)
            if index is not None:
                items.append((turn, index, ""))
                continue
            words = _item_words(rest)
            if not words:
                continue
            phrases = _phrases(words)
            for phrase in phrases:
                if phrase in speakers or any(w in speakers for w in phrase.split()):
                    break
                if lexicon.is_known_non_paper(phrase) or lexicon.is_field_term(phrase):
                    continue
                items.append((turn, None, phrase))
                break
    if not items:
        return []
    # the round: the last run of items, each within _ROUND_GAP turns of the next
    run = [items[-1]]
    for item in reversed(items[:-1]):
        if run[-1][0] - item[0] > _ROUND_GAP:
            break
        run.append(item)
    run.reverse()
    known_papers = {i for _, i, _ in run if i is not None}
    if len(known_papers) < 2:
        return []
    start = run[0][0]
    found: list[tuple[str, int, int | None]] = []
    seen: set[str] = set()
    for turn, index, phrase in run:
        if index is not None or phrase in seen:
            continue
        seen.add(phrase)
        pattern = pattern_for(phrase)
        body = [(t, s) for t in range(0, start) for s in sentences_by_turn[t] if pattern.search(s)]
        if not body or turn - body[0][0] < _MIN_DISTANCE:
            continue  # named only just before: part of the last discussion, not a paper judged in the round
        alias = alias_of(phrase, [s for _, s in body])
        if alias is not None:
            found.append((phrase, body[0][0], alias))  # another name of a detected paper: its mentions count
            continue
        if not any(not others(t) for t, _ in body):
            continue  # every turn naming it names a detected paper too: a part or baseline of that paper
        if any(_ARTIFACT_NEXT.match(s[m.end() :]) for t in range(start, n) for s in sentences_by_turn[t] for m in [pattern.search(s)] if m):
            continue  # "The Time-300B corpus is a gift": a dataset or tool judged as one
        found.append((phrase, body[0][0], None))
    return found


__all__ = ["closing_items"]
