"""Round 23 detection and routing, on own dialogue.

A paper put on the table by its name set against a description of the work, with no verb of its own ("FerroViT -
a tiny vision encoder where ...", "Okay. Quillnet, the cache compression one."), is introduced; and once the hosts
zoom out to the field in the closing round, the paper judged last is off the table for the talk that follows.
"""

from __future__ import annotations

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze

ROWS = [
    ("Ana", "Welcome back. Three papers this week, and a grab bag."),
    ("Ben", "First up is Quillnet. It compresses the key-value cache with learned codebooks."),
    ("Ana", "They report 4x less memory at the same accuracy on eight long-context tasks."),
    ("Ben", "Sounds optimistic. Which tasks?"),
    ("Ana", "Mostly retrieval. Okay. FerroViT - a tiny vision model where every layer is shared across scales."),
    ("Ben", "And it runs at 30 frames per second on a two-dollar chip, they say."),
    ("Ana", "On one chip. I'd want to see a second board before I believe it."),
    ("Ben", "Last one - Marbleweave, from the Tessaract lab."),
    ("Ana", "It plans marble runs from a sketch and builds them with one arm, 70% success on their twenty layouts."),
    ("Ben", "Twenty layouts is thin."),
    ("Ana", "Okay, verdicts. Quillnet I'd put in our serving stack this week."),
    ("Ben", "The tiny vision one, research for now."),
    ("Ana", "And Marbleweave - I still don't have a take. Nice idea, thin test."),
    ("Ben", "The week overall is people finding the limits of their own benchmarks. A handful of tasks each time."),
    ("Ana", "Which is fine. Knowing the limits is how you ship something sturdy."),
    ("Ben", "Or how you decide not to ship it at all."),
]


def test_a_name_set_against_a_description_of_the_work_is_introduced() -> None:
    papers, labels = papers_and_labels(analyze(episode(ROWS, "apposition")))
    assert {"Quillnet", "FerroViT"} <= set(papers)
    assert labels[5] == "FerroViT"  # the turn after the apposition is that paper's, not Quillnet's


def test_after_the_hosts_zoom_out_the_last_paper_judged_keeps_its_open_call() -> None:
    papers, _ = papers_and_labels(analyze(episode(ROWS, "apposition")))
    unclear = [p for name, p in papers.items() if "Marbleweave" in name]
    assert unclear and unclear[0].suggested_verdict.verdict is None
    assert papers["Quillnet"].suggested_verdict.verdict == "deploy-ready"
