"""Round 10, numbers / claims / pushback: error classes found on a ninth unseen set, each checked on own
dialogue written for these tests (not taken from any seed or gold set).

Pushback is doubt in families of words and constructions rather than fixed phrases: sarcastic approval ("how
convenient"), a rhetorical who / anyone question about use or cost, asking for more evidence ("I'd want to hear
it on ..."), a conceded limit ("they admit"), the work grading itself ("self-reported"), a question of scope
("does the gain show up on ...?", "cheaper at what -", "with how many calls?"), an easy or dated test ("a friendly
toy", "the softest possible baseline", "belongs in a museum"), a failure or cost said outright ("won't scale",
"can't be good for", "a nightmare"), the matter left unsettled ("isn't nailed down", "tells us very little", "if
it holds"), and the sceptic's echo (a verbless fragment said back, then a question or a deflating image).
"""

from __future__ import annotations

import pytest

from tui.core.analysis.pushback import is_doubt, pushback_sentences


@pytest.mark.parametrize(
    "sentence",
    [
        # sarcastic approval
        "Well, how convenient.",
        "Hmm, that's convenient for the leaderboard and awkward for everybody else.",
        "Their own test split, conveniently.",
        # rhetorical who / anyone questions about use or cost
        "Who's actually going to pay for a rack of accelerators to index their wiki?",
        "Who would even notice when the router picks the wrong expert?",
        "Is anyone running this in production?",
        # asking for more evidence
        "I'd want to hear it on noisy phone calls before I believe the word 'robust'.",
        "I'd like to know what the variance across seeds looks like.",
        # a conceded limit
        "To be fair they admit it falls behind on long documents.",
        "The appendix concedes that the gains shrink on bigger models.",
        "They own up to one downside: the index doubles in size.",
        # the work grading itself
        "Self-reported, with a judge model they picked themselves.",
        "That's a startup grading its own exam.",
        # a question of scope
        "Does the gain show up on anything that isn't English?",
        "Does the speedup carry over to batch size one?",
        "Cheaper at what - a single query, or a whole day of traffic?",
        "Twelve points better compared with what?",
        "And that's with how many samples per question?",
        "How many of those are duplicates, though?",
        "How many rollouts does that 71 percent take?",
        "How does it do on languages with no spaces?",
        "How close?",
        # an easy or dated test
        "The lab task is a very friendly toy.",
        "It's the easiest possible benchmark for this kind of method.",
        "That comparison belongs in a museum.",
        "They compare against a stale baseline from two generations back.",
        # a failure or a cost said outright
        "The hand-labelled part won't scale past a few hundred classes.",
        "It doesn't replace the retriever, you still run both.",
        "Rewriting every prompt ten times can't be good for latency.",
        "Serving that table is a bandwidth nightmare.",
        "On paraphrased attacks the filter does a lot less.",
        "A claim like that sends me straight to the fine print.",
        "I'd want to know how much of the test set has leaked into the web crawl.",
        # left unsettled
        "Why it works isn't nailed down at all.",
        "The paper tells us very little about failure cases.",
        "Neat result, if it holds on real hardware.",
        "I haven't seen it compared against a tuned baseline.",
        "Which is why I'm on the fence.",
        "That's a grand word for a lookup table.",
        "They don't really have an explanation for the jump.",
        "That's a lot of trust in one benchmark.",
    ],
)
def test_doubt_in_its_general_shapes(sentence):
    assert is_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It ships with a convenient command-line tool.",  # "convenient" describing a thing, not a jab
        "Training on what, their own logs?",  # a question asking for detail
        "How many?",
        "Does anyone know who wrote the original kernel?",  # a real question, not about use
        "They built their own benchmark with nine tasks.",  # a fact about the paper
        "The policy picks up the toy dinosaur on the first try.",
        "It focuses compute on the easiest problems first.",
        "I haven't seen anything cheaper for this.",
        "The old model was retired last year.",
        "It doesn't explain the effect away, it measures it.",
    ],
)
def test_plain_statements_and_detail_questions_are_not_doubt(sentence):
    assert not is_doubt(sentence)


@pytest.mark.parametrize(
    "turn",
    [
        ["Ninety thousand GPU hours.", "Who has that lying around?"],
        ["Against a two-year-old baseline.", "That's a race against a bicycle with a flat tyre."],
        ["Close to the teacher.", "How close?"],
        ["Basically every model.", "Is that just a few odd tokens per model, or a real problem?"],
    ],
)
def test_an_echo_then_a_question_or_a_deflating_image_is_doubt(turn):
    assert pushback_sentences(turn) == turn


@pytest.mark.parametrize(
    "turn",
    [
        ["Two hundred million.", "That's refreshingly small."],  # an impressed echo
        ["Good question.", "Who funded it?"],  # an acknowledgement, not an echo
        ["Two changes to the decoder.", "They drop the mask and add a pooling layer."],  # the presenter goes on
    ],
)
def test_impressed_echoes_and_acknowledgements_are_not_doubt(turn):
    assert pushback_sentences(turn) == []


# Numbers in more spoken forms: fractions, a size after a versioned name, a size letter with a hyphenated noun,
# a spelled range, durations that are measures, a count after "the", orders of magnitude, "half a million".
from tui.core.analysis.numbers import find_numbers  # noqa: E402


def figures(sentence: str) -> list[tuple[float, str | None]]:
    return [(n.value, n.unit) for n in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It answers with roughly a fifth of the compute.", [(0.2, None)]),
        ("Three-quarters of the probes pass.", [(0.75, None)]),
        ("They keep two thirds of the heads.", [(0.666666666667, None)]),
        ("It takes a third fewer steps.", [(0.333333333333, None)]),
        ("The router needs about half as many experts.", [(0.5, None)]),
        ("The adapter sits on Falcon 3 8B, frozen.", [(8e9, None)]),
        ("They probe Kestrel 2 2B and 9B.", [(2e9, None), (9e9, None)]),
        ("It reads 32k-token files with a 3B-parameter encoder.", [(32000.0, "tokens"), (3e9, "parameters")]),
        ("It adapts from two to six examples.", [(2.0, "examples"), (6.0, "examples")]),
        ("Forecasts stay useful up to nine days, and out to twelve days for storms.", [(9.0, "days"), (12.0, "days")]),
        ("It was trained on over a million hours of sensor logs.", [(1e6, "hours")]),
        ("It wins on the eleven ranking tasks.", [(11.0, "tasks")]),
        ("It is three orders of magnitude cheaper.", [(3.0, "orders of magnitude")]),
        ("It indexes half a billion passages.", [(5e8, None)]),
    ],
)
def test_spoken_figures_are_read(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A third paper came out the same week.",  # an ordinal, not a fraction
        "It edges out Falcon 3 8B and Kestrel 2 9B on recall.",  # baselines compared against: their sizes name them
        "We talked for two days about it.",
        "The two of us disagree.",
        "I'll be back in half an hour.",
    ],
)
def test_ordinals_and_chatter_stay_out(sentence):
    assert figures(sentence) == []
