"""Verdict error classes found on a fourteenth unseen set (heldout13), checked on own dialogue written for these
tests (not taken from any seed or gold set):

- study, not use, said with a verb of putting: "I'd put it on the reading list" is the place of study, not the
  adoption verb "I'd put"; "neither is something you deploy", "nothing in it is a tool", "a must-read",
  "everyone should read it";
- a closing sentence judging two papers joined as one subject ("X and Y I'd put on the reading list, but
  neither ...") counts for both, clause by clause;
- closing-round routing: an unnamed sentence after a paper named earlier in the same turn stays with that paper
  even when its words recall another paper's introduction; a roll-call item naming something that is not a
  detected paper ("And the replication paper...", "And Zephyrine?") ends the previous paper's context.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode
from tui.core.analysis import analyze
from tui.core.analysis.verdicts import DEPLOY, RESEARCH, stance
from tui.core.models import Episode


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I'd put it on the reading list and leave it there.",
        "We'd add both to the research pile.",
        "Lovely ablations, but neither is something you'd ship.",
        "None of them is a thing you deploy.",
        "Clever, but nothing in it is a product.",
        "For anyone doing interpretability it's a must-read.",
        "Every infra person should read it.",
    ],
)
def test_study_said_with_a_verb_of_putting_or_reading(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize(
    "text",
    [
        "I'd put it in our serving config this week.",
        "We'd put it into production tomorrow.",
    ],
)
def test_putting_it_into_use_is_still_adoption(text):
    assert stance(text)[0] == DEPLOY


def make_episode(rows) -> Episode:
    return episode(rows, "round14")


ROWS = [
    ("Mara", "Three papers on tokenizers this week. First up is Quillfern, a byte-level tokenizer from a Lisbon group."),  # 0
    ("Teo", "They claim 18% shorter sequences on code with no loss on eleven benchmarks."),  # 1
    ("Mara", "Only on code, though. The prose numbers are flat."),  # 2
    ("Teo", "Next up is Brackenlow, which learns merges during pretraining instead of before it."),  # 3
    ("Mara", "They report a 1.4 point gain in perplexity at the 1B scale."),  # 4
    ("Teo", "One scale, one seed. I'd want three before believing it."),  # 5
    ("Mara", "Last one - Saltmarsh-Tok, a tokenizer for eighty low-resource languages."),  # 6
    ("Teo", "It halves the token count for Amharic, they say, against the Llama tokenizer."),  # 7
    ("Mara", "And nobody has checked the downstream quality yet."),  # 8
    ("Teo", "Okay, verdicts. Quillfern and Brackenlow I'd put on the reading list for anyone training models, but neither is something you'd ship."),  # 9
    ("Mara", "Agreed. Saltmarsh-Tok I'd use tomorrow for our Amharic support bot."),  # 10
    ("Teo", "Same. That's the show."),  # 11
]


def _by_word(analysis, *words):
    return {w: next(p.suggested_verdict for p in analysis.papers if w.lower() in p.name.lower()) for w in words}


def test_two_papers_judged_as_one_subject_both_get_the_call():
    found = _by_word(analyze(make_episode(ROWS)), "Quillfern", "Brackenlow", "Saltmarsh")
    assert found["Quillfern"].verdict == RESEARCH
    assert found["Brackenlow"].verdict == RESEARCH
    assert found["Saltmarsh"].verdict == DEPLOY


KV_ROWS = [
    ("Mara", "Two papers on KV caches today. First up is Thornquill, which drops cold cache entries per layer."),  # 0
    ("Teo", "They claim half the cache memory with no loss on LongBench."),  # 1
    ("Mara", "On one model family, though."),  # 2
    ("Teo", "Next is one I'll call the cheap batching paper, and it's really clever about requests across GPUs."),  # 3
    ("Mara", "They report 2x throughput on their own traffic."),  # 4
    ("Teo", "Their traffic, their numbers. I'd want a public trace."),  # 5
    ("Mara", "Okay, verdicts. The batching paper I'd file under research for now."),  # 6
    ("Teo", "Thornquill - it frees half the cache for nothing. A really cheap one - I'd switch it on in our config this week."),  # 7
    ("Mara", "Fair. That's the show."),  # 8
]


def test_an_unnamed_closing_remark_stays_with_the_paper_named_earlier_in_the_turn():
    found = _by_word(analyze(make_episode(KV_ROWS)), "Thornquill", "batching")
    assert found["Thornquill"].verdict == DEPLOY
    assert any(e.turn == 7 for e in found["Thornquill"].evidence)
    assert found["batching"].verdict == RESEARCH  # not given Thornquill's "switch it on"


@pytest.mark.parametrize(
    "item",
    ["And Zephyrine...", "And the replication paper?", "What about Zephyrine?", "And the replication paper - no idea."],
)
def test_a_roll_call_item_that_is_no_detected_paper_ends_the_previous_context(item):
    rows = ROWS[:10] + [
        ("Mara", "Saltmarsh-Tok I'd use tomorrow for our Amharic support bot."),  # 10
        ("Teo", f"{item} I honestly can't decide."),  # 11
        ("Mara", "Me neither. It stays open. That's the show."),  # 12
    ]
    found = _by_word(analyze(make_episode(rows)), "Saltmarsh")
    assert found["Saltmarsh"].verdict == DEPLOY
    assert all(e.turn == 10 for e in found["Saltmarsh"].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Thornquill: into the eval harness, as I said.",
        "Honestly, that sampler goes into the pipeline on Monday.",
        "Straight into our defaults.",
    ],
)
def test_taken_into_the_working_setup_with_the_verb_elided_or_the_article(text):
    assert stance(text)[0] == DEPLOY


@pytest.mark.parametrize(
    "text",
    [
        "Brackenlow is lovely science, but with one seed it's a study, not a recipe.",
        "A delightful read, though.",
        "That's a careful study.",
    ],
)
def test_praised_as_science_or_as_reading(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize("text", ["It's a study of 300 prompts.", "The tokens go into the model in one pass."])
def test_a_study_of_something_and_a_model_input_are_no_call(text):
    assert stance(text) is None


@pytest.mark.parametrize(
    "text,undecided",
    [
        ("No idea, honestly.", True),
        ("I really can't say.", True),
        ("I have no idea whether it holds on longer prompts.", True),
        ("I can't say I enjoyed the appendix.", False),
        ("The model had no idea the labels were shuffled.", False),
    ],
)
def test_no_idea_which_way(text, undecided):
    from tui.core.analysis.verdicts import _UNDECIDED

    assert bool(_UNDECIDED.search(text)) is undecided
