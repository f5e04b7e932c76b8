"""Round 35 (paper detection): each mechanism on own invented dialogue, by structural shape.

Most misses of the round were described papers: a title that is a sentence, given a label by the host. The label
was coined with a bare imperative ("Call it the ... paper."), held a field's acronym among its plain words, or
followed a description said earlier in passing inside another paper's discussion. The others were names in plain
words, set by a comma against an indefinite description of a kind of work, right after a move that named no paper."""

from __future__ import annotations

from tests.core.dialogue import detect_and_label


def names(papers) -> set[str]:
    return {p.name.lower() for p in papers}


def test_label_coined_with_a_bare_imperative_names_the_paper():
    # "Call it the ... paper.": the imperative opening its sentence coins the label like "I'll call it ...", a label
    # no description pattern reads ("can" makes it a clause)
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot straight from a floor plan.",
        "It covers 94% of rooms on their office set. Research for now.",
        "The third one proves something about sparse routers: that they can forget. Call it the routers can forget paper.",
        "A proof or experiments?",
        "A proof with one toy experiment. Routing keeps old experts reachable, so nothing is ever overwritten.",
        "So who should read it?",
        "People designing continual learning setups. Not something to deploy.",
        "To wrap up: Tarragon-3 research, and the routers can forget paper is for theorists.",
    ]
    papers, labels = detect_and_label(turns)
    assert "routers can forget" in names(papers)
    assert labels[2] == labels[4] == labels[6] == "routers can forget"


def test_coined_label_with_a_field_acronym_among_plain_words():
    # "the tiny RL versus prompting paper": a field acronym among the label's words does not make it a known name
    turns = [
        "Okay, Tarragon-3 first. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their set. I'd call it research.",
        "Third on my list asks whether small models learn better from RL or from prompting, and I'll call it the tiny RL versus prompting paper.",
        "And the answer?",
        "Mostly no. RL wins on math tasks once the model passes a billion parameters, prompting below that.",
        "On math. What about open-ended writing?",
        "They don't test it, and I'd expect it to collapse there.",
        "Wrapping up: Tarragon-3 is research, and the tiny RL versus prompting paper is worth a small trial.",
    ]
    papers, labels = detect_and_label(turns)
    assert "tiny rl versus prompting" in names(papers)
    assert labels[2] == labels[4] == labels[6] == "tiny RL versus prompting"


def test_description_said_in_passing_earlier_joins_the_label_coined_when_it_is_tabled():
    # "it will make more sense after the privacy paper" inside another discussion, later "Okay, the privacy one. ...
    # so let's call it the forget on request paper.": one paper, opened where it is put on the table
    turns = [
        "Let's start with Tarragon-3, a planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their office set. Let's park it, it will make more sense after the privacy paper.",
        "Fine. Next, QuillNet. It parses receipts into a table of line items.",
        "How accurate is it?",
        "91% field accuracy on their receipts, less on faded ones.",
        "Right, the privacy one. Long title, I'll spare you, let's call it the forget on request paper.",
        "What does it do?",
        "It removes one user's data from a trained model without retraining, by replaying a small counter-set.",
        "And does it actually forget?",
        "Membership attacks drop to chance on the removed users, they say.",
        "Wrapping up: Tarragon-3 research, QuillNet try it, and the forget on request paper is promising.",
    ]
    papers, labels = detect_and_label(turns)
    forget = [p.name for p in papers if "forget" in p.name]
    assert len(forget) == 1 and "privacy" not in names(papers)
    assert labels[5] == labels[7] == labels[9] == forget[0]
    assert labels[1] == "Tarragon-3"


def test_plain_name_set_against_a_kind_right_after_a_move_is_introduced():
    # "Final pick, materials. Hartree lattice search, a sampler that ...": a proper noun leads the plain-word
    # name, presented against an indefinite description of a kind of work; said again later
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their set. Research.",
        "Final pick, materials. Hartree lattice search, a sampler that proposes crystal structures without the relaxation step.",
        "Skips it how?",
        "A learned energy model scores candidates directly. They find 40% more stable structures per GPU hour than Hartree sampling baselines.",
        "Stable by their own energy model, though.",
        "Fair, the lab checks only a handful.",
        "Wrapping up: Tarragon-3 research, and Hartree lattice search is for the materials people.",
    ]
    papers, labels = detect_and_label(turns)
    assert "hartree lattice search" in names(papers)
    assert labels[2] == labels[4] == labels[6] == "Hartree lattice search"


def test_plain_name_after_a_description_said_as_the_move():
    # "Then the farming one. The RL greenhouse-keeper, an agent built on ...": the description alone is the move,
    # the name led by an acronym is set against a kind of work (a version number inside the description)
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their set. Research.",
        "Sure. Then the farming one. The RL greenhouse-keeper, an agent built on Llama 3.1 for heating and watering.",
        "An LLM running a greenhouse?",
        "It writes the setpoints every hour and a safety layer clips them. Yield was 8% higher over one season.",
        "One season, one greenhouse.",
        "Yes, that's the weak spot.",
        "Wrapping up: Tarragon-3 research, and the RL greenhouse-keeper, a nice demo, not a product.",
    ]
    papers, labels = detect_and_label(turns)
    assert "rl greenhouse-keeper" in names(papers)
    assert labels[2] == labels[4] == "RL greenhouse-keeper"


def test_field_words_set_against_a_kind_are_no_paper():
    # "Sparse autoencoders, a tool for ...": the capital is the sentence's, not a proper noun's
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their set. Research.",
        "Next, interpretability. Sparse autoencoders, a tool for splitting activations into features.",
        "Where?",
        "They probe the planner with sparse autoencoders and find a room-type feature.",
    ]
    papers, _ = detect_and_label(turns)
    assert "sparse autoencoders" not in names(papers)


def test_name_against_a_kind_after_a_move_that_named_a_paper_is_not_introduced():
    # "Next, QuillNet. Vexel scoring, a metric for ...": the move's object was the paper; the rest is said about it
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their set. Research.",
        "Next, QuillNet. Vexel scoring, a metric for receipt parsing that weights totals.",
        "And the number?",
        "91 on Vexel scoring, against 84 for the older parser.",
        "Wrapping up: Tarragon-3 research, QuillNet try it.",
    ]
    papers, _ = detect_and_label(turns)
    assert "quillnet" in names(papers)
    assert "vexel scoring" not in names(papers)


def test_superlative_of_a_generic_word_describes_no_paper():
    # "it'd be the oldest paper": a ranking of the papers, no description of one
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their set. Research.",
        "Next, QuillNet. It parses receipts into line items.",
        "91% field accuracy on their receipts.",
        "If I had to drop one, it'd be the oldest paper; the newest one I'd read twice.",
    ]
    papers, _ = detect_and_label(turns)
    assert not {"oldest", "newest"} & names(papers)


def test_ordinal_closing_a_clause_introduces_nothing():
    # "check it on your own data first, FooBench won't tell you": the ordinal is the clause's adverb, no move
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their office set.",
        "I'd ship it. Run it on your own floor plans first, Kestrel-Bench won't tell you about messy homes.",
        "Agreed. Next, QuillNet. It parses receipts into line items.",
        "91% field accuracy on their receipts.",
    ]
    papers, _ = detect_and_label(turns)
    assert "kestrel-bench" not in names(papers)
    assert {"tarragon-3", "quillnet"} <= names(papers)


def test_name_after_a_score_figure_is_a_metric():
    # "Next, 71.2 HOTA on the harder split": the name after a score's figure, first after the
    # move, is the unit the score is given in, not the move's object
    turns = [
        "First up, Tarragon-3. A tracker that follows shoppers across store cameras.",
        "And the scores?",
        "Next, 71.2 HOTA on the harder split, the best of the lot.",
        "Fine. Next, QuillNet. It parses receipts into line items.",
        "91% field accuracy on their receipts, and HOTA doesn't come into it.",
    ]
    papers, _ = detect_and_label(turns)
    assert "hota" not in names(papers)
    assert {"tarragon-3", "quillnet"} <= names(papers)


def test_field_acronym_opening_a_description_after_a_move_is_not_the_paper():
    # "QuillNet, yet another VLM extraction paper": the acronym heads a description, it names no paper
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "A VLM reads the plan first. It covers 94% of rooms on their set. Research.",
        "Next up is QuillNet, yet another VLM extraction paper, this time for receipts.",
        "Does the VLM need fine-tuning per store?",
        "No, one model for every receipt layout, 91% field accuracy. A VLM that size runs on a phone.",
    ]
    papers, _ = detect_and_label(turns)
    assert "vlm" not in names(papers)
    assert {"tarragon-3", "quillnet"} <= names(papers)


def test_closing_description_in_the_words_of_a_described_papers_opening_turn_is_that_paper():
    # "Next, a geology classic. ... I'll say the rockfall paper for short." then at the end "the boring geology paper
    # from 2009": the turn that put the described paper on the table lends it its words
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their set. Research.",
        "Next, a geology classic. Its title runs to a paragraph on predicting slope failures from rain records; I'll say the rockfall paper for short.",
        "What do they predict exactly?",
        "Which slopes fail within a week of heavy rain. A logistic model on rainfall and slope angle, nothing fancy.",
        "And it holds up?",
        "Across two mountain ranges, yes. The rockfall paper is still the baseline people cite.",
        "Okay. Anything that ties the week together?",
        "Funny how it goes: the boring geology paper from 2009 is what I'd actually use.",
    ]
    papers, _ = detect_and_label(turns)
    assert not any("geology" in name for name in names(papers))
    rockfall = next(p for p in papers if p.name == "rockfall")
    assert 8 in rockfall.turns


def test_adverb_said_as_a_sentence_after_a_move_is_no_name():
    # "Last one is a short position paper from a hospital lab about triage models. Predictably.": the adverb said
    # on its own is a comment, not the move's object
    turns = [
        "First up, Tarragon-3. A planner that routes a cleaning robot from a floor plan.",
        "It covers 94% of rooms on their set. Research.",
        "Last one is a short position paper from a hospital lab about triage models. Predictably. Someone had to say that accuracy hides the rare cases.",
        "Which rare cases?",
        "The ones a nurse would flag by hand. The paper asks every triage model to report recall on them.",
        "Wrapping up: Tarragon-3 research, and the triage paper, read it.",
    ]
    papers, _ = detect_and_label(turns)
    assert "predictably" not in names(papers)
