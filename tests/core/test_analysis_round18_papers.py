"""Round 18, paper detection: the closing round confirms papers the scan left out (closing_items.py).

Own invented dialogue, varied on purpose: the item said bare, with a question mark, after "And", "Now",
with a colon, or as the subject of a judgement; a baseline named at a sentence start in the round is not
confirmed; a name said just before the round is part of the last discussion; another name of a detected
paper (an acronym set beside it) adds mentions to it rather than making a second paper."""

from __future__ import annotations

from tui.core.analysis.papers import detect_papers, sentences_of


def _names(turns: list[str]) -> list[str]:
    return [p.name for p in detect_papers(sentences_of(turns), speakers=("Ana", "Ben"))]


_BODY = [
    "Welcome back, three papers on planning today.",
    "First up is PlanFormer-7, a planner that writes its own subgoals.",
    "They get a 12% gain on the long tasks.",
    "Which is a lot, but on their own benchmark.",
    "Sure. Picture a robot that asks a model what to do next; the learning method riding on top is KST, short for keyframe steering.",
    "Keyframes how often?",
    "Every ten steps, and it blends the overlaps.",
    "Does it beat anything?",
    "It beats GPT-4 prompting by a wide margin on the six tasks.",
    "Six tasks is a small menu.",
    "Last one - the slow-thinking paper, which waits before it answers.",
    "And it helps on math by about 8%.",
    "Only on math, though.",
    "True. Okay, closing round. PlanFormer-7 I'd read, not run.",
    "Agreed, research.",
]


def test_a_late_reveal_judged_in_the_round_is_a_paper():
    assert "KST" not in _names(_BODY + ["Anyway.", "That's the show."])  # the scan alone misses it
    turns = _BODY + ["And KST?", "KST I'd build tomorrow.", "The slow-thinking paper I'd skip.", "Thanks, everyone."]
    names = _names(turns)
    assert "KST" in names
    assert "GPT-4" not in names


def test_the_item_after_now_or_with_a_colon():
    turns = _BODY + ["Now KST.", "Ready to use.", "The slow-thinking paper: skip.", "Thanks, everyone."]
    assert "KST" in _names(turns)
    turns = _BODY + ["KST: ready to use.", "Sure.", "The slow-thinking paper: skip.", "Thanks, everyone."]
    assert "KST" in _names(turns)


def test_without_a_round_of_known_papers_nothing_is_confirmed():
    turns = _BODY[:13] + ["Anyway.", "KST I'd build tomorrow.", "That's the show."]
    assert "KST" not in _names(turns)


def test_a_baseline_judged_in_the_round_is_not_confirmed():
    turns = _BODY + ["GPT-4 I'd never use for this.", "KST I'd build.", "The slow-thinking paper I'd skip.", "Bye."]
    assert "GPT-4" not in _names(turns)


def test_a_name_said_only_just_before_the_round_is_not_confirmed():
    turns = _BODY[:12] + [
        "And they score it on QuillBench, their own suite.",
        "QuillBench, with a judge that likes long answers.",
        "Okay, closing round. PlanFormer-7 I'd read, not run.",
        "The slow-thinking paper I'd skip.",
    ]
    assert "QuillBench" not in _names(turns)


def test_another_name_set_beside_a_detected_paper_is_an_alias():
    turns = list(_BODY)
    turns[1] = "First up is Planning With Subgoals, which everyone calls PWS, a planner that writes its own subgoals."
    turns[13] = "True. Okay, closing round. PWS I'd read, not run."
    turns += ["And KST?", "KST I'd build tomorrow.", "The slow-thinking paper I'd skip.", "Thanks, everyone."]
    names = _names(turns)
    assert names.count("PWS") + names.count("Planning With Subgoals") <= 1


def test_a_benchmark_after_a_preposition_is_no_item():
    turns = _BODY + ["On QuillBench, KST I'd build.", "The slow-thinking paper I'd skip.", "Thanks."]
    turns[8] = "It beats GPT-4 prompting on QuillBench by a wide margin."
    assert not any(name.endswith("QuillBench") for name in _names(turns))
