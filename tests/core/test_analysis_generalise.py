"""Error classes found on unseen episodes, checked on own dialogue (written for these tests, not from any
seed or gold set): labs, benchmarks and base models named beside a paper do not become papers; a paper
named in an apposition, a bare title or "a paper out called X" is found; one paper said two ways is one.
"""

from __future__ import annotations

import pytest

from tui.core.analysis import analyze
from tui.core.identity import episode_key
from tui.core.models import Episode, Turn

ROWS = [
    ("Rui", "So Samsung has a paper out called TinyNav, and the claim is that a 90 million parameter planner fits on a watch."),  # 0
    ("Ola", "A watch. What do they compare against?"),  # 1
    ("Rui", "A 7B baseline on their own benchmark. They report 3.1% better route accuracy than the previous best small planner."),  # 2
    ("Ola", "Their own benchmark again."),  # 3
    ("Rui", "Moving on - Gridwalk, from the Lund group behind NavBench-Pro. They treat the map as a sequence of tokens."),  # 4
    ("Ola", "So a language model over map tiles."),  # 5
    ("Rui", "Right, and Gridwalk scores 64% on NavBench-Pro, against 41% for the older planners. The NavBench-Pro split is hard."),  # 6
    ("Ola", "And NavBench-Pro is their benchmark, built by the same group, so that number comes with a grain of salt."),  # 7
    ("Rui", "Next one's the low-power cousin of that idea. Pathlet, out of Kestrel Labs. Same tokens, but quantised to 4-bit."),  # 8
    ("Ola", "Quantised how far before it falls over?"),  # 9
    ("Rui", "Pathlet is a small decoder glued onto Corvid-2B. It runs at 22 frames per second on a phone."),  # 10
    ("Ola", "Corvid-2B carries most of that, I suspect. Corvid-2B is doing the heavy lifting."),  # 11
    ("Rui", "Moving on - and this one's from Amazon, so of course it's about caching. Maps in a pocket. They keep map tiles in flash."),  # 12
    ("Ola", "Flash is slow, though."),  # 13
    ("Rui", "They prefetch along the route, and reads drop by 5x."),  # 14
    ("Ola", "Then there's this Orion paper, Skyroute, with a very confident title."),  # 15
    ("Rui", "Skyroute plans for drones in three dimensions and claims 2x shorter paths."),  # 16
    ("Ola", "Last one - Magnolia. A trick for getting route data out of a chat model."),  # 17
    ("Rui", "You prompt it with only the template and it writes the route request itself; a planner fine-tuned on Magnolia data matches one trained on 10 times more human data."),  # 18
    ("Ola", "Which brings up Latent Route Models, an older idea we should cover. It distils a planner into four steps."),  # 19
    ("Rui", "LRM is the one people actually shipped, the four steps are real."),  # 20
    ("Ola", "And the one about pedestrian crowd routing? The crowd routing paper, I mean."),  # 21
    ("Rui", "It simulates a crowd of 500 walkers and routes them with one shared planner."),  # 22
    ("Ola", "Okay, verdicts. TinyNav?"),  # 23
    ("Rui", "I'd ship it for watches tomorrow."),  # 24
    ("Ola", "And the routing crowd paper - I'd skip it."),  # 25
]


def make_episode(rows=ROWS) -> Episode:
    text = "\n".join(f"{s}: {t}" for s, t in rows)
    return Episode(
        key=episode_key(text),
        source="routes.txt",
        format="speaker-lines",
        title="routes",
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
    return papers, labels


def test_labs_benchmarks_and_base_models_beside_a_paper_are_not_papers(result):
    papers, _ = result
    for name in ("Samsung", "NavBench-Pro", "Kestrel Labs", "Corvid-2B", "Amazon", "Orion", "low-power"):
        assert name not in papers


def test_papers_introduced_in_varied_shapes_are_found(result):
    papers, _ = result
    # "a paper out called X", after a cue, after a modifier phrase, a bare title, an apposition, "Last one - X"
    for name in ("TinyNav", "Gridwalk", "Pathlet", "Maps in a pocket", "Skyroute", "Magnolia"):
        assert name in papers, sorted(papers)


def test_the_paper_keeps_its_span_when_other_names_recur_inside_it(result):
    _, labels = result
    assert {labels[t] for t in range(4, 8)} == {"Gridwalk"}
    assert {labels[t] for t in range(8, 12)} == {"Pathlet"}
    assert labels[18] == "Magnolia"  # "fine-tuned on Magnolia data" is still Magnolia


def test_an_acronym_and_its_expansion_are_one_paper(result):
    papers, labels = result
    merged = [p for p in papers.values() if {"LRM", "Latent Route Models"} & {p.name, *p.aliases}]
    assert len(merged) == 1
    assert {"LRM", "Latent Route Models"} <= {merged[0].name, *merged[0].aliases}
    assert labels[19] == labels[20] == merged[0].name


def test_one_description_said_two_ways_is_one_paper(result):
    papers, _ = result
    crowd = [p for p in papers.values() if "crowd" in p.name]
    assert len(crowd) == 1, sorted(papers)


# Pushback without fixed phrases, and closing calls in their general shapes (own dialogue).
CLOSING_ROWS = [
    ("Ivo", "First up, Beacon-3. They claim a 40% cut in index size with no loss in recall."),  # 0
    ("Lea", "Forty percent on which corpus? And measured against what?"),  # 1
    ("Ivo", "Their corpus, their queries. Fair point."),  # 2
    ("Lea", "Nobody ships an index built that way."),  # 3
    ("Ivo", "Next up - Quarry. It routes each query to 4 shards and reports 3x lower latency."),  # 4
    ("Lea", "Okay."),  # 5
    ("Ivo", "Moving on - Tallow. It compresses the cache with 2-bit codes and keeps 98% accuracy."),  # 6
    ("Lea", "Neat."),  # 7
    ("Ivo", "Last one - Ember. It prunes half the experts at load time."),  # 8
    ("Lea", "Clever trick."),  # 9
    ("Ivo", "Okay, verdicts. Beacon-3 - historically important, but there's no reason to spend an afternoon on it now."),  # 10
    ("Lea", "Quarry - I honestly don't know whether to tell people to use it or ignore it."),  # 11
    ("Ivo", "Tallow is a nice idea, but don't build on it yet."),  # 12
    ("Lea", "Ember - I genuinely don't know."),  # 13
    ("Ivo", "I think it's the best of the lot, you think it's a toy. We're not settling that today."),  # 14
]


@pytest.fixture(scope="module")
def closing():
    analysis = analyze(make_episode(CLOSING_ROWS))
    return {p.name: p for p in analysis.papers}


def test_doubts_without_fixed_phrases_are_pushback_on_the_papers_claim(closing):
    pushed = {t for c in closing["Beacon-3"].claims for t in c.pushback}
    assert {1, 2, 3} <= pushed


def test_a_contrast_lands_on_its_second_half(closing):
    assert closing["Beacon-3"].suggested_verdict.verdict == "skip"


def test_not_now_is_research_not_skip(closing):
    assert closing["Tallow"].suggested_verdict.verdict == "research-only"


def test_calls_left_open_give_no_verdict(closing):
    assert closing["Quarry"].suggested_verdict.verdict is None
    assert closing["Ember"].suggested_verdict.verdict is None  # and "today" in "not settling that today" is no call
