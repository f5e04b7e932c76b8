"""Round 33 (paper detection and segmentation): each mechanism on own invented dialogue, by structural shape."""

from __future__ import annotations

from tests.core.dialogue import detect_and_label


def names(papers) -> set[str]:
    return {p.name.lower() for p in papers}


def test_lower_case_object_of_a_move_said_again_later_is_a_paper():
    # "Last one, sparse probing.": the move's object in lower case, the whole rest of its sentence, said again as a
    # name in a later turn; no name shape, no provenance
    turns = [
        "First up, Quillnet. A parser for receipts that fills a table with 91% field accuracy.",
        "Cheap to run. I'd use it.",
        "Last one, gradient tapping. The idea is to read a frozen model's gradients as features for a small probe.",
        "Read them how, and at what cost?",
        "One backward pass per input, so roughly twice the inference cost.",
        "Okay, verdicts. Quillnet, use it.",
        "And gradient tapping, a cute idea with no deployment story. Research.",
    ]
    papers, labels = detect_and_label(turns)
    assert "gradient tapping" in names(papers)
    assert labels[2] == labels[4] and labels[2].lower() == "gradient tapping"


def test_lower_case_object_said_once_is_not_a_paper():
    # a topic said once after a move ("Next, latency budgets.") and never again is no paper of its own
    turns = [
        "First up, Quillnet. A parser for receipts that fills a table with 91% field accuracy.",
        "Cheap to run. I'd use it.",
        "Next, latency budgets. How fast does it have to be for a checkout line?",
        "Under a second, and Quillnet does 300 milliseconds.",
    ]
    papers, _ = detect_and_label(turns)
    assert "latency budgets" not in names(papers)


def test_label_coined_from_the_title_just_introduced_is_its_nickname():
    # a long title read out, then "let's call it the X paper" with X taken from the title: one paper, not two
    turns = [
        "We have two papers, and the first one has a great title. Count in Norway, fly in Chile. It's about drone "
        "counters breaking when you fly them over another continent, so let's call it the Norway paper.",
        "Breaking how badly?",
        "Counts drop by 40% on the new terrain, and a simple rescaling trick recovers most of it.",
        "Moving on, Gripmind. A planner that picks grasp points from one photo.",
        "It plans a grasp in 40 milliseconds.",
        "Verdicts. The Norway paper, do the rescaling before you ship abroad. Gripmind, research.",
    ]
    papers, labels = detect_and_label(turns)
    assert "norway" not in names(papers)
    assert len(papers) == 2
    assert labels[0] == labels[2] == "Count in Norway"


def test_nickname_before_its_coining_is_not_folded():
    # "once we get to the Vaxel one" before the title is introduced: a forward reference, not the nickname's use
    turns = [
        "First up, Quillnet. A parser for receipts.",
        "Park the accuracy question. I'll want it again once we get to the Vaxel one. Receipts first.",
        "Quillnet fills a table with 91% field accuracy.",
        "Moving on. The next one is literally titled Does Vaxel Read Receipts, so I'll just call it the Vaxel "
        "receipts paper.",
        "And does it?",
        "Badly. 40% field accuracy.",
    ]
    papers, labels = detect_and_label(turns)
    assert labels[1] == "Quillnet"


def test_name_hedged_as_a_likeness_is_a_comparison_not_an_introduction():
    # "That's Gripmind, more or less, five years early.": the work under discussion likened to another
    turns = [
        "Third, Graspnet Classic. A 2017 grasp planner.",
        "Why cover something that old?",
        "Because its trick is everywhere now: score many grasp candidates in one pass, keep the best. That's "
        "Gripmind, more or less, five years early.",
        "Tested on what?",
        "A bin of household objects, 80% success.",
    ]
    papers, labels = detect_and_label(turns)
    assert "gripmind" not in names(papers)
    assert labels[2] == labels[4] == "Graspnet Classic"


def test_hedged_naming_of_a_described_work_still_reveals_its_name():
    # with only a description on the table, the hedged naming reveals the described paper's name
    turns = [
        "Two papers today. First, the one that scores grasps in a single pass.",
        "How does it score them?",
        "One network ranks a few hundred candidates at once. That's Gripmind, more or less.",
        "Tested on what?",
        "A bin of household objects, 80% success.",
    ]
    papers, _ = detect_and_label(turns)
    assert "gripmind" in names(papers)


def test_go_back_to_a_paper_after_the_last_one_is_a_return_not_the_closing_round():
    turns = [
        "First up, Quillnet. A parser for receipts that fills a table with 91% field accuracy.",
        "Can it read handwriting?",
        "Let's hold that. Moving on, Gripmind. A planner that picks grasp points from one photo.",
        "It plans a grasp in 40 milliseconds.",
        "And fails on shiny objects.",
        "Fine. Let's go back to Quillnet. What about handwriting?",
        "Handwritten receipts drop it to 60% field accuracy.",
        "So printed receipts only.",
        "Okay, verdicts. Quillnet, use it on printed receipts. Gripmind, research.",
        "Agreed.",
    ]
    _, labels = detect_and_label(turns)
    assert labels[5] == labels[6] == labels[7] == "Quillnet"
    assert labels[8] == "wrap-up"


def test_ordinal_said_of_the_paper_under_discussion_is_a_ranking_not_a_move():
    from tui.core.analysis import lexicon

    for sentence in (
        "Okay, that's the first one today I'd actually put in production.",
        "That's another one I'd skip.",
        "It's the first paper that does this on a phone.",
    ):
        assert lexicon.TRANSITION_CUES.search(sentence) is None, sentence
        assert lexicon.OPENING_CUES.search(sentence) is None, sentence
    for sentence in ("The first one I want to cover is Quillnet.", "Okay, first one: Quillnet.", "That's the last paper, Quillnet."):
        assert lexicon.OPENING_CUES.search(sentence) is not None, sentence


def test_ranking_turn_stays_with_its_paper():
    turns = [
        "First up, Quillnet. A parser for receipts that fills a table with 91% field accuracy.",
        "On printed receipts only, though.",
        "Okay, that's the first one today I'd actually hand to a finance team.",
        "Next up, Gripmind. A planner that picks grasp points from one photo.",
        "It plans a grasp in 40 milliseconds.",
    ]
    _, labels = detect_and_label(turns)
    assert labels[2] == "Quillnet"
    assert labels[3] == "Gripmind"


def test_the_last_qualifying_a_noun_is_no_move():
    from tui.core.analysis import lexicon

    assert lexicon.TRANSITION_CUES.search("They retrain only the last layer online.") is None
    assert lexicon.TRANSITION_CUES.search("And the last, Gripmind.") is not None
    assert lexicon.TRANSITION_CUES.search("Now our last paper.") is not None
    turns = [
        "First up, Quillnet. A parser for receipts.",
        "It fills a table with 91% field accuracy.",
        "Nobody ships it yet. The trick of freezing everything and tuning only the last layer is worth stealing.",
        "So research. Next, Gripmind. A planner that picks grasp points from one photo.",
        "It plans a grasp in 40 milliseconds.",
    ]
    _, labels = detect_and_label(turns)
    assert labels[2] == "Quillnet"
