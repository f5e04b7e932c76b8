"""Round 25 pushback, on own dialogue: the listener's sceptical questions and the presenter's concessions, by
what the sentence does (grants the point and states the limit; asks in a form that doubts) rather than by a
sceptic's stock phrases. Claims are unaffected: these shapes feed pushback turns only, not `doubt_shape`."""

from __future__ import annotations

from tests.core.dialogue import episode
from tui.core.analysis import analyze
from tui.core.analysis.pushback import doubt_shape, pushback_sentences
from tui.core.analysis.text import split_sentences


def _doubts(turn: str) -> list[str]:
    return pushback_sentences(split_sentences(turn))


def test_a_concession_that_states_the_limit_is_pushback() -> None:
    assert _doubts("True, it only covers two languages.")
    assert _doubts("Fair, the labeled set is tiny.")
    assert _doubts("Granted - the robots were all the same arm.")
    assert _doubts("No, it doesn't. And the gain is inside the noise.")


def test_agreement_alone_or_a_rebuttal_is_not_a_concession() -> None:
    assert not _doubts("Fair.")
    assert not _doubts("True, but the second table covers exactly that.")
    assert not _doubts("Partly.")


def test_the_listeners_question_in_a_doubting_form_is_pushback() -> None:
    assert _doubts("Haven't we seen this trick in every paper since spring?")
    assert _doubts("So does it help or doesn't it?")
    assert _doubts("Flies, or falls?")
    assert _doubts("Finds them how often?")
    assert _doubts("Why would I switch from the tracker I have?")
    assert _doubts("And who's supposed to label all that?")
    assert _doubts("Lovely chart. What's the catch?")
    assert _doubts("We already have three of these. What's different?")
    assert _doubts("Half those baselines are already superseded.")


def test_plain_questions_are_not_pushback() -> None:
    assert not _doubts("How does the encoder see the image?")
    assert not _doubts("And then what, and how fast?")
    assert not _doubts("Did the drone reach the pad or not?")
    assert not _doubts("Which datasets?")


def test_these_shapes_do_not_touch_claims() -> None:
    assert doubt_shape("Fair, the labeled set is tiny.") == ""
    assert doubt_shape("Finds them how often?") == ""


ROWS = [
    ("Ana", "First up is Kelpnet, a segmentation model for underwater survey footage."),
    ("Ben", "We already have decent segmenters. Why would I switch?"),
    ("Ana", "They report 12 points more mean IoU on murky water than the best general model."),
    ("Ben", "Murky water from one reef, though. Does it hold on other sites or doesn't it?"),
    ("Ana", "Fair, it's one reef and one camera rig."),
    ("Ben", "Then research for now."),
]


def test_the_listener_and_the_presenter_doubting_in_an_episode_are_pushback_turns() -> None:
    result = analyze(episode(ROWS, "kelp"))
    paper = next(p for p in result.papers if p.name == "Kelpnet")
    pushed = {t for claim in paper.claims for t in claim.pushback}
    assert {1, 4} <= pushed
