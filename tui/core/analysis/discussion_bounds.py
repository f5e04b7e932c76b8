"""Where a paper's discussion starts and which late names are its topic, beyond the turn that names it.

People put a paper on the table before they say its name: a topic move ("Okay, next.", "Which leads into
the pretrained model", "And the first paper is the lamp post problem itself"), a turn or two describing
the work, then the naming moment ("That's BrushNet.", "They call it DPLM."). Those turns are that paper's,
not the previous paper's or the intro's. A move said at the end of a long turn ("... because the next
paper is basically that objection in print.") only closes that turn: the turns after it are the next
paper's, the turn itself stays where it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tui.core.analysis import lexicon
from tui.core.analysis.text import split_sentences

# A move to a new topic said without a paper word: a "from A to B" shift set as its own sentence
# ("From structure to sequence.", "From pixels to meshes now."), or a bare ordinal taking the floor
# ("Third, and the most ambitious one.", "Number four.").
_BARE_MOVES = re.compile(
    r"^(?:(?:okay|ok|right|so|and|now)[,.]?\s+)?(?:"
    r"from\s+[\w'-]+(?:\s+[\w'-]+){0,3}\s+to\s+[\w'-]+(?:\s+[\w'-]+){0,3}(?:\s+now)?[.!]"
    r"|(?:second|third|fourth|fifth|sixth|number\s+(?:two|three|four|five|six))\b[,.:]"
    r")",
    re.I,
)

# "Then robot hands.", "Then Stormer.", "Okay. Then the adapter paper.": the sequence word taking the floor with a
# short verbless phrase, the whole sentence, opening the turn: the speaker moves to the next topic. Not "Then it
# stays open.", "Then grade it.", "Then that's a red flag." (a pronoun, a verb or a judgement follows), not "And
# then the licence." (a list inside one discussion goes on with "and").
_SEQUENCE_MOVE = re.compile(
    r"^(?:(?:okay|ok|alright|right|so|fine|good|great)[,.]?\s+)?then(?=[,]?\s+((?:[\w'\u2019+.-]+\s+){0,3}[\w'\u2019+.-]+)\s*[.!:]?$)",
    re.I,
)
# "Then Hydra, which is a tweak on Medusa.", "Then Orca, from Microsoft.": the sequence word taking the floor with a
# capitalised name set off by a relative clause, an appositive or its provenance; the name is the move's object
_SEQUENCE_MOVE_PRESENTED = re.compile(
    r"^(?:(?:okay|ok|alright|right|so|fine|good|great)[,.]?\s+)?then(?=[,]?\s+((?-i:[A-Z])[\w'\u2019+.-]*(?:\s+(?-i:[A-Z])[\w'\u2019+.-]*){0,2})"
    r"\s*(?:,|\s[-\u2013\u2014])\s+(?:which|that|who|where|a|an|the|from|out\s+of|by)\s)",
    re.I,
)
_NOT_IN_A_TOPIC = frozenset(
    "i you we they he she it it's its this that that's these those there there's here here's what how why who when "
    "is are was were be been am do does did have has had can could will would should might must let's let i'll "
    "we'll i'd we'd you'd i'm we're you're not no yes okay ok sure fine again maybe later now so too also "
    "stays stay goes go wins win loses lose works work stands stand open closed skip ship read use try run it's "
    "grade grades start starts me us him her".split()
)


def sequence_move(sentence: str) -> re.Match | None:
    """"Then Stormer.", "Then the adapter paper.": a move by a sequence word; the match covers the move word,
    the topic follows it (see _SEQUENCE_MOVE)."""
    if "then" not in sentence[:16].lower():
        return None
    found = _SEQUENCE_MOVE.match(sentence) or _SEQUENCE_MOVE_PRESENTED.match(sentence)
    if found is None or any(w.lower().strip(".,:!'\u2019") in _NOT_IN_A_TOPIC for w in found.group(1).split()):
        return None
    return found


def opening_sequence_move(sentences: Sequence[str]) -> tuple[int, re.Match] | None:
    """The turn's sequence move, in its first sentence (or its second, after a short acknowledgement)."""
    for index, sentence in enumerate(sentences[:2]):
        found = sequence_move(sentence)
        if found is not None:
            return index, found
        if len(sentence.split()) > _ACK_WORDS:
            return None
    return None


# "Can I switch to it without changing my stack?", "let's talk about that": the move's object points back at the
# topic under discussion; it moves nowhere new
_POINTS_BACK = re.compile(r"\s*(?:it|them|that|this)\b(?!\s+(?:one|paper|preprint|work|next)\b)(?!['\u2019])", re.I)


# How far before its naming a paper may be put on the table (the move turn to the naming turn).
MAX_LEAD = 3
_ACK_WORDS = 3  # "Fine by me." / "Okay." before the move still opens the turn with it
_REPLY_WORDS = 8  # "Skip the paper, keep the sentence. Agreed." answers the previous paper's call


def opens_with_move(text: str) -> bool:
    """The turn makes a topic move in its first sentence (after at most a short acknowledgement)."""
    sentences = split_sentences(text)
    for index, sentence in enumerate(sentences[:2]):
        if _is_move(sentence):
            return True
        if index == 0 and len(sentence.split()) > _ACK_WORDS:
            return False
    return False


def closes_with_move(text: str) -> bool:
    """The turn's last sentence hands over to a new topic ("And the first paper is the lamp post problem
    itself - filling a hole."); a move said mid-turn and then set aside ("Which is more or less the next
    paper. Before we get there - where do you land?") is not one."""
    sentences = split_sentences(text)
    return bool(sentences) and _is_move(sentences[-1])


def moves_at_an_edge(text: str) -> bool:
    """The turn opens or closes with a topic move."""
    return opens_with_move(text) or closes_with_move(text)


def _is_move(sentence: str) -> bool:
    cue = lexicon.OPENING_CUES.search(sentence)
    if cue is not None and cue.start() <= 12 and not _POINTS_BACK.match(sentence, cue.end()):
        return True
    return bool(_BARE_MOVES.search(sentence)) or sequence_move(sentence) is not None


def lead_in_turns(
    first_turn: int,
    names_nothing: Callable[[int], bool],
    movable: Callable[[int], bool],
    turn_texts: Sequence[str],
    names_at_end: Callable[[int], bool] = lambda _: False,
) -> list[int]:
    """The turns before a paper's first turn that put it on the table: back to the nearest topic move within
    MAX_LEAD turns, through turns that name no paper. The move turn itself is included when the move opens it;
    a move whose last sentence names a paper ("First up, Ledgerly, which ...") was to that paper."""
    for move in range(first_turn - 1, max(-1, first_turn - 1 - MAX_LEAD), -1):
        if not movable(move):
            return []
        if opens_with_move(turn_texts[move]) and names_nothing(move):
            return list(range(move, first_turn))
        if closes_with_move(turn_texts[move]) and not names_at_end(move):
            lead = list(range(move + 1, first_turn))
            while lead and len(turn_texts[lead[0]].split()) <= _REPLY_WORDS:
                lead.pop(0)  # a short reply right after the hand-over still answers what came before
            return lead
        if not names_nothing(move):
            return []
    return []
