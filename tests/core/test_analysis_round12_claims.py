"""Round 12, claims: the hosts' own remarks that had passed for the paper's claims, by general shape
(own dialogue, not from any gold set or seed)."""

from __future__ import annotations

import pytest

from tui.core.analysis.claims import is_claim, is_hypothetical


@pytest.mark.parametrize(
    "sentence",
    [
        "Say a bakery chain ran it on every till receipt for a year.",
        "Picture an insurer routing ten thousand claims a week through it.",
        "Imagine a small clinic with three radiologists and one GPU.",
        "Suppose some startup fine-tuned it on their own tickets.",
    ],
)
def test_made_up_scenario_is_hypothetical(sentence):
    assert is_hypothetical(sentence)


def test_a_plain_report_is_not_a_scenario():
    assert not is_hypothetical("They say a single GPU is enough for the whole pipeline.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The gain comes from the cleaner labels, I assume.",
        "The baseline being the older tagger, presumably.",
        "But I keep wondering whether the tokenizer does most of the work.",
        "I've been calling it the sticky-notes memory paper.",
    ],
)
def test_hosts_guess_or_wondering_is_no_claim(sentence):
    assert not is_claim(sentence, [], names_paper=False, describes_intro=True)


def test_a_paper_introduced_by_its_question_is_a_claim():
    assert is_claim(
        "There's a Berkeley paper on what happens when you prune the vocabulary after training.",
        [], names_paper=False,
    )
