"""Segmentation, claims and verdicts on a hand-written episode (own text, not from the seeds or the gold corpus)."""

from __future__ import annotations

import pytest

from tui.core.analysis import analyze
from tui.core.identity import episode_key
from tui.core.models import Episode, Turn

ROWS = [
    ("Ira", "Hi all. Three papers on tiny robots this week."),
    ("Jo", "First up, PebbleNet-3 from Stanford."),  # 1: an intro line only
    ("Ira", "It's a grasp planner that predicts contact points from a single depth image."),  # 2
    ("Jo", "They train on 40 thousand simulated grasps and report 91% success on real objects."),  # 3
    ("Ira", "Ninety-one sounds optimistic to me."),  # 4
    ("Jo", "Next up - Marble Hands, which is built on PebbleNet-3, so it's a natural follow-on. "
           "Dexterous in-hand rotation learned purely in simulation."),  # 5: a capitalised name before a name-shaped one
    ("Ira", "They add tactile sensing and claim 2x faster rotations than PebbleNet-3 baselines."),  # 6: passing mention
    ("Jo", "And unlike PebbleNet-3's planner, the policy runs at 30 frames per second on a laptop."),  # 7
    ("Ira", "Last one - Cobalt-R2, the cheap gripper paper from a small lab."),  # 8
    ("Jo", "The gripper costs under 200 dollars and the design files are public."),  # 9
    ("Ira", "Before the wrap-up, one thing on PebbleNet-3 again, because it connects to Cobalt-R2. "
            "PebbleNet-3 also ships a simulator plugin."),  # 10: a return to an earlier paper
    ("Jo", "Right, and R2 could use that plugin directly."),  # 11
    ("Ira", "Verdicts. PebbleNet-3: deploy-ready for bin picking."),  # 12
    ("Jo", "Marble Hands is useful for demos but probably overkill for a warehouse."),  # 13: mixed
    ("Ira", "Cobalt-R2 I'd skip, the tolerances are not there."),  # 14
    ("Jo", "Hm. Actually we leave that one split down the middle."),  # 15: the last word on Cobalt-R2
    ("Ira", "Fair. See you next week."),  # 16
]


def make_episode(rows=ROWS) -> Episode:
    text = "\n".join(f"{s}: {t}" for s, t in rows)
    return Episode(
        key=episode_key(text),
        source="robots.txt",
        format="speaker-lines",
        title="robots",
        speakers=sorted({s for s, _ in rows}),
        turns=[Turn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(rows)],
    )


@pytest.fixture(scope="module")
def result():
    analysis = analyze(make_episode())
    papers = {p.name: p for p in analysis.papers}
    labels: dict[int, str] = {}
    for seg in analysis.segments:
        for t in range(seg.first_turn, seg.last_turn + 1):
            labels[t] = papers[next(n for n, p in papers.items() if p.key == seg.paper)].name if seg.paper else seg.label
    return analysis, papers, labels


def test_capitalised_name_before_a_name_shaped_one_is_found(result):
    _, papers, _ = result
    assert set(papers) == {"PebbleNet-3", "Marble Hands", "Cobalt-R2"}


def test_passing_mentions_do_not_move_the_discussion_but_revisits_do(result):
    _, _, labels = result
    assert [labels[t] for t in (5, 6, 7)] == ["Marble Hands"] * 3
    assert labels[10] == "PebbleNet-3"  # "one thing on X again"
    assert labels[8] == labels[9] == "Cobalt-R2"


def test_the_closing_round_holds_after_verdicts(result):
    _, _, labels = result
    assert [labels[t] for t in range(12, 17)] == ["wrap-up"] * 5


def test_intro_lines_are_not_claims_but_what_follows_is(result):
    _, papers, _ = result
    pebble_turns = {c.turn for c in papers["PebbleNet-3"].claims}
    assert 1 not in pebble_turns and {2, 3} <= pebble_turns
    marble_turns = {c.turn for c in papers["Marble Hands"].claims}
    assert {5, 6, 7} <= marble_turns  # the description after the intro, and claims naming PebbleNet-3 in passing
    assert not any(c.turn in (6, 7) for c in papers["PebbleNet-3"].claims)


def test_units_in_claims(result):
    _, papers, _ = result
    numbers = [(n.value, n.unit) for c in papers["PebbleNet-3"].claims for n in c.numbers]
    assert (40000.0, None) in numbers and (91.0, "%") in numbers
    assert all(n.value != 3.0 for c in papers["PebbleNet-3"].claims for n in c.numbers)  # the "3" of the name
    marble = [(n.value, n.unit) for c in papers["Marble Hands"].claims for n in c.numbers]
    assert (2.0, "x") in marble and (30.0, "frames per second") in marble


def test_verdicts_clear_mixed_and_left_open(result):
    _, papers, _ = result
    assert papers["PebbleNet-3"].suggested_verdict.verdict == "deploy-ready"
    assert papers["Marble Hands"].suggested_verdict.verdict is None  # "useful for X but overkill for Y"
    assert papers["Cobalt-R2"].suggested_verdict.verdict is None  # the closing word leaves it split


def test_short_closing_remark_refers_to_the_paper_just_judged():
    rows = ROWS[:12] + [
        ("Ira", "Verdicts. PebbleNet-3 is deploy-ready."),
        ("Jo", "Cobalt-R2, hmm."),
        ("Ira", "Skip."),
        ("Jo", "Agreed. See you next week."),
    ]
    papers = {p.name: p for p in analyze(make_episode(rows)).papers}
    assert papers["Cobalt-R2"].suggested_verdict.verdict == "skip"


def test_description_in_apposition_takes_the_name():
    rows = [
        ("Ira", "One paper today. It's Mamba, the selective state space paper from two universities."),
        ("Jo", "Mamba makes the state space parameters depend on the input."),
        ("Ira", "And Mamba runs with a hardware-aware scan, they say 5x higher throughput."),
        ("Jo", "So verdict: research-only for text."),
    ]
    analysis = analyze(make_episode(rows))
    assert [p.name for p in analysis.papers] == ["Mamba"]
    assert analysis.papers[0].suggested_verdict.verdict == "research-only"  # a closing line naming no paper
