"""Round 33 verdicts (found on the real-show dev sets' misses, heldout48-51 read with the rules alone, by class), each
mechanism tested on invented dialogue.

Readings:
- "lab" as the modifier of what the paper is ("a lab pipeline") and labs as the bare audience ("a neat trick, for labs"):
  study, like "research" in the same places.
- The thing to start from, said of the paper ("X is still the encoder to start from if you're building Y"): the base to
  build on, adoption (closing round), unless it is a start for understanding or more research.
- The skip said as what the speaker is doing ("Then I'm skipping it."); left alone ("X I'd leave alone", "leave it
  alone"): a refusal, study beside a reason to study it; the cost said to outweigh the gain ("too much machinery for too
  little gain"): skip.
- Denied to be a thing of use, the thing named ("not a system to build a product around"): study.
- The mark others measure against ("the baseline to beat") and work aimed at researchers: study.
- "a research warning" / "a research signal": the verdict word as the modifier of what the paper tells the field.
- "try it" opening a clause of advice is adoption (closing round), unless the listener is asked to report back.
- A word of study inside a condition ("if you're building lip reading") names the case the advice is for, no lean.
- The call the speaker cannot make yet ("And X I still can't call.") leaves the paper open; said of one among several
  ("one we couldn't call") it does not.
- An imperative whose object is set against another ("Take the method, not the checkpoint.") is no call.

Closing-round routing:
- A count of the week's papers out of their number ("Two of the three this week are tools for researchers") is said
  of the batch, not of the paper judged last.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import firm_closing_call, suggested_verdicts
from tui.core.analysis.verdicts import _plain_stance, leaves_open, stance

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


pytestmark = pytest.mark.usefixtures("rules_alone")


def _verdicts(rows, name="r33"):
    return suggested_verdicts(rows, name)


_call = firm_closing_call


# --- readings -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Marlowe, neat, but a lab pipeline.", RESEARCH),
        ("It's really a lab method, nothing more.", RESEARCH),
        ("So a handy probing trick, for labs.", RESEARCH),
        ("A measuring tape for labs, not a product.", RESEARCH),
        ("Ostrander is still the encoder to start from if you're building speech search.", DEPLOY),
        ("It's the codebase to start with for anyone shipping a tagger.", DEPLOY),
        ("Then I'm skipping it.", SKIP),
        ("We're skipping that one.", SKIP),
        ("Brackley I'd leave alone.", SKIP),
        ("Quenby, leave it alone, nobody maintains it.", SKIP),
        ("Too much plumbing for too little gain.", SKIP),
        ("A benchmark everyone should know, not a system to build a product around.", RESEARCH),
        ("If you're comparing segmenters, Pellucid is the baseline to beat, just don't put it on a phone.", RESEARCH),
        ("Helpful, but aimed at researchers.", RESEARCH),
        ("The Whitby paper, a research warning, so check your own splits.", RESEARCH),
        ("If you run a help desk, try Corvane first, it's cheap.", DEPLOY),
        ("Harlan, if you need search over scans this quarter, try it, just rerun their numbers.", DEPLOY),
    ],
)
def test_readings(text, verdict):
    assert _call(text) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "It's the paper to start from if you want to understand pruning.",  # a start for understanding, not a base to build on
        "Try it on your own data and tell us.",  # the listener asked to find out, no call
        "Try to reproduce it first.",
        "Take the method, not the checkpoint.",  # the object set against another
        "A lab in Zurich wrote it.",  # "lab" naming who wrote it, not what it is
    ],
)
def test_no_call(text):
    assert _call(text) is None


def test_a_word_of_study_inside_a_condition_is_no_lean():
    assert _plain_stance("Good if you're building lip reading.") is None
    assert _plain_stance("If you want to know how it works, it's interesting.") == RESEARCH  # said after the condition


def test_a_call_the_speaker_cannot_make_leaves_it_open():
    assert leaves_open("And Dunmore I still can't call.")
    assert leaves_open("That one I can't call yet.")
    assert not leaves_open("One to use, one to skip, and one we couldn't call.")


def test_leaving_it_alone_beside_a_reason_to_study_it_is_study():
    assert stance("I'd leave it alone unless you want to understand why routing fails.")[0] == RESEARCH


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
    ("Ann", "Then Cindervale, a drone that lands on moving boats from a single camera."),
    ("Bo", "A single camera. In what weather?"),
    ("Ann", "Calm water only, and always in daylight."),
    ("Bo", "So a sunny afternoon on a lake."),
]


def test_a_count_of_the_weeks_papers_is_not_the_last_papers():
    rows = OPENING + [
        ("Ann", "Okay, to wrap up. Tamberlane, use it today if your product does sums. Ravensholt is a lovely lab result, not a product."),
        ("Bo", "And Cindervale I'd pass on."),
        ("Ann", "Two of the three this week are tools for researchers."),
        ("Bo", "That's most weeks."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Tamberlane"] == DEPLOY
    assert verdicts["Ravensholt"] == RESEARCH
    assert verdicts["Cindervale"] == SKIP  # not the remark about the batch


def test_the_thing_to_start_from_decides_a_closing_call():
    rows = OPENING + [
        ("Ann", "Okay, verdicts. Tamberlane is still the tokenizer to start from if you're building a maths tutor."),
        ("Bo", "Ravensholt, clever, but a lab pipeline."),
        ("Ann", "Cindervale I'd leave alone. Too much tuning for too little gain."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Tamberlane"] == DEPLOY
    assert verdicts["Ravensholt"] == RESEARCH
    assert verdicts["Cindervale"] == SKIP
