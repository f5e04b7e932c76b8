"""Round 18 verdicts: the general shapes behind heldout15/16's verdict misses, each proved on own invented variants
(different words, same shape; nothing taken from the gold or seed text).

Shapes: readiness said with the present and imperatives of fitting a paper in or putting it to work; use started at
a near date or imposed on the team; the verdict word said first with its reason after; filed as a kind of reading;
dropped as a whole; an adverb between the modal and "skip"; end-anchored left-open and refusal words that never
matched a punctuated sentence ("I don't know.", "I'd leave it."); letting a process run is no adoption.
"""

from __future__ import annotations

import pytest

from tui.core.analysis.verdicts import DEPLOY, RESEARCH, SKIP, Statement, suggest

C, M = 3.0, 1.0  # closing round, mid-discussion

BANK: list[tuple[str, str | None, float]] = [
    # readiness said with the present
    ("Ready now: bolt it onto the retriever and measure.", DEPLOY, C),
    ("Honestly it's ready as it stands.", DEPLOY, C),
    ("That one works out of the box - ready today.", DEPLOY, C),
    ("It's ready to go, weights and all.", DEPLOY, C),
    ("Not ready now, maybe in a year.", RESEARCH, C),
    # imperatives of fitting it in / putting it to work
    ("The checkpoints are public: plug it in next to your current tagger.", DEPLOY, C),
    ("Swap it in for the old loss and rerun.", DEPLOY, C),
    ("The corpus is right there, go and fine-tune on it.", DEPLOY, C),
    ("Go train on it, seriously.", DEPLOY, C),
    ("The labels are clean, so go and build with them.", DEPLOY, C),
    # imposed on the team, or started at a near date
    ("I'd make our whole eval team adopt it.", DEPLOY, C),
    ("That's the protocol I'd make every engineer follow.", DEPLOY, C),
    ("I'd make everyone on the team use it.", DEPLOY, C),
    ("Starting tomorrow, for every run.", DEPLOY, C),
    ("Non-negotiable. Starting with the next release.", DEPLOY, C),
    ("We start using it this sprint.", DEPLOY, C),
    ("It's what you'd build on today.", DEPLOY, C),
    ("If you're picking a scheme now, it's what you'd pick today.", DEPLOY, C),
    # the verdict word first, the reason after
    ("Research, but the useful kind.", RESEARCH, C),
    ("SparseNet I'll do: research, a lovely result rather than a product.", RESEARCH, C),
    ("Mine is research - the analysis is the contribution.", RESEARCH, C),
    ("It's the landmark rather than the tool.", RESEARCH, C),
    # filed as a kind of reading
    ("I'd file it as required reading, full stop.", RESEARCH, C),
    ("Count it as homework for the reading group.", RESEARCH, C),
    ("Treat that one as background reading.", RESEARCH, C),
    ("I'd class it as core reading, nothing to build.", RESEARCH, C),
    # dropped as a whole; an adverb before skip
    ("I'd cut that one entirely.", SKIP, C),
    ("Honestly, drop the whole thing altogether.", SKIP, C),
    ("Shelve it outright.", SKIP, C),
    ("FooNet I'd also skip.", SKIP, C),
    ("That one I'd probably skip, given the compute.", SKIP, C),
    ("We'd happily skip it.", SKIP, C),
    # end-anchored words that had never matched with a full stop
    ("I don't know.", None, C),
    ("Really, I don't know!", None, C),
    ("It depends.", None, C),
    ("I'd leave it.", SKIP, C),
    ("Yeah, a pass.", SKIP, C),
    # not calls
    ("They train it once and then just let it run for a century.", None, M),
    ("So they let it run overnight.", None, M),
]


def _call(text: str, weight: float) -> str | None:
    return suggest([Statement(0, text, weight)]).verdict


@pytest.mark.parametrize(("text", "want", "weight"), BANK)
def test_round18_bank(text, want, weight):
    assert _call(text, weight) == want


def _closing(*lines: tuple[int, str]) -> str | None:
    return suggest([Statement(t, text, C) for t, text in lines]).verdict


def test_a_question_asks_rather_than_calls_unless_it_proposes_one():
    from tui.core.analysis.verdicts import closing_stance

    for text in ["Drop it?", "Ship it, really?", "Would you actually deploy that?", "Skip it?"]:
        assert closing_stance(text) is None, text
    for text in ["Can we agree it's a reading-list paper?", "Research, then?", "Skip it, then?"]:
        assert closing_stance(text) is not None, text


@pytest.mark.parametrize(
    "lines",
    [
        [(1, "I'd keep it as background reading."), (2, "I'd ditch it entirely."), (3, "Ditch it?"), (3, "Everything after it builds on it."),
         (4, "Okay."), (4, "It's homework, not tooling."), (4, "I can live with that.")],
        [(1, "I say research: it explains a failure."), (2, "And I'd have said skip."), (3, "Could we agree it's one for the reading list?"),
         (4, "Fine, reading list. You've convinced me.")],
        [(1, "I'd skip it."), (2, "I'd put it on the reading list, it explains why the others fail."), (3, "Fair enough, reading list.")],
    ],
)
def test_hosts_who_disagree_and_then_settle_take_the_settled_call(lines):
    assert _closing(*lines) == RESEARCH


def test_a_disagreement_without_giving_way_stays_split():
    assert _closing((1, "I'd ship it."), (2, "I'd skip it."), (3, "Fair enough, you'd ship it and I'd skip it - we disagree.")) is None


@pytest.mark.parametrize(
    "lines",
    [
        [(1, "Still undecided."), (1, "Strong measurement, nothing I can act on.")],
        [(1, "No idea, honestly."), (1, "It's a neat trick, and I'd read the appendix.")],
        [(1, "I genuinely don't know."), (1, "Useful for auditing, maybe, but I wouldn't build on it.")],
    ],
)
def test_reasons_given_after_leaving_it_open_in_the_same_turn_keep_it_open(lines):
    assert _closing(*lines) is None


def test_a_turn_that_changes_its_mind_after_leaving_it_open_is_the_call():
    assert _closing((1, "Still undecided."), (1, "But actually, I'd skip it.")) == SKIP
    assert _closing((1, "Still undecided."), (2, "I'd skip it.")) == SKIP


@pytest.mark.parametrize(
    "text", ["FooNet is one to watch, not to deploy.", "A paper to follow, not to ship.", "Definitely one to track; nothing to run yet."]
)
def test_one_to_watch_is_study_not_use(text):
    assert _call(text, C) == RESEARCH
