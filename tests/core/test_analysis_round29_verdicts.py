"""Round 29 verdicts (found on the real-show dev sets' misses, heldout23-44, read with the rules alone, by class), each
mechanism tested on invented dialogue.

- Advice said as an imperative in the closing round: a verb that opens its clause (at the start, after the paper's
  name and its separator, or after the audience it is for) is the call: putting the paper or what it gives to use is
  adoption, reading it is study, leaving it out is a refusal. Not in a discussion (a procedure explained), not when
  hedged, denied, split or pointed elsewhere ("instead"). The paper named as the default or the place to start, in the
  closing round, is adoption too.
- An instruction that uses the paper as the test ("put every candidate through it before you trust one") withholds no
  trust in the paper: the round-28 study reading of "before you trust" no longer fires on it.
- Readings: "research" with the kind of thing it is ("research material", "research that turned into a benchmark"),
  an audience named by research or "not for anyone else", nothing in it to install; put where the past is kept ("a
  museum piece", "the history books") is a refusal; "practical" naming the talk ("for practical purposes") is no lean;
  agreement not reached ("we couldn't agree on it") leaves it open.
- Closing-round routing: the thread of unnamed replies keeps a paper on the table while the argument goes on (a call
  or the paper named within the two turns before); three turns without one have moved off it.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze
from tui.core.analysis.verdicts import closing_stance, is_judgement, leaves_open, stance

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


def _verdicts(rows, name="r29"):
    papers = papers_and_labels(analyze(episode(rows, name)))[0]
    return {n: p.suggested_verdict.verdict for n, p in papers.items()}


# --- advice said as an imperative in the closing round ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Marlowe, grab it if you build reading aids for schools.", DEPLOY),
        ("Hollis - pass each new checkpoint through it before you rely on any.", DEPLOY),
        ("Mine: Tidepool, put it in the sorting line if you handle parcels.", DEPLOY),
        ("If you train on patient notes, use the recipe from the Lark paper.", DEPLOY),
        ("The shuffle paper, sort your passages by date.", DEPLOY),
        ("Quorra, add contrast checks to your test suite this month.", DEPLOY),
        ("If you rank search results, take the Ferrule paper's scorer and run it on every query log you have.", DEPLOY),
        ("Thistle, read it once so you know where the numbers come from.", RESEARCH),
        ("Pemberton, skip the model, maybe look at the data.", SKIP),
    ],
)
def test_an_imperative_of_advice_is_the_closing_call(text, verdict):
    assert stance(text) is None or stance(text)[0] == verdict
    assert closing_stance(text)[0] == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Take a frame, run it through the encoder, and keep the top layer.",
        "Sort the clips by length before batching.",
    ],
)
def test_an_imperative_inside_a_discussion_is_a_procedure_not_a_call(text):
    assert stance(text) is None
    assert not is_judgement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pemberton, copy the loss, don't train the model.",  # split between doing and not doing
        "It was right for a month; read the Ferrule one instead.",  # pointed elsewhere
        "Maybe look at the data.",  # hedged
        "Whatever you do, use something else.",  # an alternative
        "Try it on your own queries and tell us.",  # testing it yourself is no call
        "Put that on a mug.",  # a quip, not a place of use
        "Remove the captions and it drops by half.",  # sets up what follows
        "Add a filter and you'll get the same gain.",
    ],
)
def test_advice_split_hedged_or_pointed_elsewhere_is_no_adoption(text):
    scored = closing_stance(text)
    assert scored is None or scored[0] != DEPLOY or scored[1] < 2.0


@pytest.mark.parametrize(
    "text",
    [
        "Quorra is the obvious default for small graphs.",
        "Marlowe: for audio tagging, that's your starting point.",
        "If you label satellite tiles, this is where teams should start.",
        "The Lark loss has become our default.",
    ],
)
def test_the_default_or_the_place_to_start_is_adoption_in_the_closing_round(text):
    assert closing_stance(text) == (DEPLOY, 2.5)


@pytest.mark.parametrize(
    "text",
    [
        "It's the default baseline every paper beats.",
        "A fine starting point for future work.",
        "It's not the default anymore.",
    ],
)
def test_a_default_of_comparison_or_a_start_for_research_is_not_adoption(text):
    scored = closing_stance(text)
    assert scored is None or scored[0] != DEPLOY


# --- the paper used as the test --------------------------------------------------------------------------------


def test_the_paper_used_as_the_test_is_no_trust_withheld():
    text = "Quorra, run every new detector through it before you trust any of them."
    assert stance(text) is None
    assert closing_stance(text)[0] == DEPLOY


def test_trust_withheld_by_the_speaker_is_still_study():
    assert stance("I want to see it on real wards before anyone relies on it.")[0] == RESEARCH


# --- readings ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Pemberton - research fodder.", RESEARCH),
        ("Thistle, research stuff, nothing more.", RESEARCH),
        ("Quorra, research that grew into a leaderboard.", RESEARCH),
        ("Handy for those who pretrain encoders, not really for anybody else.", RESEARCH),
        ("Honestly, it's for whoever runs a research group.", RESEARCH),
        ("Lovely, but there's nothing for you to install.", RESEARCH),
        ("Pemberton goes in the history books.", SKIP),
        ("A museum exhibit by now.", SKIP),
        ("That one belongs in a museum.", SKIP),
    ],
)
def test_readings(text, verdict):
    assert stance(text)[0] == verdict


@pytest.mark.parametrize("text", ["Research that came out last spring found the opposite.", "X - research which showed the gap."])
def test_research_cited_as_a_source_is_no_call(text):
    assert stance(text) is None


@pytest.mark.parametrize("text", ["In practical terms, sure.", "Right, a practical question first.", "Some practical tips to finish."])
def test_practical_naming_the_talk_is_no_lean(text):
    assert stance(text) is None


def test_practical_said_of_the_paper_still_leans_to_use():
    assert stance("It's practical.")[0] == DEPLOY


@pytest.mark.parametrize("text", ["Thistle we didn't agree on, a gadget or a lesson.", "We never agreed on that one."])
def test_agreement_not_reached_leaves_it_open(text):
    assert leaves_open(text)


def test_agreeing_strongly_is_not_leaving_it_open():
    assert not leaves_open("I couldn't agree more.")


# --- closing-round routing: the thread of unnamed replies --------------------------------------------------------

OPENING = [
    ("Ann", "First up, Larkspur, a method that prunes attention heads when the model loads."),
    ("Bo", "Pruned heads. How much faster does it get?"),
    ("Ann", "About thirty percent on their benchmark, with the same accuracy on the tasks they tried."),
    ("Bo", "Only on their own benchmark, though."),
    ("Ann", "True, and a later paper gets more speed by training a small router."),
    ("Bo", "Next, Fernwood, a dataset of bird calls recorded on cheap phones."),
    ("Ann", "Ten thousand hours from forty countries, labelled by volunteers."),
    ("Bo", "Volunteers. How good are the labels?"),
    ("Ann", "They had a slice checked by experts, and the agreement was high."),
    ("Bo", "Then anyone building a birding app should be using it."),
    ("Ann", "Let's wrap up."),
]


def test_a_call_after_three_turns_off_the_paper_is_not_its_call():
    rows = OPENING + [
        ("Bo", "Larkspur I'd pass on, the routers beat it on every model they tried."),
        ("Ann", "Funny how every year somebody rediscovers pruning."),
        ("Bo", "Pruning papers are cheap to write. Reviewers like a clean table."),
        ("Ann", "Until the next scaling fad arrives."),
        ("Bo", "Wait and see, honestly. I'd hold."),
        ("Ann", "And Fernwood, grab it if you build anything for birders."),
    ]
    verdicts = _verdicts(rows, "r29-drift")
    assert verdicts.get("Larkspur") == SKIP
    assert verdicts.get("Fernwood") == DEPLOY


def test_an_argument_about_the_paper_keeps_it_on_the_table():
    rows = OPENING + [
        ("Bo", "I'd call Larkspur research-only, the speedups are all on their own benchmark."),
        ("Ann", "I disagree. Teams are already running it on their servers every day."),
        ("Bo", "A third faster on paper, and then a week of retuning."),
        ("Ann", "A week once, thirty percent forever."),
        ("Bo", "Fine. Ready to use, for the big models."),
        ("Ann", "And Fernwood, grab it if you build anything for birders."),
    ]
    verdicts = _verdicts(rows, "r29-argued")
    assert verdicts.get("Larkspur") == DEPLOY


# --- settling after a disagreement ---------------------------------------------------------------------------------


def _closing(*lines):
    from tui.core.analysis.verdicts import Statement, suggest

    return suggest([Statement(turn, text, 3.0) for turn, text in lines]).verdict


def test_a_bare_concession_settles_on_the_call_restated_with_it():
    assert _closing(
        (1, "I'd call it research-only, the numbers are all their own."),
        (2, "Teams are already running it on their servers every day."),
        (3, "Fine."),
        (3, "Ready to use, for the big models."),
    ) == DEPLOY


def test_a_call_on_something_new_after_the_concession_settles_nothing():
    assert _closing(
        (1, "I'd call it research-only, the numbers are all their own."),
        (2, "Teams are already running it on their servers every day."),
        (3, "Fine, ready to use for the big models."),
        (4, "Deal."),
        (4, "And the last one I'd skip outright."),
    ) == DEPLOY


def test_that_opening_a_clause_is_no_object_of_advice():
    assert closing_stance("Add that nobody should copy a number without checking it.") is None
    assert closing_stance("Grab that one.")[0] == DEPLOY


@pytest.mark.parametrize("text", ["No recommendation yet.", "No recommendation from me, not until we test it."])
def test_a_recommendation_withheld_leaves_it_open(text):
    assert leaves_open(text)
