"""Round 22, paper detection and segmentation: own variants of general shapes (different words, same shape)."""

from __future__ import annotations

import pytest

from tests.core.dialogue import detect_and_label

_OPEN = ["Welcome back to the show, everyone.", "Glad to be here. A few papers today."]
_CLOSE = ["That's the show. Thanks for listening.", "Bye, everyone."]
_FIRST = [
    "First paper is HaloNet, a new way to cache the prompt.",
    "What does HaloNet save?",
    "About half the memory on long prompts, they say.",
    "Fine, HaloNet is research only for me.",
]


def _run(turns: list[str]):
    return detect_and_label(turns)


@pytest.mark.parametrize(
    "steps",
    [
        "Three tricks stacked. First, drop frames that look alike, judged with DINOv2 features. Second, keep detail "
        "only where the question points. Third, prune tokens inside frames.",
        "Two steps. First, embed every page with SigLIP and keep the top ten. Then, rerank them with a small model.",
        "It works like this. One: tag each clip with CLIP scores. Two: drop the boring ones.",
    ],
)
def test_numbered_steps_inside_a_discussion_name_parts_not_papers(steps: str) -> None:
    papers, labels = _run(
        _OPEN + ["First paper is ClipSqueeze, which packs long videos into a short context.", "How?", steps,
                 "Clever. Research only, I think."] + _CLOSE
    )
    assert [p.name for p in papers] == ["ClipSqueeze"]
    assert labels[2:6] == ["ClipSqueeze"] * 4


@pytest.mark.parametrize(
    "recap",
    [
        ["HaloNet I'd put in front of an infra team.", "The MoleSim paper is research, but worth knowing.",
         "And TinyRoute - I still can't call it."],
        ["So HaloNet gets a yes from me.", "MoleSim stays in the lab for now.", "TinyRoute I'd skip, honestly."],
        ["HaloNet - ship it.", "Agreed.", "MoleSim, I'd wait for the code.", "And TinyRoute is a pass."],
    ],
)
def test_a_recap_of_judgements_led_by_each_paper_is_the_closing_round(recap: list[str]) -> None:
    body = _FIRST + [
        "Second paper is MoleSim, which simulates molecules with a small network.",
        "How small?",
        "A few million weights, and it beats the big baseline on their tests.",
        "Last one is TinyRoute, a router for mixing small models.",
        "Does it route well?",
        "On their tasks, yes, though the tasks are easy.",
        "So what would you tell people to do with any of this?",
    ]
    papers, labels = _run(_OPEN + body + recap + _CLOSE)
    assert [p.name for p in papers] == ["HaloNet", "MoleSim", "TinyRoute"]
    first = len(_OPEN) + len(body)
    assert labels[first - 7 : first - 1] == ["MoleSim"] * 3 + ["TinyRoute"] * 3
    assert labels[first : first + len(recap)] == ["wrap-up"] * len(recap)
