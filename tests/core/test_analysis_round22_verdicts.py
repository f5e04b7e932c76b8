"""Round 22 verdict shapes, each tested on invented variants (different words, same shape)."""

import pytest

from tui.core.analysis.verdicts import is_judgement, stance

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


@pytest.mark.parametrize(
    "text",
    [
        # taken up by its users on a near date
        "Then that's a tool a lab could pick up on Monday.",
        "Any team can start using it today.",
        "A small shop could plug it in tomorrow.",
        "Honestly, an ops team could roll it out this week.",
        # handed over for a near date is for use, not study
        "It's a real tool, I'd hand it to a biology lab tomorrow.",
        # the call as a plain yes
        "No retraining, open code. Easiest yes of the week.",
        "That one's an easy yes from me.",
        "Clear yes.",
        "For the ops people it's a yes.",
        # the investor's scale
        "Buy.",
        "Strong buy.",
        "Buy, for me.",
    ],
)
def test_plain_adoption_is_deploy(text):
    assert stance(text) == (DEPLOY, 2.5)


@pytest.mark.parametrize("text", ["I'd hand it to a genomics lab this week.", "We'd send it to the robotics lab on Monday."])
def test_handed_over_for_a_near_date_is_use(text):
    assert stance(text)[0] == DEPLOY


@pytest.mark.parametrize(
    "text",
    ["For me that's a hard no.", "Honestly, a clear no.", "An easy no from me.", "Sell.", "Sell, for me.", "Sell too."],
)
def test_plain_refusal_is_skip(text):
    assert stance(text) == (SKIP, 2.5)


@pytest.mark.parametrize("text", ["Hold.", "Hold from me too.", "Hold, for me."])
def test_hold_is_study(text):
    assert stance(text) == (RESEARCH, 2.5)


@pytest.mark.parametrize(
    "text",
    [
        "I'd hand it to the reading group.",  # handed to study, no date
        "Send it to every PhD student you know.",
    ],
)
def test_handed_to_study_stays_research(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize(
    "text",
    [
        "Hold on, what was the baseline?",
        "They buy compute by the hour.",
        "Sell the idea to whom?",
        "No rating system covers this.",
        "A clear no-op on small models.",
    ],
)
def test_not_a_call(text):
    assert not is_judgement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Same. I'm leaving that one open.",
        "We're leaving it open.",
        "And LOFT stays off the board.",
        "Keep it off the list for now.",
        "No rating.",
        "No grade, then.",
        "That one's unranked.",
        "I won't rank it.",
        "I can't rate this one honestly.",
    ],
)
def test_left_unrated_is_open(text):
    assert is_judgement(text)
    assert stance(text) is None or stance(text)[0] not in (DEPLOY, SKIP)
