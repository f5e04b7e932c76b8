"""Round 17 verdicts: a bank of closing and mid-discussion judgements written for these tests before reading any
held-out set's closings (own words, not taken from any seed or gold set), used as a transfer check, plus the
mechanisms found behind heldout14's verdict misses, each proved on own dialogue.

The bank is scored the way the pipeline scores one sentence: `suggest` on a single statement, weighted as a
closing-round remark (3.0) or as discussion (1.0). Expected `None` means the hosts left it open.
"""

from __future__ import annotations

import pytest

from tui.core.analysis.verdicts import DEPLOY, RESEARCH, SKIP, Statement, suggest

C, M = 3.0, 1.0  # closing round, mid-discussion

BANK: list[tuple[str, str | None, float]] = [
    # --- deploy-ready: putting it to use, near-term plans, contrast landing on use
    ("Honestly, that one's going into the nightly build on Monday.", DEPLOY, C),
    ("If you run retrieval at any scale, turn it on - there's basically no downside.", DEPLOY, C),
    ("I'd swap our current reranker for it this sprint.", DEPLOY, C),
    ("That's the one I'd wire up first thing tomorrow.", DEPLOY, C),
    ("We're already prototyping with it, and it's staying.", DEPLOY, C),
    ("Give it to your platform team; it pays for itself in a week.", DEPLOY, C),
    ("The code's out, it's Apache, and I'd have it behind a feature flag by Friday.", DEPLOY, C),
    ("For anyone serving long contexts, this is the easy win of the month.", DEPLOY, C),
    ("It earns a spot in our inference stack.", DEPLOY, C),
    ("I'd roll it out to the customer-facing bot without much worry.", DEPLOY, C),
    ("Practically speaking, it's ready - adopt it.", DEPLOY, C),
    ("Of the four, that's the one I'd actually put money behind in production.", DEPLOY, C),
    ("Sure, the write-up is messy, but I'd still deploy it.", DEPLOY, C),
    ("Not perfect, but it's the one I'd pick for a product today.", DEPLOY, C),
    ("I was skeptical going in, but I'd ship it.", DEPLOY, C),
    ("This is the one going on our laptops this week.", DEPLOY, C),
    ("It's mature enough that I'd hand it to a junior engineer and say go.", DEPLOY, C),
    ("Put it in front of users.", DEPLOY, C),
    ("That goes on the staging cluster tomorrow.", DEPLOY, C),
    ("If I ran a support desk I'd be piloting it next month.", DEPLOY, C),
    ("Honestly I'm switching our embedder over to it next sprint.", DEPLOY, M),
    ("That's the one I'd bake into a product this quarter.", DEPLOY, C),
    # --- research-only: study, cite, keep as reference; use denied
    ("Great for understanding why the thing works, not something I'd put in a product.", RESEARCH, C),
    ("That's a paper you cite, not a paper you run.", RESEARCH, C),
    ("It belongs in a lecture, not in a codebase.", RESEARCH, C),
    ("I'd send it to every PhD student I know, and to nobody on my infra team.", RESEARCH, C),
    ("Interesting mechanism; I'd keep it as a reference for when we design our own.", RESEARCH, C),
    ("Treat it as a map of the problem rather than a solution.", RESEARCH, C),
    ("It's an analysis paper - you learn from it, you don't install it.", RESEARCH, C),
    ("Nothing in there I'd deploy, but I learned a lot.", RESEARCH, C),
    ("Come back in a year when someone's scaled it up.", RESEARCH, C),
    ("Too early for production; fascinating as science.", RESEARCH, C),
    ("I'd read the ablations twice and leave the method alone for now.", RESEARCH, C),
    ("Worth an afternoon with the appendix, not worth an engineering ticket.", RESEARCH, C),
    ("Handy as a teacher to distill from, not something you'd serve.", RESEARCH, C),
    ("Keep it on the shelf as the reference implementation, nothing more.", RESEARCH, C),
    ("Strong result, but I wouldn't touch it outside a research setting.", RESEARCH, C),
    ("More of a thought experiment than a tool.", RESEARCH, C),
    ("A benchmark for the labs to chase; for practitioners it changes nothing yet.", RESEARCH, C),
    ("Good homework for anyone designing their own sampler, but it's a study, not a library.", RESEARCH, C),
    ("It reads like an investigation rather than something you'd install.", RESEARCH, C),
    ("I'd keep it around as the teacher for our distillation runs, not as something we serve.", RESEARCH, C),
    ("Cite it, learn from it, don't productionise it.", RESEARCH, C),
    ("Lovely idea, and I'll be reading whatever they do next, but not for our stack yet.", RESEARCH, M),
    # --- skip: pass, not worth it, superseded, irony
    ("I'd give this one a pass.", SKIP, C),
    ("Life's too short; move on.", SKIP, C),
    ("You can safely not read it.", SKIP, C),
    ("It's been overtaken by three better methods since, so no.", SKIP, C),
    ("Skip it, and read the follow-up instead.", SKIP, C),
    ("Pass. The gains vanish once you tune the baseline.", SKIP, C),
    ("I wouldn't spend a minute on it.", SKIP, C),
    ("That's a no from me.", SKIP, C),
    ("Historically interesting, but nobody should be reading it today.", SKIP, C),
    ("That one I'd pass on today; read it only if you like history.", SKIP, C),
    ("It doesn't earn its place on anyone's list.", SKIP, C),
    ("Not worth your time.", SKIP, C),
    ("The method is a dead end, I'm afraid.", SKIP, C),
    ("Sure, let's all rewrite our stacks for a third of a point. No.", SKIP, C),
    ("I'd leave it on the pile and not come back.", SKIP, C),
    ("Nothing you can't get from the baseline with a bigger batch, so I'd drop it.", SKIP, C),
    # --- left open: no call, conditional, divided, pending
    ("I honestly can't call this one.", None, C),
    ("Ask me again after the replication.", None, C),
    ("Depends entirely on whether the code ever shows up.", None, C),
    ("You'd ship it, I wouldn't, and neither of us is budging.", None, C),
    ("Could be huge, could be nothing.", None, C),
    ("I'm genuinely on the fence.", None, C),
    ("Maybe? I don't know.", None, C),
    ("Let's call it pending.", None, C),
    ("Too soon for me to have an opinion.", None, C),
    ("I'm not ready to say.", None, C),
    ("Part of me wants to try it, part of me thinks it's a mirage.", None, C),
    ("I'd need to see it on real data before I commit either way.", None, C),
    ("The idea is neat and the numbers are big.", None, M),
    ("They ran it on eight GPUs for a week.", None, M),
]


def _call(text: str, weight: float) -> str | None:
    return suggest([Statement(0, text, weight)]).verdict


def bank_misses() -> list[tuple[str, str | None, str | None]]:
    return [(text, want, got) for text, want, weight in BANK if (got := _call(text, weight)) != want]


def test_the_bank_is_large_and_varied():
    assert len(BANK) >= 60
    assert {want for _, want, _ in BANK} == {DEPLOY, RESEARCH, SKIP, None}


def test_bank_accuracy_floor():
    misses = bank_misses()
    score = 1 - len(misses) / len(BANK)
    assert score >= BANK_FLOOR, "\n".join(f"{want} <- {got}: {text}" for text, want, got in misses)


BANK_FLOOR = 0.95


# A second bank written after the mechanisms above and before reading heldout14's closings, never tuned on: the
# honest check of whether the shapes carry to words they were not built from.
FRESH: list[tuple[str, str | None, float]] = [
    ("Our ranking service gets this next week, no question.", DEPLOY, C),
    ("I'm comfortable betting the migration on it.", DEPLOY, C),
    ("Whatever its flaws, it's what I'd run in anger.", DEPLOY, C),
    ("Somebody on the team should be merging this by Thursday.", DEPLOY, C),
    ("I'll have the checkpoint downloaded before we finish recording.", DEPLOY, C),
    ("The tracker is the one I'd put on our robots this month.", DEPLOY, C),
    ("It replaces what we had. Done.", DEPLOY, C),
    ("That's shipping-quality code, so yes, adopt.", DEPLOY, C),
    ("Cheap, open, and it works - it's going into production.", DEPLOY, C),
    ("A useful lens on scaling, but I wouldn't build a product around it.", RESEARCH, C),
    ("Read the third section and skip the rest of the method.", RESEARCH, C),
    ("It's a lab result; come talk to me after someone replicates it at scale.", RESEARCH, C),
    ("For the theory crowd, essential; for us, a curiosity.", RESEARCH, C),
    ("It taught me something, which is more than I can say for most, but there's nothing to install.", RESEARCH, C),
    ("Put it on the syllabus, not on the roadmap.", RESEARCH, C),
    ("I'd cite it in our own write-up and leave it at that.", RESEARCH, C),
    ("Academically neat; operationally irrelevant for another year or two.", RESEARCH, C),
    ("It's a good teacher model, not a production one.", RESEARCH, C),
    ("Nope.", SKIP, C),
    ("Not for me, not for anyone I work with.", SKIP, C),
    ("Its whole trick got folded into the bigger models a year ago, so why bother.", SKIP, C),
    ("I'd skim the abstract and forget it.", SKIP, C),
    ("Let it go.", SKIP, C),
    ("This is the one I'd cut from the list.", SKIP, C),
    ("The benchmarks are contaminated and the gains are within noise - a pass.", SKIP, C),
    ("Hm, I really go back and forth on it.", None, C),
    ("Ask me in six months.", None, C),
    ("If the code lands, maybe. If not, no.", None, C),
    ("I'd love to say yes, but I can't yet.", None, C),
    ("We're not going to agree on this one.", None, C),
    ("I think I'd need to try it myself before saying.", None, C),
]


def fresh_misses() -> list[tuple[str, str | None, str | None]]:
    return [(text, want, got) for text, want, weight in FRESH if (got := _call(text, weight)) != want]


# A third bank, written after scoring FRESH once (v16 0.32, first v17 0.35) and before building the lexical
# fallback: the check on words neither the phrase lists nor the fallback were built from.
FRESH2: list[tuple[str, str | None, float]] = [
    ("Our search team would be silly not to try it on real traffic next week.", DEPLOY, C),
    ("I'm putting in a ticket to swap it in for the old tokenizer.", DEPLOY, C),
    ("Honestly it's the cheapest speedup on the list; just flip it on.", DEPLOY, C),
    ("That one I trust enough to run on customer data.", DEPLOY, C),
    ("Good enough for us, today, as it stands.", DEPLOY, C),
    ("Clever trick, and one I'd teach, but I'd keep it out of anything customer-facing.", RESEARCH, C),
    ("Interesting for the theorists; it won't change what anybody runs.", RESEARCH, C),
    ("It's a diagnosis, not a cure.", RESEARCH, C),
    ("I'd keep it in the back pocket for when the field catches up.", RESEARCH, C),
    ("A paper for the archive of good ideas, not for our sprint.", RESEARCH, C),
    ("Meh. Not for us.", SKIP, C),
    ("I'd be surprised if anyone still cares about it next year.", SKIP, C),
    ("It solves a problem the bigger models stopped having, so leave it.", SKIP, C),
    ("I can't see who'd gain anything from it.", SKIP, C),
    ("Not even as a baseline.", SKIP, C),
    ("I'm stuck between the two of us on this one.", None, C),
    ("Ask again when there's a second lab behind it.", None, C),
    ("I really can't place it yet.", None, C),
    ("Honestly, I'd want the code before I'd say either way.", None, C),
    ("The appendix has forty pages of tables.", None, C),
]


def fresh2_misses() -> list[tuple[str, str | None, str | None]]:
    return [(text, want, got) for text, want, weight in FRESH2 if (got := _call(text, weight)) != want]


def test_fresh_banks_stay_above_their_first_mechanism_scores():
    # first scores, untuned: FRESH 0.35 (v16 0.32), FRESH2 0.40 before the plain-words lean, 0.90 after it
    assert 1 - len(fresh_misses()) / len(FRESH) >= 0.9
    assert 1 - len(fresh2_misses()) / len(FRESH2) >= 0.9


def test_a_plain_lean_is_closing_only_and_never_undoes_leaving_it_open():
    from tui.core.analysis.verdicts import closing_stance, stance

    assert stance("For the theory crowd, essential; for us, a curiosity.") is None
    assert closing_stance("For the theory crowd, essential; for us, a curiosity.")[0] == RESEARCH
    open_then_signoff = [
        Statement(0, "I honestly don't know.", C),
        Statement(0, "Let's leave it open.", C),
        Statement(1, "Go read your own test sets, everyone.", C),
    ]
    assert suggest(open_then_signoff).verdict is None


@pytest.mark.parametrize(
    "text",
    [
        "Small model use cases, maybe.",  # hedged
        "If the index can't keep up, that's going to hurt in production.",  # a consequence of a condition
        "Wrenfield sort of eclipsed it.",  # the paper named does the eclipsing
    ],
)
def test_plain_words_that_are_no_call(text):
    from tui.core.analysis.verdicts import closing_stance

    assert closing_stance(text) is None or closing_stance(text)[0] != DEPLOY and closing_stance(text)[0] != SKIP


ROWS = [
    ("Ines", "Two papers. First up is Larkspur-Search, a best-first search over sampled drafts."),  # 0
    ("Rafe", "They claim a 9 point gain on their puzzle set with the model scoring its own drafts."),  # 1
    ("Ines", "Self-scoring, though. That's the weak link."),  # 2
    ("Rafe", "Next up is Pebbledash, a study of how serving cost grows with the number of samples."),  # 3
    ("Ines", "They fit a curve across four model sizes and find returns flatten after 16 samples."),  # 4
    ("Rafe", "Only on maths, mind."),  # 5
    ("Ines", "Verdicts. Larkspur-Search I'd pass on this week. Read it for the history, and don't reuse the prompts."),  # 6
    ("Rafe", "Pebbledash is useful homework for anyone sizing a serving budget, but it reads as a study rather than something to install."),  # 7
    ("Ines", "Agreed. See you next time."),  # 8
]


def test_a_pass_with_a_time_word_and_reading_for_history_is_skip_and_a_study_is_research():
    from tests.core.dialogue import episode
    from tui.core.analysis import analyze

    found = {p.name: p.suggested_verdict.verdict for p in analyze(episode(ROWS, "round17")).papers}
    larkspur = next(v for n, v in found.items() if "Larkspur" in n)
    pebble = next(v for n, v in found.items() if "Pebbledash" in n)
    assert larkspur == SKIP
    assert pebble == RESEARCH
