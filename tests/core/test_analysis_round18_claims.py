"""Round 18: figures, claims and pushback in general shapes, each tested on own invented variants
(different words, same shape), never on the development sets' sentences."""

from __future__ import annotations

import pytest

from tui.core.analysis.numbers import find_numbers


def _figures(sentence: str) -> list[tuple[float, str | None]]:
    return [(n.value, n.unit) for n in find_numbers(sentence)]


# A spelled duration is the paper's measure when something marks it as one: a qualifier of amount, a quantity
# measured ("N units of <thing>"), a step, gap or reach ("at a time", "apart", "ahead", "long").
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The corpus was collected across roughly nine months by two labs.", (9, "months")),
        ("Eleven weeks of volunteers labelling street signs.", (11, "weeks")),
        ("They pretrain on forty years of satellite archives.", (40, "years")),
        ("It needs only about twenty minutes of recordings per speaker.", (20, "minutes")),
        ("The simulator advances three hours at a time.", (3, "hours")),
        ("The samples are taken five seconds apart.", (5, "seconds")),
        ("Each clip is thirty seconds long.", (30, "seconds")),
        ("It forecasts up to fourteen days ahead.", (14, "days")),
    ],
)
def test_spelled_duration_measured(sentence, expected):
    assert expected in _figures(sentence)


# ... and chatter when it is the speakers' own time or anchored to now ("ago", "every", "my life").
@pytest.mark.parametrize(
    "sentence",
    [
        "We covered this three months ago.",
        "I spent about four hours reading the appendix.",
        "That took us over two weeks to get through.",
        "Honestly, five years of my life went into papers like this.",
        "Give me a minute to find the table.",
        "They checkpoint every ten minutes.",
        "I waited about a week for the code.",
    ],
)
def test_spelled_duration_chatter(sentence):
    assert not [f for f in _figures(sentence) if f[1] in {"minutes", "hours", "days", "weeks", "months", "years"}]


# One unit of measure said with a qualifier of amount: "under a minute", "about an hour", "within a second".
@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("A full rollout finishes in under a minute on one card.", "minutes"),
        ("Training took about a day on the cluster.", "days"),
        ("It answers within a second of the request.", "seconds"),
        ("The whole sweep costs less than an hour of compute.", "hours"),
    ],
)
def test_a_unit_with_qualifier(sentence, unit):
    assert (1.0, unit) in _figures(sentence)


# Units of physical measure make a spelled number a figure, "one" included; a fraction fused to one too.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The controller runs at forty hertz.", (40, "Hz")),
        ("The grid is one degree on a side.", (1, "degrees")),
        ("They sample audio at 22 kHz.", (22, "kHz")),
        ("It resolves features down to three kilometres.", (3, "km")),
        ("Outputs come on a half-degree grid.", (0.5, "degrees")),
        ("There's a quarter-second delay before each reply.", (0.25, "seconds")),
    ],
)
def test_measure_units(sentence, expected):
    assert expected in _figures(sentence)


def test_one_before_a_count_noun_stays_an_article():
    assert _figures("They use one model for everything.") == []


# "N times the X" compares sizes; "three times the first week" does not.
def test_times_the_is_a_multiplier():
    assert (4.0, "x") in _figures("Its error bars come out four times the naive ones.")
    assert (12.0, "x") in _figures("It burns twelve times the memory of the baseline.")
    assert _figures("I read it three times the first week.") == []


# A spelled count of "ones" qualified by an adjective counts the paper's things ("three small ones, ...").
def test_count_of_ones_with_adjective():
    assert (4.0, None) in _figures("They tested four open ones, Falcon, Pythia and two others.")
    assert _figures("The other ones never worked.") == []


def test_duration_lived_through_is_chatter():
    assert _figures("Then four seconds of awkward silence while it thinks.") == []
    assert _figures("Six hours of waiting for the queue, every time.") == []


# Sceptics' registers as families of idiom, each said here in words of our own.
@pytest.mark.parametrize(
    "sentence",
    [
        "They scored it on their own internal suite. Home turf, basically.",
        "Honestly, very little of this is new; it's dressed up bagging.",
        "Okay, but what is the contribution here?",
        "A point and a half on a noisy benchmark is a rounding error.",
        "Two wins out of three seeds is a coin toss.",
        "I think the abstract is overselling the robustness story.",
        "Let me play devil's advocate on the speedup.",
        "That's the catch: it only helps at batch size one.",
        "That's a demo reel, not a result.",
        "Selling this to a hospital would be a hard sell.",
        "The long-tail languages are its blind spot.",
        "It was a big deal in its day.",
        "Whether it transfers to real traffic is the whole question.",
        "Let me guess: greedy decoding only.",
    ],
)
def test_doubt_registers(sentence):
    from tui.core.analysis.pushback import is_doubt

    assert is_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It's a careful study, not a survey.",
        "They propose a new loss for ranking.",
        "The new checkpoint ships with the code.",
        "Noise is added at every diffusion step.",
    ],
)
def test_not_doubt(sentence):
    from tui.core.analysis.pushback import is_doubt

    assert not is_doubt(sentence)
