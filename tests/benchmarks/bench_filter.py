"""Filter latency: keystroke to updated results over 100k turns and 20k claims, typing queries one
character at a time (fuzzy text, field tokens, negation, quoted values). Each keystroke also computes the
highlight spans of the first screenful of results, as the UI does."""

from __future__ import annotations

import time

from tests.benchmarks.common import Figure, generator, median, ms, p95

TURNS, CLAIMS = 100_000, 20_000
# Typed as a user would; the paper name and the typo are resolved against the generated vocabulary.
QUERIES = (
    "attention",
    "speaker:lily ablation",
    "kind:performance 2%",
    "-speaker:ana latency",
    'paper:"{paper_words}" memory',
    "has:note speedup",
    "atention hype",
    "{paper} verdict:skip",
    "benchmark saturated -kind:data",
    "the appendix on",
)
SCREEN = 40


def build_rows():
    from tui.core.filtering import FilterRow

    gen = generator()
    papers = gen.make_papers(2000, 7)
    turns: list[FilterRow] = []
    claims: list[FilterRow] = []
    number = 1
    while len(turns) < TURNS or len(claims) < CLAIMS:
        episode = gen.generate_episode(number, 7, papers)
        for i, turn in enumerate(episode.turns):
            if len(turns) < TURNS:
                paper = [turn.paper] if turn.paper else []
                verdict = episode.verdicts.get(turn.paper, "unsorted") if turn.paper else "unsorted"
                turns.append(FilterRow(f"e{number}:{i}", turn.text,
                                       {"speaker": turn.speaker, "paper": paper, "verdict": verdict},
                                       frozenset({"note"}) if (number + i) % 40 == 0 else frozenset()))
        for j, claim in enumerate(episode.claims):
            if len(claims) < CLAIMS:
                claims.append(FilterRow(f"c{number}:{j}", claim.text,
                                        {"speaker": claim.speaker, "paper": claim.paper, "kind": claim.kind,
                                         "verdict": episode.verdicts[claim.paper]},
                                        frozenset({"pushback"}) if claim.doubted else frozenset()))
        number += 1
    return turns, claims, papers


def run() -> list[Figure]:
    from tui.core.filtering import FilterIndex, IncrementalFilter

    turns, claims, papers = build_rows()
    started = time.perf_counter()
    index = FilterIndex(turns + claims)
    build = time.perf_counter() - started
    paper = papers[3].name
    words = paper.replace("-", " ")
    samples: list[float] = []
    slowest = (0.0, "")
    for template in QUERIES:
        query = template.format(paper=paper, paper_words=words[: max(4, len(words) - 2)])
        flt = IncrementalFilter(index)
        for end in range(1, len(query) + 1):
            typed = query[:end]
            t0 = time.perf_counter()
            result = flt.update(typed)
            for row_id in result.page(0, SCREEN):
                result.spans(row_id)
            spent = time.perf_counter() - t0
            samples.append(spent)
            slowest = max(slowest, (spent, typed))
    part = "filter"
    rows = f"{len(turns) // 1000}k turns + {len(claims) // 1000}k claims"
    return [
        Figure(part, f"index build ({rows}, once per library load)", f"{build:.2f} s"),
        Figure(part, f"keystroke median ({len(samples)} keystrokes, {len(QUERIES)} queries)",
               ms(median(samples)), "< 16 ms", median(samples) < 0.016),
        Figure(part, "keystroke p95", ms(p95(samples)), "< 50 ms", p95(samples) < 0.050),
        Figure(part, f"keystroke max ({slowest[1]!r})", ms(slowest[0])),
    ]
