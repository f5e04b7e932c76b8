"""Round 32 verdicts (found on the real-show dev sets' misses, heldout45-47 read with the rules alone, by class), each
mechanism tested on invented dialogue.

Readings:
- Use denied by its place ("not for production") is a refusal alone, study-not-use beside a reason to study it ("for
  the ocean researchers, not for production"); so is a paper handed off to whoever has what it takes ("I'd leave it to
  whoever owns a telescope"), study when the ones it is left to are researchers.
- Worth something to one audience and denied to everyone else ("a big result for chemists and nothing for the rest of
  us"), or praised in one narrow role and no further ("a good smoke test for parser writers and nothing more"): study.
- Use reserved for whoever has a lab ("use it to rank candidates if you have a lab to test them"): study.
- The call declined as the last word of the sentence ("And X we're not calling.") leaves the paper open.

Closing-round routing:
- "X too" / "X, same" takes the call said last only when that call was just made (in the turn or the one before), and
  not for a paper the turn with that call, or a later one, already talked about: then "same" agrees with what was said
  of X itself.
- The last answer a paper put on the table reaches keeps it there while the argument goes on (a call or a question).
- A remark about several of the papers at once ("both of the robot papers") zooms out: the talk after it is not the
  paper's judged before.
- An unnamed open remark routed to a paper ("Fine, we disagree.") gives way to a later sentence of the same turn that
  names the paper with its own call.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import suggested_verdicts
from tui.core.analysis.verdicts import Statement, closing_stance, leaves_open, suggest

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


pytestmark = pytest.mark.usefixtures("rules_alone")


def _verdicts(rows, name="r32"):
    return suggested_verdicts(rows, name)


# --- readings -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("And Saltmarsh is for the ocean researchers, not for production.", RESEARCH),
        ("Worth studying for the theory, not for production.", RESEARCH),
        ("It's not for production.", SKIP),
        ("Cobblestone I'd leave to whoever owns a telescope array.", SKIP),
        ("We'd leave that one to the teams with their own satellites.", SKIP),
        ("I'd leave it to the researchers.", RESEARCH),
        ("Heronsgate is a big result for chemists and nothing for the rest of us yet.", RESEARCH),
        ("It's handy for grid operators but not much for anyone else.", RESEARCH),
        ("Tallow is a good smoke test for parser writers and nothing more.", RESEARCH),
        ("A useful stress benchmark, but nothing more.", RESEARCH),
        ("Use it to rank candidates if you have a lab to test them.", RESEARCH),
        ("If you run a research group, try it.", RESEARCH),
    ],
)
def test_readings(text, verdict):
    assert closing_stance(text)[0] == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Use it if you have a GPU.",  # an ordinary condition of use stays adoption
        "If you run a call centre, use it this week.",
    ],
)
def test_use_for_an_ordinary_audience_stays_adoption(text):
    assert closing_stance(text)[0] == DEPLOY


@pytest.mark.parametrize(
    "text",
    [
        "And Brackenfield we're not calling.",
        "I'm not calling that one.",
        "We won't call it.",
        "We aren't going to call this one.",
    ],
)
def test_a_call_declined_leaves_it_open(text):
    assert leaves_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "I won't call it a failure.",  # the verb with its own complement is no call declined
        "We're not calling it research because it's more than that.",
    ],
)
def test_call_with_a_complement_is_not_declined(text):
    assert not leaves_open(text)


def test_a_later_named_call_in_the_same_turn_outweighs_a_routed_open_remark():
    statements = [
        Statement(10, "Pellham I'd pass on unless you train speech models for a living.", 3.0, named=True),
        Statement(11, "Fine, we disagree.", 3.0),
        Statement(11, "Pellham, agreed, not for us.", 3.0, named=True),
    ]
    assert suggest(statements).verdict == SKIP
    # unnamed reasons after leaving it open in the same turn still keep it open
    statements = [
        Statement(10, "Pellham I'd pass on.", 3.0, named=True),
        Statement(11, "Fine, we disagree.", 3.0),
        Statement(11, "Not for us, honestly.", 3.0),
    ]
    assert suggest(statements).verdict is None


# --- closing-round routing ----------------------------------------------------------------------------------------

OPENING = [
    ("Ann", "First up, Larkspur, a method that prunes attention heads when the model loads."),
    ("Bo", "Pruned heads. How much faster does it get?"),
    ("Ann", "About thirty percent on their benchmark, with the same accuracy on the tasks they tried."),
    ("Bo", "Only on their own benchmark, though."),
    ("Ann", "True, and the pruning has to be redone for every new checkpoint."),
    ("Bo", "Next, Fernwood, a dataset of bird calls recorded on cheap phones."),
    ("Ann", "Ten thousand hours from forty countries, labelled by volunteers."),
    ("Bo", "Volunteers. How good are the labels?"),
    ("Ann", "They had a slice checked by experts, and the agreement was high."),
    ("Bo", "And the recordings are noisy in the way real phones are noisy."),
    ("Ann", "Then Quillon, a robot arm that learns to fold towels from twenty demonstrations."),
    ("Bo", "Twenty demonstrations. On how many towels?"),
    ("Ann", "Six towels, all in one lab, with the same table and the same lighting."),
    ("Bo", "So one room and one arm."),
]


def test_same_after_a_remark_between_does_not_take_the_call_said_last():
    rows = OPENING + [
        ("Ann", "Okay, to wrap up. Larkspur is free speed if your checkpoints rarely change. Fernwood is the dataset you'd just use. Quillon is a lovely lab result, not a product."),
        ("Bo", "Agreed on all three. Funny that two of them are really about data."),
        ("Ann", "Larkspur too, if you squint."),
        ("Bo", "Fair enough."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Fernwood"] == DEPLOY
    assert verdicts["Quillon"] == RESEARCH
    assert verdicts["Larkspur"] != RESEARCH  # not the call on Quillon said two turns before


def test_same_agrees_with_what_the_other_host_said_of_the_paper():
    rows = OPENING + [
        ("Ann", "Okay, my list. Fernwood goes straight into anything that listens for birds. Larkspur, I still think it's worth it on laptops. And Quillon is for reading, not for building."),
        ("Bo", "My list. Fernwood, same, that's the practical one. Larkspur, I still don't buy it, so that one stays open."),
        ("Ann", "Fine."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Quillon"] == RESEARCH
    assert verdicts["Fernwood"] == DEPLOY  # the same as Ann's Fernwood, not as her Quillon call
    assert verdicts["Larkspur"] is None


def test_same_right_after_a_call_still_takes_that_call():
    rows = OPENING + [
        ("Ann", "Okay, to wrap up. Quillon is a lovely lab result, not a product."),
        ("Bo", "Larkspur too."),
        ("Ann", "And Fernwood I'd use today."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Quillon"] == RESEARCH
    assert verdicts["Larkspur"] == RESEARCH
    assert verdicts["Fernwood"] == DEPLOY


def test_a_remark_about_several_papers_zooms_out():
    rows = OPENING + [
        ("Ann", "Alright, quick round. Larkspur is a clever trick nobody ships, skip it. Fernwood is already useful, go download it. And Quillon we're not calling."),
        ("Bo", "No changes from me. Strange that two of these papers stop at one lab."),
        ("Ann", "That's where robots live."),
        ("Bo", "For now. Give it a couple of years."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Larkspur"] == SKIP
    assert verdicts["Fernwood"] == DEPLOY
    assert verdicts["Quillon"] is None


def test_a_disagreement_routed_to_the_last_paper_gives_way_to_its_named_call():
    rows = OPENING + [
        ("Ann", "Okay, my list. Fernwood goes straight into anything that listens for birds. Larkspur, I still think it's worth it on laptops."),
        ("Bo", "My list. Larkspur, I still don't buy it. Quillon I'd pass on unless you build robots for a living."),
        ("Ann", "Fine, we disagree. Quillon, agreed, not for us."),
        ("Bo", "Good."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Quillon"] == SKIP


def test_the_argument_after_a_paper_is_put_on_the_table_stays_with_it():
    rows = OPENING + [
        ("Ann", "Okay, verdicts. Fernwood, use it today."),
        ("Bo", "And Larkspur?"),
        ("Ann", "Where does it break, though?"),
        ("Bo", "On the biggest checkpoints the speedup shrinks."),
        ("Ann", "Can I run it on my own model this week?"),
        ("Bo", "There's a script. It's a research release, not a tool."),
        ("Ann", "Quillon I'd pass on."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Fernwood"] == DEPLOY
    assert verdicts["Larkspur"] == RESEARCH
    assert verdicts["Quillon"] == SKIP
