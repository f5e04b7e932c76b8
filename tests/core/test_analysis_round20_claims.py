"""Round 20: claims, figures and pushback in general shapes, each tested on own invented variants (different words,
same shape), never on the development sets' sentences."""

from __future__ import annotations

import pytest

from tui.core.analysis.claims import is_claim, is_hypothetical
from tui.core.analysis.pushback import is_doubt


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


# Further sceptic's shapes: the speaker's own trouble named, the real issue elsewhere, the finding against what
# everyone finds, a win as noise, a thing judged one size down, a mess, an escalated refusal, the expected control
# absent everywhere, the authors' own ground, what is left of the contribution.
@pytest.mark.parametrize(
    "sentence",
    [
        "What nags me is the prompt set.",
        "Here's where I keep getting stuck on it.",
        "One small pushback on the latency claim.",
        "The real problem is the labels.",
        "That runs against what most people find with bigger models.",
        "A two-point gain on that suite is just noise.",
        "Forty examples is a case study, not an evaluation.",
        "The licensing is a real mess.",
        "I wouldn't trust it in a demo, let alone a clinic.",
        "No human baseline anywhere in the paper.",
        "They tested on their own turf.",
        "So what's left of the contribution once you remove the prompt?",
    ],
)
def test_round20_sceptic_shapes_are_doubt(sentence):
    assert is_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The model is trained on noise-free data.",
        "It denoises the input and removes the noise.",
        "They remove the mess of hand-written rules.",
        "What's left is a clean 7B model.",
        "It learns their own notation.",
    ],
)
def test_round20_plain_sentences_are_not_doubt(sentence):
    assert not is_doubt(sentence)


# The method told as its working parts by the one presenting it: a part of the method as the subject of a verb of
# mechanism in the plain present. The other host saying the same is not taken as a report by this shape.
@pytest.mark.parametrize(
    "sentence",
    [
        "Every splat is tied to one triangle of the mesh and lives in that triangle's local frame.",
        "Each token looks up a handful of entries in the table.",
        "The draft head predicts three tokens ahead.",
        "Each patch gets projected into the same space as the words.",
    ],
)
def test_mechanism_said_by_the_presenter_is_a_claim(sentence):
    assert is_claim(sentence, [], names_paper=False, presenting=True)
    assert not is_claim(sentence, [], names_paper=False, presenting=False)
