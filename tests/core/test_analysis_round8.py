"""Error classes found on a sixth unseen set, checked on own dialogue written for these tests (not taken from
any seed or gold set). Detection: a titled phrase after a move with its provenance ("Next up - The Night
Auditor, from Quarry Labs.") and a capitalised word with a short lower-case hyphen tail set off by a relative
clause ("Which brings us to Tern-x, which ...") are introduced without a name shape; a well-known model's name
pinned down by its provenance right after a move ("Next up, Gemma-7 from Google") is the paper. Verdicts: the
bare skip word after the name ("Night Auditor, skip."), said outright, is the call even when the reasons after
it lean elsewhere; "I'd treat it as research"; "nothing you ship" / "nothing you can deploy" are study-not-use,
not adoption; "a hard no" is a refusal; adoption also from an imperative after a comma ("..., deploy it."),
"ready to use", "the default for a reason" and "you're probably using it already".
"""

from __future__ import annotations

import pytest

from tui.core.analysis import analyze
from tui.core.identity import episode_key
from tui.core.models import Episode, Turn

ROWS = [
    ("Ines", "Four papers on agents that do office work. First up, Ledgerline, a bookkeeping agent from a fintech lab."),  # 0
    ("Omar", "They claim it closes a month of accounts in 3 hours."),  # 1
    ("Ines", "Next up - The Night Auditor, from Quarry Labs. It reads every invoice and flags the odd ones."),  # 2
    ("Omar", "Flags them how? Their own test set, their own invoices."),  # 3
    ("Ines", "Which brings us to Tern-x, which tries to do the same with a much smaller model."),  # 4
    ("Omar", "It runs on a laptop and matches the big one on their audit tasks."),  # 5
    ("Ines", "Next up, Gemma-7 from Google, a 7B model tuned for spreadsheets."),  # 6
    ("Omar", "It fills formulas about twice as fast as a human clerk."),  # 7
    ("Ines", "Alright, verdicts. Ledgerline: if you run a finance team, it's the safe pick, deploy it."),  # 8
    ("Omar", "The Night Auditor, skip. It's a neat demo of flagging, not a tool."),  # 9
    ("Ines", "Tern-x showed small models can audit, but for production I'd treat it as research at this point."),  # 10
    ("Omar", "Gemma-7 - good at toy sheets, nothing you can deploy on real books."),  # 11
]


def make_episode(rows=ROWS) -> Episode:
    text = "\n".join(f"{s}: {t}" for s, t in rows)
    return Episode(
        key=episode_key(text),
        source="office.txt",
        format="speaker-lines",
        title="office",
        speakers=sorted({s for s, _ in rows}),
        turns=[Turn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(rows)],
    )


@pytest.fixture(scope="module")
def papers():
    return {p.name: p for p in analyze(make_episode()).papers}


def verdict(papers, name):
    return papers[name].suggested_verdict.verdict


def test_titled_and_tailed_names_after_a_move_and_a_known_model_with_provenance_are_papers(papers):
    assert set(papers) == {"Ledgerline", "The Night Auditor", "Tern-x", "Gemma-7"}
    assert papers["Tern-x"].spans[0][0] == 4 and papers["Gemma-7"].spans[0][0] == 6


def test_the_bare_skip_word_is_the_call_over_the_reasons_after_it(papers):
    assert verdict(papers, "The Night Auditor") == "skip"


def test_treat_it_as_research_and_nothing_you_can_deploy_are_research(papers):
    assert verdict(papers, "Tern-x") == "research-only"
    assert verdict(papers, "Gemma-7") == "research-only"


def test_an_imperative_after_a_comma_is_adoption(papers):
    assert verdict(papers, "Ledgerline") == "deploy-ready"


def _one_paper_verdict(closing: str) -> str | None:
    rows = [
        ("Ines", "Just one paper today. First up, Quillnet, which writes invoices from emails."),
        ("Omar", "They report 92% of fields right on their own mail."),
        ("Ines", "And it needs a template per customer."),
        ("Omar", "Okay, verdicts."),
        ("Ines", closing),
    ]
    return analyze(make_episode(rows)).papers[0].suggested_verdict.verdict


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("Quillnet - the template cost makes it a hard no for most teams.", "skip"),
        ("Quillnet - important for the field, nothing you ship.", "research-only"),
        ("Quillnet - open, tested, ready to use.", "deploy-ready"),
        ("Quillnet - it's the default for a reason.", "deploy-ready"),
        ("Quillnet - if you bill customers, you're probably using it already.", "deploy-ready"),
    ],
)
def test_closing_shapes(closing, expected):
    assert _one_paper_verdict(closing) == expected


# Numbers: a duration qualifying a noun ("a 12-second warm-up", "nine-minute episodes") or said as a measure
# ("runs of six hours each"), a video resolution ("720p"), a count of "them" ("Three of them - ..."), a
# fraction ("about half the heads"), and a unit said once at the end of a list ("35, 48 and 61 percent");
# chatter stays out.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("They render nine-minute episodes at 720p.", [("nine-minute", 9.0), ("720p", 720.0)]),
        ("A 12-second warm-up precedes every run.", [("12-second", 12.0)]),
        ("Volunteers did runs of six hours each.", [("six hours", 6.0)]),
        ("Three of them - pruning, merging and caching.", [("Three", 3.0)]),
        ("It keeps about half the heads and drops the rest.", [("half", 0.5)]),
        ("The eastern half of the map is empty.", [("half", 0.5)]),
        ("Recall was 35, 48 and 61 percent on the three shelves.", [("35%", 35.0), ("48%", 48.0), ("61 percent", 61.0)]),
        ("Speedups of 1.2, 1.8 or 2.5x, depending on length.", [("1.2x", 1.2), ("1.8x", 1.8), ("2.5x", 2.5)]),
    ],
)
def test_spoken_counts_durations_and_fractions_are_figures(sentence, expected):
    from tui.core.analysis.numbers import find_numbers

    assert [(n.text, n.value) for n in find_numbers(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "My nephew is a two-year-old with opinions.",
        "We recorded this two years ago.",
        "The first half of the episode ran long.",
        "I'll be back in half an hour.",
        "One of them called me back.",
        "That idea is half-baked.",
    ],
)
def test_chatter_with_durations_and_halves_is_no_figure(sentence):
    from tui.core.analysis.numbers import find_numbers

    assert find_numbers(sentence) == []
