"""Figures in claims: names with digits, pronouns and articles are not figures; units are real units."""

from __future__ import annotations

import pytest

from tui.core.analysis.claims import claim_kind
from tui.core.analysis.numbers import find_numbers
from tui.core.models import ClaimKind


def figures(sentence: str, own: tuple[str, ...] = ()) -> list[tuple[str, float, str | None]]:
    return [(n.text, n.value, n.unit) for n in find_numbers(sentence, own)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our pick today is Kestrel 3 from a small lab.",  # a version after a name
        "They pair Kestrel 3 outputs with Heron 2 boxes.",
        "It keeps the Falcon 2 architecture and the Heron 3.1 tokenizer.",
        "It edges out Zephyr-1.3B and Qwen2.5-0.5B on reasoning suites.",  # sizes inside other models' names
        "This one does audio and text with one encoder.",  # "one" as pronoun and article
        "One quick note before we move on.",
        "It is better than GPT-4 and Phi-3 and Llama 3.2 1B, they say.",
        "We met two years ago and talk every five minutes.",
    ],
)
def test_names_pronouns_and_chatter_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the run took 40 minutes on 8 H200s", [("40 minutes", 40.0, "minutes"), ("8 H200s", 8.0, "GPUs")]),
        ("it renders 90 frames per second", [("90 frames per second", 90.0, "frames per second")]),
        ("context grows to a million tokens", [("a million tokens", 1e6, "tokens")]),
        ("with 64k context and a 40GB card", [("64k", 64000.0, None), ("40GB", 40.0, "GB")]),
        # a spelled-out count of the paper's things is a figure; a noun that is no real unit leaves the unit empty
        ("they test on nine public suites and five benchmarks", [("nine", 9.0, None), ("five benchmarks", 5.0, "benchmarks")]),
        ("a 9B mixture with 2B active", [("9B", 9e9, None), ("2B active", 2e9, "parameters")]),
        ("about 3 million unlabeled clips and 310 TFLOPs", [("3 million unlabeled clips", 3e6, "clips"), ("310 TFLOPs", 310.0, "TFLOPs")]),
        ("scores 7.9 on the judge, 3 of them per query", [("7.9", 7.9, None), ("3", 3.0, None)]),
    ],
)
def test_units_are_real_units(sentence, expected):
    assert figures(sentence) == expected


def test_size_inside_the_papers_own_name_counts():
    sentence = "Kestrel-7B beats Heron-13B on every suite."
    assert figures(sentence) == []
    assert figures(sentence, own=("Kestrel",)) == [("7B", 7e9, None)]


def test_comparison_with_a_sized_baseline_is_performance_not_scale():
    sentence = "And it beats Zephyr-1.3B and Heron-2.7B on the reading suites."
    assert claim_kind(sentence, find_numbers(sentence)) == ClaimKind.PERFORMANCE
    sized = "It has 12 billion parameters across 40 layers."
    assert claim_kind(sized, find_numbers(sized)) == ClaimKind.SCALE
