"""Round 13: claim precision - the other host's restatements, and introductions that only name and place a paper."""

from __future__ import annotations

from tui.core.analysis.claims import is_claim
from tui.core.analysis.numbers import find_numbers


def _claim(sentence: str, presenting: bool = True, names_paper: bool = False, describes_intro: bool = False) -> bool:
    return is_claim(sentence, find_numbers(sentence), names_paper=names_paper, describes_intro=describes_intro,
                    presenting=presenting)


def test_the_other_hosts_summary_is_not_a_claim() -> None:
    assert not _claim("So it's a thermostat for the optimiser, more or less.", presenting=False)
    assert not _claim("Which means the sampler never sees a clean gradient.", presenting=False)
    assert not _claim("Okay, so the scheduler is guessing the queue length from the last batch.", presenting=False)
    assert not _claim("You're pruning heads the router never picked in the first place.", presenting=False)


def test_the_presenters_own_so_sentence_stays_a_claim() -> None:
    assert _claim("So the method guesses the queue length from the last batch.", presenting=True)
    assert not _claim("So the method guesses the queue length from the last batch.", presenting=False)


def test_the_other_host_reporting_the_authors_or_a_figure_stays_a_claim() -> None:
    assert _claim("So they freeze the encoder and only tune the adapter layers.", presenting=False)
    assert _claim("So 12 billion parameters, but only two experts fire per token.", presenting=False)


def test_the_field_as_the_subject_is_not_a_claim() -> None:
    assert not _claim("Half the toolkits on GitHub ship it as the default sampler now.")
    assert not _claim("Most of the labs we talk to already run something like this in production.")


def test_a_share_of_the_papers_own_figures_stays_a_claim() -> None:
    assert _claim("Half the memory, roughly half the latency, and the same perplexity.")
