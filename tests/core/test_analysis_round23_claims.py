"""Round 23 doubt shapes (pushback.py), on invented variants: same shapes, different words than heldout27."""

import pytest

from tui.core.analysis.pushback import doubt_shape


@pytest.mark.parametrize(
    "sentence",
    [
        "The speech benchmarks have turned over twice since then.",
        "Retrieval methods have come a long way since this was posted.",
        "Since then there's been a flood of cheaper encoders.",
        "Beating BERT-base is an easy bar.",
        "It's still a grid world at the end.",
        "That will bite you on long documents.",
        "Convince me on the latency story.",
        "They don't really show it generalises.",
        "Does it reason, or just pattern-match?",
        "Who's actually running protein folding on a laptop?",
        "Half the eval prompts overlap with the test split.",
        "The model is overconfident on rare classes.",
        "That should worry anyone in radiology.",
        "Not by much, to be honest.",
        "Most of the tables are against older detectors.",
        "Whether it helps on code is less clear.",
        "It wins against the tiny models, not against GPT-4.",
        "Real customers don't type full sentences.",
        "Give it a few months and the prompts are stale.",
        "Verified by whom?",
        "Is the code even public?",
    ],
)
def test_round23_doubt_shapes(sentence):
    assert doubt_shape(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a good result in the end, and they ship it.",
        "They trained it by hand and it runs at 40 frames a second.",
        "The weights are on the hub for everyone.",
        "It beats the baseline by four points.",
    ],
)
def test_round23_not_doubt(sentence):
    assert not doubt_shape(sentence)
