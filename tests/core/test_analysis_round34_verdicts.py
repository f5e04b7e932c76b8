"""Round 34 verdicts (found on the real-show dev sets' verdict misses on detected papers, heldout52-54, by class), each
mechanism tested on invented dialogue.

Readings:
- Research as the predicate, named by where it is done and held until a condition ("X is lab research until someone
  runs it on real data"): study.
- "bolt on(to)" is a verb of fitting it in, like "wire in" ("the one I'd bolt onto our search box"): adoption.
- A choice of the paper denied, or the paper denied as the place to start ("don't pick X, pick something maintained",
  "don't start from the X paper", "I wouldn't go with it"): a refusal (study beside a reason to study it); not a step of a
  method ("you don't pick the layers by hand").
- The judgement held back until evidence comes, with what would be said named ("before saying anything nice about it"):
  left open.
- "copy" opening a clause of advice in the closing round ("copy the X paper: cheap pass first"): adoption.
- A verb of use whose object is nothing in particular ("for anyone who just wants to ship something"): no call.

Closing-round routing:
- A list of calls joined by commas only ("A is the one to use, the B paper is good reading, C stays open, and D ..."):
  each paper takes its own item, so one paper left open does not leave the whole list open.
- A sentence opening on the week itself ("A quiet week for anyone who ...") is said of the batch, not the paper judged last.
- Advice whose object is a name no detected paper goes by ("read Halvorsen for the idea") is not the paper judged before
  it, unless the sentence speaks of that paper too ("keep it on the shelf, and use X for the work").
- A closing call fronting a bare topic said when another paper came up ("And lattices stay open.") is that paper's, even
  in the turn that judged another paper first.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import firm_closing_call, suggested_verdicts
from tui.core.analysis.pipeline import _advises_on_other, _fronted_intro_topic, _list_items
from tui.core.analysis.verdicts import leaves_open, stance

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


pytestmark = pytest.mark.usefixtures("rules_alone")


def _verdicts(rows, name="r34"):
    return suggested_verdicts(rows, name)


_call = firm_closing_call


# --- readings -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Quillon is academic research until someone runs it on a real ward.", RESEARCH),
        ("Honestly, it's lab research unless you own a fleet of these arms.", RESEARCH),
        ("Harrowgate is the one I'd bolt onto our upload form.", DEPLOY),
        ("That filter I'd bolt on in front of the generator.", DEPLOY),
        ("If you need a tagger on a phone, don't pick Ostrander, take something that's still maintained.", SKIP),
        ("For new screening work, don't start from the Fenwick paper.", SKIP),
        ("Given the licence, I wouldn't go with it.", SKIP),
        ("I wouldn't start with it, but it's worth reading to understand the trick.", RESEARCH),
        ("If your bill is mostly retries, copy the Brackley paper: cheap pass first, escalate on doubt.", DEPLOY),
        ("I'd ship something like it tomorrow.", DEPLOY),
    ],
)
def test_readings(text, verdict):
    assert _call(text) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "You don't pick the layers by hand, it learns which ones matter.",
        "Don't start from scratch, they say, start from a pretrained encoder.",
        "A slow month for anyone who just wants to ship something.",
    ],
)
def test_no_call(text):
    assert stance(text) is None or stance(text)[1] < 2.0


def test_judgement_held_back_until_the_evidence_comes_leaves_it_open():
    assert leaves_open("I'd want numbers from a real clinic before saying anything kind about it.")
    assert not leaves_open("Say anything about it and the reviewers pounce.")


# --- routing ------------------------------------------------------------------------------------------------------

OPENING = [
    ("Ann", "First up, Tamberlane, a parser that reads invoices straight from phone photos."),
    ("Bo", "Phone photos. Crumpled ones too?"),
    ("Ann", "Crumpled, folded, shot at an angle. It gets nine fields in ten right on their test set."),
    ("Bo", "Their test set, though. Whose invoices?"),
    ("Ann", "Three companies' worth, and it runs on a laptop CPU in under a second."),
    ("Bo", "Next, Ravensholt, a set of weather stations simulated on a laptop."),
    ("Ann", "Two hundred stations, with sensor faults injected by hand."),
    ("Bo", "Injected by hand. How close is it to real faults?"),
    ("Ann", "They compared it with one real network, and the patterns matched reasonably well."),
    ("Bo", "One network is thin."),
    ("Ann", "Then Cindervale, a drone that lands on moving boats from a single camera."),
    ("Bo", "A single camera. In what weather?"),
    ("Ann", "Calm water only, and always in daylight."),
    ("Bo", "So a sunny afternoon on a lake."),
]


def test_a_comma_list_of_calls_gives_each_paper_its_own_item():
    rows = OPENING + [
        ("Ann", "Okay, where we land. Tamberlane is the one to actually use for invoices, Ravensholt is good reading about "
                "sensor faults, Cindervale stays open, and that's the week."),
        ("Bo", "Fair enough."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Tamberlane"] == DEPLOY
    assert verdicts["Cindervale"] is None


class _Named:
    """A detected paper as `_list_items` reads it: the patterns its name is found by."""

    def __init__(self, name):
        import re

        self.patterns = [re.compile(re.escape(name))]


def test_a_list_is_split_at_the_commas_before_each_paper_but_a_joined_subject_is_not():
    named = [_Named("Tamberlane"), _Named("Ravensholt"), _Named("Cindervale")]
    joined = "Tamberlane, Ravensholt and Cindervale are all research for now."
    assert _list_items(joined, named, [0, 1, 2]) == [joined]
    listed = "Tamberlane is the one to use today, Ravensholt is good reading, Cindervale stays open"
    assert _list_items(listed, named, [0, 1, 2]) == [
        "Tamberlane is the one to use today",
        "Ravensholt is good reading",
        "Cindervale stays open",
    ]


def test_a_remark_on_the_week_is_not_the_last_papers_call():
    rows = OPENING + [
        ("Ann", "Alright, my list. Tamberlane, use it today if you scan invoices. Ravensholt is a lovely lab result."),
        ("Bo", "Mine's the same, except Cindervale, which I'd keep for calm lakes."),
        ("Ann", "And I wouldn't. So that one stays open."),
        ("Bo", "Fine. A quiet week for anyone who just wants to ship something."),
        ("Ann", "Those happen."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Cindervale"] is None
    assert verdicts["Tamberlane"] == DEPLOY


def test_advice_on_a_name_no_paper_goes_by_is_not_the_paper_before():
    rows = OPENING + [
        ("Ann", "So, practical advice. If you scan invoices, copy Tamberlane: photos in, fields out."),
        ("Bo", "If you're in forecasting, read Halvorsen for the idea and start from something newer."),
        ("Ann", "And Ravensholt is a research tool, good for testing fault detectors."),
        ("Bo", "Cindervale, skip it until it flies in rain."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Tamberlane"] == DEPLOY


def test_advice_on_another_name_that_also_judges_the_paper_stays_with_it():
    known = frozenset({"tamberlane", "ravensholt", "cindervale"})
    assert _advises_on_other("If you're in forecasting, read Halvorsen for the idea.", known, frozenset())
    assert not _advises_on_other("Keep it on the shelf for the argument, and use Halvorsen for the work.", known, frozenset())
    assert not _advises_on_other("So use Tamberlane for the invoices.", known, frozenset())
    assert not _advises_on_other("Use it for the invoices, Ann.", known, frozenset({"ann"}))


def test_a_fronted_topic_said_when_another_paper_came_up_is_that_papers():
    intro_words = [frozenset({"first", "tamberlane", "parser"}), frozenset({"last", "lattices", "back", "tokenizers"})]
    name_words = [frozenset({"tamberlane"}), frozenset({"tokenizers"})]
    assert _fronted_intro_topic("And lattices stay open.", intro_words, name_words, 0) == [1]
    # a determiner or a pronoun opening the topic is no name; a word of the paper on the table keeps it there
    assert _fronted_intro_topic("And the rest stays open.", intro_words, name_words, 0) == []
    assert _fronted_intro_topic("It stays open.", intro_words, name_words, 0) == []
    assert _fronted_intro_topic("Parser stays open.", intro_words, name_words, 0) == []
