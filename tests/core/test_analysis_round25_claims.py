"""Round 25: claim turns by the hosts' roles (roles.py, claims.is_claim(role=...)), on invented dialogue.

Who presents a discussion span is decided by structure (who carries its statements), per span; each turn then gets
a role (presenting, responding, opening, listening, challenging) and the claim rule depends on it: the presenter's
plain declaratives about the work are claims with no cue word at all, unless they are plainly something else; the
other host's turns are claims only with the paper's report named.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode
from tui.core.analysis import roles
from tui.core.analysis.claims import is_claim, is_hypothetical
from tui.core.analysis.numbers import find_numbers
from tui.core.analysis.roles import CHALLENGES, LISTENS, OPENS, PRESENTS, RESPONDS, span_presenter, turn_roles
from tui.core.analysis.text import clean, speech_normalised, split_sentences


def _sentences(rows: list[tuple[str, str]]) -> tuple[list[str], list[list[str]]]:
    speakers = [speaker for speaker, _ in rows]
    sentences = [[speech_normalised(s) for s in split_sentences(clean(text))] for _, text in rows]
    return speakers, sentences


# A discussion as the show has it: one host introduces, the other presents, asks are answered, doubts conceded,
# and the span ends on a call.
KILN = [
    ("Mona", "Next one - KilnNet. Predicting when a pottery kiln cracks a glaze."),
    ("Theo", "Right. It reads the thermocouple trace as a sequence and flags the firing where the glaze will craze."),
    ("Mona", "Built on what?"),
    ("Theo", "A small recurrent model underneath. And a physics simulator to make extra cracked firings."),
    ("Mona", "Simulated cracks. I'm not convinced those look like real ones."),
    ("Theo", "Fair. The simulator is crude on thick glazes."),
    ("Mona", "And the results?"),
    ("Theo", "Nine kilns in three studios, and it catches most crazed firings an hour ahead."),
    ("Mona", "So who's actually going to use this?"),
    ("Theo", "Anyone running a shared studio kiln. Small potteries, colleges."),
    ("Mona", "They tested it on one clay body, though. That's thin."),
    ("Theo", "Research, but promising research."),
]


def test_presenter_is_who_carries_the_statements_not_who_introduces():
    speakers, sentences = _sentences(KILN)
    assert span_presenter(speakers, sentences, 0, len(KILN) - 1) == "Theo"


def test_presenter_is_robust_to_a_span_a_turn_off():
    rows = [("Mona", "Okay, that one's done. I'd file it for later.")] + KILN + [("Mona", "Next up is a choir paper.")]
    speakers, sentences = _sentences(rows)
    assert span_presenter(speakers, sentences, 0, len(rows) - 1) == "Theo"
    assert span_presenter(speakers, sentences, 2, len(rows) - 2) == "Theo"


def test_presenter_may_change_between_spans_and_a_shared_span_has_none():
    rows = KILN + [
        ("Theo", "Last one, my pick - a loom scheduling paper."),
        ("Mona", "It treats every warp change as a job and packs the week with a solver. They cut idle loom hours by a "
                 "fifth across two mills, and the solver runs in under a minute on a laptop."),
        ("Theo", "How?"),
        ("Mona", "Each loom gets a queue, and the solver swaps jobs between queues until no swap helps. They also add a "
                 "penalty for changing yarn colour twice in a shift."),
    ]
    speakers, sentences = _sentences(rows)
    labels = [0] * len(KILN) + [1] * 4
    found = turn_roles(speakers, sentences, labels)
    assert found[len(KILN)] == OPENS and found[len(KILN) + 1] == PRESENTS and found[len(KILN) + 2] == LISTENS
    shared = [
        ("Ann", "The dye paper puts the colour model in the loop and retrains it every batch."),
        ("Bo", "And it keeps a small buffer of old batches so the early colours are not forgotten."),
        ("Ann", "Plus a check that stops a batch when the colour drifts too far."),
        ("Bo", "And the whole thing runs on the mill's own controller."),
    ]
    speakers, sentences = _sentences(shared)
    assert span_presenter(speakers, sentences, 0, 3) is None
    assert turn_roles(speakers, sentences, [0, 0, 0, 0]) == [None] * 4


def test_a_monologue_is_presented_by_its_only_speaker():
    rows = [("Iris", "This week, a paper on bee counting."), ("Iris", "It films the hive entrance and counts bees "
            "crossing a painted line."), ("Iris", "They report counts within a few percent of hand tallies.")]
    speakers, sentences = _sentences(rows)
    assert turn_roles(speakers, sentences, [0, 0, 0]) == [PRESENTS, PRESENTS, PRESENTS]


def test_turn_roles_follow_what_each_turn_does():
    speakers, sentences = _sentences(KILN)
    found = turn_roles(speakers, sentences, [0] * len(KILN))
    assert found[0] == OPENS            # the other host's introduction
    assert found[1] == PRESENTS         # the presenter's first turn
    assert found[2] == LISTENS          # a question about the work
    assert found[3] == PRESENTS         # its answer
    assert found[4] == CHALLENGES       # a doubt
    assert found[5] == RESPONDS         # conceded
    assert found[7] == PRESENTS         # "And the results?" answered
    assert found[9] == RESPONDS         # answer to a question about use
    assert found[10] == CHALLENGES
    assert found[11] == RESPONDS        # the presenter's last word: the call


def test_turns_outside_paper_spans_have_no_role():
    speakers, sentences = _sentences(KILN[:3])
    assert turn_roles(speakers, sentences, ["intro", 0, 0]) == [None, PRESENTS, LISTENS]


@pytest.mark.parametrize(
    "sentence",
    [
        "It reads the thermocouple trace as a sequence and flags the firing where the glaze will craze.",
        "A small recurrent model underneath.",
        "Nine kilns in three studios, and it catches most crazed firings an hour ahead.",
        "Weights, the firing logs and the simulator code.",
        "Older firings get folded into a running summary and the current one keeps every reading.",
        "Glaze crazing for wood-fired kilns, from a ceramics lab.",
    ],
)
def test_the_presenters_plain_declaratives_are_claims(sentence):
    assert is_claim(sentence, find_numbers(sentence), names_paper=False, role=PRESENTS)
    # the same sentence read by shapes alone, or said by the other host, needs more evidence
    assert not is_claim(sentence, find_numbers(sentence), names_paper=False, role=LISTENS)


@pytest.mark.parametrize(
    "sentence",
    [
        "What does the simulator get wrong?",                               # a question
        "I think the simulator is the weak part of this one.",             # the speaker's view
        "See, that's where I think you're wrong about kilns.",
        "Anyone running a shared studio kiln would want this.",           # who it is for
        "Don't trust the alarm on thick glazes without a test tile.",     # advice to the listener
        "I'd put it on the reading list, not in the studio.",             # a call
        "Okay, we're moving on to the loom scheduling paper now.",         # a move
    ],
)
def test_the_presenter_says_other_things_too(sentence):
    assert not is_claim(sentence, find_numbers(sentence), names_paper=False, role=PRESENTS)


def test_hypotheticals_stay_marked_in_the_presenters_turns():
    sentence = "Say a college studio fires twice a week and loses one load a month to crazing."
    assert is_hypothetical(sentence)


@pytest.mark.parametrize(
    ("sentence", "role", "expected"),
    [
        ("They report catching four in five crazed firings an hour early.", CHALLENGES, True),
        ("The headline is a one-hour warning on most firings.", LISTENS, True),
        ("They tested it on one clay body.", LISTENS, True),
        ("They tested it on one clay body.", CHALLENGES, False),      # said inside a doubt: the doubt's premise
        ("So it's a smoke alarm for glazes.", LISTENS, False),        # a restatement
        ("Simulated cracks in a crude simulator.", LISTENS, False),   # an echo
    ],
)
def test_the_other_host_needs_the_papers_report(sentence, role, expected):
    assert is_claim(sentence, find_numbers(sentence), names_paper=False, role=role) is expected


def test_the_other_hosts_introduction_says_what_the_paper_is():
    sentence = "Predicting when a pottery kiln cracks a glaze."
    assert is_claim(sentence, [], names_paper=False, describes_intro=True, role=OPENS)


def test_without_a_role_the_shapes_decide_as_before():
    sentence = "A small recurrent model underneath."
    assert not is_claim(sentence, [], names_paper=False)


def test_the_pipeline_passes_roles_when_wired():
    """End to end, once pipeline.py hands is_claim the turn's role: the presenter's cue-less answer is a claim turn,
    the use answer and the other host's doubt are not."""
    from tui.core.analysis import pipeline

    if "turn_roles" not in vars(pipeline):
        pytest.skip("pipeline.py does not pass roles to is_claim yet")
    from tui.core.analysis import analyze

    rows = [
        ("Mona", "Welcome back. Three papers today, all about craft."),
        ("Theo", "Morning."),
        *KILN,
        ("Theo", "Moving on - LoomPack, a scheduling paper for weaving mills."),
        ("Mona", "Scheduling looms? How?"),
        ("Theo", "Each loom gets a queue, and a solver swaps jobs between queues until nothing improves. They cut idle "
                 "loom hours by a fifth across two mills."),
        ("Mona", "Two mills is a small sample. I'm skeptical."),
        ("Theo", "True. It's two mills."),
    ]
    result = analyze(episode(rows, "round25_roles"))
    kiln = next(p for p in result.papers if p.name.startswith("KilnNet"))
    turns = {c.turn for c in kiln.claims if not c.hypothetical}
    assert 5 in turns          # "A small recurrent model underneath. And a physics simulator ..."
    assert 11 not in turns     # "Anyone running a shared studio kiln."
    assert 6 not in turns      # the other host's doubt


def test_roles_module_exports():
    assert {roles.PRESENTS, roles.RESPONDS, roles.OPENS, roles.LISTENS, roles.CHALLENGES} == {
        PRESENTS, RESPONDS, OPENS, LISTENS, CHALLENGES}
