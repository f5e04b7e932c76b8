"""Round 30 speed pass: `numbers.may_hold_figure`, the precheck `find_numbers` now starts with, never skips a
sentence that holds a figure (same answer as running every pattern)."""

from __future__ import annotations

from pathlib import Path

from tui.core.analysis import numbers
from tui.core.analysis.numbers import find_numbers, may_hold_figure
from tui.core.analysis.text import split_sentences

SENTENCES = [
    "It gets 63% on MMLU.", "Eleven benchmarks, all better.", "It's twice as fast.", "Cut in half.",
    "About a third of the compute.", "Under a minute per sample.", "Within a degree of the truth.",
    "It costs $5.", "A million tokens of context.", "Half a second of latency.", "A quarter-degree grid.",
    "That's the whole idea, really.", "Someone had done it before.", "They doubled the throughput.",
    "Thirteen point six billion parameters.", "Forty-ish percent.", "No figures here at all, just words.",
    "It's roughly half the layers.", "Only about half still perform well.", "Over a kilometre of road.",
    "Pas de chiffre ici, d\u00e9j\u00e0.", "Trois \u00e9tapes, twelve tasks.",
]


def _plain_find_numbers(sentence: str) -> list:
    """`find_numbers` with the precheck forced to let everything through."""
    saved = numbers.may_hold_figure
    numbers.may_hold_figure = lambda _sentence: True
    try:
        return find_numbers(sentence)
    finally:
        numbers.may_hold_figure = saved


def _gold_sentences() -> list[str]:
    root = Path(__file__).resolve().parents[2]
    found: list[str] = []
    for path in sorted((root / "data" / "episodes").glob("*"))[:6]:
        if path.is_file() and path.suffix in {".txt", ".srt", ".vtt", ".md"}:
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                found.extend(split_sentences(line))
    return found


def test_precheck_skips_only_sentences_without_figures() -> None:
    for sentence in SENTENCES + _gold_sentences():
        if not may_hold_figure(sentence):
            assert _plain_find_numbers(sentence) == [], sentence
        assert find_numbers(sentence) == _plain_find_numbers(sentence), sentence


def test_precheck_lets_figure_words_through() -> None:
    for sentence in ("63%", "eleven", "twice", "half", "a third", "a minute", "a degree", "a million", "DOUBLED"):
        assert may_hold_figure(sentence), sentence
    assert not may_hold_figure("That's the whole idea, really.")
    assert may_hold_figure("d\u00e9j\u00e0 vu")  # beyond ASCII: always checked the full way
