"""Segmentation shapes from round 20, checked on own dialogue written for these tests (not taken from any seed
or gold set): a paper is put on the table before its name is said (a topic move, turns describing the work,
then the naming moment), so the move and the describing turns are that paper's; a move said at the end of a
turn hands the turns after it over, while a move said and then set aside ("Before we get there - ...") and a
short reply right after a hand-over stay with the paper before; after a move that named nothing, the next new
name is the topic wherever it sits in the turn; a name said as a whole sentence is put on the table, never a
name-check in passing.
"""

from __future__ import annotations

import re

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze
from tui.core.analysis.discussion_bounds import closes_with_move, lead_in_turns, opens_with_move
from tui.core.analysis.papers import DetectedPaper, Mention
from tui.core.analysis.segments import label_turns
from tui.core.analysis.text import split_sentences

ROWS = [
    ("Ana", "Hi all. Three papers on robot hands today. And the first paper is the old grasping problem itself - picking up a mug."),  # 0
    ("Ben", "Sure. This one comes from a lab in Zurich. They train a policy on a million simulated grasps and then move it to a real hand."),  # 1
    ("Ana", "And the trick?"),  # 2
    ("Ben", "A tactile reward that fires whenever the object slips. That's GraspNova."),  # 3
    ("Ana", "Slip sensing is neat, but two hundred objects is a small test."),  # 4
    ("Ben", "Okay, next. Who remembers the marble-run toy from the eighties?"),  # 5
    ("Ana", "Everyone with an older sibling."),  # 6
    ("Ben", "A group in Kyoto rebuilt it as a planning task for robot arms, and they called the benchmark MarblePlan."),  # 7
    ("Ana", "How hard is it, though?"),  # 8
    ("Ben", "The best planner finishes 41% of the tracks, and MarblePlan keeps the hard ones hidden."),  # 9
    ("Ana", "Hidden tracks I like. My call is research."),  # 10
    ("Ben", "Research. From arms to legs. A walking robot from Seoul with one camera and no map, called StrideLM."),  # 11
    ("Ana", "StrideLM walks at two metres per second in their tests."),  # 12
    ("Ben", "On flat floors, I'd guess."),  # 13
    ("Ana", "Verdicts. GraspNova research, MarblePlan research, StrideLM skip."),  # 14
]


def _result(rows=ROWS, name="round20_segments"):
    return papers_and_labels(analyze(episode(rows, name)))


def _labels(rows, names: dict[str, float]) -> list[str]:
    """Segment labels for papers given by hand (name -> strength of every mention, none an introduction), so
    the segmentation shape is checked apart from what detection finds."""
    texts = [text for _, text in rows]
    papers = []
    for name, strength in names.items():
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        mentions = [
            Mention(turn=t, sentence=s_index, surface=name, strength=strength, position=m.start())
            for t, text in enumerate(texts)
            for s_index, sentence in enumerate(split_sentences(text))
            for m in pattern.finditer(sentence)
        ]
        papers.append(DetectedPaper(name=name, aliases=[], mentions=mentions, score=3.0, patterns=[pattern]))
    return [papers[label].name if isinstance(label, int) else label for label in label_turns(papers, texts)]


def test_turns_describing_a_paper_before_its_naming_moment_are_its_own():
    papers, labels = _result()
    assert "GraspNova" in papers
    assert labels[0] == "intro"  # the move closes the intro turn; the turn itself stays the intro's
    assert labels[1] == labels[2] == labels[3] == labels[4] == "GraspNova"


def test_a_move_that_names_nothing_hands_the_turn_and_the_next_to_the_paper_named_after_it():
    # named only late in its turns ("..., and they called the benchmark MarblePlan."): no name-check once a move named nothing
    labels = _labels(ROWS[:11], {"GraspNova": 0.5, "MarblePlan": 0.5})
    assert [labels[t] for t in range(5, 11)] == ["MarblePlan"] * 6
    assert labels[4] == "GraspNova"


def test_a_name_said_late_after_a_bare_move_is_the_topic():
    papers, labels = _result()
    assert "StrideLM" in papers
    assert labels[11] == labels[12] == labels[13] == "StrideLM"
    assert labels[14] == "wrap-up"


ASIDE_ROWS = [
    ("Ana", "Welcome back. Two papers on weather models today, and the first is Driftcast, from a Helsinki team."),  # 0
    ("Ben", "Driftcast forecasts ten days ahead on a single GPU and beats the physics baseline on 70% of the targets."),  # 1
    ("Ana", "Only on temperature, though. Which is roughly where the next paper picks up. Before we get there - your call on this one?"),  # 2
    ("Ben", "Research, for now. The wind numbers are missing."),  # 3
    ("Ana", "Agreed. I'd put it on the reading list and move on."),  # 4
    ("Ben", "Same. Keep the sentence."),  # 5
    ("Ana", "Same city, bigger swing. GaleFormer. It predicts wind and rain together from radar, with 40% lower error on gusts."),  # 6
    ("Ben", "GaleFormer needs radar everywhere, which rules out most of the world."),  # 7
    ("Ana", "Verdicts. Driftcast research, GaleFormer skip."),  # 8
]


def test_a_move_set_aside_and_a_short_reply_after_a_hand_over_stay_with_the_paper_before():
    labels = _labels(ASIDE_ROWS, {"Driftcast": 1.0, "GaleFormer": 0.5})
    assert [labels[t] for t in range(0, 6)] == ["Driftcast"] * 6


def test_a_name_said_as_a_whole_sentence_is_put_on_the_table():
    labels = _labels(ASIDE_ROWS, {"Driftcast": 1.0, "GaleFormer": 0.5})
    assert labels[6] == labels[7] == "GaleFormer"
    # the same name said in passing late in a turn, with no move, stays a name-check
    rows = ASIDE_ROWS[:6] + [("Ana", "The wind gap again. Compare that with what GaleFormer does on gusts."), ("Ben", "Fair.")]
    labels = _labels(rows, {"Driftcast": 1.0, "GaleFormer": 0.5})
    assert labels[6] == labels[7] == "Driftcast"


def test_move_shapes_by_position():
    assert opens_with_move("Okay, next. Who said it first?")
    assert opens_with_move("Fine. From pictures to sound. A Montreal group ...")
    assert opens_with_move("Third, and the strangest one.")
    assert not opens_with_move("That is a long answer about the training set. Next question, then.")
    assert closes_with_move("Good opener. And the first paper is the mug problem itself.")
    assert not closes_with_move("Which is the next paper, really. Before that - where do you land?")


def test_lead_in_stops_at_a_turn_naming_a_paper_and_at_the_closing_round():
    texts = ["Right. Moving on.", "They train on scans.", "That's Pelican."]
    assert lead_in_turns(2, lambda u: True, lambda u: True, texts) == [0, 1]
    assert lead_in_turns(2, lambda u: u != 1, lambda u: True, texts) == []
    assert lead_in_turns(2, lambda u: True, lambda u: u != 0, texts) == []
