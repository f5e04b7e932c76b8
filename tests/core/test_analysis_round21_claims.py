"""Round 21: the real show's dense pushback in general shapes (pushback._DOUBT_SHAPES_21), each tested on own invented
variants (different words, same shape), never on the development sets' sentences; and the plain reports that must
stay free of doubt."""

from __future__ import annotations

import pytest

from tui.core.analysis.claims import is_claim
from tui.core.analysis.pushback import is_doubt


@pytest.mark.parametrize(
    "sentence",
    [
        # the listener's probing question: who it is for, who would buy or care
        "Okay, and who's the customer here, hospitals?",
        "So who would care about that outside a lab?",
        "Who's this really for?",
        "And who is paying for a drone that needs a pilot anyway?",
        # a source asked in place, an error's size, a capacity's reach, why a change matters, what is new
        "And the labels come from where? Nobody annotated them.",
        "How noisy is a typical caption, then?",
        "How many speakers can it keep apart in one room?",
        "Why would a second camera change anything?",
        "What's new about this one?",
        "Define robust.",
        "The real question is whether anyone trusts the score.",
        # dismissals
        "Reasoning is reasoning.",
        "Which is what everybody would have predicted.",
        "Chance alone gets you a third of the way there.",
        "Scene graphs stopped being interesting years ago.",
        "It's more of a dataset paper than a method.",
        "Honestly, that's a band-aid.",
        "They're just throwing more compute at it.",
        "It's not actually understanding the chart, it's reading the legend.",
        "Winning on a leaderboard doesn't mean you can ship it.",
        "Slick demo, though.",
        # a weakness conceded or named by either host
        "That's the concern, yes.",
        "The labelling is the hard part.",
        "Only three cities, sure.",
        "Not at scale, no.",
        "Accuracy takes a real hit once the lighting changes.",
        "The map gradually drifts after a few hundred meters.",
        "The tracks decay the longer you run it.",
        "Those tells fade as cameras get better.",
        "It breaks as soon as someone crops the picture.",
        "It only works with models you can open up.",
        "The reasoning half is much harder to measure.",
        "These diffusion planners are costly to train.",
        "Past that, you're guessing.",
        "I wouldn't bank on that.",
        "The recall is still pretty low.",
        "Whether it helps clinicians is unclear.",
        "Most teams don't have a thousand hours of labelled video.",
        "A small shop can't afford that.",
    ],
)
def test_round21_doubt_shapes(sentence):
    assert is_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # plain reports and descriptions that share words with the shapes above
        "The tuned model degrades less when the retriever hands it more documents.",
        "You can ask it why the recording sounds degraded.",
        "Who wrote it? A team at a university in Seoul.",
        "It is trained on forty languages.",
        "The model comes from a robotics lab.",
        "They use the depth map to place each object.",
        "It beats the previous best by six points.",
        "A benchmark is a set of tasks with answers.",
    ],
)
def test_round21_not_doubt(sentence):
    assert not is_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The tuned model degrades less when the retriever hands it more documents.",
        "They show the error drops by half on the hardest split.",
    ],
)
def test_round21_reports_stay_claims(sentence):
    assert is_claim(sentence, [], names_paper=False, presenting=True)
