"""Round 20: claims, figures and pushback in general shapes, each tested on own invented variants (different words,
same shape), never on the development sets' sentences."""

from __future__ import annotations

import pytest

from tui.core.analysis.claims import is_hypothetical


# A made-up case about someone in the listener's world, told in the present tense: an indefinite organisation or
# person who would use the work as the subject, at the sentence's start or after a colon or dash.
@pytest.mark.parametrize(
    "sentence",
    [
        "A mid-sized law firm feeds it ten thousand contracts a week.",
        "So a hospital in a small town runs this on one GPU and gets answers overnight.",
        "A teacher with thirty kids grades essays with it every Friday.",
        "Picture it - an insurer rebuilds its claims model every quarter on two million forms.",
        "Here's my test: a logistics company reroutes four hundred trucks a day off these forecasts.",
        "An online retailer wants product photos retouched by the thousand, overnight.",
    ],
)
def test_made_up_actors_are_hypothetical(sentence):
    assert is_hypothetical(sentence)


# What a paper reports keeps the paper, its method, its parts or its authors as the subject, indefinite or not.
@pytest.mark.parametrize(
    "sentence",
    [
        "A memory layer is a huge trainable key-value table.",
        "A generator network adds a watermark you can't hear.",
        "A handful of channels carry these massive outlier values.",
        "A 7B model fine-tuned on this beats GPT-4 on the benchmark.",
        "A team at Google trained it on 5 billion images.",
        "A lab in Zurich released the weights last week.",
        "The startup spends most of its budget on GPUs.",
        "A user study with twelve radiologists shows they prefer it.",
    ],
)
def test_reported_subjects_are_not_made_up(sentence):
    assert not is_hypothetical(sentence)
