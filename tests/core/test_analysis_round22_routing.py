"""Round 22 routing: when a closing round zooms out to the field, the remarks answer no paper.

Found on the seed episodes (the real show), where v18-v22 had let the general talk after the last paper judged
("where the field is", "whether any of this gets adopted", "a lot of this research will stay in papers") become
that paper's verdict. Proved here on own dialogue: the last paper judged keeps its own call, and an unclear paper
stays unclear, however the hosts then talk about the field.
"""

from __future__ import annotations

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze


def _closing(zoom_out: list[tuple[str, str]]):
    rows = [
        ("Ana", "Welcome back. Two papers this week."),
        ("Ben", "First up is Quillnet. It compresses the key-value cache with learned codebooks."),
        ("Ana", "They report 4x less memory at the same accuracy on eight long-context tasks."),
        ("Ben", "Moving on - Ferrolite. It's a tiny vision encoder for microcontrollers."),
        ("Ana", "It runs at 30 frames per second on a two-dollar chip, they say."),
        ("Ben", "Okay, verdicts. Quillnet is the one I'd put in our serving stack this week."),
        ("Ana", "Agreed. And Ferrolite, honestly I can't call it yet."),
        *zoom_out,
    ]
    return papers_and_labels(analyze(episode(rows, "zoom-out")))[0]


ZOOM_OUT = [
    ("Ben", "Which makes sense given where the field is. Everyone's trying to make these systems cheaper."),
    ("Ana", "The question is whether any of this actually gets adopted in production systems."),
    ("Ben", "A lot of this research is going to stay in academic papers, honestly."),
    ("Ana", "Another week in AI research. See you next time."),
]


def test_talk_about_the_field_after_the_last_call_leaves_an_unclear_paper_unclear() -> None:
    papers = _closing(ZOOM_OUT)
    assert papers["Ferrolite"].suggested_verdict.verdict is None
    assert papers["Quillnet"].suggested_verdict.verdict == "deploy-ready"


def test_an_answer_about_the_paper_itself_still_counts() -> None:
    # the same closing, but the reply is about the paper just judged, not the field: it keeps routing there
    papers = _closing([("Ben", "Skip it, then. It's a demo, not a product.")])
    assert papers["Ferrolite"].suggested_verdict.verdict == "skip"


def test_a_rhetorical_who_or_why_question_states_its_doubt() -> None:
    from tui.core.analysis.verdicts import RESEARCH, stance

    # v18's rule that a question asks rather than calls had silenced these; they are doubts said as questions
    said = [
        "Quillnet is fascinating, but who's gonna rebuild their stack around it when the old one works?",
        "Lovely science, but who would rebuild a model from scratch for that?",
    ]
    for sentence in said:
        verdict = stance(sentence)
        assert verdict is not None and verdict[0] == RESEARCH, sentence
    assert stance("Drop it?") is None  # a plain question still asks
    assert stance("Do they just blend and ship?") is None
