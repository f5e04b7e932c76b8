"""Round 35 verdicts (found on the real-show dev sets' verdict misses on detected papers, heldout56-59 and the rest of the
real-show dev sets read with the rules alone, by class), each mechanism tested on invented dialogue.

Skips the rules read as something else:
- Left alone, said of the paper or what it built with a determiner ("I'd leave the network alone"), like "leave it alone":
  a refusal (study beside a reason to study it).
- A refusal of the paper's attention said "for now" ("I'd pass on it for now", "skip it for now") stays a refusal: study
  needs the attention refused. A refusal of use said "for now" ("I wouldn't build on it yet") is still study.
- Use denied to everyone, said as what nobody should do with it ("nobody should base a product on it today"): a refusal.
- Its successors said better ("its descendants are lighter and better"): outrun by later work, a refusal.
- What others habitually do not do ("Most shops never run that check") is a report of practice, not the speaker's refusal.

Study said in further shapes:
- Use still awaited ("still waiting for its first real deployment"), or expected by nobody ("don't expect a startup to
  come out of it").
- A niche audience and nobody else ("a recipe for chip-design teams, nobody else").
- Research instruments in the plural ("X and Y are research tools"), and research groups as the audience.
- Use reserved for whoever does research ("if you build research agents, use it to test them").
- An imperative of use whose object is a kind picked by what it already does ("use a parser that already handles it"):
  the use of something else.

Adoption:
- A task for a near date ("gives you a task for this week"), like homework for Monday.
- A gain said free ("it's free accuracy when ..."): nothing to lose by using it.
- "Nothing" as the object of a cost ("costs nothing to act on") denies no use.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import firm_closing_call, suggested_verdicts
from tui.core.analysis.verdicts import stance

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"


pytestmark = pytest.mark.usefixtures("rules_alone")


def _verdicts(rows, name="r35"):
    return suggested_verdicts(rows, name)


_call = firm_closing_call


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # left alone, the paper named with a determiner
        ("And Marrowfield last, I'd leave the network alone.", SKIP),
        ("We'd just leave that system alone.", SKIP),
        ("I'd leave the architecture alone, but read it to understand the loss.", RESEARCH),
        # attention refused for now stays a refusal; use refused for now is study
        ("And the sorting paper I'd pass on for now.", SKIP),
        ("I'd skip it for now.", SKIP),
        ("I wouldn't build on it yet.", RESEARCH),
        # use denied to everyone
        ("It was important once, but nobody should base a product on it today.", SKIP),
        ("No one should start a new project with it.", SKIP),
        ("Nobody should build on it yet.", RESEARCH),
        # successors said better
        ("Nice history, and its successors are lighter and better.", SKIP),
        # use awaited, or expected by nobody
        ("Kestrelmoor is a lovely idea still waiting for its first real deployment.", RESEARCH),
        ("Just don't expect a startup to come out of it.", RESEARCH),
        # a niche audience and nobody else
        ("The placement paper is a recipe for chip-design teams, nobody else.", RESEARCH),
        # research instruments in the plural, research groups as the audience
        ("Marrowfield and Kestrelmoor are research tools, decent ones.", RESEARCH),
        ("It's infrastructure, great for research groups.", RESEARCH),
        # use reserved for whoever does research
        ("Then Marrowfield, if you build research agents, use it to test them.", RESEARCH),
        # a task for a near date
        ("The sorting paper gives you a task for this week: time your own cache against theirs.", DEPLOY),
        ("That's a job for Monday.", DEPLOY),
        # a gain said free
        ("Kestrelmoor is free speed when your prompts repeat, chat logs especially.", DEPLOY),
    ],
)
def test_readings(text, verdict):
    assert _call(text) == verdict


@pytest.mark.parametrize(
    "text",
    [
        # what others habitually do is no refusal of the speaker's
        "Most shops never run that check.",
        "Many labs don't use the held-out split at all.",
        # "nothing" as what it costs denies no use
        "The cleanup step costs nothing to act on.",
        # an imperative of use on a kind picked by what it already does is the use of something else
        "For tables, use a parser that already handles merged cells.",
        # "free" not said of a gain
        "The code is free to download.",
    ],
)
def test_no_firm_call(text):
    assert _call(text) is None


def test_costs_nothing_is_not_a_use_denied_beside_a_refusal():
    # a turn that also refuses something keeps "costs nothing to act on" from being read as a use denied
    assert stance("The lesson costs nothing to act on.") != (RESEARCH, 2.5)


def test_a_habit_of_others_does_not_outweigh_a_closing_task():
    rows = [
        ("Ann", "First up, Marrowfield, a study of whether retry loops help code models at all."),
        ("Bo", "Retry loops. The model runs the tests and patches its own output?"),
        ("Ann", "Right, and on an equal token budget plain resampling does about as well."),
        ("Bo", "So the loop is mostly ceremony."),
        ("Ann", "Mostly. Most shops never run that comparison, and it costs nothing to act on."),
        ("Bo", "Next, Kestrelmoor, a benchmark of spreadsheet agents."),
        ("Ann", "Forty workbooks, each with a planted formula error."),
        ("Bo", "Planted by hand? That's a small set."),
        ("Ann", "Small, yes, and the best agent finds a third of the errors."),
        ("Bo", "Okay, where we land. Marrowfield gives you a task for this week: compare your retry loop against plain resampling."),
        ("Ann", "And Kestrelmoor I'd pass on for now."),
        ("Bo", "Agreed."),
    ]
    verdicts = _verdicts(rows)
    assert verdicts["Marrowfield"] == DEPLOY
    assert verdicts["Kestrelmoor"] == SKIP


def test_leaving_the_model_alone_in_the_closing_round_is_a_skip():
    rows = [
        ("Ann", "Last one, Quillhaven, a graph network for spotting fake sellers."),
        ("Bo", "Fake sellers hide among honest ones, I assume."),
        ("Ann", "They do, and the model learns which neighbours to trust with a learned threshold."),
        ("Bo", "That sounds like a lot of machinery for a filter."),
        ("Ann", "It is, and plain tree models with a few graph features beat it since."),
        ("Bo", "Okay, wrapping up. And Quillhaven last, I'd leave the model alone."),
        ("Ann", "Same list as mine."),
    ]
    assert _verdicts(rows)["Quillhaven"] == SKIP
