"""Round 19, paper detection: the naming moment, and structure when the wording gives no cue.

Own invented dialogue, varied on purpose (different words, same shape): after the work has been described, its
name is said as the complement of a demonstrative, pronoun or work-noun subject ("That's X.", "And that's X, from
...", "The model is X and it ...", "the name is, predictably, X", "the method, which is X, ..."). The show's own
name said the same way in a greeting or a sign-off is no paper, and a name asked about ("That's X?") or said as
the start of a longer complement ("that's X territory") is no naming."""

from __future__ import annotations

from tui.core.analysis.papers import detect_papers, sentences_of


def _names(turns: list[str]) -> list[str]:
    return [p.name for p in detect_papers(sentences_of(turns), speakers=("Ana", "Ben"))]


def _episode(naming: str) -> list[str]:
    """An opening, one described-then-named work with a few pronoun turns, and a second, plainly introduced one."""
    return [
        "Two papers about compressing attention today.",
        "Where do we start?",
        "With the one that prunes heads as it decodes. It scores every head on the fly and drops the quiet ones.",
        naming,
        "And it keeps 95% of the quality with a third of the heads.",
        "A third is a lot to drop.",
        "They show it on four model sizes, though.",
        "Next up is Hollowmark, from a Zurich group, which caches keys in eight bits.",
        "Eight bits for keys only?",
        "Keys only. Values stay at sixteen.",
        "Hollowmark I'd ship.",
        "Fine by me.",
    ]


def test_a_name_said_as_the_complement_of_a_demonstrative_is_introduced():
    for naming in (
        "That's HeadTrim.",
        "And that's HeadTrim, out of a small lab in Lyon.",
        "So this is HeadTrim - a very plain idea.",
        "The method is HeadTrim and it needs no retraining.",
        "The name is, predictably, HeadTrim.",
        "It's called HeadTrim.",
        "Okay, the method, which is HeadTrim, needs no retraining at all.",
    ):
        assert "HeadTrim" in _names(_episode(naming)), naming


def test_an_acronym_named_that_way_is_introduced_despite_its_shape():
    for naming in ("And that's QHP.", "Right, the system is QHP, from Oslo.", "That is QHP, more or less."):
        assert "QHP" in _names(_episode(naming)), naming


def test_a_question_or_a_longer_complement_is_no_naming():
    for naming in ("That's HeadTrim?", "That's HeadTrim territory, I suppose.", "Honestly that's HeadTrim with extra steps."):
        assert "HeadTrim" not in _names(_episode(naming)), naming


def test_the_show_naming_itself_is_no_paper():
    turns = _episode("That's HeadTrim.")
    greeting = ["This is Tensor Tuesday. I'm Ana, and Ben is here too."] + turns[1:]
    assert "Tensor Tuesday" not in _names(greeting)
    signoff = turns + ["Thanks for listening.", "That's Tensor Tuesday."]
    assert "Tensor Tuesday" not in _names(signoff)
    assert "HeadTrim" in _names(signoff)


def _second_work(presenting: str) -> list[str]:
    """A first paper introduced plainly, then a second whose only presentation is the given sentence."""
    return [
        "Two papers on editing facts today.",
        "First up is PatchLens, which finds where a fact lives.",
        "It traces the activations layer by layer.",
        "And the edit goes where the trace lights up.",
        "That part I buy. Anyway, I rate Nullcraft more.",
        "Why?",
        presenting + " The trick is to keep every update away from what should stay put.",
        "How big is the gain?",
        "About 30% on their sequential benchmark.",
        "Nullcraft I'd try, PatchLens I'd read.",
        "Agreed.",
    ]


def test_a_name_opening_a_sentence_whose_predicate_is_its_source_is_presented():
    for presenting in (
        "Nullcraft is from a Tsinghua group, and it's about edits piling up.",
        "Nullcraft comes out of KAIST.",
        "So Nullcraft was from the Edinburgh NLP people.",
    ):
        assert "Nullcraft" in _names(_second_work(presenting)), presenting


def test_a_paper_named_by_the_labs_behind_it_is_described_not_named_after_a_lab():
    for move, key in (
        ("The next one is the UNC and Google paper, and it asks a blunt question.", "UNC and Google paper"),
        ("Next up, the Stanford/Meta one, which asks a blunt question.", "Stanford and Meta paper"),
    ):
        turns = ["Two papers today.", "First up is PatchLens, a tracer.", "It traces layer by layer.", move,
                 "Does tracing tell you where to edit? No.", "That's brutal.", "Closing round. PatchLens I'd read.",
                 "The other one I'd skip."]
        names = _names(turns)
        assert key in names and "UNC" not in names and "Stanford" not in names, names


def test_a_title_read_out_after_a_colon_introduces_it():
    for reading in (
        "Hence the title, which says it all in four words: Small Models Can Self-Check.",
        "And the title is blunt: Small Models Can Self-Check.",
    ):
        turns = _second_work("Nullcraft comes out of KAIST.")
        turns[4] = "It gets 8% on the hard split. " + reading
        assert any("Self-Check" in n for n in _names(turns)), reading


def test_a_lab_named_description_set_off_as_the_move_object_is_described():
    for move in (
        "Which is exactly where the next one comes in - the Alibaba paper, summer 2023.",
        "Moving on: the Alibaba one.",
    ):
        turns = ["Two papers today.", "First up is PatchLens, a tracer.", "It traces layer by layer.", move,
                 "They sample solutions and keep the right ones.", "Only the right ones?", "Closing round. PatchLens I'd read.",
                 "The Alibaba paper I'd skip."]
        assert "Alibaba paper" in _names(turns), move


def test_a_person_set_beside_a_person_noun_is_no_paper():
    for intro in ("We had an email from a listener, Priya, who runs a small team.", "Our guest Tomasz is back."):
        name = "Priya" if "Priya" in intro else "Tomasz"
        turns = [intro] + _second_work("Nullcraft comes out of KAIST.")[1:] + [f"Let me bring {name} back in.", f"{name} had a question.", "Thanks."]
        assert name not in _names(turns), intro
