"""Round 34 (paper detection): each mechanism on own invented dialogue, by structural shape.

The misses of the round had one thing in common: the paper was put on the table by a sentence that does nothing
but say its name (or say it beside a description of a paper), with no cue word the scanner knew, or a cue whose
object was spelled in plain lower-case words."""

from __future__ import annotations

from tests.core.dialogue import detect_and_label


def names(papers) -> set[str]:
    return {p.name.lower() for p in papers}


def test_name_said_as_a_sentence_of_its_own_is_put_on_the_table():
    # "So, QuillNet.": a discourse marker and the name, the turn going on to describe it; said again later
    turns = [
        "So, Tarragon-3. A planner that reads floor plans and routes a cleaning robot in one pass.",
        "One pass over what?",
        "The whole plan, as an image. They report 94% room coverage on their office set.",
        "Office sets are tidy. Fine, park it.",
        "Okay, QuillNet. It parses receipts into a table, line items and totals.",
        "How accurate?",
        "91% field accuracy on their receipts, less on faded ones.",
        "Verdicts then. Tarragon-3, research. QuillNet, I'd try it this week.",
    ]
    papers, labels = detect_and_label(turns)
    assert {"tarragon-3", "quillnet"} <= names(papers)
    assert labels[4] == labels[6] == "QuillNet"


def test_name_after_a_lead_in_clause_is_put_on_the_table():
    # "Staying on robots, GripMind.": a short lead-in on a verb's -ing form, then the name alone
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their set. I'd call it research.",
        "Staying on robots, GripMind. This one picks grasp points from a single photo.",
        "From one photo? What about occlusion?",
        "They admit it drops to 60% when half the object is hidden.",
        "Wrapping up: Tarragon-3 research, GripMind worth a pilot.",
    ]
    papers, labels = detect_and_label(turns)
    assert "gripmind" in names(papers)
    assert labels[2] == labels[4] == "GripMind"


def test_bare_name_answering_a_question_is_not_put_on_the_table():
    # "Which baseline?" - "Oh. VexNet. ...": an answer names a thing, it moves no discussion
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "And which planner do they beat?",
        "Oh. VexNet. They beat it by 12 points of coverage.",
        "Is that a strong baseline?",
        "Not really, VexNet is from 2019.",
        "Verdict: Tarragon-3 is research.",
    ]
    papers, _ = detect_and_label(turns)
    assert "vexnet" not in names(papers)


def test_bare_name_said_once_is_not_a_paper():
    # a name said as a sentence and never taken up again is no discussed paper
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "Routes it how?",
        "Then Dijkstra-ish search. Nothing fancy, the trick is the map encoder.",
        "So, BrindleCam. Hm, no, that one is for next week. Back to the map encoder.",
        "The encoder is a small convolutional net trained on 4,000 plans.",
        "Verdict: Tarragon-3 is research.",
    ]
    papers, _ = detect_and_label(turns)
    assert "brindlecam" not in names(papers)


def test_known_model_with_a_coined_word_after_it_is_its_own_paper():
    # "Okay, Mistral Lens.": a known model's name and a coined word is a work built on the model
    turns = [
        "Okay, Mistral Lens. Someone trained probes on every layer of a 7B model and released them as a kit.",
        "Every layer? Who needs that?",
        "People who study internals. They released 64 probes.",
        "Fine, research resource.",
        "Moving on - GripMind, a grasp planner from one photo.",
        "It picks grasps in 40 milliseconds.",
        "Verdicts. Mistral Lens is research. GripMind is worth a pilot.",
    ]
    papers, labels = detect_and_label(turns)
    assert "mistral lens" in names(papers)
    assert labels[0] == labels[2] == "Mistral Lens"


def test_capitalised_word_before_a_known_model_is_part_of_the_name():
    # "Moving on. Welsh Falcon.": the move's object is the whole phrase, not the known model's name in it
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms. Research.",
        "Moving on. Welsh Falcon. Teaching an English-first model a new language with 8,000 new tokens.",
        "Does the vocabulary trick hold up?",
        "It cuts sequence length by half on Welsh text.",
        "Verdicts. Tarragon-3 research. Welsh Falcon worth reading if you add a language.",
    ]
    papers, labels = detect_and_label(turns)
    assert "welsh falcon" in names(papers)
    assert "falcon" not in names(papers)
    assert labels[2] == labels[4] == "Welsh Falcon"


def test_single_lower_case_word_after_a_move_said_again_is_a_paper():
    # "Last one, waveformers.": a single plain word filling the move's sentence, new, said again in a later turn
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms. Research.",
        "Last one, waveformers. Back to audio.",
        "Instead of a spectrogram, the model reads the raw samples in patches of 400.",
        "And it matches the spectrogram models on 5 of 7 tasks.",
        "Verdicts. Tarragon-3 research, and waveformers stay open.",
    ]
    papers, labels = detect_and_label(turns)
    assert "waveformers" in names(papers)
    assert "back to audio" not in names(papers)
    assert labels[2] == labels[4] == "waveformers"


def test_everyday_word_after_a_move_is_not_a_paper():
    # "Moving on, results.": a part of the discussion, said again, is no paper
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "How does it route?",
        "Moving on, results. It covers 94% of rooms.",
        "And the results on cluttered rooms?",
        "Lower, about 80%.",
        "Verdict: Tarragon-3 is research.",
    ]
    papers, _ = detect_and_label(turns)
    assert "results" not in names(papers)


def test_lower_case_title_after_the_article_is_the_move_object():
    # "Moving on - the quiet neuron conjecture.": a plain-words name after "the", said again later
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms. Research.",
        "Moving on - the quiet neuron conjecture. The claim is that most units in a trained net never fire on real data.",
        "Most? How many?",
        "They count 70% silent units in a 12-layer model.",
        "Verdicts. Tarragon-3 research. The quiet neuron conjecture is science, not savings.",
    ]
    papers, labels = detect_and_label(turns)
    assert "quiet neuron conjecture" in names(papers)
    assert labels[2] == labels[4] == "quiet neuron conjecture"


def test_plain_words_name_beside_a_description_of_a_paper():
    # "Stacked residual matching, the statistics one, which ...": a name and "the X one" side by side
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms. Research.",
        "Switching worlds. Stacked residual matching, the statistics one, which plenty of analysts use without knowing.",
        "Remind me what it does.",
        "Two prediction models, one for the outcome and one for the treatment, then you match the residuals.",
        "Verdicts. Tarragon-3 research. Stacked residual matching you should already be using.",
    ]
    papers, labels = detect_and_label(turns)
    assert "stacked residual matching" in names(papers)
    assert labels[2] == labels[4] == "Stacked residual matching"


def test_title_in_apposition_after_a_description_of_a_paper():
    # "... an older speech one, Silent in Transit.": a description of a paper, then its title closing the sentence
    turns = [
        "Three papers today. Starting is an older speech one, Silent in Transit. It trains one encoder on clips and "
        "on single frames.",
        "Single frames of audio?",
        "Short windows, yes, treated as clips of length one.",
        "Moving on - GripMind, a grasp planner from one photo.",
        "It picks grasps in 40 milliseconds.",
        "Verdicts. Silent in Transit, skip it today. GripMind, a pilot.",
    ]
    papers, labels = detect_and_label(turns)
    assert "silent in transit" in names(papers)
    assert "silent" not in names(papers)
    assert labels[0] == labels[2] == "Silent in Transit"


def test_word_of_the_move_later_used_as_a_label_joins_the_tabled_name():
    # "Last one. The title is in Greek." - "Pantha Rhei. ..." ... "the Greek paper": one paper, not two
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms. Research.",
        "Last one. The title is a motto in Greek.",
        "Pantha Rhei. Everything flows. It's a position paper on drifting benchmarks.",
        "And what does Pantha Rhei claim?",
        "That half the gains on their ten benchmarks vanish on a fresh split.",
        "If the Greek paper is right, our leaderboard numbers are soft.",
        "Verdicts. Tarragon-3 research, the Greek one open.",
    ]
    papers, _ = detect_and_label(turns)
    assert "pantha rhei" in names(papers)
    assert "greek" not in names(papers)
