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
