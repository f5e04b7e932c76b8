"""Round 20, paper detection: shapes that carry no topic-move word.

Own invented dialogue, varied on purpose (different words, same shape):
- a name opening a sentence with its provenance in apposition is introduced, whatever its shape: one coined word,
  one plain word, or a plain word joined to a coined one ("Quillwright, from Ana Sousa's group at Porto.",
  "Ledger CoReader, out of Tartu, ..."); a sentence adverb before a comma is no name;
- the description first, then what it was ("And what I was describing is Marrow Sieve, out of ...");
- a short name made of a clipped prefix of each word of a longer name introduced just before ("Vision Mamba" ->
  "Vim", "Pocket Lantern" -> "PoLa") is that paper said short.
"""

from __future__ import annotations

import pytest

from tui.core.analysis.papers import _clips, detect_papers, sentences_of


def _names(turns: list[str]) -> list[str]:
    return [p.name for p in detect_papers(sentences_of(turns), speakers=("Ana", "Ben"))]


def _with_provenance_head(head: str) -> list[str]:
    """One plainly introduced paper, then a second one named only by a provenance-led sentence, discussed after."""
    return [
        "Two papers on tabular models today.",
        "First up is GridMint, which pretrains on synthetic tables.",
        "It beats boosted trees on 40% of the sets.",
        "Forty percent is not most.",
        "Agreed, but it is a start.",
        head,
        "So it reads the spreadsheet like a page of text.",
        "And it gets 12 points over the baseline on their messy sets.",
        "Twelve points on their own sets.",
        "Fair, the sets are theirs.",
    ]


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Quillwright, from Ana Sousa's group at Porto. It turns every cell into a token.", "Quillwright"),
        ("Ledger CoReader, out of Tartu, treats the sheet as a document.", "Ledger CoReader"),
        ("TabLoom-2, from the Vector Institute, reads the header row first.", "TabLoom-2"),
        ("Okay. Sheetfold, by Kestrel Labs and two universities, flattens the table.", "Sheetfold"),
    ],
)
def test_a_name_led_sentence_with_provenance_introduces_it(head: str, name: str) -> None:
    assert name in _names(_with_provenance_head(head))


@pytest.mark.parametrize(
    "head",
    [
        "Meanwhile, from Google, there was a blog post about tables. It turns every cell into a token.",
        "Similarly, out of Tartu came a pile of spreadsheets. It turns every cell into a token.",
        "Fine, from the top then. It turns every cell into a token.",
    ],
)
def test_a_sentence_adverb_before_provenance_is_no_name(head: str) -> None:
    names = _names(_with_provenance_head(head))
    assert not {"Meanwhile", "Similarly", "Fine"} & set(names)


def test_what_was_described_is_then_named() -> None:
    turns = [
        "Hello everyone, this is the parsing episode. I started early, sorry.",
        "You were describing a parser that learns from its own failures.",
        "Right, and what I was describing is Marrow Sieve, out of Lisbon, which keeps a log of broken parses.",
        "It fixes 30% of them on the second pass.",
        "Only on their treebank.",
        "Yes, their treebank.",
    ]
    assert "Marrow Sieve" in _names(turns)


@pytest.mark.parametrize(
    ("short", "words", "expected"),
    [
        ("vim", ["vision", "mamba"], True),
        ("moco", ["momentum", "contrast"], True),
        ("pola", ["pocket", "lantern"], True),
        ("vit", ["vision", "transformer"], True),
        ("vm", ["vision"], False),
        ("max", ["vision", "mamba"], False),
        ("visi", ["vision", "mamba"], False),  # every word lends a prefix
    ],
)
def test_clipped_prefixes(short: str, words: list[str], expected: bool) -> None:
    assert _clips(short, words) is expected


def test_a_clipped_short_name_said_in_the_reply_is_the_same_paper() -> None:
    turns = [
        "Three papers on small lamps for vision today.",
        "And the one everybody starts with is Pocket Lantern.",
        "PoLa, out of a Wuhan lab. It swaps attention for a scan over patches.",
        "And PoLa runs at 2x the speed of the transformer at high resolution.",
        "Only at high resolution, though.",
        "Next up is Dimmer, from Oslo, which prunes the patches instead.",
        "Dimmer drops 60% of the patches.",
        "That sounds like a lot.",
    ]
    names = _names(turns)
    assert "Pocket Lantern" in names and "PoLa" not in names


@pytest.mark.parametrize(
    ("naming", "name"),
    [
        ("Ten thousand invented patients. That's Baidu's Ward Atlas. The trick is sampling from a seed list.", "Ward Atlas"),
        ("A whole town of fake shoppers. And that's Alibaba's Market Mirror, which they built for pricing.", "Market Mirror"),
    ],
)
def test_a_lab_possessive_in_the_naming_moment_names_what_it_owns(naming: str, name: str) -> None:
    turns = [
        "Two papers on synthetic data today.",
        "Go on, what's the first?",
        naming,
        "And it lifts maths scores by 9 points on a 7B model.",
        "Nine points on their own test split.",
        "It's a big if, sure.",
        "Next up is Driftnet, from Oslo, which filters the generated data.",
        "Driftnet keeps 30% of it.",
    ]
    names = _names(turns)
    assert name in names
    assert not {"Baidu", "Alibaba"} & set(names)


def test_a_lab_possessive_outside_a_naming_moment_is_still_no_title() -> None:
    turns = [
        "Two papers on synthetic data today.",
        "First up is Driftnet, which they compare against Baidu's Ward Atlas on every split.",
        "Driftnet keeps 30% of the data.",
        "Thirty percent is aggressive.",
    ]
    assert "Ward Atlas" not in _names(turns)
