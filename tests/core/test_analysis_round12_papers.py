"""Paper detection and segmentation error classes found on a twelfth unseen set, checked on own dialogue written
for these tests (not taken from any seed or gold set): a coined name that opens on a digit ("3DVR", "4DGA"); an
acronym named outright by the naming verb "goes by" or "this one's called"; "where X starts / begins" as the
entry of a name like "where X comes in" (not "where X starts to fail"); universities and institutes as a class
of organisations, never papers, also when said right after a dash ("the tiny one - Princeton, with ...").
"""

from __future__ import annotations

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze
from tui.core.models import Episode

ROWS = [
    ("Ana", "Welcome back. Four papers, all about seeing in three dimensions."),  # 0
    ("Ben", "First up, a depth estimator from a small Lisbon lab, and the method goes by QDE."),  # 1
    ("Ana", "What does it actually do?"),  # 2
    ("Ben", "It predicts metric depth from one photo and they report a 14% lower error than the usual baselines."),  # 3
    ("Ana", "On indoor scenes only, I suspect."),  # 4
    ("Ben", "Mostly indoor, yes. Moving on - 3DVR. Same lab, plus a group in Oslo, and this time it's video."),  # 5
    ("Ana", "So 3DVR is the video version?"),  # 6
    ("Ben", "Right, 3DVR reconstructs a room from a phone clip in under two minutes on one GPU."),  # 7
    ("Ana", "Two minutes is fast. But reconstruction quality on clutter was never shown."),  # 8
    ("Ben", "Fair. The clutter question is where VOXA starts. Also a small team - Princeton, with two students."),  # 9
    ("Ana", "VOXA is a benchmark, then?"),  # 10
    ("Ben", "It is: 900 cluttered rooms, and every method they test loses at least 30% of its accuracy."),  # 11
    ("Ana", "A harsh test. Princeton did good work there."),  # 12
    ("Ben", "Last one is tiny. The paper is called Mirrorless, and it handles glass and mirrors in scenes."),  # 13
    ("Ana", "Glass breaks everything, so I like it. They claim it halves the depth error near windows."),  # 14
    ("Ben", "Verdicts. QDE, deploy. 3DVR, research. VOXA, research. Mirrorless, skip for now."),  # 15
]


def make_episode(rows=ROWS) -> Episode:
    return episode(rows, "round12_papers")


def _result(rows=ROWS):
    return papers_and_labels(analyze(make_episode(rows)))


def test_an_acronym_named_by_goes_by_is_the_paper():
    papers, labels = _result()
    assert "QDE" in papers
    assert labels[1] == labels[3] == labels[4] == "QDE"


def test_a_coined_name_opening_on_a_digit_is_a_name():
    papers, labels = _result()
    assert "3DVR" in papers
    assert labels[5] == labels[7] == labels[8] == "3DVR"


def test_where_a_name_starts_is_its_entry_and_a_university_is_no_paper():
    papers, labels = _result()
    assert "VOXA" in papers
    assert "Princeton" not in papers
    assert labels[9] == labels[10] == labels[11] == labels[12] == "VOXA"


def test_starts_to_is_no_entry():
    rows = [
        ("Ana", "First up is Kelpie, a retrieval model from a lab in Bergen."),
        ("Ben", "It claims 20% better recall on long documents than dense baselines."),
        ("Ana", "Past a million tokens is where ORCA starts to fail, and Kelpie does not."),
        ("Ben", "Kelpie also runs on one GPU, which matters."),
    ]
    papers, labels = _result(rows)
    assert "ORCA" not in papers
    assert labels[2] == labels[3] == "Kelpie"


def test_digits_with_a_unit_or_a_dimension_are_no_names():
    from tui.core.analysis.names import is_name_shaped

    assert is_name_shaped("3DGS") and is_name_shaped("2DGS-based".removesuffix("-based"))
    for token in ("8GB", "3D", "4K", "16GB", "5GHz", "70B"):
        assert not is_name_shaped(token), token


TITLE_ROWS = [
    ("Ana", "First up is Kelpie, a retrieval model from a lab in Bergen."),  # 0
    ("Ben", "It claims 20% better recall on long documents than dense baselines."),  # 1
    ("Ana", "Nice. Now the safety half. Google's Sherlock paper - \"Where Is Sherlock?\", by two people at Google."),  # 2
    ("Ben", "They remove a whole fictional detective from a model in about an hour of tuning."),  # 3
    ("Ana", "And Sherlock Holmes is the easy case, a famous name with odd vocabulary."),  # 4
    ("Ben", "Which leads nicely into the Oxford paper I wanted to cover - the one that audits forgetting."),  # 5
    ("Ana", "They test twelve unlearning methods and none removes more than 60% of the facts."),  # 6
    ("Ben", "Verdicts. Kelpie, deploy. The Sherlock paper, skip. The Oxford one, research."),  # 7
]


def test_a_short_quoted_title_after_a_description_is_the_paper_and_its_words_said_short_are_it():
    papers, labels = _result(TITLE_ROWS)
    assert "Where Is Sherlock" in papers
    assert not any(name.startswith("Sherlock") for name in papers)
    assert labels[2] == labels[3] == labels[4] == "Where Is Sherlock"


def test_leads_into_is_a_move_and_a_lab_paper_pinned_by_a_contact_clause_is_described():
    papers, labels = _result(TITLE_ROWS)
    assert "Oxford" not in papers
    assert "Oxford paper" in papers
    assert labels[5] == labels[6] == "Oxford paper"


def test_leads_to_a_gain_is_no_move():
    from tui.core.analysis import lexicon

    assert not lexicon.OPENING_CUES.search("Adding the second loss, which leads to a 5% gain on the test split.")
    assert lexicon.OPENING_CUES.search("Which takes us to the last one.")
