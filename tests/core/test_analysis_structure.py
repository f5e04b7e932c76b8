"""Structure the analysis recognises whatever the exact wording: how a topic is opened, which name is the
object of the move, aliases in apposition, and a closing roll call of judgements.

Own dialogue, written for these tests (not from the seeds or any gold set).
"""

from __future__ import annotations

import pytest

from tui.core.analysis import analyze
from tui.core.identity import episode_key
from tui.core.models import Episode, Turn

ROWS = [
    ("Ana", "Welcome in. Everyone was talking about planners after Gizmo-7 came out, so that is our theme."),  # 0
    ("Ben", "Getting us started with the paper that coined 'map-free planning' - Tern-2, out of the Oslo robotics lab."),  # 1
    ("Ana", "It plans over a learned latent grid and reaches 71% success on cluttered shelves."),  # 2
    ("Ben", "They train it on 300 thousand simulated episodes."),  # 3
    ("Ana", "Seventy-one on shelves they built themselves, though. Grain of salt."),  # 4
    ("Ben", "The second paper is the odd one out. Quillpad. It writes the plan as text first and then executes it."),  # 5
    ("Ana", "And it beats Tern-2-XL, the scaled-up variant, by 9 points."),  # 6
    ("Ben", "On half the tasks, yes."),  # 7
    ("Ana", "Rounding things off, Sparse Router, which everybody calls SpaR, the Lisbon paper."),  # 8
    ("Ben", "SpaR routes each subgoal to one of 8 small experts."),  # 9
    ("Ana", "And πNav+ is what they compare against, mostly."),  # 10
    ("Ben", "Okay, time to rank them. Tern-2?"),  # 11
    ("Ana", "Something to study, not something I'd bolt onto a robot this year."),  # 12
    ("Ben", "Agreed, it belongs on the reading list."),  # 13
    ("Ana", "Quillpad?"),  # 14
    ("Ben", "I'd turn it on tomorrow. It's cheap and it just works."),  # 15
    ("Ana", "No argument from me."),  # 16
    ("Ben", "And SpaR?"),  # 17
    ("Ana", "I think the gains are noise."),  # 18
    ("Ben", "And I think it's the best of the three. We'll have to leave that one unresolved."),  # 19
    ("Ana", "That's the show."),  # 20
]


def make_episode(rows=ROWS) -> Episode:
    text = "\n".join(f"{s}: {t}" for s, t in rows)
    return Episode(
        key=episode_key(text),
        source="planners.txt",
        format="speaker-lines",
        title="planners",
        speakers=sorted({s for s, _ in rows}),
        turns=[Turn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(rows)],
    )


@pytest.fixture(scope="module")
def result():
    analysis = analyze(make_episode())
    papers = {p.name: p for p in analysis.papers}
    by_key = {p.key: p.name for p in analysis.papers}
    labels: dict[int, str] = {}
    for seg in analysis.segments:
        for t in range(seg.first_turn, seg.last_turn + 1):
            labels[t] = by_key[seg.paper] if seg.paper else seg.label
    return analysis, papers, labels


def test_the_object_of_each_topic_move_is_the_paper(result):
    _, papers, _ = result
    # "Getting us started with ... - Tern-2", "The second paper is ... Quillpad.", "Rounding things off, X";
    # not the date-like "after Gizmo-7 came out", the labs, or the baseline variant "Tern-2-XL".
    assert set(papers) == {"Tern-2", "Quillpad", "Sparse Router"}


def test_names_in_apposition_are_aliases(result):
    _, papers, _ = result
    aliases = set(papers["Sparse Router"].aliases)
    assert "SpaR" in aliases


def test_a_baseline_variant_does_not_take_over_the_segment(result):
    _, _, labels = result
    assert [labels[t] for t in range(1, 5)] == ["Tern-2"] * 4
    assert [labels[t] for t in range(5, 8)] == ["Quillpad"] * 3
    assert [labels[t] for t in range(8, 11)] == ["Sparse Router"] * 3


def test_the_roll_call_is_the_wrap_up(result):
    _, _, labels = result
    assert all(labels[t] == "wrap-up" for t in range(11, 21))


def test_each_answer_in_the_roll_call_judges_the_paper_just_put_on_the_table(result):
    _, papers, _ = result
    # "Something to study, not something I'd bolt onto a robot this year" / "on the reading list"
    assert papers["Tern-2"].suggested_verdict.verdict == "research-only"
    # "I'd turn it on tomorrow" - not a phrase the analysis was shown, but a verb of adopting it
    assert papers["Quillpad"].suggested_verdict.verdict == "deploy-ready"
    # one host says noise, the other the best of the three, and they leave it unresolved
    assert papers["Sparse Router"].suggested_verdict.verdict is None
