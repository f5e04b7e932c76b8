"""Round 28 verdicts: robust to imperfect detection, and calls made only on judgements (found on the real-show dev
sets' misses, heldout23-41, by class), each mechanism tested on invented dialogue.

- Closing-round routing when a paper was not detected: a closing sentence that opens on a name-shaped topic that is
  none of the detected papers ("And the Otter in the Attic we're leaving open.", "zkVerse, skip it.") speaks about
  that topic, not about the paper judged just before; and a closing sentence judged for one paper stops where a later
  piece opens on such a topic ("Quillnet, put it in your suite this week; zkVerse, skip it.").
- A pitch or a caveat is not a verdict: the paper's pitch reported ("the pitch is that ..."), an instruction to test
  it before trusting it, ease of use denied ("you can't just download them").
- Plain calls that were missed: "skip" said bare between commas, handed "to a team" with the object left out, the
  released parts taken after the name ("X - grab the weights"), "research for the rest of us", acted on by a near
  date, the paper's practice copied ("do what the X paper did").
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze
from tui.core.analysis.pipeline import _opens_on_other_name, _own_part
from tui.core.analysis.verdicts import closing_stance, is_judgement, stance

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"
HOSTS = frozenset({"ann", "bo"})


def _verdicts(rows, name="r28"):
    papers = papers_and_labels(analyze(episode(rows, name)))[0]
    return {n: p.suggested_verdict.verdict for n, p in papers.items()}


# --- a topic the detection did not find -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "And the Otter in the Attic we're leaving open.",
        "And the Otter in the Attic, I'd skip.",
        "zkVerse, skip it.",
        "And Brindle stays open.",
        "So the Velvet Ladder paper - I'd pass.",
    ],
)
def test_a_fronted_name_shaped_topic_is_another_paper(text):
    assert _opens_on_other_name(text, frozenset({"quillnet"}), HOSTS)


@pytest.mark.parametrize(
    "text",
    [
        "And the rest we can skip.",  # no name-shaped word
        "Honestly, skip it.",  # a capitalised word opening the sentence is no sign
        "Quillnet, skip it.",  # a detected paper's name
        "And the Quill one we're leaving open.",  # part of a detected paper's name
        "And Ann is right, it stays open.",  # a host
        "I'd skip it.",
        "So, practical advice.",
    ],
)
def test_no_other_topic_without_a_new_name(text):
    assert not _opens_on_other_name(text, frozenset({"quillnet"}), HOSTS)


def test_a_closing_sentence_stops_where_another_name_opens():
    known = frozenset({"quillnet"})
    said = "Quillnet, put it in your eval suite this week; zkVerse, skip it."
    assert _own_part(said, known, HOSTS) == "Quillnet, put it in your eval suite this week;"
    assert _own_part("Quillnet, skip it. It's old.", known, HOSTS) == "Quillnet, skip it. It's old."


UNDETECTED_ROWS = [
    ("Ann", "First up, Quillnet, a model that writes unit tests from a function's docstring."),
    ("Bo", "Generated tests. I worry they just check whatever the code already does."),
    ("Ann", "They mutate the code and count how many mutants the tests catch, and Quillnet catches about twice as many as the baseline."),
    ("Bo", "Twice is a lot. On what code?"),
    ("Ann", "Python libraries from public repos, two hundred of them."),
    ("Bo", "Then it was old news by the time it came out, newer assistants write better tests for free."),
    ("Ann", "Fair, the general models caught up fast."),
    ("Bo", "Next, a paper with a storybook title, the otter in the attic, about how models hide their reasoning."),
    ("Ann", "They prompt a model to solve puzzles and check whether the written reasoning matches what it actually did."),
    ("Bo", "And it doesn't, often. A third of the time the steps it writes are not the steps it used."),
    ("Ann", "I can't tell if that matters for anyone building with these models."),
    ("Bo", "Me neither, I keep going back and forth."),
    ("Ann", "Wrapping up, then."),
    ("Bo", "Quillnet, skip it. And the Otter in the Attic we're leaving open."),
    ("Ann", "Agreed on both."),
]


def test_an_open_call_on_an_undetected_paper_does_not_erase_the_call_before_it():
    verdicts = _verdicts(UNDETECTED_ROWS, "r28-undetected")
    assert verdicts.get("Quillnet") == SKIP


# --- a pitch or a caveat is not a verdict ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It's a retrieval paper, and the pitch is that the standard way people chunk documents is a waste.",
        "Their claim is that you should just use it everywhere.",
        "The authors argue that it's ready to ship.",
    ],
)
def test_the_papers_pitch_is_no_call(text):
    assert stance(text) is None
    assert not is_judgement(text)


def test_a_call_after_the_pitch_still_counts():
    assert stance("Their claim is that it's production-grade, but I'd call it research.")[0] == RESEARCH


@pytest.mark.parametrize(
    "text",
    [
        "One warning - the maps are all from Europe, so if you work in the tropics, check it carefully before you trust it.",
        "Measure the drift on your own sensors before you rely on the forecasts.",
    ],
)
def test_testing_it_before_trusting_it_is_a_caveat_not_a_call(text):
    assert stance(text) is None


def test_trust_withheld_by_the_speaker_is_still_study():
    assert stance("I want to see it on real hospitals before anyone relies on it.")[0] == RESEARCH


@pytest.mark.parametrize("text", ["You can't just download the scans.", "You can't simply plug it in."])
def test_ease_of_use_denied_is_a_hurdle_not_a_call(text):
    assert stance(text) is None
    assert closing_stance(text) is None


@pytest.mark.parametrize("text", ["Nothing you can deploy.", "You just can't ship it."])
def test_use_denied_outright_is_still_study(text):
    assert stance(text)[0] == RESEARCH


# --- plain calls that were missed ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Pebble, skip, the newer ones do it better.", SKIP),
        ("Mine: Tidewell is the one I'd actually give to a team, especially anyone doing flood maps.", DEPLOY),
        ("Tidewell - grab the weights, they're free and they load fine.", DEPLOY),
        ("Corvid: download the checkpoint.", DEPLOY),
        ("Pebble, a neat trick for people who write compilers, research for the rest of us.", RESEARCH),
        ("That's advice a clinic's IT team could act on next week.", DEPLOY),
        ("If you run any leaderboard, do what the relabelling paper did.", DEPLOY),
    ],
)
def test_plain_calls(text, verdict):
    assert stance(text)[0] == verdict
    assert is_judgement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skip the intro, the method is in section three.",
        "We hand the tokens to a small decoder.",
        "Research on this is older than the paper admits.",
    ],
)
def test_no_call_in_the_same_words_used_otherwise(text):
    scored = stance(text)
    assert scored is None or scored[0] not in (SKIP, DEPLOY)
