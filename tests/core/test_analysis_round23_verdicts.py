"""Round 23 verdict shapes (found on heldout27, the real show's conventions), each tested on invented variants
(different words, same shape): usable said with the present is use; left on the shelf is not picked up (skip, or
research beside a reason to study it), while kept there in a role of study stays research; a research instrument said
as what the paper is ("a good research yardstick and that's it") is research."""

import pytest

from tui.core.analysis.verdicts import is_judgement, stance

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


@pytest.mark.parametrize(
    "text",
    [
        "Honestly it's usable today if you run a small support desk.",
        "The checkpoint is usable right now, no retraining.",
        "Usable out of the box for anyone doing speech logs.",
        "Usable as it stands - grab the weights.",
    ],
)
def test_usable_now_is_deploy(text):
    assert stance(text)[0] == DEPLOY
    assert is_judgement(text)


@pytest.mark.parametrize("text", ["Not usable today, not with that license.", "It's nowhere near usable right now."])
def test_usable_denied_is_not_deploy(text):
    assert stance(text)[0] != DEPLOY


@pytest.mark.parametrize(
    "text",
    [
        "The protein folding paper I'd leave on the shelf.",
        "I'd leave this one on the shelf.",
        "Leave it on the shelf, the newer tokenizers beat it.",
        "Me, I'm leaving that on the shelf.",
    ],
)
def test_left_on_the_shelf_is_skip(text):
    assert stance(text)[0] == SKIP
    assert is_judgement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fun read, but I'd leave it on the shelf.",  # a reason to study it beside the refusal
        "Leave it on the shelf as the reference everyone measures against.",
        "Keep it on the shelf as the reference implementation, nothing more.",
        "I'd keep this on the shelf for the argument.",
    ],
)
def test_shelf_with_study_stays_research(text):
    assert stance(text)[0] == RESEARCH


@pytest.mark.parametrize(
    "text",
    [
        "The chart benchmark is a good research yardstick and that's it.",
        "DocBench - a solid research tool, shows you where parsers break.",
        "It's a research step, nothing you'd ship.",
        "A useful research benchmark, for the people building evals.",
        "Call it a research artifact.",
        "The eval suite stays a research yardstick, too pricey for teams.",
    ],
)
def test_research_instrument_is_research(text):
    assert stance(text)[0] == RESEARCH
    assert is_judgement(text)


@pytest.mark.parametrize("text", ["They turned the research yardstick into a product people pay for.", "The research team shipped it."])
def test_research_as_a_modifier_is_no_call(text):
    assert stance(text) is None or stance(text)[0] != RESEARCH
