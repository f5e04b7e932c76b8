"""Round 21 verdicts: the general shapes behind heldout23's verdict misses, each proved on own invented variants
(different words, same shape; nothing taken from the gold or seed text).

Study: use held at a distance said with a negator other than "not" ("nowhere near a product", "far from production",
"a long way off", "years away from shipping", "not yet a product"); research as the bare predicate, praised or not
("still research.", "solid research that's ..."); a result confirming what was already expected. Routing: a call
made by reference ("X the same", "X, same.", "X too.") copies the call before it, and "too" only counts as the last
word of its clause ("too narrow" is no reference); a fronted described paper followed by the speaker's refusal ("The
tide-gauge paper I wouldn't bother with.") is the paper detected under a name whose words it holds, in either number.
"""

from __future__ import annotations

import pytest

from tui.core.analysis.verdicts import DEPLOY, RESEARCH, SKIP, Statement, stance, suggest

C, M = 3.0, 1.0  # closing round, mid-discussion

FAR_FROM_USE: list[str] = [
    "Quillnet is careful work, nowhere near a product.",
    "Honestly it's nowhere close to shipping.",
    "Ferrolite is still far from production.",
    "Neat, but far away from anything customers would use.",
    "It's a long way off deployment.",
    "Clever idea, still a long way off.",
    "Years away from a real deployment, I'd say.",
    "That one's miles from anything users would touch.",
    "Not yet a product, whatever the blog post says.",
    "It is not yet usable outside their rig.",
]

BARE_RESEARCH: list[str] = [
    "Brightwell is a lovely benchmark, still research.",
    "Saltmarsh? Good research.",
    "It's serious research that nobody will deploy this year.",
    "Careful work. Solid research, but research.",
    "Tidewater is basically research.",
]

CONFIRMS: list[str] = [
    "A useful result that mostly confirms what we'd expect.",
    "It confirms what everyone already suspected about small models.",
    "Nice to have, it confirms what we all knew.",
]

# The grade said after its label, like "research" after a colon.
GRADE_READY: list[str] = ["So my grade: ready.", "Verdict - ready.", "Tidewater: ready, and cheap to run."]

# Same words in other shapes: not these calls.
NOT_THIS_CALL: list[tuple[str, str | None, float]] = [
    ("This is research from a lab in Delft on crystal graphs.", RESEARCH, M),  # weak, below a call alone
    ("The research group released weights and a pip package.", None, C),
    ("We are far from done with the ablations, and I'd ship it today.", DEPLOY, C),
    ("I'd put it into our pipeline this week.", DEPLOY, C),
    ("It doesn't confirm anything about scale.", None, C),
    ("Status: ready for review once they rerun it.", None, C),
    ("Grade: ready?", None, C),
]


@pytest.mark.parametrize("text", FAR_FROM_USE + BARE_RESEARCH + CONFIRMS)
def test_study_shapes_are_research(text):
    assert suggest([Statement(0, text, C)]).verdict == RESEARCH


@pytest.mark.parametrize("text", FAR_FROM_USE)
def test_distance_from_use_is_never_read_as_adoption(text):
    # even in plain words: the place of use after a negator of distance is denied
    got = stance(text)
    assert got is not None and got[0] == RESEARCH


@pytest.mark.parametrize("text", GRADE_READY)
def test_a_grade_of_ready_after_its_label_is_adoption(text):
    assert suggest([Statement(0, text, C)]).verdict == DEPLOY


@pytest.mark.parametrize(("text", "want", "weight"), NOT_THIS_CALL)
def test_same_words_in_other_shapes(text, want, weight):
    got = stance(text)
    assert (got[0] if got else None) == want


def test_a_call_by_reference_and_too_as_degree():
    from tui.core.analysis.pipeline import _SAME_AS_BEFORE

    for text in ("Ferrolite the same - neat trick, narrow tests.", "Ferrolite, same.", "Ferrolite: same.", "Ferrolite too.",
                 "Same goes for Ferrolite.", "Ferrolite likewise.", "Ditto for Ferrolite.", "Ferrolite gets the same call."):
        assert _SAME_AS_BEFORE.search(text), text
    for text in ("Ferrolite's tests are too narrow to tell.", "Ferrolite uses the same encoder as Quillnet.", "Too early for Ferrolite."):
        assert not _SAME_AS_BEFORE.search(text), text


def _verdicts(rows, name):
    from tests.core.dialogue import episode
    from tui.core.analysis import analyze

    return {p.name: p.suggested_verdict.verdict for p in analyze(episode(rows, name)).papers}


def _of(found: dict[str, str | None], part: str) -> str | None:
    return next(v for n, v in found.items() if part in n)


ROUND = [
    ("Ines", "First up, Quillnet, a graph model for crystal screening from a lab in Delft."),  # 0
    ("Rafe", "It predicts formation energies 40% faster than the usual solver on their benchmark."),  # 1
    ("Ines", "Next up - Ferrolite, a transformer for magnetic materials."),  # 2
    ("Rafe", "It claims 12% lower error on magnetic moments across six datasets."),  # 3
    ("Ines", "Next up - Saltmarsh, a sediment model from Plymouth."),  # 4
    ("Rafe", "Saltmarsh runs on a laptop and is 30 times cheaper than the full simulation."),  # 5
    ("Ines", "Okay, let's wrap it. Saltmarsh I'd put into our pipeline this week."),  # 6
    ("Rafe", "Agreed. Quillnet is a neat architecture, still research. Ferrolite the same - clever, but the tests are too narrow."),  # 7
    ("Ines", "That's the show."),  # 8
]


def test_a_call_by_reference_copies_the_call_before_it_not_a_degree_word():
    found = _verdicts(ROUND, "round21_same")
    assert _of(found, "Saltmarsh") == DEPLOY
    assert _of(found, "Quillnet") == RESEARCH
    assert _of(found, "Ferrolite") == RESEARCH


def test_a_fronted_described_paper_with_a_refusal_and_the_other_number_is_that_paper():
    from tui.core.analysis.pipeline import _name_words, _topic_by_words
    from tui.core.analysis.papers import DetectedPaper

    papers = [DetectedPaper.__new__(DetectedPaper), DetectedPaper.__new__(DetectedPaper)]
    papers[0].name, papers[0].aliases = "Can Chatbots Forecast Tides", []
    papers[1].name, papers[1].aliases = "Saltmarsh", []
    words = [_name_words(p) for p in papers]
    assert _topic_by_words("The chatbot tide paper I wouldn't bother with.", papers, words) == [0]
    assert _topic_by_words("The chatbot tides paper we won't touch.", papers, words) == [0]
    assert _topic_by_words("The glass paper I wouldn't bother with.", papers, words) == []
    assert suggest([Statement(0, "The chatbot tide paper I wouldn't bother with.", C)]).verdict == SKIP
