"""Round 28 detection, on own dialogue.

How a paper is put on the table, by shape: a label coined from a title read out in quotes, said as the clause that
closes the same sentence ('... - "Do Bees Count?" - so, the bees count paper.'); a name spelled with a lower-case
prefix on a capital opening a sentence ("... now. pxWeaver, a ..."), which now starts a sentence of its own; such a
name set by a comma against an indefinite description of a kind of work, and taken up again later; a transition
said as a whole clause leaving its object to the next sentence, a title with its article and small lower-case words
("That's more or less the next paper. The Owl in the Attic."); an acronym said in apposition that shortens a long
name's last words ("the Coastal Flood Forecast Model, FFM"). What is not a paper: a list's item set against a
description and never taken up again; a label whose words were never said as a title; a comma aside with a
predicate after it.
"""

from __future__ import annotations

from tests.core.dialogue import detect_and_label
from tui.core.analysis.text import split_sentences

QUOTED_LABEL = [
    "Okay, first up, Marlowe, a planner for warehouse robots.",
    "It routes forklifts around each other and cuts idle time by 18% in their depot.",
    "One depot, though.",
    "True, it's one site. Keep an eye on it.",
    'Next one is titled as a question - "Can Bees Do Sums?" - so, the bees do sums paper. They say yes, up to four.',
    "How do you even test that with bees?",
    "They train bees to pick the card with three petals, then swap the shapes, and 70% still pick three.",
    "Seventy percent of how many bees?",
    "Twenty-two. Small, but the effect held up across two summers.",
    "Cute. Research only, nobody ships bees.",
]


def test_a_label_closing_the_sentence_that_reads_a_quoted_title_is_the_paper() -> None:
    papers, labels = detect_and_label(QUOTED_LABEL)
    names = [p.name for p in papers]
    assert "bees do sums" in names, names
    assert labels[4] == labels[6] == labels[8] == "bees do sums"
    assert labels[1] == labels[3] == "Marlowe"


def test_the_closing_label_keeps_capitals_and_needs_the_titles_own_words() -> None:
    turns = [
        "First up, Marlowe, a planner for warehouse robots.",
        "It cuts idle time by 18% in their depot.",
        'Next, a title that is a whole sentence - "Counting Still Helps RLHF" - so it\'s the still helps RLHF paper.',
        "They rerun six preference methods and counting still wins on four.",
    ]
    papers, labels = detect_and_label(turns)
    assert "still helps RLHF" in [p.name for p in papers]
    assert labels[2] == labels[3] == "still helps RLHF"
    # the label's words must be a run of the words said before it, in order: here they are not
    turns[2] = 'Next, a title that is a whole sentence - "Counting Still Helps" - so it\'s the sums still help paper.'
    papers, labels = detect_and_label(turns)
    assert [p.name for p in papers] == ["Marlowe"]
    turns[2] = 'Next, a title that is a whole sentence - "Counting Still Helps" - so it\'s the helps still counting paper.'
    papers, labels = detect_and_label(turns)
    assert [p.name for p in papers] == ["Marlowe"]


def test_a_name_with_a_lower_case_prefix_opens_a_sentence() -> None:
    assert split_sentences("Something else now. pxWeaver, a model for textiles.") == [
        "Something else now.",
        "pxWeaver, a model for textiles.",
    ]
    assert split_sentences("I use mHC. eDiff still wins.") == ["I use mHC.", "eDiff still wins."]
    # ordinary lower-case words after a full stop still do not start a sentence (a transcript's own lapse)
    assert split_sentences("It ends at 3 p.m. and then stops.") == ["It ends at 3 p.m. and then stops."]


PREFIXED = [
    "First up, Marlowe, a planner for warehouse robots.",
    "It routes forklifts around each other and cuts idle time by 18% in their depot.",
    "One depot, though.",
    "Fair. Worth watching.",
    "Agreed. Something else entirely now. pxWeaver, a generative model for woven textiles, and specifically jacquard looms.",
    "Weaver as in the old pattern-drafting software?",
    "Same idea. pxWeaver writes the loom's punch pattern directly, so a designer skips the drafting step.",
    "And does the cloth come out right?",
    "Their weavers rated 64% of the samples usable without edits.",
]


def test_a_new_name_set_against_a_kind_of_work_and_taken_up_again_is_presented() -> None:
    papers, labels = detect_and_label(PREFIXED)
    assert "pxWeaver" in [p.name for p in papers]
    assert labels[4] == labels[6] == labels[8] == "pxWeaver"
    assert labels[3] == "Marlowe"


def test_a_list_item_set_against_a_description_once_is_no_paper() -> None:
    papers, labels = detect_and_label(
        [
            "First up, Marlowe, a planner for warehouse robots.",
            "It has three parts. Tallyboard, a simulator built from their depot logs. The planner itself. And a scorer.",
            "What does the scorer measure?",
            "Idle minutes per shift, and Marlowe cuts them by 18%.",
            "Who uses it already? A lot of folks. Crateline, a bunch of small shops, and two big retailers.",
        ]
    )
    names = [p.name for p in papers]
    assert "Tallyboard" not in names and "Crateline" not in names, names
    assert set(labels[0:5]) == {"Marlowe"}


def test_a_comma_aside_with_a_predicate_presents_nothing() -> None:
    from tui.core.analysis.papers import _SET_AGAINST_A_KIND

    sentence = "Quillfish, a model from a small lab, beats everything."
    assert _SET_AGAINST_A_KIND.match(sentence, len("Quillfish")) is None
    sentence = "Quillfish, a model for reading tide charts, and mostly old ones."
    assert _SET_AGAINST_A_KIND.match(sentence, len("Quillfish")) is not None


ARTICLE_TITLE = [
    "First up, Marlowe, a planner for warehouse robots.",
    "It routes forklifts around each other and cuts idle time by 18% in their depot.",
    "So a building block more than a product.",
    "Right. If you run a depot, read it; otherwise wait.",
    "That's more or less the next paper. The Owl in the Attic. Instead of a new model, they prune an old one until it fits a doorbell camera.",
    "How small does it get?",
    "Down to 4 megabytes, and it keeps 90% of the bird detections.",
    "Bird detections on which cameras?",
    "Their own three. That's the catch.",
]


def test_a_transition_closing_its_sentence_hands_its_object_to_the_next_one() -> None:
    papers, labels = detect_and_label(ARTICLE_TITLE)
    names = [p.name for p in papers]
    assert "Owl in the Attic" in names, names
    assert labels[4] == labels[6] == labels[8] == "Owl in the Attic"
    assert labels[3] == "Marlowe"


def test_an_ordinary_sentence_with_its_article_after_the_move_is_no_title() -> None:
    papers, _ = detect_and_label(
        [
            "First up, Marlowe, a planner for warehouse robots.",
            "It cuts idle time by 18% in their depot.",
            "That's more or less the next paper. The results are in the appendix, mostly.",
            "Which results?",
        ]
    )
    assert [p.name for p in papers] == ["Marlowe"]


APPOSED_ACRONYM = [
    "A mixed bag today. Let's start with floods, the Coastal Flood Forecast Model, FFM.",
    "FFM is the paper that put a graph network on tide gauges. It predicts surges six hours out.",
    "How good?",
    "Within 12 centimetres on 80% of their storms.",
    "Their storms. I'd want to see next winter's.",
    "Fair. Let me check their split and come back to it.",
    "Moving on, Quillmark, a handwriting reader for parish records.",
    "It reads faded ink, 30% fewer errors than plain OCR.",
    "Okay. Let's go back to FFM. Did you check the split?",
    "I did. The test storms are from later years, so it holds up.",
]


def test_an_acronym_in_apposition_shortening_the_last_words_is_the_same_paper() -> None:
    papers, labels = detect_and_label(APPOSED_ACRONYM)
    flood = [p for p in papers if "FFM" in [p.name, *p.aliases]]
    assert len(flood) == 1, [(p.name, p.aliases) for p in papers]
    assert flood[0].name == "Coastal Flood Forecast Model"
    name = flood[0].name
    assert labels[0] == labels[1] == labels[5] == name
    assert labels[8] == labels[9] == name
    assert labels[6] == labels[7] == "Quillmark"


def test_an_acronym_of_tail_words_said_apart_is_not_folded() -> None:
    papers, _ = detect_and_label(
        [
            "Let's start with floods, the Coastal Flood Forecast Model. It works on tide gauges.",
            "It beats the FFM baseline by a little, 12 centimetres on 80% of storms.",
        ]
    )
    flood = [p for p in papers if p.name == "Coastal Flood Forecast Model"]
    assert flood and "FFM" not in flood[0].aliases
