"""Paper detection and segmentation, round 14: error classes checked on own dialogue written for these tests (not
taken from any seed or gold set). An episode whose first line is already on a paper ("Quillon is the paper I wish
...") opens with it, not with an intro; a name entering with a lab's possessive ("which is where Oxford's ORCA
comes in") is introduced even as a bare acronym; "the X crowd / folks" is the people behind X, not X's
discussion starting; "either paper" describes no paper; a description of one ordinary word ("the pruning paper")
is found again only with its paper noun, so the word said in another discussion ("pruning the cache") does not pull
that turn; a description said short in another form ("the noise paper" after "the noisy labels paper") is the
same paper.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode
from tui.core.analysis import analyze
from tui.core.models import Episode

ROWS = [
    ("Maya", "Quillon is the paper I wish I'd had last year, when we were hand-labelling invoices."),  # 0
    ("Theo", "The one that reads receipts."),  # 1
    ("Maya", "Yes. It turns a photo of a receipt into structured fields, and they report 93% field accuracy."),  # 2
    ("Theo", "On their own receipts, I assume. That's a soft test."),  # 3
    ("Maya", "Mostly, yes. But it runs on a phone, which matters."),  # 4
    ("Theo", "It comes out of the Tallyform crowd, doesn't it?"),  # 5
    ("Maya", "Same people. Anyway - paper number two I'll only describe. It's the noisy labels paper."),  # 6
    ("Theo", "Go on."),  # 7
    ("Maya", "They train with a fifth of the labels flipped at random and still lose only 2% accuracy."),  # 8
    ("Theo", "Flipped at random is the easy case. Real label noise is never random."),  # 9
    ("Maya", "Which is where Oxford's ORCA comes in, because it tackles exactly that: structured label errors."),  # 10
    ("Theo", "What does ORCA actually do?"),  # 11
    ("Maya", "It estimates a confusion matrix per annotator and reweights examples, pruning the worst ones."),  # 12
    ("Theo", "And the gain?"),  # 13
    ("Maya", "About 6 points over plain training on their three datasets. The one result in either paper I trust."),  # 14
    ("Theo", "Fine. Last one - the pruning paper, from a group in Zurich."),  # 15
    ("Maya", "They drop half the attention heads after training and keep 98% of the quality."),  # 16
    ("Theo", "Let's wrap up. Quillon I'd ship to the finance team tomorrow."),  # 17
    ("Maya", "The noise paper is a nice study, nothing more. ORCA is research. The pruning paper I'd skip."),  # 18
]


def make_episode(rows=ROWS) -> Episode:
    return episode(rows, "labels")


@pytest.fixture(scope="module")
def analysis():
    return analyze(make_episode())


def _label_at(analysis, turn: int) -> str:
    segment = next(s for s in analysis.segments if s.first_turn <= turn <= s.last_turn)
    names = {p.key: p.name for p in analysis.papers}
    return names.get(segment.paper or "", segment.label)


def test_the_discussed_papers_and_no_others(analysis):
    names = {p.name for p in analysis.papers}
    assert "Quillon" in names
    assert "ORCA" in names
    assert not any("Tallyform" in n or "either" in n or "result" in n for n in names)
    assert len(names) == 4


def test_a_first_line_already_on_the_paper_opens_it(analysis):
    assert _label_at(analysis, 0) == "Quillon"
    assert _label_at(analysis, 3) == "Quillon"


def test_the_crowd_behind_a_name_does_not_open_it(analysis):
    assert _label_at(analysis, 5) == "Quillon"


def test_a_name_after_a_labs_possessive_comes_in(analysis):
    orca = next(p for p in analysis.papers if p.name == "ORCA")
    assert orca.spans[0][0] == 10
    assert _label_at(analysis, 14) == "ORCA"


def test_the_short_form_of_a_description_is_the_same_paper(analysis):
    noisy = [p for p in analysis.papers if "nois" in p.name]
    assert len(noisy) == 1
    assert _label_at(analysis, 8) == noisy[0].name
    assert 18 in noisy[0].mentions


def test_an_ordinary_word_of_a_description_does_not_pull_other_turns(analysis):
    pruning = next(p for p in analysis.papers if "pruning" in p.name)
    assert pruning.spans[0][0] == 15
    assert 12 not in pruning.mentions
    assert _label_at(analysis, 12) == "ORCA"


INITIALS_ROWS = [
    ("Maya", "So this one's called Split-Merge-ReX, from a lab in Seoul. You split a model by domain and merge it back."),  # 0
    ("Theo", "And the merge is the clever part?"),  # 1
    ("Maya", "Yes, they report 4 points over the dense baseline at the same compute."),  # 2
    ("Theo", "Next up - Hollow-Net, which prunes filters instead."),  # 3
    ("Maya", "It removes 40% of the filters with no retraining."),  # 4
    ("Theo", "Let's go back to SMX for a second, because the pruning angle changes how I see it."),  # 5
    ("Maya", "SMX could prune each expert before merging."),  # 6
    ("Theo", "Verdicts. SMX I'd try next month. Hollow-Net is research."),  # 7
    ("Maya", "Agreed on both. And the LLM-for-tables idea they cite - LLM isn't a paper here."),  # 8
]


def test_a_coined_hyphenated_name_said_by_its_capitals_is_the_same_paper():
    analysis = analyze(make_episode(INITIALS_ROWS))
    names = {p.name for p in analysis.papers}
    assert "SMX" not in names
    merged = next(p for p in analysis.papers if p.name == "Split-Merge-ReX")
    assert 5 in merged.mentions and 6 in merged.mentions
    assert _label_at(analysis, 6) == "Split-Merge-ReX"


ARTIFACT_ROWS = [
    ("Maya", "First up, Ledgerly, which reconciles bank statements with a small model."),  # 0
    ("Theo", "How small?"),  # 1
    ("Maya", "Under a billion parameters, and they claim 97% of entries matched."),  # 2
    ("Theo", "Okay, the last one goes back to speech. A Lisbon group and their Petrel model - the fewer-hours paper."),  # 3
    ("Maya", "Their argument is that you don't need huge audio corpora."),  # 4
    ("Theo", "Petrel does transcription in four languages and beats bigger systems with a tenth of the audio."),  # 5
    ("Maya", "Verdicts. Ledgerly I'd ship."),  # 6
    ("Theo", "And Petrel - I'd use it for transcripts tomorrow."),  # 7
]


def test_an_artifact_set_beside_a_paper_description_is_the_paper():
    analysis = analyze(make_episode(ARTIFACT_ROWS))
    petrel = next((p for p in analysis.papers if p.name == "Petrel"), None)
    assert petrel is not None
    assert petrel.spans[0][0] == 3
    assert 5 in petrel.mentions
    assert _label_at(analysis, 5) == "Petrel"


POSSESSIVE_ROWS = [
    ("Maya", "First up, Ledgerly, which reconciles bank statements with a small model."),  # 0
    ("Theo", "And they claim 97% of entries matched."),  # 1
    ("Maya", "Next up - Babel's Final Test. A benchmark of questions no model answers yet."),  # 2
    ("Theo", "Every model scores under 10% on it, they say."),  # 3
    ("Maya", "Verdicts. Ledgerly I'd ship."),  # 4
    ("Theo", "Babel's Final Test is research territory - good for labs, not for buyers."),  # 5
]


def test_a_title_with_a_possessive_is_one_name_and_its_last_word_no_paper():
    analysis = analyze(make_episode(POSSESSIVE_ROWS))
    names = {p.name for p in analysis.papers}
    assert "Babel's Final Test" in names
    assert not names & {"Test", "Final Test", "Babel"}
    assert _label_at(analysis, 3) == "Babel's Final Test"
