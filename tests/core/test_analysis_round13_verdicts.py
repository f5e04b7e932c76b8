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
  alternative the paper replaces ("Tuning prompts by hand is a waste of good engineers");
- robustness: the three calls and leaving it open in further general shapes (ignore it, give it a miss, a hard
  pass, dead on arrival; bookmarked, one for the theorists, nothing to act on, rather than use; straight into
  production, belongs in every ..., a green light, ready for real users, should be using it, a keeper; can't
  decide, either way, we'll see).
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


@pytest.mark.parametrize(
    "text, verdict",
    [
        # refusal in new words
        ("Honestly, I'd just ignore it.", SKIP),
        ("I'd give this one a miss.", SKIP),
        ("Ditch it.", SKIP),
        ("Hard pass on the lighthouse paper.", SKIP),
        ("No one actually needs this.", SKIP),
        ("It was dead on arrival.", SKIP),
        ("I won't lose any sleep over it.", SKIP),
        ("It's basically obsolete.", SKIP),
        # study, not use, in new words
        ("I've bookmarked it for later.", RESEARCH),
        ("File it under curiosities.", RESEARCH),
        ("That's one for the theorists.", RESEARCH),
        ("Lovely, but there's nothing we can act on.", RESEARCH),
        ("I'd follow it rather than use it.", RESEARCH),
        ("Wake me when someone reproduces it.", RESEARCH),
        ("Not usable outside the lab.", RESEARCH),
        # adoption in new words
        ("The kestrel trick goes straight into production.", DEPLOY),
        ("It belongs in every retrieval setup.", DEPLOY),
        ("I'd bet a sprint on it.", DEPLOY),
        ("Green light from both of us.", DEPLOY),
        ("It's ready for real users.", DEPLOY),
        ("Anyone fine-tuning on small data should be using it.", DEPLOY),
        ("I'd recommend it to every platform team.", DEPLOY),
        ("That one's a keeper.", DEPLOY),
    ],
)
def test_new_words_for_the_three_calls(text, verdict):
    assert stance(text)[0] == verdict


@pytest.mark.parametrize(
    "text",
    ["I really can't decide on this one.", "You could argue it either way.", "Well, we'll see."],
)
def test_new_words_for_leaving_it_open(text):
    assert suggest([Statement(30, text, 3.0)]).verdict is None


@pytest.mark.parametrize(
    "text",
    [
        "They should have used a bigger baseline.",
        "It's not ready for real users yet.",
        "I wouldn't recommend it to anyone.",
    ],
)
def test_the_new_adoption_words_need_the_paper_as_the_thing_used(text):
    scored = stance(text)
    assert scored is None or scored[0] != DEPLOY
