"""Paper detection and segmentation error classes found on a tenth unseen set, checked on own dialogue written
for these tests (not taken from any seed or gold set): a university or group before "group / team / lab" is a
lab, not the object of a move; a plural acronym ("IDs") and interface acronyms ("GUI") are field words; a
compound adjective in "-only" describes a paper ("the audio-only paper"); "work" said once as a mass noun ("the
extra routing work") describes no paper; a paper called only after its lab, then described in the same turn ("Call
it the X paper"), is the described paper; a verb of starting said without its object ("Let's start small.") moves
to the name revealed after a dash in the next sentence, even with "from the paper ..." after it; an ordinal noun
after "of" ("the label of the next entry") makes no move.
"""

from __future__ import annotations

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze
from tui.core.models import Episode

ROWS = [
    ("Mara", "Speech models today. Three papers, one question: do you still need text?"),  # 0
    ("Tom", "Let's start small. Amazon's tiny voice tagger - VTAG, from the paper with the pun in the title."),  # 1
    ("Mara", "VTAG is the encoder that assigns each clip a short code, and it runs 4x faster than the old tagger."),  # 2
    ("Tom", "They predict the label of the next entry from those IDs, one code at a time, and the IDs stay stable."),  # 3
    ("Mara", "Stable on their own data. I want to see it on a public set."),  # 4
    ("Tom", "Fair. They also ship a routing layer, so the extra routing work doesn't slow serving."),  # 5
    ("Mara", "Paper number two is the Utah State group again. I'll call it the audio-only paper, because it never sees a transcript."),  # 6
    ("Tom", "It reads raw waveforms and still gets within 2% of the text pipeline on spoken QA."),  # 7
    ("Mara", "Within 2% on one benchmark, with a GUI they built for the annotators."),  # 8
    ("Tom", "Which brings us to the one I keep sending people: the Google Research paper that makes small models stutter on purpose. Call it the stutter injection paper."),  # 9
    ("Mara", "They add fake disfluencies to training audio and the error rate on real stutters drops by a third."),  # 10
    ("Tom", "A third on read speech, though. Spontaneous speech is messier."),  # 11
    ("Mara", "Verdicts. VTAG, deploy. The audio-only paper, research. The stutter injection paper, research."),  # 12
]


def make_episode(rows=ROWS) -> Episode:
    return episode(rows, "round11_papers")


def _result(rows=ROWS):
    return papers_and_labels(analyze(make_episode(rows)))


def test_a_verb_of_starting_without_object_moves_to_the_name_revealed_next():
    papers, labels = _result()
    assert papers["VTAG"].mentions[0] == 1
    assert labels[1] == labels[2] == labels[4] == "VTAG"


def test_a_plural_acronym_is_no_paper_and_of_the_next_entry_is_no_move():
    papers, labels = _result()
    assert "IDs" not in papers
    assert labels[3] == "VTAG"


def test_work_said_once_as_a_mass_noun_describes_no_paper():
    papers, labels = _result()
    assert not any("routing" in name for name in papers)
    assert labels[5] == "VTAG"


def test_a_group_named_after_a_university_is_a_lab_and_an_only_compound_describes():
    papers, labels = _result()
    assert "Utah State" not in papers
    assert "GUI" not in papers
    assert "audio-only" in papers
    assert labels[6] == labels[7] == labels[8] == "audio-only"


def test_a_paper_called_after_its_lab_then_described_is_the_described_paper():
    papers, labels = _result()
    assert not any("Google" in name for name in papers)
    assert "stutter injection" in papers
    assert labels[9] == labels[10] == labels[11] == "stutter injection"


def test_only_the_discussed_papers_are_found():
    papers, _ = _result()
    assert set(papers) == {"VTAG", "audio-only", "stutter injection"}


# Segmentation: the reply right after a paper is introduced that names an earlier paper up front compares with it
# ("So X's idea, but bigger."), it does not go back to it; a paper named weakly at the end of a turn with no move
# ("... Compare that with the Y approach.") is a name-check, and the turn that takes it up opens it.
ROWS_2 = [
    ("Mara", "First up is Fernlet, a small vision encoder from a lab in Ghent."),  # 0
    ("Tom", "Fernlet trains on 40 million crops and matches encoders 3x its size."),  # 1
    ("Mara", "On their own crops, I suspect."),  # 2
    ("Tom", "Moving on - Quillmap, which turns scanned forms into tables."),  # 3
    ("Mara", "So Fernlet's trick, but for paperwork."),  # 4
    ("Tom", "Roughly. They report 91% cell accuracy on invoices."),  # 5
    ("Mara", "Invoices are easy. I doubt the handwriting numbers. Compare that with the TallyNet approach, which never reads pixels."),  # 6
    ("Tom", "TallyNet, from a bank's research group. It parses the PDF layer directly and skips OCR entirely."),  # 7
    ("Mara", "Which only works when there is a PDF layer."),  # 8
    ("Tom", "Verdicts. Fernlet, research. Quillmap, deploy. TallyNet, research."),  # 9
]


def test_the_reply_to_an_introduction_compares_with_an_earlier_paper():
    _, labels = _result(ROWS_2)
    assert labels[3] == labels[4] == labels[5] == "Quillmap"


def test_a_name_check_at_the_end_of_a_turn_opens_nothing_until_taken_up():
    papers, labels = _result(ROWS_2)
    assert "TallyNet" in papers
    assert labels[6] == "Quillmap"
    assert labels[7] == labels[8] == "TallyNet"


# The closing round announced by its name alone, with no cue word: "Okay, the round.", "Alright, round the table."
def _closing(announce):
    rows = [
        ("Mara", "First up is Fernlet, a small vision encoder from a lab in Ghent."),
        ("Tom", "Fernlet matches encoders 3x its size on 40 million crops."),
        ("Mara", "Moving on - Quillmap, which turns scanned forms into tables."),
        ("Tom", "They report 91% cell accuracy on invoices."),
        ("Mara", "Invoices are the easy case, though."),
        ("Tom", "True, and the forms were all in English."),
        ("Mara", announce),
        ("Tom", "Fernlet I'd use tomorrow. Quillmap needs another year."),
    ]
    return _result(rows)[1]


def test_the_round_announced_bare_opens_the_closing_round():
    for announce in ("Okay, the round.", "Alright, round the table."):
        assert _closing(announce)[6] == "wrap-up", announce
