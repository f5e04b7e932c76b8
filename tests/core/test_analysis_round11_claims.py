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
