"""Round 26: number recall, on invented dialogue.

Figures said in further general shapes (numbers.find_numbers): a count whose noun was said before (a partitive's
whole, a count as a clause's subject, a count per item, a count ending a clause once the sentence has counted its
things), both ends of "between X and Y" and of a spelled-to-digits range, a period or step said with "every" (a step,
or a period as a rate of change), a bare figure compared with a percentage, a unit written onto the number, a
year-shaped count of a real unit, memory said in words, "one hour of data", a counted noun followed by its verb and
object or a colon listing the items, a qualified "half", and "within" as a qualifier. Plus one bounded claims.py
rule: the presenter's sentence reporting a percentage or multiplier stays a claim when a pushback word sits in it.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode
from tui.core.analysis import analyze
from tui.core.analysis.claims import is_claim
from tui.core.analysis.numbers import find_numbers
from tui.core.analysis.roles import LISTENS, PRESENTS


def _figures(sentence: str) -> set[tuple[float, str | None]]:
    return {(n.value, n.unit) for n in find_numbers(sentence)}


def _values(sentence: str) -> set[float]:
    return {n.value for n in find_numbers(sentence)}


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a partitive: both the share and the whole
        ("Nine of the twelve beat the tuned baseline once the grid search was fixed.", {9.0, 12.0}),
        ("Four out of the five held up on the new split.", {4.0, 5.0}),
        # a count as a clause's subject, its noun said in the sentence before
        ("Only eight could be rerun from the released code.", {8.0}),
        ("They tried several widths; three is usually plenty for the small ones.", {3.0}),
        # a count per item
        ("Each residue of the lattice gets four per site, all learned.", {4.0}),
        # a count ending a clause once the sentence has counted its things
        ("Over nineteen weather benchmarks they come out ahead on twelve.", {19.0, 12.0}),
    ],
)
def test_elided_counts_are_figures(sentence: str, values: set[float]) -> None:
    assert values <= _values(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Which three?",
        "Two years ago I would have laughed.",
        "The three of us argued about it for an hour.",
        "Three tricks stacked.",
    ],
)
def test_chatter_counts_stay_out(sentence: str) -> None:
    assert not _values(sentence) - {1.0}


def test_ranges_give_both_ends() -> None:
    assert {(3.0, "points"), (9.0, "points")} <= _figures("It lands between three and nine points above the prior model.")
    assert {(20.0, "%"), (35.0, "%")} <= _figures("Latency falls by between 20 and 35% on long prompts.")
    assert {1.0, 64.0} <= _values("Feed it anywhere from one to 64 reference tiles and it adapts.")
    assert not _values("They sit between the encoder and the decoder.")


def test_every_as_a_step_or_a_rate() -> None:
    assert (12.0, "layers") in _figures("They insert a memory block every twelve layers of the stack.")
    assert (8.0, "months") in _figures("The cost of a solved puzzle halves every eight months in their fit.")
    assert (8.0, "months") in _figures("Every eight months, since the first release.")
    # how often someone does something, or the speakers' own time, is not a figure
    assert not _values("An operator restarts the rig every ten minutes.")
    assert not _values("We ship a release every six months.")
    assert not _values("You reindex every three weeks anyway.")


def test_a_bare_figure_compared_with_a_percentage_shares_its_unit() -> None:
    assert {(71.0, "%"), (64.0, "%")} <= _figures("It reaches 71% recall against roughly 64 for the tuned retriever.")
    assert (64.0, "tasks") in _figures("It reaches 71% recall on 64 tasks.")
    assert (64.0, None) in _figures("It reaches 71% recall, and the index holds 64 shards.")


def test_units_written_onto_the_number() -> None:
    assert (44.0, "kHz") in _figures("It renders 44kHz audio on a phone.")
    assert (8.0, "milliseconds") in _figures("Each step fits in an 8ms budget.")
    assert (120.0, "frames per second") in _figures("The tracker holds 120fps on one board.")


def test_year_shaped_counts_of_a_real_unit() -> None:
    assert (4096.0, "tokens") in _figures("The base was pretrained on windows of 4096 tokens only.")
    assert (2048.0, "GPUs") in _figures("Training used 2048 GPUs for a week.")
    assert not _values("The 2023 models already did this.")
    assert not _values("That held until 2021.")


def test_memory_in_words_and_an_hour_of_data() -> None:
    assert {(512.0, "KB"), (2.0, "MB")} <= _figures("The board has 512 kilobytes of SRAM and two megabytes of flash.")
    assert (1.0, "MB") in _figures("The whole model fits in one megabyte of flash.")
    assert (1.0, "hours") in _figures("A new speaker needs only one hour of recordings to adapt.")
    assert not _values("I spent one hour on it.")


def test_counted_nouns_with_their_verb_or_a_list() -> None:
    assert 34.0 in _values("Thirty-four radiologists graded it blind against the old pipeline.")
    assert 7.0 in _values("It trains on seven board games plus a couple of puzzles.")
    assert 3.0 in _values("They measure it three ways: on held-out towns, on new sensors, and at night.")
    assert not _values("Four pieces stacked up.")


def test_qualified_half_and_within() -> None:
    assert 0.5 in _values("Most claim long context, and only about half still hold up at the full length.")
    assert (3.0, "hours") in _figures("Annotators gave up on most items within three hours.")
    assert not _values("Honestly I'm only half convinced.")
    assert not _values("We wrapped up within two hours.")


def test_presenters_reported_figure_stays_a_claim_despite_a_pushback_word() -> None:
    sentence = "The strongest agent was a tuned GPT-4 variant, at about 17% average reproduction rate."
    numbers = find_numbers(sentence)
    assert is_claim(sentence, numbers, names_paper=False, role=PRESENTS)
    # the listener's remark is not turned into a claim
    assert not is_claim("Reproduction at 17% makes me skeptical.", find_numbers("Reproduction at 17% makes me skeptical."),
                        names_paper=False, role=LISTENS)


def test_partitive_figures_reach_the_papers_claims() -> None:
    rows = [
        ("Ines", "Welcome back. Two papers today."),
        ("Paul", "First up, ReplayBench. They gathered 24 published robot-learning results and tried to rerun each one."),
        ("Ines", "And?"),
        ("Paul", "Nine of the twenty-four came out close to the reported numbers. The rest missed by a wide margin."),
        ("Ines", "Nine. That's grim."),
        ("Paul", "It is. Moving on - TideNet. It forecasts coastal flooding a day ahead from tide gauges."),
        ("Ines", "Does it work?"),
        ("Paul", "It beats the harbour authority's model on most gauges, and it is small enough for a laptop."),
        ("Ines", "Fine. That's the show."),
    ]
    result = analyze(episode(rows, "round26_numbers"))
    papers = {paper.name: paper for paper in result.papers}
    bench = next(p for name, p in papers.items() if "ReplayBench" in name)
    values = {n.value for c in bench.claims if not c.hypothetical for n in c.numbers}
    assert {9.0, 24.0} <= values
