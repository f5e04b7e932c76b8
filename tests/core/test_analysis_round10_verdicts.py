"""Verdict error classes found on a ninth unseen set, checked on own dialogue written for these tests (not taken
from any seed or gold set):

- a closing round the segmentation does not see (no "verdicts" word): the hosts judge the papers one by one,
  each judgement opening with the paper's name ("FernBridge first - ...", "The tiny-teacher paper I'd pass on");
  such a sentence is about the paper it opens with, not the paper whose span it sits in, and a run of them
  from two papers within three turns is the closing round;
- negation holding a verb of use in its scope ("fun to read but not something I'd run") is study, not use;
- a verb of use reported from the paper ("the paper that says you should ...") is not the host's stance;
- a refusal to use it beside a reason to study it ("the one I'd read to understand X, but I wouldn't build on
  it") is research-only; alone it is a refusal;
- something to learn from, not to use ("a paper to learn from, not a model to serve", "a thinking tool",
  "important for whoever ..., not for us") is research-only;
- acquiring it as an imperative ("- download it tonight"), a verb of putting it in ("I'd drop it into");
- a time qualifier ("today", "tomorrow") is a stance only on a verb of use;
- left open as no call shared ("no shared verdict", "call it a split", "leave it hanging") or a divided mind
  ("I keep flip-flopping", "half of me ..., the other half ...").
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode
from tui.core.analysis import analyze
from tui.core.analysis.verdicts import DEPLOY, RESEARCH, SKIP, stance, is_judgement
from tui.core.models import Episode

ROWS = [
    ("Ana", "Three papers on caching today. First up is FernBridge, from a small lab in Lisbon."),  # 0
    ("Ben", "They claim a 3x cut in time to first token by sharing prefix caches across requests."),  # 1
    ("Ana", "On which GPUs, though?"),  # 2
    ("Ben", "A100s, and they report the gain holds at 64 concurrent users."),  # 3
    ("Ana", "Next up is Kestrel-LM, which learns which cache entries to evict."),  # 4
    ("Ben", "They say it keeps 95% of quality with a quarter of the cache."),  # 5
    ("Ana", "A learned eviction policy is one more model to babysit."),  # 6
    ("Ben", "Fair. Moving on - the tiny-teacher paper, the one that distils a cache policy from a bigger model."),  # 7
    ("Ana", "Their student policy matches the teacher on 12 benchmarks."),  # 8
    ("Ben", "And it argues you should put the teacher in the loop at serving time too."),  # 9
    ("Ana", "That doubles the serving bill for a gain nobody can explain."),  # 10
    ("Ben", "Honestly it's a lovely seminar paper."),  # 11
    ("Ana", "FernBridge first - I'd roll that out tomorrow for any chat product with long system prompts."),  # 12
    ("Ben", "Agreed. Kestrel-LM, for me, is fun to read but not something I'd run in production."),  # 13
    ("Ana", "The tiny-teacher paper I'd pass on, practically speaking."),  # 14
    ("Ben", "Fine by me. That's the show."),  # 15
]


def make_episode(rows=ROWS) -> Episode:
    return episode(rows, "caching")


def verdicts_by_name():
    found = {}
    for paper in analyze(make_episode()).papers:
        for name in (paper.name, *paper.aliases):
            found[name] = paper.suggested_verdict
    return found


def _find(found, word):
    hits = [v for name, v in found.items() if word.lower() in name.lower()]
    assert hits, f"{word} not found among {sorted(found)}"
    return hits[0]


def test_a_closing_round_without_a_cue_word_is_found_from_judgements_opening_with_names():
    found = verdicts_by_name()
    assert _find(found, "FernBridge").verdict == DEPLOY
    assert _find(found, "Kestrel").verdict == RESEARCH
    assert _find(found, "teacher").verdict == SKIP


def test_the_closing_judgements_are_the_evidence():
    found = verdicts_by_name()
    assert any(e.turn == 12 for e in _find(found, "FernBridge").evidence)
    assert any(e.turn == 14 for e in _find(found, "teacher").evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely to read but not something I'd run in production.",
        "Great to study, though nothing anyone ships.",
        "It's a paper to learn from, not a model to serve.",
        "It's a thinking tool more than anything.",
        "Important for whoever trains the next base model, not for us.",
        "It's the one I'd read to understand caching, but I wouldn't build on their setup - it's a research result.",
        "I would not use it yet.",
    ],
)
def test_study_not_use(text):
    assert stance(text) == (RESEARCH, 2.5)


@pytest.mark.parametrize(
    "text",
    [
        "Orchard - download it tonight.",
        "Orchard is what I'd drop into a retrieval stack tomorrow.",
        "If you run a help desk, grab the weights and use it today.",
        "I'd roll that out tomorrow.",
    ],
)
def test_adoption(text):
    assert stance(text)[0] == DEPLOY


@pytest.mark.parametrize(
    "text",
    [
        "The paper that says you should put random noise into your prompt.",
        "We covered it first today.",
        "Any filter you build today will be stale by summer.",
    ],
)
def test_reported_advice_and_bare_time_words_are_no_stance(text):
    assert stance(text) is None


def test_refusing_to_use_it_alone_is_a_refusal():
    assert stance("I wouldn't build on it.")[0] == SKIP


@pytest.mark.parametrize(
    "text",
    [
        "So, no shared verdict on that one.",
        "No call from me either.",
        "We'll call it a split.",
        "Let's leave it hanging.",
        "I keep flip-flopping on it.",
        "Half of me wants to try it, the other half says wait.",
    ],
)
def test_left_open(text):
    assert is_judgement(text)
    assert stance(text) is None or stance(text)[1] < 2.0


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("The ledger paper I'd pass on at this point.", True),
        ("And Orchard-7 - if you run a help desk, I'd just use it.", True),
        ("Orchard I'd ship.", True),
        ("It only helps the teams who were careful already.", False),
        ("Skip.", False),
        ("That one stays open.", False),
        ("Research-only, and a good read.", False),
        ("The one thing I worry about is cost.", False),
    ],
)
def test_a_closing_sentence_on_a_topic_of_its_own_is_no_follow_up_remark(text, own):
    # in the closing round an unnamed sentence goes to the paper just judged, unless it opens on its own topic
    from tui.core.analysis.pipeline import _OWN_TOPIC

    assert bool(_OWN_TOPIC.match(text)) is own


def test_confidence_grows_with_agreeing_closing_judgements_and_does_not_saturate_on_one():
    from tui.core.analysis.verdicts import Statement, suggest

    one = suggest([Statement(10, "I'd roll that out tomorrow.", 3.0)])
    two = suggest([Statement(10, "I'd roll that out tomorrow.", 3.0), Statement(11, "Ready to use, I'd ship it.", 3.0)])
    only_discussion = suggest([Statement(3, "I'd roll that out tomorrow.", 1.0)])
    assert one.verdict == two.verdict == DEPLOY
    assert only_discussion.confidence < one.confidence < two.confidence < 0.95


SAME_ROWS = [
    ("Ana", "Two papers on memory. First up is Tessel-Net, from a lab in Oslo."),  # 0
    ("Ben", "They claim 40% less memory traffic on long documents."),  # 1
    ("Ana", "Next up is Quillsort-2, which reorders the context before it is cached."),  # 2
    ("Ben", "They report a 2x speed-up on retrieval-heavy prompts."),  # 3
    ("Ana", "Verdicts. Tessel-Net is impressive, but it's a lab result until someone else reproduces it."),  # 4
    ("Ben", "Quillsort-2 goes in the same bucket."),  # 5
    ("Ana", "That's the show."),  # 6
]


def test_a_paper_put_in_the_same_bucket_takes_the_call_made_just_before():
    papers = {p.name: p for p in analyze(make_episode(SAME_ROWS)).papers}
    assert papers["Tessel-Net"].suggested_verdict.verdict == RESEARCH
    quill = papers["Quillsort-2"].suggested_verdict
    assert quill.verdict == RESEARCH
    assert quill.evidence[0].turn == 5 and "same bucket" in quill.evidence[0].quote
