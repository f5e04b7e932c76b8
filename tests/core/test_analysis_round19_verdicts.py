"""Round 19 verdicts: the general shapes behind heldout17/18's verdict misses, each proved on own invented variants
(different words, same shape; nothing taken from the gold or seed text).

Shapes: the verdict noun said with its article ("it's a skip"); still stuck on a paper is leaving it open; use denied
to everyone is a refusal; a call named only to be judged short is no call; waiting for someone else to ship it is a
condition; handing a paper to an audience of study is study. Routing: a closing turn judging papers one per
sentence leaves the last one on the table for the reply, and replies chain while hosts argue a call out; a call said
before a turn moves on answers the previous paper; a paper put on the table ("X?") starts a quick-fire round.
"""

from __future__ import annotations

import pytest

from tui.core.analysis.verdicts import DEPLOY, RESEARCH, SKIP, Statement, suggest

C, M = 3.0, 1.0  # closing round, mid-discussion

BANK: list[tuple[str, str | None, float]] = [
    # the verdict noun with its article
    ("So I think it's a skip.", SKIP, C),
    ("Honestly, that's an easy skip from me.", SKIP, C),
    ("Call it a skip and move on.", SKIP, C),
    ("For our listeners it is a clear skip.", SKIP, C),
    # still stuck: no call yet
    ("And the lattice one I'm still stuck on.", None, C),
    ("Honestly, I'm stuck on that one.", None, C),
    ("We're still stuck.", None, C),
    ("The agent gets stuck on long corridors.", None, M),
    # use denied to everyone
    ("It was a nice step, but nobody should pick it up today.", SKIP, C),
    ("No one should be using it in production now.", SKIP, C),
    # a call named only to be judged short
    ("You're right, research-only undersells it, and people run it daily - ready to use.", DEPLOY, C),
    ("Deploy-ready is far too generous; I'd read it and wait.", RESEARCH, C),
    ("Research-only sounds too harsh.", None, C),
    # waiting for someone else to put it to use
    ("For the rest of us, it's wait for somebody to ship it in a library.", None, C),
    ("I'm waiting for a vendor to deploy it properly.", None, C),
    # handed to an audience of study
    ("A good map of the ceiling, and a paper I'd hand to a research group.", RESEARCH, C),
    ("One to pass on to the reading group.", RESEARCH, C),
    ("Pass it to your grad students.", RESEARCH, C),
    ("I'd hand it to the platform team this week.", DEPLOY, C),
]


def _call(text: str, weight: float) -> str | None:
    return suggest([Statement(0, text, weight)]).verdict


@pytest.mark.parametrize(("text", "want", "weight"), BANK)
def test_round19_bank(text, want, weight):
    assert _call(text, weight) == want


def _verdicts(rows, name):
    from tests.core.dialogue import episode
    from tui.core.analysis import analyze

    return {p.name: p.suggested_verdict.verdict for p in analyze(episode(rows, name)).papers}


def _of(found: dict[str, str | None], part: str) -> str | None:
    return next(v for n, v in found.items() if part in n)


# Hosts who argue a call out after a turn judging papers one per sentence: the replies never name the paper again.
ARGUED = [
    ("Ines", "First up, Quillnet, a graph model for crystal screening from a lab in Delft."),  # 0
    ("Rafe", "It predicts formation energies 40% faster than the usual solver on their benchmark."),  # 1
    ("Ines", "And they release weights and a pip package."),  # 2
    ("Rafe", "Moving on - Ferrolite, a transformer for magnetic materials."),  # 3
    ("Ines", "It claims 12% lower error on magnetic moments across six datasets."),  # 4
    ("Rafe", "On their own splits, mind."),  # 5
    ("Ines", "Next up - Brightwell, a benchmark of phase diagrams."),  # 6
    ("Rafe", "Brightwell has 900 systems and a leaderboard."),  # 7
    ("Ines", "Fine, the numbers are small but it is honest."),  # 8
    ("Rafe", "Closing round. Ferrolite?"),  # 9
    ("Ines", "Skip."),  # 10
    ("Rafe", "Agreed. Brightwell stays open. And Quillnet - I'd call it research, honestly."),  # 11
    ("Ines", "No, I disagree. Labs already run it daily, you'd install it this week."),  # 12
    ("Rafe", "In production?"),  # 13
    ("Ines", "As the first step of real projects, yes. The weights are public."),  # 14
    ("Rafe", "Fine. Research-only undersells it. Ready to use, as a starting point."),  # 15
    ("Ines", "Deal. Thanks for listening."),  # 16
]


def test_replies_to_the_last_paper_judged_in_a_turn_carry_the_argument_to_its_settled_call():
    found = _verdicts(ARGUED, "round19_argued")
    assert _of(found, "Quillnet") == DEPLOY
    assert _of(found, "Ferrolite") == SKIP
    assert _of(found, "Brightwell") is None


# Verdicts called as each discussion finishes: the reaction opening the next turn belongs to the paper before it.
AS_WE_GO = [
    ("Mara", "Let's start with Tidewater, a tide-gauge forecasting model from Bergen."),  # 0
    ("Olu", "It beats the harmonic baseline by 18% on a decade of gauges."),  # 1
    ("Mara", "No weights, no code, nothing you can run at home."),  # 2
    ("Olu", "So my grade: a good picture of the ceiling, and a paper I'd hand to a research group."),  # 3
    ("Mara", "Agreed, reading list, not the harbour office. Which brings us to Saltmarsh, a sediment model from Plymouth."),  # 4
    ("Olu", "Saltmarsh runs on a laptop and is 30 times cheaper than the full simulation."),  # 5
    ("Mara", "And the code is out under a permissive licence."),  # 6
    ("Olu", "I'd put it into our pipeline this week."),  # 7
    ("Mara", "Same. That's the show."),  # 8
]


def test_a_call_said_before_the_turn_moves_on_is_the_previous_papers():
    found = _verdicts(AS_WE_GO, "round19_as_we_go")
    assert _of(found, "Tidewater") == RESEARCH
    assert _of(found, "Saltmarsh") == DEPLOY


def test_before_the_move_is_the_sentences_ahead_of_the_introduction():
    from tui.core.analysis.pipeline import _before_the_move

    labels = [0, 0, 1, 1]
    assert _before_the_move(2, 0, labels, {(2, 1): 1})
    assert not _before_the_move(2, 1, labels, {(2, 1): 1})
    assert not _before_the_move(3, 0, labels, {(2, 1): 1})
    assert not _before_the_move(2, 0, ["intro", "intro", 1, 1], {(2, 1): 1})


def test_a_closing_item_named_by_its_owner_and_a_word_of_its_title_is_that_paper():
    from tui.core.analysis.pipeline import _name_words, _topic_by_words
    from tui.core.analysis.papers import DetectedPaper

    papers = [DetectedPaper.__new__(DetectedPaper), DetectedPaper.__new__(DetectedPaper)]
    papers[0].name, papers[0].aliases = "Contrastive Tide Forecasting", []
    papers[1].name, papers[1].aliases = "Saltmarsh", []
    words = [_name_words(p) for p in papers]
    assert _topic_by_words("Bergen's contrastive one goes in the same bucket.", papers, words) == [0]
    assert _topic_by_words("The Plymouth team's saltmarsh model is a keeper.", papers, words) == [1]
    assert _topic_by_words("Bergen's new idea goes in the same bucket.", papers, words) == []
