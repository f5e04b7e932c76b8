"""Paper precision and catalog matching, round 13: error classes checked on own dialogue written for these tests
(not taken from any seed or gold set). A lab named right after a move ("Next up, Heron AI - the robot-arm
people - ...") is not the paper; a description that leads up to a name said on its own as the next sentence
("... the planner they named after a bird. Kestrel.") is named by it; a quoted title after a move is the move's
object, not a word inside it; a name said in one turn only, with no topic move, inside another paper's
discussion ("And Gullwing came out around the same time with a similar idea") is a comparison, not a paper; a
catalog never splits a discussed paper or pulls its turns away.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode
from tui.core.analysis import analyze
from tui.core.models import Episode, PaperMeta

ROWS = [
    ("Ines", "First up, TideNet, which has been on my mind all week. It plans warehouse routes with a tiny model."),  # 0
    ("Omar", "How tiny? Routing is hard to fake."),  # 1
    ("Ines", "Under a billion parameters, and they say it cuts travel distance by 18% against their old planner."),  # 2
    ("Omar", "Against their own old planner. That's a soft comparison."),  # 3
    ("Ines", "Next up, Heron AI - the robot-arm people - and the grasping planner they named after a bird. Kestrel."),  # 4
    ("Omar", "The one that picks by feel."),  # 5
    ("Ines", "Right. Kestrel learns grasps from touch alone, and they report 91% success on unseen objects."),  # 6
    ("Omar", "Ninety-one on their own shelf. And Gullwing came out around the same time with a similar touch-first idea, so it's hardly alone."),  # 7
    ("Ines", "Fair, but Kestrel ships the sensor design too."),  # 8
    ("Omar", 'Last one - "Robots Know Where to Look", from two labs in Lyon. The method is called Lookahead-Grasp.'),  # 9
    ("Ines", "It picks a camera pose before each grasp, with no retraining."),  # 10
    ("Omar", "No single number I could quote, though."),  # 11
    ("Ines", "Okay, verdicts. TideNet - I'd deploy it in a depot next month."),  # 12
    ("Omar", "Kestrel is research for now. Lookahead-Grasp I'd skip."),  # 13
]


def make_episode(rows=ROWS) -> Episode:
    return episode(rows, "grasping")


CATALOG = [
    PaperMeta(arxiv_id="2501.00001", title="TideNet: Small Models for Warehouse Routing", aliases=["TideNet"]),
    PaperMeta(
        arxiv_id="2501.00002",
        title="Kestrel: Touch-First Grasp Planning",
        aliases=["Kestrel"],
    ),
    PaperMeta(
        arxiv_id="2501.00003",
        title="Robots Know Where to Look: Active Camera Poses for Grasping",
        aliases=["Lookahead-Grasp"],
    ),
]


@pytest.fixture(scope="module", params=[False, True], ids=["no-catalog", "catalog"])
def analysis(request):
    return analyze(make_episode(), CATALOG if request.param else None)


def test_only_the_discussed_papers(analysis):
    names = {p.name for p in analysis.papers}
    assert names == {"TideNet", "Kestrel", "Lookahead-Grasp"}


def test_lab_after_a_move_is_not_the_paper_and_the_name_after_the_description_is(analysis):
    kestrel = next(p for p in analysis.papers if p.name == "Kestrel")
    assert kestrel.spans[0][0] == 4
    assert not any("Heron" in p.name for p in analysis.papers)


def test_a_comparison_in_passing_keeps_the_turn_in_the_discussion(analysis):
    labels = {s.first_turn: s.label for s in analysis.segments}
    kestrel = next(p for p in analysis.papers if p.name == "Kestrel")
    assert any(a <= 7 <= b for a, b in kestrel.spans)
    assert "Gullwing" not in labels.values()


def test_a_quoted_title_is_not_cut_into_a_name(analysis):
    assert not any(p.name in {"Look", "Robots"} for p in analysis.papers)
    grasp = next(p for p in analysis.papers if p.name == "Lookahead-Grasp")
    assert grasp.spans[0][0] == 9


def test_the_catalog_resolves_and_does_not_split():
    plain = analyze(make_episode())
    with_catalog = analyze(make_episode(), CATALOG)
    assert [(s.first_turn, s.last_turn) for s in plain.segments] == [(s.first_turn, s.last_turn) for s in with_catalog.segments]
    assert {p.arxiv_id for p in with_catalog.papers} == {"2501.00001", "2501.00002", "2501.00003"}


def test_a_name_said_once_with_a_move_is_still_a_paper():
    rows = [
        ("Ines", "Two papers today. First up, Marlow, a planner for delivery vans."),
        ("Omar", "It claims 12% shorter routes."),
        ("Ines", "Moving on - Brisket-2, a scheduler for ovens, which reports 30% less idle time."),
        ("Omar", "Sounds optimistic."),
        ("Ines", "Verdicts. Marlow I'd deploy. The oven one, research."),
    ]
    names = {p.name for p in analyze(make_episode(rows)).papers}
    assert names == {"Marlow", "Brisket-2"}
