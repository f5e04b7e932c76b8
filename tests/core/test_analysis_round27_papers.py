"""Round 27 detection and discussion bounds, on own dialogue.

How a paper is put on the table, by shape: a sequence word taking the floor with a short verbless phrase ("Then
Quillmark.", "Then soil sensors. Loamwise, ..."); the episode's first sentence a discourse marker and a name ("Okay,
Brindle."); a label coined in capitalised words ("let's call it the Zeno's Arrow paper"); a label said as a whole
sentence in the title's own words ("So, the in praise paper."); a label coined for "it" right after a
description renames that paper. What a paper is not: a numbered part ("Version 3 drops the teacher"). Where a
discussion ends: a move whose object points back or is denied moves nowhere ("Can I switch to it ...?", "Then
there's no reason not to"); the closing round is found when one turn judges two earlier papers one sentence each,
or adjacent turns take three earlier papers one each, whatever announces it.
"""

from __future__ import annotations

from tests.core.dialogue import detect_and_label
from tui.core.analysis.discussion_bounds import moves_at_an_edge, sequence_move

SEQUENCE = [
    "First up, Ferncastle, a planner for delivery drones.",
    "It plans routes around no-fly zones, 12% shorter flights on their city maps.",
    "Their maps, though.",
    "Fair, it's one city. I'd call it research for now.",
    "Then Quillmark. A handwriting model for old parish records.",
    "It reads faded ink with a small vision encoder, 30% fewer errors than plain OCR.",
    "On which records?",
    "Two archives, both English.",
    "Then soil sensors. Loamwise, a cheap probe that learns moisture from radio noise.",
    "Radio noise? How?",
    "The probe listens to how a signal fades through wet soil, and a tiny model turns that into a reading.",
    "Okay, lists. Ferncastle, wait. Quillmark, use it if you digitise archives. Loamwise, research.",
]


def test_a_sequence_word_with_a_short_verbless_phrase_puts_the_next_paper_on_the_table() -> None:
    papers, labels = detect_and_label(SEQUENCE)
    names = [p.name for p in papers]
    assert "Quillmark" in names and "Loamwise" in names
    assert labels[4] == labels[5] == labels[7] == "Quillmark"
    assert labels[8] == labels[10] == "Loamwise"
    assert labels[3] == "Ferncastle"


def test_then_with_a_pronoun_a_verb_or_a_list_is_no_move() -> None:
    assert sequence_move("Then Quillmark.") is not None
    assert sequence_move("Okay. Then the archive paper.") is not None
    for said in ("Then it stays open.", "Then grade it.", "Then Quillmark stays open.", "And then the licence.",
                 "Then what?", "Then that's a red flag.", "Then show me the variance."):
        assert sequence_move(said) is None, said


FLOOR = [
    "Okay, Brindle. A speech model that keeps working when two people talk over each other.",
    "Overlapping speech is the classic failure. How do they handle it?",
    "They separate the voices first and transcribe each one, word error down by a quarter on meeting audio.",
    "Meeting audio from where?",
    "Their own recordings, mostly. That's the weak part.",
    "Next up, Harrowgate, a benchmark for spreadsheet agents.",
    "It has agents fix broken formulas in real workbooks, and the best one fixes 41%.",
    "Verdicts. Brindle, worth a try for meeting notes. Harrowgate, research.",
]


def test_the_episode_opening_on_a_bare_name_takes_the_floor_with_that_paper() -> None:
    papers, labels = detect_and_label(FLOOR)
    assert "Brindle" in [p.name for p in papers]
    assert labels[0] == labels[2] == labels[4] == "Brindle"
    assert labels[5] == "Harrowgate"


def test_a_greeting_or_a_speaker_opening_the_episode_is_no_paper() -> None:
    rows = ["Okay, Bo.", "Hi. Welcome back, everyone."] + FLOOR[5:]
    papers, _ = detect_and_label(rows)
    assert "Bo" not in [p.name for p in papers]


COINED = [
    "Three papers. First, Tillerbank, a crop yield model from satellite images.",
    "It predicts yield a month before harvest, within 8% on their farms.",
    "Their farms only, I assume.",
    "Last one is old. The title is a whole sentence about motion being an illusion in video models, so let's call it the Zeno's Arrow paper.",
    "They show video models freeze objects that should move, in 60% of their test clips.",
    "That's a lot of frozen clips.",
    "Next one has a sentence for a title again, in praise of shallow language models. So, the in praise paper.",
    "They train wide shallow models and match deep ones at the same size, 2x faster to run.",
    "Verdicts. Tillerbank, research. The Zeno's Arrow paper, skip. The in praise paper, worth a try.",
]


def test_a_label_coined_in_capitalised_words_names_the_paper() -> None:
    papers, labels = detect_and_label(COINED)
    zeno = [p for p in papers if "Zeno" in p.name]
    assert zeno, [p.name for p in papers]
    assert labels[3] == labels[4] == labels[5] == zeno[0].name
    assert 8 in zeno[0].turns


def test_a_label_said_alone_in_the_titles_words_names_the_paper() -> None:
    papers, labels = detect_and_label(COINED)
    praise = [p for p in papers if "in praise" in p.name]
    assert praise, [p.name for p in papers]
    assert labels[6] == labels[7] == praise[0].name
    assert 8 in praise[0].turns


def test_a_bare_label_in_words_the_turn_never_said_is_no_coined_label() -> None:
    rows = COINED[:6] + ["Next one, about crops again. So, the in praise paper.", COINED[7]]
    papers, _ = detect_and_label(rows)
    assert not any("praise" in p.name for p in papers)


RELABELLED = [
    "First up, Saltmarsh, a tide forecaster for harbours.",
    "It beats the harbour tables by 20% on surge days.",
    "Which harbours?",
    "Three in the North Sea. Fine for research, I'd say.",
    "Then the pruning paper. Its title is a full sentence, pruned models are slower but safer than full ones, so let's call it the slower but safer paper.",
    "They prune half the heads and the model refuses more harmful requests.",
    "Half the heads and it still answers normal questions?",
    "Mostly, 3% worse on their general benchmark.",
    "Verdicts. Saltmarsh, research. The slower but safer paper, skip.",
]


def test_a_label_coined_right_after_a_description_renames_that_paper() -> None:
    papers, labels = detect_and_label(RELABELLED)
    described = [p for p in papers if p.descriptive]
    assert len(described) == 1, [p.name for p in papers]
    assert "slower" in described[0].name and any("pruning" in a for a in described[0].aliases)
    assert labels[4] == labels[5] == labels[7] == described[0].name
    assert labels[0] == labels[3] == "Saltmarsh"


VERSIONED = [
    "Next up, VoxBloom 2, a text to speech model for small devices.",
    "The first one learned from a teacher. Version 2 trains straight on recordings and adds pitch predictors.",
    "And how fast?",
    "Three times faster training, real time on a phone CPU.",
]


def test_a_numbered_part_is_no_paper() -> None:
    papers, labels = detect_and_label(VERSIONED)
    names = [p.name for p in papers]
    assert "Version 2" not in names
    assert labels[1] == labels[3] == "VoxBloom 2"


POINTS_BACK = [
    "So, Ridgeline. It initialises adapters from the weight's top directions instead of zeros.",
    "And it converges faster?",
    "Faster and a bit better, 4 points on their math benchmark.",
    "Can I switch to it without changing my training code?",
    "It's one flag in the usual libraries.",
    "Then there's no reason not to try it.",
    "Moving on. Cobblepath, a router for mixture models that learns from load.",
    "It balances experts without an auxiliary loss, 10% higher throughput.",
]


def test_a_move_whose_object_points_back_or_is_denied_moves_nowhere() -> None:
    papers, labels = detect_and_label(POINTS_BACK)
    assert labels[3] == labels[4] == labels[5] == "Ridgeline"
    assert labels[6] == "Cobblepath"
    assert not moves_at_an_edge("Can I switch to it without changing my training code?")


MY_LIST = [
    "Okay, Kestrelnet. A vision model that counts birds in drone footage.",
    "Counts them how well?",
    "Within 5% of expert counts on their survey flights.",
    "Next up, Moorline, a compressor for sensor logs.",
    "It learns a dictionary per sensor, 6x smaller files.",
    "Last one, Thistledown, a scheduler for GPU clusters.",
    "It packs jobs by predicted memory, 18% more jobs per day on their cluster.",
    "Their cluster. And the predictions fail on new jobs, I bet.",
    "They do fall back to a default for unseen jobs.",
    "Okay, my list. Kestrelnet, use it for the survey. Moorline, try it on the loggers.",
    "Thistledown I'd leave for later.",
    "Agreed.",
]


def test_one_turn_judging_two_earlier_papers_a_sentence_each_opens_the_closing_round() -> None:
    papers, labels = detect_and_label(MY_LIST)
    assert labels[8] == "Thistledown"
    assert labels[9] == labels[10] == labels[11] == "wrap-up"


ROLL = [
    "First up, Pinecrest, a retrieval index for legal documents.",
    "It cuts lookup time in half on their court archive.",
    "Next up, Wrenfield, an agent that files expense reports.",
    "It reads receipts and fills the forms, 92% right on their test set.",
    "Last one, Heathmoor, a speech model for call centres.",
    "It transcribes calls with 20% fewer errors on accented speech.",
    "We disagree on that one, I think.",
    "So, practical advice. If you search legal text, Pinecrest is worth a try this week.",
    "If your team hates expense forms, look at Wrenfield.",
    "And Heathmoor stays open between us.",
    "It does.",
]


def test_adjacent_turns_taking_earlier_papers_one_each_are_the_closing_round() -> None:
    papers, labels = detect_and_label(ROLL)
    assert labels[6] == "Heathmoor"
    assert labels[7] == labels[8] == labels[9] == labels[10] == "wrap-up"
