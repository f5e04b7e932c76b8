"""Round 27 verdicts (found on the real-show dev sets' misses, heldout23-38, by class), each mechanism tested on
invented dialogue.

- Reading, a plain call missed: the verdict word as the modifier of what the paper is ("a research idea, not a
  tool", "A research pipeline.", "a lab baseline"); "pass" said bare after the name and "skippable"; "not yet" said as
  a clause's whole answer; use held back "before anyone relies on it"; an audience marked by resources few have ("for
  teams with a fleet of GPUs"); permission to forget it; already part of the listener's tools (adoption); homework
  due by a near date is an action item (adoption), and a paper grading "its own homework" is no study cue.
- Contrast shapes where the negated use is the conclusion: a purpose of use denied ("for measuring, not for
  building on"), a negated object of use with a possessive subject ("not something your team needs to run"), and
  adoption of an alternative ("I'd use specialised models", "use something else": the paper is turned down).
- "everywhere" is adoption only said of use ("runs almost everywhere"), not of a result ("on top nearly everywhere").
- Hedges: left open said in the past ("X we left open"), a pile named for dispute; a discussion that ends by
  leaving the paper open has that as its last word when no closing call exists; a turn refusing even the effort
  decides its own denial of use for skip.
- Closing-round routing: a wrap-up stretch followed by a new paper is not the closing round; a roll through the
  papers starting before the first name-first judgement starts the round; a paper introduced in a closing sentence
  takes the table; a remark bringing up a paper by a description the paper on the table was never called by is not
  that paper's, nor the only detected paper's.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze
from tui.core.analysis.pipeline import _describes_another, _wrap_up_start
from tui.core.analysis.verdicts import Statement, is_judgement, leaves_open, stance, suggest

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


def _verdicts(rows, name="r27"):
    papers = papers_and_labels(analyze(episode(rows, name)))[0]
    return {n: p.suggested_verdict.verdict for n, p in papers.items()}


# --- reading: plain calls ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Heron, if you already tune retrievers, give it a try, but it's a research idea, not a tool.",
        "A research pipeline.",
        "Honestly it's a research dataset and that's fine.",
        "If you serve speech models, Quokka is a research read.",
        "Pangolin stays a lab baseline, mostly because of the weights' terms.",
        "Then it's a lab toy.",
    ],
)
def test_verdict_word_modifying_what_the_paper_is_is_study(text):
    assert stance(text)[0] == RESEARCH
    assert is_judgement(text)


@pytest.mark.parametrize("text", ["And Marmot, pass.", "Tessel - pass.", "So the lattice one: pass!"])
def test_pass_said_bare_after_the_name_is_the_call(text):
    assert stance(text) == (SKIP, 3.0)


def test_pass_with_an_object_is_no_call():
    assert stance("We pass the embeddings to a small head.") is None


def test_skippable_is_skip_unless_denied():
    assert stance("Lynx is skippable now, its successors do the job.")[0] == SKIP
    assert stance("It is not skippable, whatever you think of the writing.") is None or stance(
        "It is not skippable, whatever you think of the writing."
    )[0] != SKIP


@pytest.mark.parametrize(
    "text",
    [
        "For a team with a picking robot on a real line, not yet.",
        "Not yet.",
        "Great for the benchmark crowd, but not yet.",
    ],
)
def test_not_yet_as_the_whole_answer_is_study(text):
    assert stance(text)[0] == RESEARCH


def test_not_yet_inside_a_clause_stays_weak():
    assert stance("They have not yet released the weights, which is annoying.") != (RESEARCH, 2.5)


@pytest.mark.parametrize(
    "text",
    [
        "Promising, but I want to see it on messy data before anyone relies on it.",
        "Let's see a second lab reproduce it before you bet a product on it.",
    ],
)
def test_use_held_back_until_evidence_is_study(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize(
    "text",
    [
        "And Atlas-World is for teams with a fleet of GPUs and a car to train.",
        "For the labs with that kind of budget.",
        "It's for companies with serious compute.",
    ],
)
def test_audience_marked_by_resources_is_study(text):
    assert stance(text)[0] == RESEARCH


def test_permission_to_forget_it_is_a_refusal():
    assert stance("Wren you can forget about, the old recipe does the job.")[0] == SKIP
    assert stance("You can safely forget it.")[0] == SKIP


@pytest.mark.parametrize(
    "text",
    [
        "If you colourise old film, Brushwork is already in your editor.",
        "It's already part of every framework you'd pick.",
        "The trick lives inside every serving stack now.",
    ],
)
def test_already_part_of_the_tools_is_adoption(text):
    assert stance(text)[0] == DEPLOY


def test_homework_due_soon_is_an_action_item_and_its_own_homework_is_no_study():
    assert stance("And the rank paper is the one with homework for this week.")[0] == DEPLOY
    assert stance("It's homework for Monday: bump the rank.")[0] == DEPLOY
    assert stance("Re-Basin is homework, not tooling.")[0] == RESEARCH  # unchanged
    assert stance("My half thinks it marked its own homework.") is None


# --- contrast shapes: the negated use is the conclusion -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ledger is a fine yardstick for how much an agent can do - not much yet - but it's for measuring, not for building on.",
        "It's for reading, not for running.",
        "Useful to the people training models, not something your team needs to run.",
        "Clever, but not something our engineers would ship.",
    ],
)
def test_a_denied_use_concluding_the_sentence_is_study(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The page-unifier paper is a lovely lab result, but in a real pipeline I'd use specialised models.", RESEARCH),
        ("Read it for the trick, then use something else.", RESEARCH),
        ("There are better detectors you can run today.", SKIP),
        ("Honestly, I'd just use a plain adapter.", SKIP),
    ],
)
def test_adopting_an_alternative_turns_the_paper_down(text, expected):
    assert stance(text)[0] == expected


@pytest.mark.parametrize(
    "text", ["I'd use it tomorrow.", "There's code you can run today.", "You can run it on a laptop today."]
)
def test_adopting_the_paper_itself_stays_adoption(text):
    assert stance(text)[0] == DEPLOY


def test_everywhere_is_adoption_only_said_of_use():
    assert stance("It came out on top nearly everywhere at release.") is None
    assert stance("The judges are the weak link everywhere.") is None
    assert stance("It runs almost everywhere already.")[0] == DEPLOY


# --- hedges: left open ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Marmot we left open.", "We left that one undecided.", "And Pelican stays in the disputed pile.", "We left it hanging."]
)
def test_left_open_in_the_past_or_a_disputed_pile(text):
    assert leaves_open(text)


def test_a_discussion_ending_open_has_that_as_its_last_word():
    statements = [
        Statement(3, "Honestly this feels like a fix for a problem nobody has.", 1.0),
        Statement(6, "For thousands of adapters I'd still take that trade.", 1.0),
        Statement(8, "Then we disagree.", 1.0),
        Statement(8, "Let's leave that one open.", 1.0),
    ]
    assert suggest(statements).verdict is None
    # a call said after leaving it open is the last word again
    assert suggest([*statements, Statement(9, "Actually no, I'd pass on it.", 1.0), Statement(9, "I wouldn't bother.", 1.0)]).verdict == SKIP


def test_an_open_call_fronted_on_another_topic_is_not_the_last_word():
    statements = [
        Statement(20, "My grade: a serious piece of work, a number I'd read, not a thing I'd build on.", 1.0),
        Statement(20, "Research, and only that.", 1.0),
        Statement(31, "And the neuron follow-up we both left hanging.", 1.0),
    ]
    assert suggest(statements).verdict == RESEARCH


def test_a_turn_refusing_the_effort_decides_its_denied_use_for_skip():
    turn = [
        Statement(40, "The diary paper is the opposite, pretty screenshots and nothing you can act on.", 3.0),
        Statement(40, "I wouldn't spend an afternoon on it.", 3.0),
    ]
    assert suggest(turn).verdict == SKIP
    # with a reason to study it, the denied use stays study beside the refusal (split: no call)
    studied = [
        Statement(40, "Nothing you can act on, but worth reading to understand the failure modes.", 3.0),
        Statement(40, "I wouldn't spend an afternoon on it.", 3.0),
    ]
    assert suggest(studied).verdict != SKIP


# --- closing-round routing ------------------------------------------------------------------------------------------


def test_a_wrap_up_stretch_followed_by_a_new_paper_is_not_the_closing_round():
    labels = [0, 0, 0, 0, 1, 1, 1, "wrap-up", "wrap-up", "wrap-up", 1, 1, 2, 2, 2, "wrap-up", "wrap-up"]
    assert _wrap_up_start(labels) == 15
    assert _wrap_up_start([0, 0, 0, 1, 1, 1, "wrap-up", "wrap-up"]) == 6


def test_a_description_the_paper_on_the_table_never_had_is_another_paper():
    known = frozenset({"unigram", "watermark", "green", "list"})
    assert _describes_another("Mine's the same, plus the pinball robot paper, which I'd skip.", known)
    assert not _describes_another("Mine's the same, and the watermark paper stays research.", known)
    assert not _describes_another("Same as the first one.", known)


ROLL_ROWS = [
    ("Ann", "Let's start with the hands. Gripnet."),
    ("Bo", "Gripnet is a dataset of simulated grasps for a five-finger hand, two million of them over eight thousand objects."),
    ("Ann", "Simulated. I'm skeptical a grip that survives a simulated shake survives a real one."),
    ("Bo", "Fair. For research it's already the standard starting point."),
    ("Ann", "Next up, Phrasebook, a translation benchmark built from one grammar book."),
    ("Bo", "They give the model a whole grammar book for a language with almost no web text and ask it to translate."),
    ("Ann", "And it works?"),
    ("Bo", "Better than you'd expect, around a third of the sentences come out usable."),
    ("Ann", "Moving on, Skycast, a next-day weather model."),
    ("Bo", "It predicts rain at one kilometre from radar and satellite, and beats the physics model for the first twelve hours."),
    ("Ann", "Twelve hours is short."),
    ("Bo", "It is, and the code isn't out, so nobody can run it."),
    ("Ann", "Last one - Spectre, yet another detector for machine-written text."),
    ("Bo", "It scores text with a pile of small old language models and trains a classifier on the features."),
    ("Ann", "And two of those old models have been switched off since."),
    ("Bo", "Right, so you'd rebuild the features before it runs at all."),
    ("Ann", "Okay, practical advice. If you do grasp learning, Gripnet is good training data, but budget for the gap to real hands. It's a research dataset."),
    ("Bo", "If you care about tiny languages, Phrasebook is the benchmark to watch. Just don't expect a product out of it."),
    ("Ann", "Skycast we're leaving undecided until there's something we can run."),
    ("Bo", "And Spectre, pass. There are better detectors you can run today."),
    ("Ann", "Half of these papers are about measuring, not building."),
    ("Bo", "Because building got cheap."),
]


def test_a_roll_through_the_papers_starts_the_closing_round():
    verdicts = _verdicts(ROLL_ROWS, "r27-roll")
    assert verdicts.get("Gripnet") == RESEARCH
    assert verdicts.get("Spectre") == SKIP
    assert verdicts.get("Skycast") is None


FRONTED_ROWS = [
    ("Ann", "First up, Lantern, a watermark for text that uses one fixed green list of tokens."),
    ("Bo", "One fixed list. That sounds easy to steal."),
    ("Ann", "It's a real trade. What you get back is robustness to edits, and they prove bounds on it."),
    ("Bo", "Proofs are nice. Experiments?"),
    ("Ann", "Three models, two datasets, better detection under paraphrase."),
    ("Bo", "That's light for something meant to face real attackers. It's a result people cite for the theory."),
    ("Ann", "Last one is old. The robot that plays pinball, so let's call it the pinball robot paper."),
    ("Bo", "Trained only in simulation with randomised physics, and it wins about half its games."),
    ("Ann", "So the headline oversold it."),
    ("Bo", "Nothing to take from it except history."),
    ("Ann", "Skip it, then."),
    ("Bo", "Okay, lists. Lantern, theory, not a product."),
    ("Ann", "Mine's the same, plus the pinball robot paper, which I'd skip unless you love robot history."),
    ("Bo", "Which I do."),
]


def test_closing_remarks_about_a_second_described_paper_stay_off_the_first():
    # end to end (the detection finds the pinball paper here; `_describes_another` above covers the case it does not)
    verdicts = _verdicts(FRONTED_ROWS, "r27-fronted")
    assert verdicts.get("Lantern") == RESEARCH
