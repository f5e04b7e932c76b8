"""Segmentation: which paper (or intro / transition / wrap-up / general) each turn belongs to.

A left-to-right pass with one "current paper". A turn that names exactly one paper moves the
discussion to it (first mentions always; a return to an earlier paper needs a cue or the name up
front), so a turn that closes one paper and opens the next belongs to the next. Turns that name no
paper stay with the current one. Summary turns (several papers, or "to wrap up", "stepping back")
end the current paper; before any paper the episode is in its intro. A cue turn that names no paper
("Moving on.") belongs to the paper the next turn opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.analysis import lexicon
from tui.core.analysis.papers import DetectedPaper
from tui.core.models import SegmentLabel

INTRO, TRANSITION, WRAP_UP, GENERAL = (
    SegmentLabel.INTRO.value,
    SegmentLabel.TRANSITION.value,
    SegmentLabel.WRAP_UP.value,
    SegmentLabel.GENERAL.value,
)


@dataclass(slots=True)
class TurnMentions:
    """The papers one turn names, in order, with whether a name sits up front or after a cue."""

    papers: list[int]  # indices into the paper list, first-mention order, unique
    upfront: set[int]  # named in the first sentence (or introduced by a cue)
    counts: dict[int, int]


def turn_mentions(papers: Sequence[DetectedPaper], n_turns: int) -> list[TurnMentions]:
    per_turn: list[list[tuple[int, int, int, bool]]] = [[] for _ in range(n_turns)]
    for p_index, paper in enumerate(papers):
        for m in paper.mentions:
            if 0 <= m.turn < n_turns:
                per_turn[m.turn].append((m.sentence, m.position, p_index, m.intro or m.sentence == 0))
    result: list[TurnMentions] = []
    for items in per_turn:
        items.sort()
        order: list[int] = []
        counts: dict[int, int] = {}
        upfront: set[int] = set()
        for _, _, p_index, early in items:
            if p_index not in counts:
                order.append(p_index)
            counts[p_index] = counts.get(p_index, 0) + 1
            if early:
                upfront.add(p_index)
        result.append(TurnMentions(order, upfront, counts))
    return result


def label_turns(
    papers: Sequence[DetectedPaper], turn_texts: Sequence[str]
) -> list[int | str]:
    """One label per turn: a paper index, or a SegmentLabel value."""
    n = len(turn_texts)
    mentions = turn_mentions(papers, n)
    labels: list[int | str] = [GENERAL] * n
    current: int | None = None
    opened: set[int] = set()
    in_wrap_up = False
    for t in range(n):
        text = turn_texts[t]
        named = mentions[t].papers
        has_cue = bool(lexicon.TRANSITION_CUES.search(text))
        revisit = bool(lexicon.REVISIT_CUES.search(text))
        wrap_cue = bool(lexicon.WRAP_UP_CUES.search(text))
        summary = len(named) >= 3 or (len(named) >= 2 and wrap_cue and len(opened) >= 2)
        if summary and opened:
            labels[t] = WRAP_UP
            in_wrap_up = True
            current = None
            continue
        if len(named) >= 2 and not opened:
            # An overview at the start ("X is ..., Y is ...") hands over to the first one named.
            current = named[0]
            opened.update(named[:1])
            labels[t] = current
            continue
        choice: int | None = None
        if len(named) == 1:
            candidate = named[0]
            if candidate == current:
                choice = candidate
            elif candidate not in opened or current is None or revisit or has_cue:
                choice = candidate
            elif candidate in mentions[t].upfront:
                choice = candidate
            else:
                choice = current
        elif len(named) >= 2:
            fresh = [p for p in named if p not in opened]
            if fresh:
                choice = fresh[-1] if has_cue else fresh[0]
            elif current in named:
                choice = current
            else:
                choice = named[0]
        if choice is not None:
            current = choice
            opened.add(choice)
            labels[t] = choice
            continue
        # No paper named in this turn.
        if wrap_cue and opened and (in_wrap_up or t >= n // 2):
            labels[t] = WRAP_UP
            in_wrap_up = True
            current = None
        elif current is not None:
            labels[t] = current
        elif not opened:
            labels[t] = INTRO
        elif in_wrap_up:
            labels[t] = WRAP_UP
        elif has_cue:
            labels[t] = TRANSITION
        else:
            labels[t] = GENERAL
    _cue_turns_open_the_next(labels, mentions, turn_texts)
    return labels


def _cue_turns_open_the_next(labels: list[int | str], mentions: list[TurnMentions], turn_texts: Sequence[str]) -> None:
    """"Moving on." with the name only in the next turn: the cue turn belongs to the paper opened next."""
    seen: set[int | str] = set()
    for t in range(len(labels) - 1):
        seen.add(labels[t])
        if mentions[t].papers or not lexicon.TRANSITION_CUES.search(turn_texts[t]):
            continue
        nxt = labels[t + 1]
        if isinstance(nxt, int) and nxt != labels[t] and nxt in mentions[t + 1].papers:
            if nxt not in seen or lexicon.REVISIT_CUES.search(turn_texts[t]):
                labels[t] = nxt


def spans_of(labels: Sequence[int | str], paper_index: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for t, label in enumerate(labels):
        if label == paper_index:
            if spans and spans[-1][1] == t - 1:
                spans[-1] = (spans[-1][0], t)
            else:
                spans.append((t, t))
    return spans


def runs(labels: Sequence[int | str]) -> list[tuple[int, int, int | str]]:
    """Maximal runs of equal labels: (first_turn, last_turn, label)."""
    result: list[tuple[int, int, int | str]] = []
    for t, label in enumerate(labels):
        if result and result[-1][2] == label and result[-1][1] == t - 1:
            result[-1] = (result[-1][0], t, label)
        else:
            result.append((t, t, label))
    return result
