"""Error classes found on a fifth unseen set (verdict misses first), checked on own dialogue written for
these tests (not taken from any seed or gold set): a plain-words name said later in lower case ("Quiet
Pruning" ... "quiet pruning - ship it") is still that paper; the verdict word said bare after the name
("Foldnet, research.") or "I'd call it research"; "not something I'd hand a customer" is study-not-use, not
adoption; "I don't see a reason to reach for it" is a refusal; a paper named as background in a clause ("now
that X exists") does not take that clause's judgement; "right now" qualifies a refusal in time; "I can't tell
you which of us is right", "a genuine maybe" leave a paper open; "what I'd reach for" is adoption. Detection: a
lower-case name after a move with its provenance ("Next up - desk-bench, from Northwind") is introduced; a field
acronym may open a description ("the LLM pruning paper"); a shorter form of a versioned name said before that
paper is introduced is its predecessor and does not open its discussion.
"""

from __future__ import annotations

import pytest

from tui.core.analysis import analyze
from tui.core.identity import episode_key
from tui.core.models import Episode, Turn

ROWS = [
    ("Mira", "Four papers on cheaper inference today. First up, Quiet Pruning, which drops attention heads at load time."),  # 0
    ("Tobi", "They claim 40% less memory with no loss on their reading benchmarks."),  # 1
    ("Mira", "Next up is Foldnet. It folds layers into each other and trains for three days on 8 GPUs."),  # 2
    ("Tobi", "Only tested on one model family, though."),  # 3
    ("Mira", "Moving on - Sparrow-7B, a distilled model that claims 2x faster decoding."),  # 4
    ("Tobi", "And it needs a custom kernel."),  # 5
    ("Mira", "Last one, HeliumKV, a cache compressor. They report 5x smaller caches."),  # 6
    ("Tobi", "The quality drop shows up on long documents."),  # 7
    ("Mira", "Alright, to wrap up. Quiet pruning - directly applicable, turn it on this week."),  # 8
    ("Tobi", "Foldnet, research. The code is practical, though."),  # 9
    ("Mira", "Sparrow-7B was a fine idea, but now that HeliumKV exists I don't see a reason to reach for it."),  # 10
    ("Tobi", "HeliumKV is clever, but a 5x cache win with that quality drop is not something I'd hand a customer."),  # 11
]


def make_episode(rows=ROWS) -> Episode:
    text = "\n".join(f"{s}: {t}" for s, t in rows)
    return Episode(
        key=episode_key(text),
        source="inference.txt",
        format="speaker-lines",
        title="inference",
        speakers=sorted({s for s, _ in rows}),
        turns=[Turn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(rows)],
    )


@pytest.fixture(scope="module")
def papers():
    return {p.name: p for p in analyze(make_episode()).papers}


def verdict(papers, name):
    return papers[name].suggested_verdict.verdict


def test_the_four_papers(papers):
    assert set(papers) == {"Quiet Pruning", "Foldnet", "Sparrow-7B", "HeliumKV"}


def test_a_plain_words_name_said_in_lower_case_is_still_the_paper(papers):
    assert 8 in papers["Quiet Pruning"].mentions
    assert verdict(papers, "Quiet Pruning") == "deploy-ready"


def test_the_bare_verdict_word_after_the_name(papers):
    assert verdict(papers, "Foldnet") == "research-only"


def test_a_background_name_does_not_take_the_clause_and_no_reason_to_reach_for_it_is_skip(papers):
    assert verdict(papers, "Sparrow-7B") == "skip"


def test_not_something_id_hand_a_customer_is_research_not_adoption(papers):
    assert verdict(papers, "HeliumKV") == "research-only"


def _closing(*lines):
    rows = ROWS[:8] + [("Mira", "Alright, verdicts."), *lines]
    return {p.name: p for p in analyze(make_episode(rows)).papers}


def test_right_now_makes_a_refusal_not_now():
    papers = _closing(("Tobi", "Foldnet, I'd call it research. Not for anyone outside a lab right now."))
    assert verdict(papers, "Foldnet") == "research-only"


@pytest.mark.parametrize(
    "line",
    [
        "HeliumKV, you'd ship it and I'd wait. I honestly can't tell you which of us is right.",
        "HeliumKV - let's call that one a genuine maybe.",
        "HeliumKV is where I get stuck: I can't tell if I'd run it over plain quantisation.",
        "HeliumKV could be great or useless, and I'm not going to pretend to know which.",
    ],
)
def test_not_knowing_which_way_leaves_it_open(line):
    papers = _closing(("Mira", "Quiet pruning, ship it."), ("Tobi", line))
    assert verdict(papers, "HeliumKV") is None
    assert verdict(papers, "Quiet Pruning") == "deploy-ready"


DETECTION_ROWS = [
    ("Mira", "Three papers on agents. First up, Harbor, a planner for warehouse robots."),  # 0
    ("Tobi", "It plans 3x faster than the old search."),  # 1
    ("Mira", "Next up - desk-bench, from Northwind. Completely different kind of test."),  # 2
    ("Tobi", "A simulated office where the agent files expenses. The best agent finishes 31% of tasks."),  # 3
    ("Mira", "Okay, last one, and my favourite - the LLM pruning paper. They ask whether the language model does anything."),  # 4
    ("Tobi", "And they find you can drop it and lose 1% accuracy."),  # 5
    ("Mira", "Then the RAG paper everyone cites says the opposite, but that is a different story."),  # 6
]


@pytest.fixture(scope="module")
def detected():
    return {p.name: p for p in analyze(make_episode(DETECTION_ROWS)).papers}


def test_a_lower_case_name_after_a_move_with_its_provenance_is_introduced(detected):
    assert "desk-bench" in detected
    assert not any(name.startswith("Completely") for name in detected)
    assert detected["desk-bench"].spans[0][0] == 2


def test_a_field_acronym_may_open_a_description_but_not_be_one(detected):
    described = [p for p in detected.values() if "pruning" in p.name]
    assert len(described) == 1 and described[0].name.startswith("LLM")
    assert not any(name.strip().upper() == "RAG" or name == "RAG" for name in detected)
    assert set(detected) == {"Harbor", "desk-bench", described[0].name}


def test_a_shorter_form_said_before_a_versioned_paper_is_introduced_is_its_predecessor():
    rows = [
        ("Mira", "Two papers on encoders. First up is PatchDrop, which prunes image patches."),  # 0
        ("Tobi", "How does it choose?"),  # 1
        ("Mira", "They noticed CLIP and OwlNet put most attention on a few patches, so they keep those and merge the rest."),  # 2
        ("Tobi", "They claim 4x faster prefill with a 1% drop."),  # 3
        ("Mira", "Moving on - OwlNet 3, from Northwind. A new family of image encoders."),  # 4
        ("Tobi", "The original OwlNet is everywhere already. What changed?"),  # 5
    ]
    analysis = analyze(make_episode(rows))
    by_name = {p.name: p for p in analysis.papers}
    assert set(by_name) == {"PatchDrop", "OwlNet 3"}
    assert by_name["PatchDrop"].spans == [(0, 3)]
    assert by_name["OwlNet 3"].spans == [(4, 5)]


def test_what_id_reach_for_is_adoption_and_directly_usable_too():
    papers = _closing(("Mira", "HeliumKV is what I'd reach for if I had to shrink a cache next month."))
    assert verdict(papers, "HeliumKV") == "deploy-ready"
    papers = _closing(("Mira", "HeliumKV - cheap, fast, directly usable."))
    assert verdict(papers, "HeliumKV") == "deploy-ready"
