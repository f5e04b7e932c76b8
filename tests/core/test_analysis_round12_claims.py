"""Round 12, claims: the hosts' own remarks that had passed for the paper's claims, by general shape
(own dialogue, not from any gold set or seed)."""

from __future__ import annotations

import pytest

from tui.core.analysis.claims import is_claim, is_hypothetical


@pytest.mark.parametrize(
    "sentence",
    [
        "Say a bakery chain ran it on every till receipt for a year.",
        "Picture an insurer routing ten thousand claims a week through it.",
        "Imagine a small clinic with three radiologists and one GPU.",
        "Suppose some startup fine-tuned it on their own tickets.",
    ],
)
def test_made_up_scenario_is_hypothetical(sentence):
    assert is_hypothetical(sentence)


def test_a_plain_report_is_not_a_scenario():
    assert not is_hypothetical("They say a single GPU is enough for the whole pipeline.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The gain comes from the cleaner labels, I assume.",
        "The baseline being the older tagger, presumably.",
        "But I keep wondering whether the tokenizer does most of the work.",
        "I've been calling it the sticky-notes memory paper.",
    ],
)
def test_hosts_guess_or_wondering_is_no_claim(sentence):
    assert not is_claim(sentence, [], names_paper=False, describes_intro=True)


def test_a_paper_introduced_by_its_question_is_a_claim():
    assert is_claim(
        "There's a Berkeley paper on what happens when you prune the vocabulary after training.",
        [], names_paper=False,
    )


# Pushback, round 12: doubt said by asking for the setup, a counter-case, wondering, or naming what is absent.
from tui.core.analysis.pushback import is_doubt  # noqa: E402


@pytest.mark.parametrize(
    "sentence",
    [
        "Twice as fast on what machine, with what batch?",
        "Against a teacher they tuned themselves, presumably?",
        "And what about recordings where two people talk at once?",
        "Who's actually labelling ten thousand hours of audio by hand?",
        "I keep wondering whether a plain lookup table does just as well.",
        "There's no user study, no.",
        "There isn't much of one in the appendix.",
        "Drift over months isn't addressed anywhere.",
        "It's a bit worse on the long documents, yes.",
        "It does fail on the rare dialects.",
        "One language pair on one news corpus.",
        "The latency chart is just vibes without the hardware.",
        "Read the per-city breakdown rather than trusting the mean.",
        "Which rather backs up your worry about the labels.",
    ],
)
def test_round12_doubt_shapes(sentence):
    assert is_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Routing is learned, but searched instead of vibes.",
        "They train on one corpus and test on four.",
        "There's no need for labels at all, which is the point of the method.",
    ],
)
def test_round12_not_doubt(sentence):
    assert not is_doubt(sentence)
