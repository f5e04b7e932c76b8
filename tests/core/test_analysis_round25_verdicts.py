"""Round 25 verdicts (found on heldout25-30's misses, by cause class), each mechanism tested on invented dialogue.

- Closing-round routing: a closing read out as a roll through the papers, one paper per turn, that never opens a
  turn on a name ("So, advice for the listeners. If you do X, take A." / "If you do Y, B is worth it." / "The C
  paper is ..." / "And D we're leaving open.") is the closing round; a judgement said just before the wrap-up the
  segmentation found joins it ("Alright, my list. A is the one to act on." then the wrap-up's items).
- Closing-round routing: a title put on the table as a short question that names no detected paper ("Summary of
  a Whale?") ends the previous paper's context: the answer is about that title.
- Reading: readiness denied ("it won't be usable today", "it isn't ready") and use ruled out by too much of
  something ("too heavy to ship") are study, not use; praise after the name's dash ("X - nice research, ...") is
  the call; "the one to act on / build on" picks a paper for use; a research finding is research; "real
  science" as a sentence's subject is no praise.
- Hedge vs call: "open" said bare after the name ("the whale one, open.") and a call one does not have ("I don't
  have a verdict") leave a paper open; "wait for the numbers" right after a call of study in the same turn is that
  call's reason, not an open verdict (alone it still leaves the paper open).
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze
from tui.core.analysis.verdicts import Statement, is_judgement, stance, suggest

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


def _verdicts(rows, name="r25"):
    papers = papers_and_labels(analyze(episode(rows, name)))[0]
    return {n: p.suggested_verdict.verdict for n, p in papers.items()}


# --- reading: denied readiness, too much of something, praise after the dash, picked for use ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It won't be usable today, not with that memory bill.",
        "Honestly, it isn't ready for anyone's product yet.",
        "The checkpoints are not production-ready yet.",
        "It's never going to be deployable as it stands.",
        "This one would not be usable right now on our phones.",
    ],
)
def test_readiness_denied_is_study_not_use(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize(
    "text",
    [
        "Pelican - lovely engineering, far too slow and too fiddly to serve.",
        "A benchmark setup too clean to ship.",
        "Way too early to deploy.",
    ],
)
def test_too_much_of_something_to_use_is_study(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize(
    "text",
    [
        "Marmot - solid research, the numbers hold up.",
        "Pelican: careful research, nowhere near my phone.",
    ],
)
def test_praised_research_after_the_names_separator_is_the_call(text):
    assert stance(text)[0] == RESEARCH
    assert is_judgement(text)


def test_science_as_a_sentence_subject_is_no_praise():
    assert stance("Real science is mostly the messy middle part.") != (RESEARCH, 2.5)
    assert stance("That's real science.")[0] == RESEARCH


@pytest.mark.parametrize(
    "text",
    [
        "The tokenizer paper is the one to act on - swap the vocab, keep the model.",
        "Then that's the one to build on.",
        "For me it's the paper you actually build with.",
    ],
)
def test_picked_as_the_one_to_use_is_deploy(text):
    assert stance(text)[0] == DEPLOY


def test_picked_for_use_under_a_negation_is_not_deploy():
    assert stance("It's not the one to build on.")[0] != DEPLOY


def test_a_research_finding_is_research():
    assert stance("The lantern paper is a research finding, and the takeaway is to log your prompts.")[0] == RESEARCH


# --- hedges: open said bare, a call not had, waiting as the reason for a call of study ------------------------------


@pytest.mark.parametrize(
    "text",
    ["And the whale one, open.", "Marmot - still open.", "I don't have a verdict on it.", "I still don't have a take."],
)
def test_left_open_in_bare_and_withheld_shapes(text):
    assert is_judgement(text)
    assert suggest([Statement(40, text, 3.0)]).verdict is None


def test_open_inside_a_sentence_is_no_hedge():
    assert suggest([Statement(40, "The weights are open.", 3.0)]).verdict is None  # no call either way
    assert not is_judgement("The weights are open.")
    assert not is_judgement("Keep an open mind about it.")


def test_waiting_after_a_call_of_study_is_its_reason():
    closing = [
        Statement(50, "The prism paper?", 3.0),
        Statement(51, "Research.", 3.0),
        Statement(51, "Read it for the trick, wait for the throughput numbers.", 3.0),
        Statement(52, "Agreed.", 3.0),
    ]
    assert suggest(closing).verdict == RESEARCH


def test_waiting_alone_still_leaves_it_open():
    assert suggest([Statement(51, "I'd wait for the replications.", 3.0)]).verdict is None
    # a call in an earlier turn does not make a later wait its reason
    assert suggest([Statement(49, "Research.", 3.0), Statement(51, "I'd wait for the replications.", 3.0)]).verdict is None


# --- routing: a roll through the papers, a call just before the wrap-up, an unknown title on the table -------------

_BODY = [
    ("Ivo", "Four papers today. First, Marmot, a sparse attention kernel for long documents."),
    ("Jen", "What does it buy you?"),
    ("Ivo", "They report 3x faster prefill at 64k tokens with the same perplexity."),
    ("Jen", "On one GPU type. Fine."),
    ("Ivo", "Next up, Pelican. A lip-reading model that listens and watches at once."),
    ("Jen", "And it needs a camera on your face the whole time."),
    ("Ivo", "It does, and it halves the error in loud rooms on their test set."),
    ("Jen", "Loud rooms in a studio, I suspect."),
    ("Ivo", "Moving on - Corvid. It tracks how a language model hides its shortcuts while it trains."),
    ("Jen", "Does it catch them?"),
    ("Ivo", "Nine in ten, reading the reasoning, against about half from the outputs alone."),
    ("Jen", "That's a big gap."),
    ("Ivo", "Last one, Heron. A retrieval model that keeps one vector per token."),
    ("Jen", "The index must be huge."),
    ("Ivo", "It is, about six times a single-vector index, for a few points of recall."),
    ("Jen", "Servers only, then."),
]


def test_an_advice_roll_one_paper_per_turn_is_the_closing_round():
    rows = _BODY + [
        ("Ivo", "So, some advice for whoever is listening. If you serve long documents, Marmot goes in the stack."),
        ("Jen", "If you build captioning, Pelican is worth a look, but it's nowhere near a product."),
        ("Ivo", "The Corvid result is good news with a footnote. Study it, don't lean on it."),
        ("Jen", "And Heron we're leaving open."),
        ("Ivo", "Yeah. Everyone is chasing recall this year."),
        ("Jen", "See you next week."),
    ]
    verdicts = _verdicts(rows, "advice-roll")
    assert verdicts["Pelican"] == RESEARCH
    assert verdicts["Corvid"] == RESEARCH
    assert verdicts["Heron"] is None


def test_a_comparison_in_passing_is_no_roll():
    from tui.core.analysis.pipeline import _roll_start

    # three turns that each name one paper, but two of them the paper under discussion: no roll
    labels = [0, 0, 0, 1, 1, 1]
    spoken = [["A does it."], ["A again."], ["A once more."], ["B is new."], ["Unlike A, it's small."], ["B wins."]]
    by_sentence = {(0, 0): [0], (1, 0): [0], (2, 0): [0], (3, 0): [1], (4, 0): [1], (5, 0): [1]}

    class _Paper:
        patterns: list = []

    assert _roll_start([_Paper(), _Paper()], spoken, by_sentence, labels, 0, 6) is None


def test_a_call_just_before_the_wrap_up_joins_it():
    rows = _BODY + [
        ("Jen", "Okay, my list. Corvid is the one to act on - watch the reasoning, never train against it."),
        ("Ivo", "Marmot, clever research, not a product."),
        ("Jen", "Pelican I'd skip, the audio-only models caught up."),
        ("Ivo", "And Heron is research for phones, fine for servers with disk to spare."),
        ("Jen", "Funny week."),
    ]
    verdicts = _verdicts(rows, "my-list")
    assert verdicts["Corvid"] == DEPLOY
    assert verdicts["Pelican"] == SKIP


def test_an_unknown_title_on_the_table_ends_the_previous_context():
    from tui.core.analysis.pipeline import _TITLE_ITEM

    assert _TITLE_ITEM.match("Summary of a Whale?")
    assert _TITLE_ITEM.match("And Mixture of Owls?")
    for question in ["In production?", "And you?", "Is it ready?", "Really?"]:
        assert not _TITLE_ITEM.match(question), question
