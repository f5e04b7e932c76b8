"""Verdict error classes found on a thirteenth unseen set, checked on own dialogue written for these tests (not taken
from any seed or gold set):

- adoption as the speaker's own near-term plan, whatever the verb ("I'd fork their trainer and have a job going
  on Tuesday", "we'll port it next sprint"), wanted in the stack ("I'd want it in our toolbox"), or taken into
  how the team works ("feeds right into how we pick our batch sizes"), and "the most useful thing ...";
- study, not use, as a pile or bucket named for study ("it goes in the reading pile"), as something for a big
  lab, and as refusing to build a plan around it ("I wouldn't build a roadmap around it");
- an adoption cue under a condition ("until it works on ...") is no call, and a near date does not reach over
  a contrast or a negation ("..., but I wouldn't build a product on it this quarter");
- "a waste of" is a refusal only about the paper itself ("it's a waste of a weekend"), not about the
  alternative the paper replaces ("Tuning prompts by hand is a waste of good engineers").
"""

from __future__ import annotations

import pytest

from tui.core.analysis.verdicts import DEPLOY, RESEARCH, SKIP, Statement, stance, suggest


@pytest.mark.parametrize(
    "text",
    [
        "Gristmill: I'd fork their trainer and have a job going on Tuesday.",
        "We'll port it next sprint, honestly.",
        "If we had more than one GPU box, I'd want it in our toolbox next month.",
        "The batch-size paper feeds right into how we pick our batch sizes.",
        "That was the most useful paper of the hour.",
        "I'd have a prototype running by Friday.",
    ],
)
def test_near_term_plans_and_taking_it_in_are_adoption(text):
    assert stance(text)[0] == DEPLOY


@pytest.mark.parametrize(
    "text",
    [
        "The hummingbird paper is charming, and it goes in the reading pile.",
        "File it under the lab bucket.",
        "Lovely work for a frontier lab, but I wouldn't build a roadmap around it.",
        "I wouldn't build anything on it yet.",
    ],
)
def test_a_pile_for_study_and_a_plan_not_built_are_research(text):
    assert stance(text)[0] == RESEARCH


def test_a_waste_is_a_refusal_only_about_the_paper():
    assert stance("It's a waste of a weekend.")[0] == SKIP
    assert stance("Honestly, a waste of compute.")[0] == SKIP
    assert stance("Tuning prompts by hand is a waste of good engineers.") is None


@pytest.mark.parametrize(
    "text",
    [
        "I'd wait until next quarter and look again.",
        "I'll revisit it next month.",
        "We talked about it on Monday already.",
    ],
)
def test_waiting_or_a_date_alone_is_no_adoption(text):
    scored = stance(text)
    assert scored is None or scored[0] != DEPLOY


def test_a_call_followed_by_a_reason_against_the_alternative_keeps_the_call():
    verdict = suggest(
        [
            Statement(40, "Pinecrest I'd give to any team writing simulators today.", 3.0),
            Statement(40, "Writing reward code by hand is a waste of good people.", 3.0),
        ]
    )
    assert verdict.verdict == DEPLOY


@pytest.mark.parametrize(
    "text",
    [
        "A neat proof that laptops can host big models, but until it works on the models people run, it stays in the lab.",
        "I'd keep watching it, but I wouldn't build a product on it this quarter.",
    ],
)
def test_a_condition_or_a_contrast_does_not_make_adoption(text):
    assert stance(text)[0] == RESEARCH


def test_a_call_before_a_condition_is_still_a_call():
    assert stance("If the licence is fine, I'd use it today.")[0] == DEPLOY
