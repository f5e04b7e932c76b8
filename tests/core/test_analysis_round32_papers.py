"""Round 32 (paper detection): each mechanism on own invented dialogue, by structural shape."""

from __future__ import annotations

from tests.core.dialogue import detect_and_label


def names(papers) -> set[str]:
    return {p.name for p in papers}


def test_topic_phrase_then_sequence_word_is_a_move():
    # "Robot grasping next." : a verbless topic phrase with the sequence word after it; the name opening the next
    # sentence is the paper introduced
    turns = [
        "Welcome back. Three papers today. Let's start with Quillnet, a parser for receipts.",
        "It reads scanned receipts and fills a table with 91% field accuracy.",
        "Cheap to run, too. Fine, done. Robot grasping next. Gripmind. A planner that picks grasp points from one photo.",
        "It plans a grasp in 40 milliseconds on a laptop GPU.",
        "And it fails on shiny objects, they admit it.",
    ]
    papers, labels = detect_and_label(turns)
    assert "Gripmind" in names(papers)
    assert labels[3] == "Gripmind"


def test_pronoun_or_verb_before_next_is_no_move():
    from tui.core.analysis import lexicon

    for sentence in ("You first.", "What comes next.", "Check the numbers first.", "Safety first."):
        assert lexicon.OPENING_CUES.search(sentence) is None, sentence
    assert lexicon.OPENING_CUES.search("Okay. Speech models next.") is not None


def test_successor_dated_against_the_paper_is_not_introduced():
    turns = [
        "First up, Tessaract-V. A protein encoder trained on 200 million sequences.",
        "It predicts stability better than anything before it.",
        "Hmm. Vaxel-3 came out after this, and bigger. Isn't it overtaken?",
        "On some tasks Vaxel-3 wins, but Tessaract-V is the one people download.",
        "Fair. Moving on, Driftbench. A benchmark of drifting sensors.",
        "They collect 300 sensor logs from 12 factories.",
    ]
    papers, labels = detect_and_label(turns)
    assert "Vaxel-3" not in names(papers)
    assert labels[2] == labels[3] == "Tessaract-V"


def test_label_of_quoted_title_words_reordered_names_the_paper():
    turns = [
        'Two papers. Compression first. The title is "the argument for sparse attention", so it\'s the sparse argument paper.',
        "They run 5,000 experiments on sparse attention at fixed memory.",
        "And the answer is that sparse wins at long context.",
        "Next up, Lumbra, a retrieval model.",
        "It beats BM25 by 4 points.",
    ]
    papers, labels = detect_and_label(turns)
    assert any(p.descriptive and "sparse argument" in p.name for p in papers)
    assert labels[1] == labels[0]


def test_short_acronym_and_capitalised_word_are_one_name():
    turns = [
        "First up, Quillnet, a receipt parser.",
        "It fills tables from scans.",
        "Last one, QX Tessel. The transformer version of Tessel, for separating speakers.",
        "It separates four speakers with 8 dB better SDR than Tessel.",
        "So QX Tessel is the one to use.",
    ]
    papers, labels = detect_and_label(turns)
    assert "QX Tessel" in names(papers)
    assert "QX" not in names(papers)
    assert labels[3] == "QX Tessel"


def test_sequence_word_with_a_presented_name_is_a_move():
    turns = [
        "First up, Quillnet, a receipt parser.",
        "It fills tables from scans with 91% accuracy.",
        "Then Lumora, which is a spin on Vantor.",
        "Vantor guesses tokens blind; Lumora lets each guess see the previous ones.",
        "And that buys what?",
        "About 1.4x faster decoding.",
    ]
    papers, labels = detect_and_label(turns)
    assert "Lumora" in names(papers)
    assert labels[2] == labels[3] == "Lumora"


def test_known_model_qualifying_the_moved_to_noun_is_not_the_paper():
    turns = [
        "First up, Quillnet, a receipt parser.",
        "It fills tables from scans with 91% accuracy.",
        'Okay. Then the GPT-4 dataset. The title is "Looking Before Labelling", so, the looking before labelling paper.',
        "They let the model see the image before writing the question.",
        "So the questions match the pictures.",
    ]
    papers, labels = detect_and_label(turns)
    assert "GPT-4" not in names(papers)
    assert any(p.descriptive and "looking before labelling" in p.name for p in papers)


def test_line_up_description_in_a_papers_name_is_that_paper():
    turns = [
        "Three today: a receipt parser, the old sparse routing paper that started the line, and a weather model. "
        "Let's begin with the parser, Quillnet.",
        "It fills tables from scans with 91% accuracy.",
        "Good enough for bookkeeping.",
        "Second, Sparse Token Routing. This one is from 2017.",
        "It routes each token to two of 64 experts.",
        "Old but foundational.",
    ]
    papers, labels = detect_and_label(turns)
    assert "Sparse Token Routing" in names(papers)
    assert not any(p.descriptive and "sparse routing" in p.name for p in papers)
    assert labels[0] == "Quillnet"
    assert labels[4] == "Sparse Token Routing"


def test_group_in_apposition_after_a_move_is_not_the_paper():
    turns = [
        "Welcome back. Vision first. Kelvora, the open research collective around two students, had a model last "
        "year that read brain scans. The sequel is Brightline, and it needs one hour of data.",
        "One hour instead of forty. That's the headline.",
        "And how good are the pictures?",
        "Better than the old model on 4 of 5 measures.",
    ]
    papers, _ = detect_and_label(turns)
    assert "Kelvora" not in names(papers)
