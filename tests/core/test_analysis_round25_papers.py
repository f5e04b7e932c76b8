"""Round 25 detection and routing, on own dialogue.

A label the speaker coins in the title's own words, prepositions and all ("so I'll just call it the out of
the blue paper"), names the paper; a work named on a well-known model with a coined tail ("Moving on.
Mistral-Scribe.") is that work, not the model; a paper still to be written ("unless you're writing the next
distillation paper") describes nothing under discussion; a promise to come back to a parked point ("I'll come
back to that") is no move to the next paper; a name set against an indefinite description headed by any noun
("Parrot-7 - an open spoken chatbot in French and German.") is introduced; "no." ends a sentence unless a
number follows it.
"""

from __future__ import annotations

from tests.core.dialogue import detect_and_label
from tui.core.analysis.text import split_sentences

COINED = [
    "Three papers today. The first has a title that is a whole sentence about models failing on new data, so I'll just call it the out of the blue paper.",
    "A sentence for a title. Bold.",
    "They feed models inputs from a domain none of them trained on and watch the confidence scores stay high.",
    "How high?",
    "Above ninety percent on inputs the model cannot possibly know. That's the finding.",
    "Next up - Ferrowick. It compresses sensor logs with a learned dictionary.",
    "They report a 6x smaller archive with no loss on their replay tests.",
    "Last one, Glassbay, a retrieval index for scanned receipts.",
    "It reads totals off the image and indexes them, 2x faster lookups.",
    "Okay, verdicts. The out of the blue paper is worth reading, not acting on.",
    "Ferrowick I'd put in the pipeline this week.",
    "And Glassbay is a skip for now.",
]


def test_a_coined_label_of_function_words_names_the_paper() -> None:
    papers, labels = detect_and_label(COINED)
    names = [p.name for p in papers]
    coined = [n for n in names if "blue" in n]
    assert coined, names
    assert labels[0] == labels[2] == labels[4] == coined[0]
    assert labels[5] == "Ferrowick"
    mentioned = {m.turn for p in papers if p.name == coined[0] for m in p.mentions}
    assert 9 in mentioned  # said again in the closing round in the same words


MODEL_TAIL = [
    "Two papers this week. First up is Brineflow, a planner for warehouse robots.",
    "It plans pick routes with a graph search, 18% shorter routes on their floor plans.",
    "Their floor plans, though.",
    "Fair, it's one company's warehouses.",
    "Moving on. Mistral-Scribe.",
    "They bolt a handwriting encoder onto a small language model and train it to transcribe old ledgers.",
    "Old ledgers is a niche.",
    "A niche with a lot of archives. Character error drops by a third against plain OCR.",
    "Verdicts. Brineflow, research for now. The ledger one, I'd use it for the archive project.",
]


def test_a_work_named_on_a_known_model_with_a_coined_tail_is_that_work() -> None:
    papers, labels = detect_and_label(MODEL_TAIL)
    assert "Mistral-Scribe" in [p.name for p in papers]
    assert labels[5] == labels[7] == "Mistral-Scribe"


def test_a_known_model_with_a_version_is_still_not_introduced_by_its_tail_rule() -> None:
    from tui.core.analysis.papers import _coined_on_a_model

    assert _coined_on_a_model("Mistral-Scribe")
    assert not _coined_on_a_model("Llama-3")
    assert not _coined_on_a_model("GPT-4o")
    assert not _coined_on_a_model("Claude-Opus")
    assert not _coined_on_a_model("Brineflow")


UNWRITTEN = [
    "First up, Quarrystone, a self-supervised audio encoder for bird calls.",
    "They pretrain on ten thousand hours of unlabeled forest recordings.",
    "And fine-tune on a few hundred labeled calls.",
    "Then I don't see who starts here today. Skip it unless you're writing the next distillation paper.",
    "Moving on. This one is from a weather lab, about forecasting hail. I'll call it the hail paper.",
    "Forecasting hail from what?",
    "Radar stacks, with a small transformer on top, 30% fewer false alarms.",
    "Okay, verdicts. Quarrystone, skip. The hail paper, research.",
]


def test_a_paper_still_to_be_written_describes_nothing_on_the_table() -> None:
    papers, labels = detect_and_label(UNWRITTEN)
    names = [p.name for p in papers]
    assert not any("distillation" in n for n in names)
    assert labels[3] == "Quarrystone"
    assert labels[4] == labels[6] == "hail"


PARKED = [
    "Let's start with the robots, Pebblenet. It scores robot policies in simulation instead of on hardware.",
    "Does the ranking match the real world?",
    "Mostly. They rebuild the real scenes and match the textures.",
    "Which policies, how many?",
    "A handful of public ones. I'll come back to how well it ranks them, I want to check their figures first.",
    "Fine, park it. Next, a paper about reading maps. I'll call it the map reading paper.",
    "They train a model to answer questions about transit maps.",
    "Verdicts. Pebblenet, research. The map reading paper, skip.",
]


def test_a_promise_to_come_back_is_no_move_to_the_next_paper() -> None:
    papers, labels = detect_and_label(PARKED)
    assert labels[4] == "Pebblenet"
    assert labels[5] != "Pebblenet"


APPOSED = [
    "First up is Tallowmark, a watermark for generated audio.",
    "It survives compression down to 32 kbps, they say.",
    "Their own codecs, though.",
    "Okay, speech. Parrot-7 - an open spoken chatbot in French and German.",
    "Speech goes in as tokens and comes out as tokens, no separate recognizer.",
    "Which means what for latency?",
    "About 300 milliseconds to the first sound on one GPU.",
]


def test_a_name_set_against_a_description_headed_by_any_noun_is_introduced() -> None:
    papers, labels = detect_and_label(APPOSED)
    parrot = [p for p in papers if p.name == "Parrot-7"]
    assert parrot and any(m.intro for m in parrot[0].mentions if m.turn == 3)
    assert labels[3] == labels[4] == labels[6] == "Parrot-7"


def test_no_ends_a_sentence_unless_a_number_follows() -> None:
    assert split_sentences("It isn't cheap, no. Several passes per query.") == ["It isn't cheap, no.", "Several passes per query."]
    assert split_sentences("See table No. 4 for that. No. It was not.") == ["See table No. 4 for that.", "No.", "It was not."]
