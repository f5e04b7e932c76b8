"""Round 20 verdicts: the general shapes behind heldout19-22's unclear papers that still got a call, each proved on own
invented variants (different words, same shape; nothing taken from the gold or seed text).

Left open: sorted into a pile named for indecision ("the maybe pile"); a settling, grade or name withheld ("we can't
settle it", "we don't grade it", "ungraded", "I don't know what I'd call it"); no idea as the whole answer, a
non-answer, anybody's guess; a mind divided day by day ("some days X, some days Y"); an open question, or "open" said
bare as the call. Adoption: readiness said of the paper or bare ("that one's ready", "Ready."), put to work by the
speaker, an imperative of use closing advice to whoever fits ("if you train on X, run it").
"""

from __future__ import annotations

import pytest

from tui.core.analysis.verdicts import DEPLOY, RESEARCH, SKIP, Statement, suggest

C, M = 3.0, 1.0  # closing round, mid-discussion

OPEN_BANK: list[str] = [
    # a pile named for indecision
    "Quillnet goes in the maybe pile for now.",
    "Honestly, that one lives in my don't-know column.",
    "Toss it in the wait-and-see bucket.",
    "It's stuck in limbo for me.",
    # a settling, a grade or a name withheld
    "That one we still can't settle.",
    "So we don't grade it this week.",
    "I'm leaving Ferrolite ungraded.",
    "It's a fine dataset, and I don't know what to call it.",
    "I can't place it - too clever for a toy, too fragile for a tool.",
    # no idea as the whole answer, a non-answer, anybody's guess
    "Honestly, I have no idea.",
    "I've got absolutely no idea.",
    "Another non-answer from me, sorry.",
    "Whether it holds up at scale is anyone's guess.",
    # a mind divided day by day
    "Some days I'd ship it, and some days I think it's a toy.",
    # an open question, or "open" said bare
    "Brightwell is still an open question for both of us.",
    "And the phase-diagram one remains our open question.",
    "Open.",
    "Still open until someone reruns it on real alloys.",
    "So, open for now.",
]

ADOPT_BANK: list[str] = [
    "Agreed, that one's ready.",
    "It's ready.",
    "Ready.",
    "Yes, ready, and the only one I'd actually pay for.",
    "The one we'd put to work on Monday.",
    "You could put it to work this afternoon.",
    "If you train anything on satellite tiles, run it.",
    "Brightwell: when you need a quick sanity check, try it.",
]

# Same words, another shape: none of these is a call of the kind above.
NOT_A_CALL: list[tuple[str, str | None, float]] = [
    ("The open question is whether it scales past one lab.", None, C),
    ("Open the repo and look at the configs.", None, C),
    ("It's open source, with weights on the hub.", None, M),
    ("Let me put it to work on a concrete case.", None, M),
    ("It's not ready.", None, C),
    ("Ready?", None, C),
    ("It won't score well on the long-tail split.", None, M),
    ("Once it's ready, we'd read it.", RESEARCH, C),
    ("I'd pass on it, nobody needs another leaderboard.", SKIP, C),
    # the use verb ranked last is no adoption: the paper is remembered, not used
    ("It's the paper I'll quote most and the one I'd use least.", None, M),
]


def test_a_call_answering_a_paper_put_on_the_table_is_kept_when_it_says_put_to_work():
    """'X?' - 'The one I'd put to work today.': 'to work' is a verb's idiom, not a described paper's head noun, so the
    answer is not taken for a new topic of its own."""
    from tui.core.analysis.pipeline import _OWN_TOPIC

    assert not _OWN_TOPIC.match("The one I'd put to work this week.")
    assert not _OWN_TOPIC.match("And the one we'd get to work on first.")
    assert _OWN_TOPIC.match("The sparse-attention work I'd skip.")


def _call(text: str, weight: float) -> str | None:
    return suggest([Statement(0, text, weight)]).verdict


@pytest.mark.parametrize("text", OPEN_BANK)
def test_left_open_shapes_give_no_verdict_even_after_a_call(text):
    # a call said earlier in the closing round is undone when the last word leaves the paper open
    assert suggest([Statement(0, "Research, I'd say.", C), Statement(1, text, C)]).verdict is None


@pytest.mark.parametrize("text", ADOPT_BANK)
def test_readiness_and_use_shapes_are_adoption(text):
    assert _call(text, C) == DEPLOY


@pytest.mark.parametrize(("text", "want", "weight"), NOT_A_CALL)
def test_same_words_in_other_shapes_are_not_these_calls(text, want, weight):
    assert _call(text, weight) == want
