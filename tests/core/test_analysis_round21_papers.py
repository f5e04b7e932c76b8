"""Round 21, paper detection and segmentation: own variants of general shapes (different words, same shape)."""

from __future__ import annotations

import pytest

from tests.core.dialogue import detect_and_label

_OPEN = ["Welcome back to the show, everyone.", "Glad to be here. A few papers today."]
_CLOSE = ["That's the show. Thanks for listening.", "Bye, everyone."]


def _run(turns: list[str]):
    return detect_and_label(turns)


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("A group at MIT asked whether you can train on a chip. The title says it: On-Device Training Under 256KB Memory.",
         "On-Device Training Under 256KB Memory"),
        ("It comes from a probing group. The title gives it away: Sparse Probes Find Hidden Circuits.",
         "Sparse Probes Find Hidden Circuits"),
        ("The name tells you the recipe: GaussianAvatars.", "GaussianAvatars"),
        ("They picked a name that says what it does: PatchMixer.", "PatchMixer"),
    ],
)
def test_title_or_name_read_out_after_a_colon(sentence: str, title: str) -> None:
    papers, labels = _run(
        _OPEN + [f"Okay, first paper. {sentence}", "So what do they actually do?", "They cut the memory and it works.",
                 "Nice. Research only for me."] + _CLOSE
    )
    assert [p.name for p in papers] == [title]
    assert labels[2:6] == [title] * 4


def test_a_piece_of_a_read_out_title_is_not_a_second_paper() -> None:
    papers, _ = _run(
        _OPEN + ["Next one. The title says it: Judges Recognize and Prefer Their Own Outputs.", "Bias, then.",
                 "Yes, a strong bias in every judge.", "Research only."] + _CLOSE
    )
    assert [p.name for p in papers] == ["Judges Recognize and Prefer Their Own Outputs"]


@pytest.mark.parametrize(
    "coin",
    ["I'll call it the momentum paper, because momentum is the whole story.",
     "Let's just call it the gossip paper, since the workers only gossip.",
     "I'm going to call it the compression paper."],
)
def test_a_label_coined_for_the_work_presented_names_a_new_paper(coin: str) -> None:
    label = coin.split(" the ", 1)[1].split(" paper")[0]
    papers, labels = _run(
        _OPEN
        + ["First, DiLoCo. Workers train alone and average with Nesterov momentum, and they gossip and compress too.",
           "And it works at scale?", "Small scale only. Grade later.", "Then the next paper.",
           f"Quite. {coin} They share only the fast parts of the optimiser state.", "So where DiLoCo talks rarely, this talks every step.",
           "Right, and it cuts traffic a lot.", "Research from me."]
        + _CLOSE
    )
    names = [p.name for p in papers]
    assert names[0] == "DiLoCo" and label in names
    assert not any(label in a for a in papers[0].aliases)
    assert labels[5] == label and labels[7] == label


@pytest.mark.parametrize("org", ["Nous Research", "Sakana Labs", "Allen Institute"])
def test_an_organisation_named_in_a_naming_moment_is_no_paper(org: str) -> None:
    papers, _ = _run(
        _OPEN + ["Then the next paper.", f"This is {org}, with a famous optimiser person among the authors.",
                 "Back to the scene of the crime.", "They call it GradSync. It shares only the fast momentum.",
                 "Research from me."] + _CLOSE
    )
    assert org not in [p.name for p in papers]


@pytest.mark.parametrize(
    "move",
    ["Agreed, no grade. Now, you owed me a DiLoCo story.",
     "Fine, research it is. Right, the DiLoCo follow-up you promised.",
     "Skip from me too. Alright, DiLoCo, as promised."],
)
def test_an_earlier_paper_named_after_a_shift_marker_closing_the_turn_is_a_move_back(move: str) -> None:
    _, labels = _run(
        _OPEN
        + ["First, DiLoCo. Workers train alone and average every few hundred steps.", "Grade?",
           "Let me hold it until the end.", "Moving on - PatchMixer, which mixes patches of a series.",
           "And it beats the transformers?", "On the usual sets, yes. I can't grade it.", move,
           "Its story went on: someone rebuilt it in the open and trained a big model across continents.",
           "So my grade: ready."]
        + _CLOSE
    )
    assert labels[8] == "PatchMixer"
    assert labels[9:11] == ["DiLoCo", "DiLoCo"]
