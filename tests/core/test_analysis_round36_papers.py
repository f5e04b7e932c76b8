"""Round 36 (paper detection and segmentation): each mechanism on own invented dialogue, by structural shape.

The misses of the round: a label coined after a colon ("what I'm calling it: the ... paper") or holding a known
model's name among its plain words; a name with its place in the line-up and a kind of work in apposition ("X next, a
... model"); a single plain word put down as a sentence after a sentence adverb ("Meanwhile, X.") with a verbless
description after it; a short description in the closing round that is an earlier paper said short. Segmentation: a
third-person "lets" read as "let's" (a closing cue), an earlier paper named as the complement of "it's" (a likeness,
no return), a move back whose object is a plain noun phrase holding a word of the paper's name, a listener's
"move on" right before a turn that makes its own move, and "the next paper in the area will ..." (a prediction)."""

from __future__ import annotations

from tests.core.dialogue import detect_and_label


def names(papers) -> set[str]:
    return {p.name.lower() for p in papers}


def test_label_coined_after_a_colon_names_the_paper():
    # the label's words hold a determiner ("your"), so no description pattern reads it; the speaker coins it
    turns = [
        "Three papers today. The first has a title that is advice, mind your gradients, so that's what I'm calling it: the mind your gradients paper.",
        "It clips each layer's update against a running norm, nothing else.",
        "And it helps how much?",
        "Training runs that used to diverge at 30% finish, on their four model sizes.",
        "Fine, a trick worth a try.",
        "Next up, Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term.",
        "Skip it, the old balancing loss does the same.",
        "Okay, last one, Corvid-2. A speech tokenizer.",
        "It halves the bitrate at the same word error rate.",
        "Worth using if you train speech models.",
        "To wrap up: the mind your gradients paper is a cheap fix, Pelican-7 a skip, Corvid-2 worth a try.",
    ]
    papers, labels = detect_and_label(turns)
    assert "mind your gradients" in names(papers)
    assert labels[0] == labels[3] == "mind your gradients"


def test_label_with_a_known_model_among_its_plain_words_names_the_paper():
    # "the ResNet depth and width paper": the known model qualifies the label, the label is no reference to it
    turns = [
        "First up, Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term.",
        "Skip it, the old balancing loss does the same.",
        "For the last one, the title reads like a memo: revisiting convolutions for ResNet depth and width. Let's call it the ResNet depth and width paper. It asks which one to scale first.",
        "And the answer?",
        "Width, up to about 4x, then depth. They trained 300 variants to show it.",
        "Three hundred variants is a real sweep.",
        "Verdicts. Pelican-7 skip, and the ResNet depth and width paper is worth a read.",
    ]
    papers, labels = detect_and_label(turns)
    assert "resnet depth and width" in names(papers)
    assert labels[3] == labels[5] == "ResNet depth and width"


def test_short_description_in_the_closing_round_is_the_paper_whose_discussion_holds_its_words():
    # "the kettle paper" in the wrap-up: "kettle" only ever said in the label paper's discussion
    turns = [
        "First up, Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term.",
        "Skip it, the old balancing loss does the same.",
        "Last one. The title reads like a chore list, so let's call it the household chores paper. A robot learns to tidy a kitchen from videos.",
        "Tidy how?",
        "It puts away cups and fills the kettle, 70% success on their three kitchens.",
        "A kettle is a low bar, but fine.",
        "Stepping back, both papers are about cheap supervision.",
        "Sure, though the kettle paper is the only one I'd demo. Pelican-7 I'd skip.",
    ]
    papers, labels = detect_and_label(turns)
    assert "kettle" not in names(papers)
    assert "household chores" in names(papers)


def test_third_person_lets_is_no_closing_cue():
    # "the same head lets it grade its own answer": a verb, not "let's grade"
    turns = [
        "First up, Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term.",
        "Skip it.",
        "Next up, Corvid-2. A speech tokenizer.",
        "Right, and the same head lets it grade its own output, so every clip comes back with a quality score.",
        "And the bitrate?",
        "Half of the old codec at the same error rate.",
        "Verdicts. Pelican-7 skip, Corvid-2 worth a try.",
    ]
    _, labels = detect_and_label(turns)
    assert labels[4] == labels[6] == "Corvid-2"


def test_name_with_its_place_in_the_line_up_and_a_kind_of_work_is_introduced():
    turns = [
        "First up, Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term.",
        "Then we disagree on that one, and it stays open.",
        "Fine. KestrelNet next, a small detector that was actually timed on a drone.",
        "Timed where?",
        "On the drone's own board, 40 frames per second.",
        "Worth using if you fly drones.",
        "Verdicts. Pelican-7 open, KestrelNet worth a try.",
    ]
    papers, labels = detect_and_label(turns)
    assert "kestrelnet" in names(papers)
    assert labels[3] == labels[5] == "KestrelNet"


def test_single_plain_word_put_down_after_a_sentence_adverb_is_introduced():
    # "Meanwhile, Ravenna. Scheduling for requests that share a prompt.": no name shape, no cue word; the verbless
    # description after it and the name said again later make it the paper
    turns = [
        "First up, Pelican-7. A router for mixture models.",
        "It balances experts, but let me check their numbers and we'll come back to it.",
        "Fine. Park it.",
        "Meanwhile, Ravenna. Scheduling for requests that share a long prompt.",
        "Like one system prompt on every call?",
        "Exactly, and it reads the prompt once per batch. Up to 12x throughput.",
        "And who runs Ravenna today?",
        "Nobody yet, it's research until the engines take it.",
        "Okay, back to Pelican-7. Did you find the numbers?",
        "Yes, 3% better than the old balancing loss.",
    ]
    papers, labels = detect_and_label(turns)
    assert "ravenna" in names(papers)
    assert labels[3] == labels[5] == labels[7] == "Ravenna"
    assert labels[8] == labels[9] == "Pelican-7"


def test_plain_word_put_down_needs_a_verbless_description_after_it():
    # "Anyway, Boston. It was a long trip.": a sentence with its own subject after the word, no description
    turns = [
        "First up, Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term.",
        "Anyway, Boston. It was a long trip and I read it on the plane.",
        "How was Boston?",
        "Cold. The paper, though, is fine. Skip it.",
    ]
    papers, _ = detect_and_label(turns)
    assert "boston" not in names(papers)


def test_earlier_paper_as_the_complement_of_its_is_a_likeness_not_a_return():
    turns = [
        "First up, Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term.",
        "Skip it.",
        "Last one, Corvid-2. A robot that learns a world model first and then trains in it.",
        "So it's the Pelican-7 paper again, only slower.",
        "Different angle. The same settings also learn pick and place on two arms.",
        "How many runs per robot?",
        "Few, which is normal for hardware.",
        "Verdicts. Pelican-7 skip, Corvid-2 research.",
    ]
    _, labels = detect_and_label(turns)
    assert labels[4] == labels[5] == labels[7] == "Corvid-2"


def test_move_back_to_a_plain_phrase_holding_a_word_of_the_name():
    # "back to the glider robot": no name said, a word of "Glider Arm" inside the object of "back to"
    turns = [
        "First up, Glider Arm. A cheap robot arm that learns to throw.",
        "How often does it hit the target? Let me check and I'll come back to it.",
        "Fine, park it.",
        "Next up - Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term.",
        "Skip it, the old loss does the same.",
        "Okay, back to the glider robot, I found the hit rates. It lands 80% of throws on the near targets.",
        "80% on the near ones is a careful sentence.",
        "It is. Research.",
        "Verdicts. Glider Arm research, Pelican-7 skip.",
    ]
    _, labels = detect_and_label(turns)
    assert labels[6] == labels[7] == labels[8] == "Glider Arm"


def test_listener_move_on_before_a_turn_that_moves_itself_stays_with_its_paper():
    turns = [
        "First up, Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term.",
        "Then listeners can skip it. Read the abstract and move on.",
        "Moving on. Corvid-2, a speech tokenizer.",
        "It halves the bitrate at the same error rate.",
        "Worth a try.",
        "Verdicts. Pelican-7 skip, Corvid-2 worth a try.",
    ]
    _, labels = detect_and_label(turns)
    assert labels[2] == "Pelican-7"
    assert labels[3] == "Corvid-2"


def test_the_next_paper_as_the_subject_of_a_prediction_is_no_move():
    turns = [
        "First up, Pelican-7. A router for mixture models.",
        "It balances experts with a single extra loss term, 2% better on their set.",
        "So who switches?",
        "Not for a gain that size. It's a nice design, and the next paper in the area will probably beat it anyway.",
        "Next, Corvid-2, a speech tokenizer that halves the bitrate.",
        "Worth a try.",
        "Verdicts. Pelican-7 skip, Corvid-2 worth a try.",
    ]
    _, labels = detect_and_label(turns)
    assert labels[3] == "Pelican-7"
    assert labels[4] == "Corvid-2"
