"""Round 36 verdicts (found on the real-show dev sets' misses, heldout60-63 read with the rules alone, by class), each
mechanism tested on invented dialogue.

The class behind the research-only papers read as deploy-ready: a verb of use that is not the speaker's advice to use the
paper. Readings:
- A verb of placing set in an order ("I'd put X above Y", "I'd slot it last") ranks the papers: no place of use.
- What others do, said with a minimiser ("Most teams just download a model"): the practice the paper is set against, not
  advice.
- Knowledge as what is taken from it ("take the lessons", "take away the insight"), and "worth knowing / understanding"
  (not a fact worth knowing "that ..."): study.
- "..., and research for everyone else": the verdict word for most of the audience, after a conjunction too.
Calls of use the rules missed:
- Its advice followed, said as advice ("read it and do what it says", "follow its recipe"); not a report that others
  already do what it recommends.
- Its use already happened, the paper the subject ("it shipped to a hospital group", "it got used", "it was deployed");
  not a step of the work ("it was used to label the data", "used as a baseline") nor a report ("they say it was deployed").
- The paper (and what comes with it) said to be where one begins ("X and its code are where you begin"), closing round;
  not a start to something else ("that's where you start to worry").
Closing-round routing:
- Advice of watching or following a name no detected paper goes by ("keep an eye on X, but wait for ... to pick it up")
  is about that name: a pronoun after the advice refers to it, not to the paper judged before.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import firm_closing_call, suggested_verdicts
from tui.core.analysis.verdicts import stance

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


pytestmark = pytest.mark.usefixtures("rules_alone")


def _verdicts(rows, name="r36"):
    return suggested_verdicts(rows, name)


_call = firm_closing_call


def _firm(text):
    scored = stance(text)
    return scored[0] if scored and scored[1] >= 2.0 else None


# --- readings -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # knowledge taken, not the thing used
        ("Take the lessons, leave the checkpoint where it is.", RESEARCH),
        ("Quillon, take away the one insight about caching and move on.", RESEARCH),
        ("Borrow its intuition about sparse routing.", RESEARCH),
        ("The Osprey paper, as background worth knowing.", RESEARCH),
        ("Worth understanding, even if you never touch the code.", RESEARCH),
        # the verdict word for most of the audience after a conjunction
        ("A neat recipe for people who build tokenizers, and research for everyone else.", RESEARCH),
        ("Great if you run a weather desk, but research for the rest of us.", RESEARCH),
        # its advice followed, said as advice
        ("If you build search, read the Marlin paper and do what it says.", DEPLOY),
        ("Just do what the authors recommend.", DEPLOY),
        ("Follow its checklist on your next launch.", DEPLOY),
        # use that already happened
        ("Still, it got used.", DEPLOY),
        ("Honestly, it was deployed.", DEPLOY),
        ("Vellum, because it shipped to a hospital group in a month.", DEPLOY),
        # where one begins, closing round
        ("If you sort parcels, Corvane and its code are where you begin.", DEPLOY),
        ("For noisy labels, that's where I'd start.", DEPLOY),
    ],
)
def test_readings(text, verdict):
    assert _call(text) == verdict


@pytest.mark.parametrize(
    "text",
    [
        # a ranking, not a place of use
        "Same list, except I'd put the Tamber paper above Osprey, because people still cite it.",
        "I'd put it last, honestly.",
        # what others do instead
        "Most teams just download a model.",
        "Many labs still train their own.",
        # a report that the advice is already common practice
        "Useful, but practitioners already do what it recommends.",
        # a step of the work, or a report of someone else's claim
        "It was used to label the data.",
        "It was used as a baseline.",
        "The vendor says it was deployed last year.",
        # a fact worth knowing, not the paper
        "Worth knowing that the code is out.",
        # a start to something else
        "That's where you start to worry.",
    ],
)
def test_no_firm_call(text):
    assert _firm(text) is None
    assert _call(text) != DEPLOY or text.startswith("Most teams")  # a plain word of use leans at most (weight 1.0)


def test_a_placing_verb_keeps_its_place_of_use():
    assert _firm("I'd put it into the nightly build.") == DEPLOY
    assert _firm("Most teams should just use it.") == DEPLOY  # advice to others, not what they already do


def test_knowledge_taken_then_applied_is_no_study():
    assert _firm("Take the lessons and apply them to your pipeline this week.") != RESEARCH


# --- closing-round routing ----------------------------------------------------------------------------------------

OPENING = [
    ("Ann", "First up, Tamberlane, a tokenizer that merges digits into one token per number."),
    ("Bo", "One token per number. Does arithmetic get better?"),
    ("Ann", "On their word problems the error drops by a fifth, at the same model size."),
    ("Bo", "Their own word problems, though."),
    ("Ann", "Yes, and the tokenizer has to be trained again for every language."),
    ("Bo", "Next, Ravensholt, a set of weather stations simulated on a laptop."),
    ("Ann", "Two hundred stations, with sensor faults injected by hand."),
    ("Bo", "Injected by hand. How close is it to real faults?"),
    ("Ann", "They compared it with one real network, and the patterns matched reasonably well."),
    ("Bo", "One network is thin."),
]


def test_watching_an_undetected_name_is_not_the_paper_judged_before():
    rows = OPENING + [
        ("Ann", "Okay, verdicts. If you do maths tutoring, Tamberlane and its tokenizer are where you begin."),
        ("Bo", "If you simulate sensors, keep an eye on Brindlemoor, but wait for your simulator to pick it up."),
        ("Ann", "And Ravensholt is a lovely lab result, not a product."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Tamberlane"] == DEPLOY  # not the advice about the name nobody detected
    assert verdicts["Ravensholt"] == RESEARCH


def test_a_ranking_in_the_closing_round_is_no_adoption():
    rows = OPENING + [
        ("Ann", "My list. Tamberlane first, because you can ship it today. Ravensholt, as a simulator worth knowing."),
        ("Bo", "Mine's the same, except I'd put Ravensholt above the tokenizer, because everyone cites it."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Tamberlane"] == DEPLOY
    assert verdicts["Ravensholt"] == RESEARCH


def test_use_that_already_happened_decides_a_closing_call():
    rows = OPENING + [
        ("Ann", "Lists. Tamberlane, because it shipped to a tutoring company in a month."),
        ("Bo", "Ravensholt is a solid tool for people who build weather stations, and research for everyone else."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Tamberlane"] == DEPLOY
    assert verdicts["Ravensholt"] == RESEARCH
