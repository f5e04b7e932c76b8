"""Round 22: doubt said plainly, the way the real show's hosts push back (pushback._DOUBT_SHAPES_22), each shape
tested on own invented variants (different words, same shape), never on the development sets' sentences; the plain
reports and results that must stay free of doubt."""

from __future__ import annotations

import pytest

from tui.core.analysis.pushback import is_doubt


@pytest.mark.parametrize(
    "sentence",
    [
        # a test set against the real world
        "They tested on tidy benchmark photos, not real street footage.",
        "That's not how anyone actually reads a contract.",
        # a conceded negative ending ', no.'
        "It doesn't run on a phone, no.",
        "So a lab with one old GPU, no.",
        # who picks this over the newer thing; dated by now; the field moved on
        "Who would choose this over a plain fine-tune these days?",
        "The tokenizer they use is ancient by now.",
        "Retrieval has moved on since then.",
        # the real test left out; nobody running it
        "The ablation on real users is not in this paper.",
        "Whether it transfers to speech is left to future work.",
        "No hospital is going to deploy that on patient data.",
        # a negative tag question; what you still pay
        "It doesn't cut the training cost, right?",
        "You still have to label every frame by hand.",
        # doing nothing clever; no real X; the easy bit; real work is mostly something else
        "It flags the outlier and doesn't do anything useful after that.",
        "There's no genuine planning happening here.",
        "Parsing the table is the easy part.",
        "Real robotics is mostly about recovering from mistakes.",
        # works only if; what it costs; not many of X yet
        "It only works if someone cleans the input first.",
        "What does that cost to run per user?",
        "There really aren't enough labelled clinics for that.",
        # how it will be sold; gains worth the price; a cut that doesn't mean another cut
        "It's not the magic translator people will market it as.",
        "Is the accuracy bump worth four times the memory?",
        "And are those gains worth a second GPU?",
        "Half the layers doesn't mean half the energy bill.",
        "The memory footprint barely shrinks.",
        "This isn't zero-shot anymore.",
        "A survey of twelve people doesn't count as a user study.",
        "A confident wrong answer is worse than no answer.",
        "And it never sees a rainy night in training data.",
        # questions asked in place, closing 'though?', what it buys, thin evidence, not knowing
        "How long does the calibration step take?",
        "Accuracy judged how?",
        "Does it hold up on accents, though?",
        "It's a search engine with extra steps.",
        "What does this actually buy us over a cron job?",
        "The paper is pretty light on failure cases.",
        "I have no idea whether it works on Mandarin.",
        "I can't tell from the figures if it's stable.",
        "Nice for a demo, sure.",
        "Please say there's more to it than a prompt.",
    ],
)
def test_round22_doubt_shapes(sentence):
    assert is_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Masking the other layers barely matters for accuracy.",
        "It predicts structures for proteins it never saw in training.",
        "They report latency, not throughput.",
        "It runs on a phone at twenty frames a second.",
        "The method is worth a look for anyone doing retrieval.",
        "No, that's right, they trained on both.",
    ],
)
def test_round22_not_doubt(sentence):
    assert not is_doubt(sentence)
