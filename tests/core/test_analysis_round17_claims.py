"""Round 17: claims, numbers and pushback in further general shapes, each on own dialogue.

Claims: the hosts weighing a figure ("Nine billion is small."), the other host saying a figure back without a
verb ("Forty languages."), a revisit or a naming with nothing of the paper's in it ("Let's go back to X for a
second, because ...", "I'll call it the Y paper."), a one-line characterisation ("It's a survey paper.") are the
hosts' remarks, not claims; reports that look alike stay claims.
"""

from __future__ import annotations

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze
from tui.core.analysis.claims import is_claim
from tui.core.analysis.numbers import find_numbers


def _claim(sentence: str, presenting: bool = True, names_paper: bool = False) -> bool:
    return is_claim(sentence, find_numbers(sentence), names_paper=names_paper, presenting=presenting)


def test_a_figure_weighed_by_the_hosts_is_no_claim() -> None:
    assert not _claim("Nine billion is small for a model that reads charts.")
    assert not _claim("Forty frames is a flipbook, not a film.")
    assert not _claim("And 3% sounds modest until you count the queries.")
    assert not _claim("80% on the easy split means one answer in five is wrong.")
    assert not _claim("Two weeks on one GPU is a student's budget.")


def test_a_figure_reported_as_the_subject_stays_a_claim() -> None:
    # a size naming the model, a passive report, and a figure tied to the authors' own work
    assert _claim("The 9B is level with models twice its size on their chart suite.")
    assert _claim("Forty frames is where their evaluation stops.")
    assert _claim("Ten thousand clips were labelled by hand for the test set.")


def test_the_other_hosts_verbless_figure_is_an_echo() -> None:
    assert not _claim("Forty languages.", presenting=False)
    assert not _claim("Under a million hours, averaged.", presenting=False)
    assert not _claim("Sixty percent.", presenting=False)
    # the presenter's answer to a question, an addition, a count announcing a list, a compound
    assert _claim("Sixty percent.", presenting=True)
    assert _claim("And up to 128K context.", presenting=False)
    assert _claim("Four stages.", presenting=False)
    assert _claim("Three-stage curriculum.", presenting=False)


def test_a_revisit_or_a_naming_with_nothing_of_the_papers_is_no_claim() -> None:
    assert not _claim("Let's go back to Corvid for a second, because the last paper changes how I read it.", names_paper=True)
    assert not _claim("Can I circle back to the map-merging paper, since you mentioned drift?", names_paper=True)
    assert not _claim("I'll just call it the tiny-tables paper.", names_paper=True)
    assert not _claim("The tiny-tables paper.", names_paper=True)
    assert not _claim("It's a position paper.", names_paper=True)
    # a revisit that carries the paper's own report stays one
    assert _claim("Going back to Corvid, they report the same drop on the second robot.", names_paper=True)


def test_revisit_turns_are_not_claims_in_an_episode() -> None:
    rows = [
        ("Ana", "First up, Corvid, from a robotics group in Zurich."),
        ("Ben", "What does it do?"),
        ("Ana", "It plans grasps from a single depth image and reaches 91% success on their kitchen set."),
        ("Ben", "Ninety-one percent."),
        ("Ana", "On objects it saw in training, yes."),
        ("Ben", "Moving on - Wrenfold, out of Toronto."),
        ("Ana", "Wrenfold folds cloth with a diffusion policy trained on 400 demonstrations."),
        ("Ben", "Four hundred demos is a weekend of teleoperation."),
        ("Ana", "Let's go back to Corvid for a second, because Wrenfold makes me doubt the depth camera story."),
        ("Ben", "Fair."),
    ]
    result = analyze(episode(rows, "round17_claims"))
    papers, _ = papers_and_labels(result)
    corvid = {c.turn for c in papers["Corvid"].claims if not c.hypothetical}
    wrenfold = {c.turn for c in papers["Wrenfold"].claims if not c.hypothetical}
    assert 2 in corvid and 3 not in corvid and 8 not in corvid
    assert 6 in wrenfold and 7 not in wrenfold


def _figures(sentence: str) -> list[tuple[float, str | None]]:
    return [(n.value, n.unit) for n in find_numbers(sentence)]


def test_the_size_of_a_model_the_paper_uses_is_a_figure() -> None:
    assert (8e9, None) in _figures("They start from Kestrel-8B and tune it on the new traces.")
    assert (3e9, None) in _figures("Heron-3B in the main table, with its chat sibling.")
    assert (1.5e9, None) in _figures("With their reward, Wren-1.5B climbs from 40% to 52%.")


def test_a_sized_name_on_either_side_of_a_comparison_is_not() -> None:
    assert _figures("It edges out Zephyr-1.3B and Wren-0.5B on reading.") == []
    assert _figures("Kestrel-7B beats Heron-13B on every suite.") == []
    assert _figures("Better than Finch-2B, at least on their tasks.") == []
    assert _figures("They used Kestrel-8B-chat as the judge.") == []  # a variant's tail, not a size said


def test_a_scale_said_once_at_a_lists_end_is_every_members() -> None:
    assert (7e9, "parameters") in _figures("They release it at 7 and 13 billion parameters.")
    assert _figures("Checkpoints at 1, 3 and 8 billion parameters.") == [(1e9, "parameters"), (3e9, "parameters"), (8e9, "parameters")]


def test_a_tested_condition_with_its_measured_result_is_a_finding() -> None:
    from tui.core.analysis.claims import is_hypothetical

    assert not is_hypothetical("And if you double the draft length, acceptance drops by 9% on their chat set.")
    assert is_hypothetical("If you can trim the prompt by 25%, the bill halves.")
    assert is_hypothetical("If you put it on a watch, it would need 3 seconds a word.")
