"""Round 19: pushback, claims and figures in general shapes, each tested on own invented variants
(different words, same shape), never on the development sets' sentences."""

from __future__ import annotations

import pytest

from tui.core.analysis.pushback import is_doubt


# A sceptic's answer to a presented finding, by shape: the paper's own word narrowed, a terse contradiction, the
# yardstick or a counter-case asked back, a dare to test it elsewhere, the contribution deflated, the work passed
# by, a flaw taken over, reach past the evidence, the weak spot named.
@pytest.mark.parametrize(
    "sentence",
    [
        'And "robust" only means it survived two kinds of blur.',
        'So "aligned" in the sense of "refused once".',
        'It is "faster than the naive loop", not "faster than anything people use".',
        "Which is a polite way to say the baseline was never tuned.",
        "The word 'average' is doing all the work there.",
        "That adjective is doing the heavy lifting.",
        "Cheaper isn't free.",
        "Fluent isn't correct.",
        "A leaderboard isn't a hospital.",
        "Chance level. That's the baseline?",
        "What happens when the camera is upside down?",
        "Try it on a hospital's scanned faxes.",
        "Put it in front of real radiologists and see.",
        "Let me push on the memory numbers a bit.",
        "So it's last year's retriever in a shiny new jacket.",
        "Half of it is a rehash of the 2019 trick.",
        "A headline that promises reasoning and delivers lookup.",
        "A lofty title for a caching layer.",
        "The speech community has long since moved on.",
        "Vision people stopped using that loss years ago.",
        "Any open model from this spring walks past it.",
        "The vendor patched it in a week.",
        "Relative again.",
        "The student inherits every bias of the teacher.",
        "Their labeller gets sarcasm wrong constantly.",
        "Past two days the forecasts go mushy.",
        "That's beyond anything in the paper.",
        "Which is the giveaway.",
        "The missing error bars make me nervous.",
        "Their own benchmark suite, where they win.",
        "It's a toy maze.",
        "Who's actually got the budget to label a million frames?",
        "Evaluated on their home benchmark, so it's playing at home.",
        "It only works because the scenes are static.",
    ],
)
def test_sceptic_shapes_are_doubt(sentence):
    assert is_doubt(sentence)


# ... and the same words in a report or a plain remark are no doubt.
@pytest.mark.parametrize(
    "sentence",
    [
        "It means the model keeps the facts it already knew.",
        "That isn't surprising given the data.",
        "They run it on real radiology reports.",
        "The headline result is a 12% gain on retrieval.",
        "The encoder is frozen and the decoder is trained.",
        "We moved on to the next paper last week.",
        "It works because attention can look back over the whole context.",
        "They walk through the proof in the appendix.",
        "What could go wrong is the tokenizer, so they fix it first.",
        "Put that on a poster.",
        "So they trained it, broke it, then patched it.",
        "Cases the model gets right and sometimes wrong count double.",
    ],
)
def test_plain_sentences_are_not_doubt(sentence):
    assert not is_doubt(sentence)


from tui.core.analysis.claims import is_claim, is_hypothetical  # noqa: E402
from tui.core.analysis.numbers import find_numbers  # noqa: E402


def _claim(sentence: str, presenting: bool = True) -> bool:
    return is_claim(sentence, find_numbers(sentence), names_paper=False, presenting=presenting)


# A made-up case said with a possessive or a round figure the speaker picks ("call it ...") is no report.
@pytest.mark.parametrize(
    "sentence",
    [
        "Say his lab has forty thousand unlabeled scans and they run five rounds.",
        "Picture our support desk answering nine hundred tickets a day.",
        "Suppose their shop edits three facts a week.",
        "A travel site whose fares change hourly - call it fifty thousand updates a month.",
    ],
)
def test_made_up_cases_are_hypothetical(sentence):
    assert is_hypothetical(sentence)


# The hosts' own use, a recommendation, an image by contrast and a bare provenance are the hosts' remarks.
@pytest.mark.parametrize(
    "sentence",
    [
        "But I ran it on our call-centre transcripts and it kept the speaker turns.",
        "We tried it on the legacy invoices and it held up.",
        "That benchmark is the one I'd honestly use next sprint.",
        "The retriever is the one to hand a new team.",
        "It's a thermometer, not a cure.",
        "It's from Inria and Mistral, with a long author list.",
        "Lumina, out of Shanghai AI Lab.",
    ],
)
def test_hosts_remarks_are_not_claims(sentence):
    assert not _claim(sentence)


# The method told as imperative steps by the one presenting it is a report of the recipe.
@pytest.mark.parametrize(
    "sentence",
    [
        "Take the frozen encoder and bolt a tiny adapter on each layer.",
        "For each prompt, sample eight drafts, score them with the critic and keep the best.",
        "Feed it the raw waveform, and it predicts the phonemes directly.",
    ],
)
def test_procedure_steps_are_claims(sentence):
    assert _claim(sentence)
    assert not _claim("Take a look at the appendix, it's long.")
