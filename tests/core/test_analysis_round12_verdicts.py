"""Verdict error classes found on a twelfth unseen set, checked on own dialogue written for these tests (not taken
from any seed or gold set):

- a closing call opening on the paper as its topic in a form the name detection does not catch there: another
  case or a shorter form of the name ("Tidepool models I'd pass on" for "tidepool models", "The Marlow paper
  - skip" for "Who Is Marlow", "3DQ I'd ..." opening on a digit): about that paper, not a follow-up on the
  paper judged before it;
- adoption as taking it into the speaker's own systems: moved into "our"/"your" code or process ("goes into
  our eval harness this week"), made part of it ("I'd make its checklist step one of ours"), imagined already
  working ("I'd have it running by Thursday"), and a deadline ("by Friday") as immediacy on a verb of use;
- reading advice aimed at practitioners ("required reading before anyone ships X") is no stance on its own:
  the rest of the sentence decides;
- doing without it ("X I can live without", "I won't miss it") is a refusal.
"""

from __future__ import annotations

import re

import pytest

from tests.core.dialogue import episode
from tui.core.analysis import analyze
from tui.core.analysis.papers import DetectedPaper
from tui.core.analysis.pipeline import _name_words, _topic_by_words
from tui.core.analysis.verdicts import DEPLOY, RESEARCH, SKIP, stance, suggest, Statement
from tui.core.models import Episode


def _paper(name, *aliases):
    return DetectedPaper(name=name, aliases=list(aliases), mentions=[], score=1.0, patterns=[re.compile(re.escape(name))])


PAPERS = [_paper("Quillstone"), _paper("tidepool models"), _paper("Who Is Marlow"), _paper("lantern-probe paper", "the lantern-probe paper"), _paper("3DQ")]
WORDS = [_name_words(p) for p in PAPERS]


@pytest.mark.parametrize(
    "sentence, index",
    [
        ("Tidepool models I'd pass on.", 1),
        ("The Marlow paper - skip, it doesn't hold up.", 2),
        ("And the Lantern-Probe paper is fun to read, but there's nothing to ship.", 3),
        ("3DQ I'd file under research tools.", 4),
        ("So quillstone: ship it.", 0),
    ],
)
def test_a_closing_call_opening_on_another_form_of_a_name_is_about_that_paper(sentence, index):
    assert _topic_by_words(sentence, PAPERS, WORDS) == [index]


@pytest.mark.parametrize(
    "sentence",
    [
        "Agreed, easy call.",
        "Cheap, open, and simple.",
        "Same, I'm torn.",
        "Models I'd pass on in general.",  # a word every name could hold is no topic
        "Distillation gives better results today.",
        "It's the one I'd use.",
    ],
)
def test_a_sentence_not_opening_on_a_paper_name_has_no_topic(sentence):
    assert _topic_by_words(sentence, PAPERS, WORDS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Quillstone - the decoding part at least - goes into our eval harness this week.",
        "I'd put it straight into your serving stack.",
        "I'd make its checklist step one of ours.",
        "If I ran a support desk, I'd have it running by Thursday.",
        "Grab the weights and try it by Friday.",
        "Required reading before anyone ships a retriever - and I'd make its test suite part of our release process.",
    ],
)
def test_taking_it_into_our_own_systems_is_adoption(text):
    assert stance(text)[0] == DEPLOY


@pytest.mark.parametrize(
    "text",
    [
        "It never goes into our codebase, it's a lab thing.",
        "Required reading if you train your own encoder, but there's nothing in it to ship.",
        "Required reading, not a product.",
    ],
)
def test_reading_and_denied_use_stay_research(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize("text", ["Tidepool models I can live without.", "We could easily do without it.", "Honestly, I won't miss it."])
def test_doing_without_it_is_a_refusal(text):
    assert stance(text)[0] == SKIP


ROWS = [
    ("Ana", "Three papers on retrieval today. First up is Quillstone, from a lab in Porto."),  # 0
    ("Ben", "They claim a 40% cut in index size with the same recall on six benchmarks."),  # 1
    ("Ana", "Which index, though?"),  # 2
    ("Ben", "A flat one, mostly. Next up is Harrowgate, which learns which passages to cache."),  # 3
    ("Ana", "They report 2x lower latency on their own traffic."),  # 4
    ("Ben", "Their traffic, their cache. That's a narrow test bed."),  # 5
    ("Ana", "Last one - Brindle-RAG, a retriever that rewrites its own queries."),  # 6
    ("Ben", "It beats the baselines on 11 datasets, they say."),  # 7
    ("Ana", "With three times the calls per question, which they don't mention much."),  # 8
    ("Ben", "Okay, verdicts. Quillstone - the compression at least - goes into our search stack this week."),  # 9
    ("Ana", "Agreed. Harrowgate I'd file as a research tool, fun to read, but not something I'd ship yet."),  # 10
    ("Ben", "BRINDLE-RAG I can live without. Plain query expansion does the same job today."),  # 11
    ("Ana", "Fair. That's the show."),  # 12
]


def make_episode(rows=ROWS) -> Episode:
    return episode(rows, "retrieval")


def test_closing_calls_in_an_episode():
    found = {p.name: p.suggested_verdict for p in analyze(make_episode()).papers}
    by_word = {word: next(v for name, v in found.items() if word.lower() in name.lower()) for word in ("Quillstone", "Harrowgate", "Brindle")}
    assert by_word["Quillstone"].verdict == DEPLOY
    assert by_word["Harrowgate"].verdict == RESEARCH
    assert by_word["Brindle"].verdict == SKIP  # "BRINDLE-RAG I can live without": its own call, not Harrowgate's
    assert any(e.turn == 11 for e in by_word["Brindle"].evidence)


def test_a_closing_round_saying_nothing_about_a_paper_still_leaves_it_open():
    verdict = suggest([Statement(9, "Let's leave it open and see who builds on it.", 3.0)])
    assert verdict.verdict is None


# Study set against use: a place of study beside a place of use, research as the purpose.
@pytest.mark.parametrize(
    "text",
    [
        "It's the paper you read to understand the whole area.",
        "It goes in the reading club, not on the roadmap.",
        "I'd save it for research, not for a customer.",
        "Lovely idea - the reading pile, not the backlog... no, not on the backlog.",
    ],
)
def test_a_place_of_study_set_against_a_place_of_use(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize(
    "text",
    [
        "Let's leave Harrowgate open and see who builds on it.",
        "We keep going round in circles on it, so I'm leaving it unresolved.",
        "Which brings us to Harrowgate, and I genuinely don't know.",
    ],
)
def test_left_open_with_the_name_or_the_circles(text):
    from tui.core.analysis.verdicts import _UNDECIDED

    assert _UNDECIDED.search(text)


def test_leaving_the_door_open_is_not_leaving_it_open():
    from tui.core.analysis.verdicts import _UNDECIDED

    assert not _UNDECIDED.search("It leaves the door open for a bigger follow-up.")


def test_a_paper_named_as_the_reason_does_not_take_the_closing_remark():
    rows = ROWS[:9] + [
        ("Ben", "Okay, verdicts. Quillstone I'd ship this week."),  # 9
        ("Ana", "Agreed. Harrowgate we already covered, really."),  # 10
        ("Ben", "There's no point touching it when Brindle-RAG is sitting right there. I'd skip it."),  # 11
        ("Ana", "And Brindle-RAG is what I'd put in a support bot tomorrow."),  # 12
        ("Ben", "Fair. That's the show."),  # 13
    ]
    found = {p.name: p.suggested_verdict for p in analyze(make_episode(rows)).papers}
    by_word = {word: next(v for name, v in found.items() if word.lower() in name.lower()) for word in ("Harrowgate", "Brindle")}
    assert by_word["Harrowgate"].verdict == SKIP
    assert by_word["Brindle"].verdict == DEPLOY


def test_a_described_paper_is_judged_by_the_words_said_when_it_came_up():
    paper = _paper("Porto paper", "the Porto paper")
    intro = frozenset({"porto", "call", "tidal", "cache"})  # "... the Porto paper. Call it the tidal cache paper."
    papers = [PAPERS[0], paper]
    words = [frozenset({"quillstone"}), intro]
    assert _topic_by_words("The tidal cache paper is fun to read, but nothing to ship.", papers, words, described=True) == [1]
    # only a description ("the ... paper") is read this way, not any opening words
    assert _topic_by_words("Tidal, I think, is wrong.", papers, words, described=True) == []
