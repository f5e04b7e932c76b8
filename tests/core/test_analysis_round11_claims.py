"""Round 11, claims / numbers / pushback: error classes found on a tenth unseen set, each checked on own
dialogue written for these tests (not taken from any seed or gold set).

Claims: the hosts' own remarks are not the paper's claims, by their general shape: a judgement said as an
evaluative predicate ("is great for X and shaky as Y", "that's the useful bit"), the speaker's stance said
mid-way ("X, for me, is ...", "the neat result to me", "and I'd teach it"), a doubt in its general shapes, and
a move whose rest is about the hosts ("and now we're in ...", "and we leave ..."). A report by the authors
("they admit ...", "the paper bins ...") and a rebuttal that concedes a doubt first ("Fair, but ...") stay claims.
"""

from __future__ import annotations

import pytest

from tui.core.analysis.claims import is_claim
from tui.core.analysis.numbers import find_numbers


def _claim(sentence: str, names_paper: bool = False, describes_intro: bool = False) -> bool:
    return is_claim(sentence, find_numbers(sentence, []), names_paper=names_paper, describes_intro=describes_intro)


@pytest.mark.parametrize(
    "sentence",
    [
        # a judgement: an evaluative predicate
        "So the corpus is great for pretraining and shaky as a leaderboard.",
        "But the ablation table holds up, and that's the useful bit.",
        "The scheduling idea is clever.",
        "Honestly the whole pipeline sounds elegant.",
        # the speaker's stance said mid-way
        "The router, for me, is a neat trick to borrow from, not something to run.",
        "But the scaling plot is the neat result to me - bigger students gain more.",
        "And the tokenizer... honestly, I can't decide.",
        "The distillation paper is the right lesson, and I'd teach it, but nobody can run it.",
        "The retrieval paper I'd skip for now.",
        # a doubt in its general shapes, with no report of the authors'
        "Their benchmark, their rules.",
        "Beating a stale baseline tells us very little about real traffic.",
        # a move whose rest is about the hosts
        "Moving on - Pathfinder, from Oslo, and now we're into the robotics half.",
        "Last one - Beaker-Net, and we leave the web for the wet lab.",
    ],
)
def test_hosts_remarks_are_not_claims(sentence):
    assert not _claim(sentence, names_paper=True, describes_intro=True)


@pytest.mark.parametrize(
    "sentence",
    [
        # the authors reporting, even a limit or a doubt-shaped fact
        "They admit it's weaker on handwritten forms.",
        "The paper bins questions by popularity, and rare ones are where it falls apart.",
        "They also concede some drift - the judge sometimes prefers longer answers.",
        # a rebuttal that concedes the doubt first
        "It's a fair point, but the test set is mostly scanned invoices, which is where OCR pipelines fall over.",
        # descriptions that share words with doubt shapes
        "It's a decoder-only model, and the inputs are lags - one hour back, one day back, one week back.",
        "The method hides a key inside each generated image so you can trace it later.",
        # a description after a move, with no remark about the hosts
        "Next up - Lantern, from Kyoto, which argues the critic should stay frozen.",
        "Moving on - Quillmark, which is about editing, not generating.",
        # an evaluative word that compares or is followed by the substance
        "The data part is the interesting bit - they refuse to use any closed model's outputs.",
        "The encoder is tiny, a few million parameters.",
    ],
)
def test_reports_and_descriptions_stay_claims(sentence):
    assert _claim(sentence, names_paper=True, describes_intro=True)


# Pushback: more families of doubt, each said in words of its own.
from tui.core.analysis.pushback import is_doubt  # noqa: E402


@pytest.mark.parametrize(
    "sentence",
    [
        # evidence said to be thin
        "Winning on that old split tells me nothing about hour-long recordings.",
        "So the headline is backed by anecdotes.",
        "And the evidence is mostly hand-picked screenshots.",
        "Not much in the paper on that, sadly.",
        # a test said to be old or leaky
        "Those suites are ancient.",
        "Either the models improved or the test items drifted into everyone's pretraining mix.",
        "There's a lexical shortcut the smaller models learn to exploit.",
        # trouble as a change of state, or a hazard
        "Invalidating the cache gets awkward fast.",
        "Skip the warmup and the run goes unstable within an hour.",
        "The per-user adapter cuts both ways.",
        "That's a real trap for anyone mixing the two optimizers.",
        # a cost guessed or named
        "Serving that must need a whole pod per customer.",
        "And the catch is a second copy of the optimizer state.",
        # belief held back
        "I'd want a blind human rating before I believe the gap.",
        "Which is a big deal, if the rollout was clean.",
        "It's reasonable, but it means trusting the vendor's logs.",
        "A replay can't tell you whether the agent recovers from a login wall.",
        # weak footing, caution
        "So the suite is fine for training and shaky as a scoreboard.",
        "I'd be careful with the leaderboard.",
        # a deflating analogy, sarcastic approval, a demo's praise
        "That's like saying I can cook as long as someone else chops.",
        "Bold.",
        "Impressive for a demo, but those molecules are textbook examples.",
        # another statistic, a scope question or a limit
        "What's the median gain?",
        "On how many sites, live?",
        "A warehouse with a million shifting products is a very different animal.",
        "It raises the uncomfortable question of misuse.",
        "A keyword filter only goes so far.",
        # the work grading itself
        "A judge tuned on their logs scoring their generator - a closed loop that could be flattering itself.",
    ],
)
def test_round11_doubt_families(sentence):
    assert is_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "They use gender as a shortcut for profession in the probe.",
        "The model goes through the document twice.",
        "It tells the planner which tool to call.",
        "The price drops by half on the second pass.",
        "They trained it on a very different corpus of code.",
    ],
)
def test_round11_plain_statements_are_not_doubt(sentence):
    assert not is_doubt(sentence)
