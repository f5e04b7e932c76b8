"""Segmentation: which paper (or intro / transition / wrap-up / general) each turn belongs to.

A left-to-right pass with one "current paper". A turn that names exactly one paper moves the
discussion to it (first mentions always; a return to an earlier paper needs a cue or the name up
front), so a turn that closes one paper and opens the next belongs to the next. Turns that name no
paper stay with the current one. Summary turns (several papers, or "to wrap up", "stepping back")
end the current paper; before any paper the episode is in its intro. A cue turn that names no paper
("Moving on.") belongs to the paper the next turn opens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.core.analysis import lexicon
from tui.core.analysis.discussion_bounds import MAX_LEAD, lead_in_turns, moves_at_an_edge
from tui.core.analysis.papers import DetectedPaper
from tui.core.analysis.text import split_sentences
from tui.core.models import SegmentLabel

INTRO, TRANSITION, WRAP_UP, GENERAL = (
    SegmentLabel.INTRO.value,
    SegmentLabel.TRANSITION.value,
    SegmentLabel.WRAP_UP.value,
    SegmentLabel.GENERAL.value,
)


@dataclass(slots=True)
class TurnMentions:
    """The papers one turn names, in order, with whether a name sits up front as the subject or after a cue."""

    papers: list[int]  # indices into the paper list, first-mention order, unique
    upfront: set[int]  # introduced by a cue, or the subject at the start of the turn
    introduced: set[int]  # introduced by a cue ("Moving on - X", "this X paper")
    counts: dict[int, int]
    positions: list[tuple[int, int, int]]  # (sentence, offset, paper) of every mention
    passing: set[int] = field(default_factory=set)  # named only as a tool or baseline here ("scored with X")
    aside: set[int] = field(default_factory=set)  # named only weakly after the turn's first sentence


def turn_mentions(papers: Sequence[DetectedPaper], n_turns: int) -> list[TurnMentions]:
    per_turn: list[list[tuple[int, int, int, bool, bool]]] = [[] for _ in range(n_turns)]
    weak: list[dict[int, bool]] = [{} for _ in range(n_turns)]
    late: list[dict[int, bool]] = [{} for _ in range(n_turns)]
    for p_index, paper in enumerate(papers):
        for m in paper.mentions:
            if 0 <= m.turn < n_turns:
                subject = m.sentence == 0 and m.strength >= 0.5
                per_turn[m.turn].append((m.sentence, m.position, p_index, m.intro or subject, m.intro))
                in_passing = m.strength < 0 and not m.intro
                weak[m.turn][p_index] = weak[m.turn].get(p_index, True) and in_passing
                # "... Compare that with the X approach." at the end of a turn: a name-check, not yet its topic
                # (a paper's description said in full, "The paper where they ...", is a topic of its own)
                in_aside = m.sentence > 0 and m.strength < 1.0 and not m.intro and not paper.descriptive
                late[m.turn][p_index] = late[m.turn].get(p_index, True) and in_aside
    result: list[TurnMentions] = []
    for items, weakness, lateness in zip(per_turn, weak, late):
        items.sort()
        order: list[int] = []
        counts: dict[int, int] = {}
        upfront: set[int] = set()
        introduced: set[int] = set()
        for _, _, p_index, early, intro in items:
            if p_index not in counts:
                order.append(p_index)
            counts[p_index] = counts.get(p_index, 0) + 1
            if early:
                upfront.add(p_index)
            if intro:
                introduced.add(p_index)
        positions = [(sentence, position, p_index) for sentence, position, p_index, _, _ in items]
        passing = {p for p, is_weak in weakness.items() if is_weak}
        aside = {p for p, is_late in lateness.items() if is_late}
        result.append(TurnMentions(order, upfront, introduced, counts, positions, passing, aside))
    return result


def _returning_to(
    text: str,
    mentions: TurnMentions,
    opened: set[int],
    current: int | None,
    papers: Sequence[DetectedPaper] = (),
    likened: set[int] = frozenset(),
) -> int | None:
    """The earlier paper a revisit cue points at ("let's go back to X", "one thing on X again"), if any."""
    best: tuple[int, int] | None = None
    for s_index, sentence in enumerate(split_sentences(text)):
        for cue in lexicon.REVISIT_CUES.finditer(sentence):
            backwards = cue.group(0).lower() == "again"
            for sent, pos, p_index in mentions.positions:
                if sent != s_index or p_index not in opened or p_index == current or p_index in likened:
                    continue
                if backwards and not 0 < cue.start() - pos <= 40:
                    continue  # "again" points at the name just before it
                distance = abs(pos - cue.end())
                if best is None or distance < best[0]:
                    best = (distance, p_index)
        if best is not None:
            return best[1]
        if papers and not mentions.papers:
            described = _described_return(sentence, papers, opened, current)
            if described is not None:
                return described
    return None


# "Okay, back to the parkour dog, I found the success rates.": a move back whose object is the earlier paper said
# by a word of its name inside a plain noun phrase (no name said)
_BACK_TO_PHRASE = re.compile(
    r"\b(?:go|come|get|circle|jump|coming|going|getting|went|returning|back)\s+(?:back\s+)?to\s+(?:the|that|our|this)\s+"
    r"((?:[\w-]+\s+){0,3}[\w-]+)",
    re.I,
)


def _described_return(sentence: str, papers: Sequence[DetectedPaper], opened: set[int], current: int | None) -> int | None:
    found = _BACK_TO_PHRASE.search(sentence)
    if found is None:
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", found.group(1)) if len(w) >= 4}
    owners = [
        p
        for p in opened
        if p != current
        and words & {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", papers[p].name) if len(w) >= 4 and w.lower() not in _NOT_NAME_WORDS}
    ]
    return owners[0] if len(owners) == 1 else None


_NOT_NAME_WORDS = frozenset("paper preprint work study model models method the with from that this".split())


# "So it's the twenty minute paper again, only slower.": an earlier paper said as the complement of "it's / that's"
# (the subject the paper under discussion) is a likeness, not a move back to it
_LIKENED_BEFORE = re.compile(
    r"\b(?:it|that|this)(?:['\u2019]s|\s+is|\s+was)\s+(?:(?:just|basically|really|essentially|kind\s+of|sort\s+of|like|more\s+or\s+less)\s+)*(?:the\s+)?$",
    re.I,
)


def _likened_papers(text: str, here: TurnMentions) -> set[int]:
    """Papers every mention of which in the turn is the complement of a pronoun's copula ("it's the X paper again")."""
    sentences = split_sentences(text)
    likened: dict[int, bool] = {}
    for s_index, pos, p_index in here.positions:
        before = sentences[s_index][max(0, pos - 40) : pos] if s_index < len(sentences) else ""
        likened[p_index] = likened.get(p_index, True) and bool(_LIKENED_BEFORE.search(before))
    return {p for p, yes in likened.items() if yes}


_SHIFT_MARKER = re.compile(r"^(?:now|okay|ok|alright|all\s+right|right)\s*,\s+(?!(?:so|and|but)\b)", re.I)


def _move_back_at_the_end(text: str, here: TurnMentions, opened: set[int], current: int) -> int | None:
    """An earlier paper named only in the turn's last sentence, which opens with a topic-shift marker ("Now, ...",
    "Okay, ..."), after the turn has had its say on the current paper: the speaker moves back to that paper."""
    sentences = split_sentences(text)
    last = len(sentences) - 1
    if last < 1 or not _SHIFT_MARKER.match(sentences[last]):
        return None
    in_last = {p for sent, _, p in here.positions if sent == last}
    earlier = {p for sent, _, p in here.positions if sent < last}
    if len(in_last) != 1 or earlier - {current}:
        return None
    (p_index,) = in_last
    return p_index if p_index in opened and p_index != current else None


_ROLL_FILLER = re.compile(
    r"\b(?:and|so|okay|ok|alright|right|now|then|first|next|last|finally|lastly|what|how|about|the|this|that|one|"
    r"paper|papers|work|please|start|starting|with|let's|lets|do|go|to|for|on|over|you|dev|up)\b|['\u2019]s\b|[^\w\s]",
    re.I,
)


_GOING_BACK = re.compile(r"\b(?:go|come|get|circle|jump|swing|head|going|coming|getting|circling|jumping)\s+back\s+to\b", re.I)


def _roll_call_start(
    papers: Sequence[DetectedPaper], mentions: list[TurnMentions], turn_texts: Sequence[str]
) -> int | None:
    """Where the closing roll call begins: after the last new paper is introduced, the hosts name the papers
    one at a time in near-bare sentences ("GaLore?", "And Corrective RAG?", "TimesFM.", "The registers paper
    first.", "QLoRA - ...") and judge each. Found by that shape, whatever the words around it; the round
    begins at the first such item, or a turn or two earlier where a host announces it."""
    if len(papers) < 2:
        return None
    last_open = max(min(m.turn for m in p.mentions) for p in papers)
    items: list[tuple[int, int]] = []
    for t in range(last_open + 1, len(turn_texts)):
        sentences = split_sentences(turn_texts[t])
        for s_index, sentence in enumerate(sentences):
            named = {p for sent, _, p in mentions[t].positions if sent == s_index}
            if len(named) != 1 or _GOING_BACK.search(sentence):
                # "Fine. Let's go back to X. How did ...?": a move back into a paper's discussion, not a roll-call item
                continue
            (p_index,) = named
            rest = sentence
            for pattern in papers[p_index].patterns:
                rest = pattern.sub(" ", rest)
            head = re.split(r"\s[-\u2013\u2014]\s|:\s", sentence, maxsplit=1)[0]
            bare = len(_ROLL_FILLER.sub(" ", rest).split()) <= 1
            headed = head != sentence and len(_ROLL_FILLER.sub(" ", _strip(head, papers[p_index])).split()) == 0
            if bare or headed:
                items.append((t, p_index))
                break
    newest = max(range(len(papers)), key=lambda i: min(m.turn for m in papers[i].mentions))
    for i, (t, p_index) in enumerate(items):
        if p_index == newest and not any(
            lexicon.STRONG_WRAP_UP_CUES.search(turn_texts[u]) for u in range(max(last_open + 1, t - 2), t + 1)
        ):
            continue  # "Circles. Monday through Sunday ...": the paper still being discussed, said again bare
        if any(p != p_index and 0 < u - t <= 10 for u, p in items[i + 1 :]):
            for earlier in range(max(last_open + 1, t - 2), t):
                if lexicon.STRONG_WRAP_UP_CUES.search(turn_texts[earlier]):
                    return earlier
            return t
    # no bare roll call: a recap of judgements, each turn led by a different paper
    return _recap_start(papers, mentions, turn_texts, last_open, newest)


def _recap_start(
    papers: Sequence[DetectedPaper], mentions: list[TurnMentions], turn_texts: Sequence[str], last_open: int, newest: int
) -> int | None:
    """A recap in judgements: after the last new paper, turns close together each lead with a different paper
    already discussed, its name opening the turn ("Freeze-Omni I'd leave alone.", "The retrieval heads paper is
    research, but ...", "And VideoLLM-online - I still don't have a take."). Three such turns in a row, the first
    not on the paper just introduced, are the closing round whatever the judgements say."""
    led: list[tuple[int, int]] = []
    for t in range(last_open + 1, len(turn_texts)):
        here = mentions[t]
        first = [(offset, p) for sent, offset, p in here.positions if sent == 0]
        if not first or len({p for _, p in first}) != 1:
            continue
        offset, p_index = min(first)
        sentences = split_sentences(turn_texts[t])
        if not sentences or _ROLL_FILLER.sub(" ", sentences[0][:offset]).split():
            continue
        led.append((t, p_index))
    for i in range(len(led) - 2):
        run = led[i : i + 3]
        if run[0][1] == newest or len({p for _, p in run}) != 3:
            continue
        if all(0 < b[0] - a[0] <= 2 for a, b in zip(run, run[1:])):
            start = run[0][0]
            # announced just before the run or inside it ("Okay, let's wrap up. Verdicts?"): the round starts there
            for earlier in range(max(last_open + 1, start - 2), run[-1][0] + 1):
                if lexicon.STRONG_WRAP_UP_CUES.search(turn_texts[earlier]):
                    return earlier
            return start
    # "So, practical advice for the week. ... SDEdit is already in your tool." / "If you care about proofs, read
    # Draft, Sketch, and Prove." / "The better and cheaper paper is worth reading ...": adjacent turns naming one
    # earlier paper each, three different ones in a row, wherever the name sits, take the papers one by one
    single = [(t, mentions[t].papers[0]) for t in range(last_open + 1, len(turn_texts)) if len(mentions[t].papers) == 1]
    for i in range(len(single) - 2):
        run = single[i : i + 3]
        if run[0][1] == newest or len({p for _, p in run}) != 3:
            continue
        if all(b[0] - a[0] == 1 for a, b in zip(run, run[1:])):
            start = run[0][0]
            for earlier in range(max(last_open + 1, start - 2), run[-1][0] + 1):
                if lexicon.STRONG_WRAP_UP_CUES.search(turn_texts[earlier]):
                    return earlier
            return start
    return None


def _put_on_the_table(t: int, last_new: int, mentions: list[TurnMentions], turn_texts: Sequence[str]) -> bool:
    """A topic move was made in this turn, or in a recent turn that named nothing, since a paper last opened."""
    if moves_at_an_edge(turn_texts[t]):
        return True
    return any(
        not mentions[u].papers and moves_at_an_edge(turn_texts[u]) for u in range(max(last_new + 1, t - MAX_LEAD), t)
    )


def _said_alone(papers: Sequence[DetectedPaper], here: TurnMentions, text: str) -> set[int]:
    """Papers whose name is a whole sentence of the turn ("Same company, bigger swing. ChipNeMo."): a paper
    put on the table, never a name-check in passing."""
    sentences = split_sentences(text)
    alone: set[int] = set()
    for s_index, _, p_index in here.positions:
        if s_index < len(sentences) and not _ROLL_FILLER.sub(" ", _strip(sentences[s_index], papers[p_index])).split():
            alone.add(p_index)
    return alone


def _judged_in_turn(papers: Sequence[DetectedPaper], here: TurnMentions, text: str) -> set[int]:
    """Papers whose name heads a sentence of the turn ("Okay, my list. PiSSA, switch it on. The in defense paper,
    sort your chunks."): two or more earlier papers taken one by one after every paper is on the table are the
    closing round, whatever announces it."""
    if len(here.papers) < 2:
        return set()
    sentences = split_sentences(text)
    heads: set[int] = set()
    for s_index, offset, p_index in here.positions:
        if s_index < len(sentences) and not _ROLL_FILLER.sub(" ", sentences[s_index][:offset]).split():
            heads.add(p_index)
    return heads


def _strip(text: str, paper: DetectedPaper) -> str:
    for pattern in paper.patterns:
        text = pattern.sub(" ", text)
    return text


def label_turns(papers: Sequence[DetectedPaper], turn_texts: Sequence[str]) -> list[int | str]:
    """One label per turn: a paper index, or a SegmentLabel value."""
    mentions = turn_mentions(papers, len(turn_texts))
    labels = _label_pass(papers, turn_texts, mentions)
    _lead_ins_join_their_paper(labels, mentions, turn_texts)
    return labels


def _label_pass(
    papers: Sequence[DetectedPaper],
    turn_texts: Sequence[str],
    mentions: list[TurnMentions],
) -> list[int | str]:
    """The left-to-right pass with one current paper."""
    n = len(turn_texts)
    labels: list[int | str] = [GENERAL] * n
    current: int | None = None
    opened: set[int] = set()
    opened_at: dict[int, int] = {}
    in_wrap_up = False
    roll_call = _roll_call_start(papers, mentions, turn_texts)
    # A shorter form of a versioned name said before that paper is introduced ("they noticed CLIP and SigLIP
    # pile their attention ..." before "Moving on - SigLIP 2") is its predecessor, not the start of its discussion.
    predecessor_turns = [_predecessor_turns(p) for p in papers]
    last_new = -1  # the turn where a paper was last opened for the first time
    all_introduced = max((min(m.turn for m in p.mentions) for p in papers if p.mentions), default=n)
    for t in range(n):
        text = turn_texts[t]
        if roll_call is not None and t >= roll_call:
            # The roll call holds to the end unless a paper nobody has discussed yet is introduced.
            fresh_intro = [p for p in mentions[t].introduced if p not in opened]
            if not fresh_intro:
                labels[t] = WRAP_UP
                continue
            roll_call = None
        here = mentions[t]
        named = here.papers
        has_cue = bool(lexicon.TRANSITION_CUES.search(text))
        strong_wrap = bool(lexicon.STRONG_WRAP_UP_CUES.search(text))
        wrap_cue = strong_wrap or bool(lexicon.WRAP_UP_CUES.search(text))
        # A paper not discussed yet, named only as a tool or baseline ("scored with X"), does not move the
        # discussion away from the current paper; it opens when it is introduced or talked about.
        # Named weakly after the turn's first sentence with no move in the turn ("... Compare that with the X
        # approach."), it is a name-check: the next turn that takes it up opens it.
        aside = here.aside if here.aside and not has_cue and not lexicon.OPENING_CUES.search(text) else set()
        if aside and (_put_on_the_table(t, last_new, mentions, turn_texts)):
            aside = set()  # after a move that named nothing, the next new name is the topic wherever it sits
        aside -= _said_alone(papers, here, text) if aside else set()
        fresh = [
            p
            for p in named
            if p not in opened
            and not (current is not None and (p in here.passing or p in aside or t in predecessor_turns[p]))
            and not (current is not None and _compared_at_its_opening(p, current, t, opened_at, mentions, papers))
        ]
        likened = _likened_papers(text, here) - {current} if current is not None and named else set()
        returning = _returning_to(text, here, opened, current, papers, likened) if lexicon.REVISIT_CUES.search(text) else None
        if in_wrap_up:
            # The closing round holds until a new paper is introduced or the hosts explicitly go back to one.
            introduced = [p for p in fresh if p in here.introduced]
            if introduced and not strong_wrap:
                in_wrap_up, current = False, None
            elif returning is not None and not strong_wrap:
                in_wrap_up, current = False, None
            else:
                labels[t] = WRAP_UP
                continue
        summary = returning is None and (
            len(named) >= 3
            or (len(named) >= 2 and wrap_cue and len(opened) >= 2)
            or (t > all_introduced and len(_judged_in_turn(papers, here, text) & opened - {current}) >= 2)
        )
        closing = strong_wrap and not fresh and returning is None and t >= n // 2
        if opened and (summary or closing):
            labels[t] = WRAP_UP
            in_wrap_up = True
            current = None
            continue
        back = _move_back_at_the_end(text, here, opened, current) if returning is None and current is not None else None
        if back is not None:
            # "Agreed, no grade. Now, you owed me a DiLoCo story.": the move closes the turn and takes the turns after
            labels[t] = current
            current = back
            continue
        choice: int | None = None
        if len(named) >= 2 and not opened:
            # an overview at the start ("X is ..., Y is ...") hands over to the first one named, or to the one the
            # turn moves to ("... and the old blockwise paper. Let's begin with the fact checker, MiniCheck.")
            moved_to = [p for p in named if p in here.introduced]
            choice = moved_to[0] if len(moved_to) == 1 else named[0]
        elif returning is not None:
            choice = returning
        elif fresh:
            choice = fresh[-1] if has_cue and len(fresh) > 1 else fresh[0]
        elif named:
            if current in named:
                choice = current
            else:
                # An earlier paper named in passing ("the opposite bet to X's", "it beats X") does not move the
                # discussion; named up front as the subject, or with nothing current, it does.
                upfront = [p for p in named if p in here.upfront and p not in likened]
                if upfront and current is not None and opened_at.get(current) == t - 1 and not (here.introduced & set(upfront)):
                    # "So X's approach, but at a bigger scale." right after a paper is introduced: the reply
                    # compares the new paper with an earlier one, it does not go back to the earlier one
                    upfront = []
                if upfront:
                    choice = upfront[0]
                elif current is None:
                    choice = named[0]
                else:
                    choice = current
        if choice is not None:
            if choice not in opened:
                last_new = t
            current = choice
            opened_at.setdefault(choice, t)
            opened.add(choice)
            labels[t] = choice
            continue
        # No paper named in this turn.
        if strong_wrap and opened and t >= n // 2:
            labels[t] = WRAP_UP
            in_wrap_up = True
            current = None
        elif current is not None:
            labels[t] = current
        elif not opened:
            labels[t] = INTRO
        elif has_cue:
            labels[t] = TRANSITION
        else:
            labels[t] = GENERAL
    _cue_turns_open_the_next(labels, mentions, turn_texts)
    return labels


def _compared_at_its_opening(
    p_index: int, current: int, t: int, opened_at: dict[int, int], mentions: list[TurnMentions], papers: Sequence[DetectedPaper]
) -> bool:
    """"Next, X. Same basic bet as Y: ..." answered "Y does that already. What's new?": a name never introduced
    anywhere, first said as the point of comparison in the turn that opened the current paper, is that comparison
    taken up in the reply right after, not a new topic."""
    opened_turn = opened_at.get(current)
    if opened_turn is None or opened_turn != t - 1 or p_index not in mentions[t - 1].papers:
        return False
    paper = papers[p_index]
    if paper.descriptive or any(m.intro for m in paper.mentions):
        return False
    return min(m.turn for m in paper.mentions) <= opened_turn


def _lead_ins_join_their_paper(
    labels: list[int | str], mentions: list[TurnMentions], turn_texts: Sequence[str]
) -> None:
    """The topic move and describing turns before a paper's first named turn are that paper's."""
    first: dict[int, int] = {}
    for t, label in enumerate(labels):
        if isinstance(label, int):
            first.setdefault(label, t)
    for p_index, start in first.items():
        lead = lead_in_turns(
            start,
            lambda u: not mentions[u].papers,
            lambda u: labels[u] != WRAP_UP and labels[u] != p_index,
            turn_texts,
            lambda u: _names_in_last_sentence(mentions[u], turn_texts[u]),
        )
        for u in lead:
            labels[u] = p_index


def _names_in_last_sentence(here: TurnMentions, text: str) -> bool:
    last = len(split_sentences(text)) - 1
    return any(sentence == last for sentence, _, _ in here.positions)


def _predecessor_turns(paper: DetectedPaper) -> set[int]:
    """Turns before the paper's introduction that name it only by a shorter form than its name."""
    intro = min((m.turn for m in paper.mentions if m.intro and m.strength >= 2.5), default=-1)
    by_turn: dict[int, set[str]] = {}
    for m in paper.mentions:
        if m.turn < intro:
            by_turn.setdefault(m.turn, set()).add(m.surface)
    return {
        t
        for t, surfaces in by_turn.items()
        if all(s and s != paper.name and paper.name.startswith(s) and len(s) < len(paper.name) for s in surfaces)
    }


# "I'll come back to how well it ranks them", "we can get back to that later": the speaker parks the current topic
# for a later return; a promise to come back is no move away from it.
_DEFERRED_RETURN = re.compile(
    r"\b(?:I['\u2019]ll|we['\u2019]ll|I\s+will|we\s+will|I['\u2019]m\s+going\s+to|we['\u2019]re\s+going\s+to|"
    r"I['\u2019]m\s+gonna|we\s+can|we\s+could|I\s+can)\s+(?:\w+\s+)?(?:come|get|circle|go|loop|jump)\s+back\s+to\b"
    r"|\b(?:come|get|circle|go|loop|jump)\s+back\s+to\s+(?:it|that|this|them|those)\s+later\b",
    re.I,
)


# "Then there's no reason not to try it.", "Let's talk about it.": a cue whose object is denied or points back at
# the topic under discussion moves nowhere
_NO_NEW_OBJECT = re.compile(
    r"\s*(?:(?:no|not|nothing|none|never)\b|(?:it|them|that|this)\b(?!\s+(?:one|paper|preprint|work|next)\b)(?!['\u2019]))"
    # "the next paper in the area will probably beat it": the cue's words are the subject of a prediction, a paper
    # still to come, not the hosts' move
    r"|(?:\s+(?:in|on|from|of|out\s+of)\s+(?:the|this|that|a|an|their|our)\s+[\w-]+)?\s+(?:will|would|could|might|may|should|probably|is\s+going\s+to|['\u2019]ll)\b",
    re.I,
)


def _moves_on(text: str) -> bool:
    """The turn has a transition cue that is not a parked topic's promised return."""
    if "back to" in text:
        text = _DEFERRED_RETURN.sub(" ", text)
    return any(not _NO_NEW_OBJECT.match(text, cue.end()) for cue in lexicon.TRANSITION_CUES.finditer(text))


def _cue_turns_open_the_next(labels: list[int | str], mentions: list[TurnMentions], turn_texts: Sequence[str]) -> None:
    """"Moving on." with the name only in the next turn: the cue turn belongs to the paper opened next."""
    seen: set[int | str] = set()
    for t in range(len(labels) - 1):
        seen.add(labels[t])
        if mentions[t].papers or not _moves_on(turn_texts[t]):
            continue
        nxt = labels[t + 1]
        if _makes_its_own_move(turn_texts[t + 1]):
            continue  # "Read the abstract and move on." - "Moving on. A chart paper ...": the next turn moves itself
        if isinstance(nxt, int) and nxt != labels[t] and nxt in mentions[t + 1].papers:
            if nxt not in seen or lexicon.REVISIT_CUES.search(turn_texts[t]):
                labels[t] = nxt


def _makes_its_own_move(text: str) -> bool:
    """The turn's first sentence makes the topic move itself ("Moving on.", "Next up - X.")."""
    sentences = split_sentences(text)
    return bool(sentences) and _moves_on(sentences[0])


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
