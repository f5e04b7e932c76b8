"""Round 29 detection and segmentation, on own dialogue.

How a paper is put on the table, by shape: a move's object read out as a title in title case, capitalised words
joined by small lower-case ones, running to the end of the sentence, is one name, and its capitalised pieces said
later are that title said short (so a revisit by the short form finds it); a label the speaker coins with a naming
verb in any tense ("I'm calling it", "we call it") and words that may open on a figure ("the 4D motion paper"); a
name set against a kind of work whose description carries a figure ("X, a 2.7 billion parameter speech model
that ..."). What is no paper: the object of a verb of starting whose subject is someone else ("They start with X
and a small ...": what others do, not the hosts' move); a verb with its particle said as a whole sentence after a
host's echo ("Another planning paper. Carry on."). Segmentation: a name never presented by any move, first said as
the point of comparison in the turn that opened the current paper, taken up in the reply right after ("Y does that
already."), is that comparison, not a new topic.
"""

from __future__ import annotations

from tests.core.dialogue import detect_and_label
from tui.core.analysis import lexicon

TITLE_AS_OBJECT = [
    "Three papers today, all about maps. Starting with the satellites, Shadows over Sunken Harbours.",
    "A very dramatic title for a remote sensing paper.",
    "It earns it. They map flooded ports from radar passes and report a 12% gain in recall over optical maps.",
    "Radar sees through cloud, sure. What's the catch?",
    "The labels. I want the numbers right, so let me park that and return to it later.",
    "Fine. Next, Cartograph. It draws road maps from dashcam video.",
    "They train on 40 cities and test on 9 they never saw, and road recall holds at 0.81.",
    "Dashcams are cheap, so that one could actually ship.",
    "Agreed, it's the practical one of the day.",
    "Okay, back to Sunken Harbours. What was the catch with the labels?",
    "The flood labels were drawn by the same team, from the same radar passes. So it's graded against itself.",
    "That's a big asterisk on the 12%.",
    "Verdicts. Cartograph, ship it. Sunken Harbours, research only.",
    "Agreed on both.",
]


def test_a_title_in_title_case_as_the_moves_object_is_one_name() -> None:
    papers, labels = detect_and_label(TITLE_AS_OBJECT)
    names = [p.name for p in papers]
    assert "Shadows over Sunken Harbours" in names, names
    assert "Shadows" not in names
    paper = next(p for p in papers if p.name == "Shadows over Sunken Harbours")
    assert "Sunken Harbours" in paper.aliases
    # the revisit by its capitalised tail goes back to it
    assert labels[2] == labels[4] == "Shadows over Sunken Harbours"
    assert labels[9] == labels[10] == labels[11] == "Shadows over Sunken Harbours"
    assert labels[5] == labels[7] == "Cartograph"


def test_a_title_needs_its_small_words_and_the_sentences_end() -> None:
    # a name followed by more of the sentence is not read as a title running on
    turns = list(TITLE_AS_OBJECT)
    turns[0] = "Three papers today, all about maps. Starting with Harbourscan in Rotterdam, which maps flooded ports."
    papers, _ = detect_and_label(turns)
    names = [p.name for p in papers]
    assert not any(" in " in n for n in names), names


COINED_WITH_FIGURE = [
    "First up, Vantage, a planner for delivery drones.",
    "It cuts flight time by 9% on their test routes.",
    "Only their routes, though.",
    "True. Keep it on the list.",
    "Last one. A video paper whose title is a whole sentence - teach image models to see 4D motion. I'm calling it the 4D motion paper.",
    "What does it actually do?",
    "It lifts each frame to a rough depth map and trains the model to keep objects where the depth says they are.",
    "And it works?",
    "On their clips, mostly. Fewer objects pop in and out of existence.",
    "Then the 4D motion paper is research for now, and Vantage is worth a try.",
]


def test_a_label_coined_with_any_naming_verb_and_a_figure_is_the_paper() -> None:
    papers, labels = detect_and_label(COINED_WITH_FIGURE)
    names = [p.name for p in papers]
    assert "4D motion" in names, names
    assert labels[4] == labels[6] == labels[8] == "4D motion"
    assert labels[1] == "Vantage"


def test_we_call_it_and_ive_been_calling_it_coin_labels_too() -> None:
    for verb in ("we call it", "I've been calling it", "we're calling it"):
        turns = list(COINED_WITH_FIGURE)
        turns[4] = f"Last one. A title that is a whole sentence, teach image models to see 4D motion; {verb} the 4D motion paper."
        papers, labels = detect_and_label(turns)
        assert "4D motion" in [p.name for p in papers], verb
        assert labels[6] == "4D motion", verb


SET_AGAINST_WITH_FIGURE = [
    "Two papers. First up, Vantage, a planner for delivery drones.",
    "It cuts flight time by 9% on their test routes.",
    "Only their routes, though.",
    "Fair, and it's cheap to test. Then Murmur-TTS, a 2.7 billion parameter speech model that clones a voice from three seconds.",
    "Three seconds is not much audio.",
    "That's the claim. Listeners rate the clones 4.1 out of 5 against 4.3 for the real speakers.",
    "Who were the listeners?",
    "Forty crowd workers. Small.",
    "Vantage, try it. Murmur-TTS stays open, we don't agree.",
]


def test_a_name_set_against_a_kind_of_work_with_a_figure_in_it_is_presented() -> None:
    papers, labels = detect_and_label(SET_AGAINST_WITH_FIGURE)
    names = [p.name for p in papers]
    assert "Murmur-TTS" in names, names
    assert labels[3] == labels[5] == labels[7] == "Murmur-TTS"
    assert labels[1] == labels[2] == "Vantage"


def test_a_verb_of_starting_said_of_others_is_no_move() -> None:
    assert not lexicon.OPENING_CUES.search("They start with Beacon and a small classifier.")
    assert not lexicon.OPENING_CUES.search("Most teams just start with Beacon.")
    assert lexicon.OPENING_CUES.search("And the one everybody starts with is Beacon.")
    assert not lexicon.OPENING_CUES.search("It ends with a linear probe on the frozen features.")
    assert lexicon.OPENING_CUES.search("We start with Beacon.")
    assert lexicon.OPENING_CUES.search("Let's start with Beacon.")
    assert lexicon.OPENING_CUES.search("Starting with the drones, Vantage.")
    assert lexicon.OPENING_CUES.search("I'll kick things off with Vantage.")


OTHERS_START_WITH = [
    "First up, Vantage, a planner for delivery drones.",
    "It cuts flight time by 9% on their test routes.",
    "Last one, an older paper on counting birds from drone photos. Let's call it the bird counting paper.",
    "How old?",
    "2018. It counts gulls on cliffs with a small detector and gets within 5% of hand counts.",
    "So would a team today start there?",
    "No. They start with Beacon and a small classifier, or one of the newer bird models. This paper is history.",
    "Nice history, though. Vantage, try it. The bird counting paper, skip.",
]


def test_a_name_after_someone_elses_verb_of_starting_is_not_introduced() -> None:
    papers, labels = detect_and_label(OTHERS_START_WITH)
    names = [p.name for p in papers]
    assert "Beacon" not in names, names
    assert labels[4] == labels[6] == "bird counting"


ECHO_AND_PARTICLE = [
    "Four papers today. Planning first, Waypoint.",
    "Another planning paper. Carry on.",
    "It plans in a learned map instead of the raw grid, and it is 3x faster than the grid planner.",
    "Faster on what?",
    "On their maze suite, 200 mazes.",
]


def test_a_verb_with_its_particle_said_alone_is_no_title() -> None:
    papers, labels = detect_and_label(ECHO_AND_PARTICLE)
    names = [p.name for p in papers]
    assert names == ["Waypoint"], names
    assert labels[1] == labels[2] == labels[4] == "Waypoint"
    turns = list(ECHO_AND_PARTICLE)
    turns[1] = "Another planning paper. Go ahead."
    papers, _ = detect_and_label(turns)
    assert [p.name for p in papers] == ["Waypoint"]


COMPARED_AT_OPENING = [
    "First up, Stackwise, a model that fills missing cells in spreadsheets.",
    "It reads each row as text and predicts the blank, and gains 6 points on their benchmark.",
    "Their own benchmark, of course.",
    "Sure, but Stackwise keeps its lead as tables grow.",
    "Next, Columnar, from a Lisbon group. Same basic bet as GridFill: pretrain on synthetic tables, then fill cells in one pass.",
    "GridFill does that already. What's new?",
    "Scale. Columnar handles a million rows on one GPU, where GridFill runs out of memory near fifty thousand.",
    "Okay, that's a real difference. GridFill still wins on tiny tables, though.",
    "Verdicts. Stackwise is research, Columnar I'd try.",
    "Agreed.",
]


def test_a_comparison_named_at_a_papers_opening_does_not_take_the_reply() -> None:
    papers, labels = detect_and_label(COMPARED_AT_OPENING)
    names = [p.name for p in papers]
    assert "Columnar" in names and "Stackwise" in names, names
    assert labels[1] == labels[3] == "Stackwise", labels
    assert labels[5] == labels[6] == "Columnar", labels
