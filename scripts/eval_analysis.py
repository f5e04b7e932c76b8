#!/usr/bin/env python3
"""Score `tui.core.analysis.analyze` against the annotated gold corpus (tests/gold, docs/CORPUS.md).

Prints, per episode and overall: paper detection precision/recall (fuzzy name match), segmentation
accuracy on turns the gold puts inside a paper discussion, claim-turn recall (and precision), number
recall, pushback-turn recall, and verdict accuracy on papers whose hosts were clear.

    .venv/bin/python scripts/eval_analysis.py                  # demo + extra gold episodes
    .venv/bin/python scripts/eval_analysis.py --include-seeds  # plus the seed annotations
    .venv/bin/python scripts/eval_analysis.py --only-seeds -v  # the seeds alone, with the misses
    .venv/bin/python scripts/eval_analysis.py --gold tests/gold/heldout   # another folder of *.gold.json, alone
    .venv/bin/python scripts/eval_analysis.py --gold tests/gold/heldout19 --gold tests/gold/heldout20 --papers auto
                                                     # several sets pooled, each with its own catalog

The default corpus is tests/gold/*.gold.json (plus tests/gold/seeds/ when asked); sub-folders such
as tests/gold/heldout/ are never included unless named with --gold.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz  # noqa: E402

from tui.core.analysis import analyze  # noqa: E402
from tui.core.identity import normalise_name  # noqa: E402
from tui.core.models import EpisodeAnalysis, PaperDiscussion, PaperMeta  # noqa: E402

NON_PAPER = {"intro", "transition", "wrap-up", "general"}


def _parse_number(text: str) -> tuple[float, str | None]:
    sys.path.insert(0, str(REPO / "tests" / "gold"))
    from goldlib import parse_number  # type: ignore[import-not-found]

    return parse_number(text)


@dataclass
class Tally:
    hit: int = 0
    total: int = 0

    def add(self, hit: int, total: int) -> None:
        self.hit += hit
        self.total += total

    def ratio(self) -> float | None:
        return self.hit / self.total if self.total else None

    def show(self) -> str:
        r = self.ratio()
        return "  n/a" if r is None else f"{r:5.2f} ({self.hit}/{self.total})"


@dataclass
class Scores:
    paper_p: Tally = field(default_factory=Tally)
    paper_r: Tally = field(default_factory=Tally)
    segment_acc: Tally = field(default_factory=Tally)
    claim_r: Tally = field(default_factory=Tally)
    claim_p: Tally = field(default_factory=Tally)
    number_r: Tally = field(default_factory=Tally)
    pushback_r: Tally = field(default_factory=Tally)
    verdict_acc: Tally = field(default_factory=Tally)
    null_verdict_acc: Tally = field(default_factory=Tally)

    def merge(self, other: Scores) -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).add(getattr(other, name).hit, getattr(other, name).total)

    def as_dict(self) -> dict[str, float | None]:
        return {name: getattr(self, name).ratio() for name in self.__dataclass_fields__}


def names_match(pred: PaperDiscussion, gold: dict) -> float:
    """Best fuzzy similarity (0-100) between a predicted paper's names and a gold paper's names."""
    best = 0.0
    pred_names = [pred.name, *pred.aliases]
    gold_names = [gold["name"], *gold.get("aliases", [])]
    for p in pred_names:
        pn = normalise_name(p.removeprefix("the ").removesuffix(" paper"))
        for g in gold_names:
            gn = normalise_name(g.removeprefix("the ").removesuffix(" paper"))
            if not pn or not gn:
                continue
            if pn == gn:
                return 100.0
            score = fuzz.ratio(pn, gn)
            if min(len(pn), len(gn)) >= 4 and (pn in gn or gn in pn):
                score = max(score, 90.0)
            score = max(score, fuzz.token_set_ratio(p.lower(), g.lower()) if " " in p and " " in g else 0)
            best = max(best, score)
    return best


def pair_papers(preds: Sequence[PaperDiscussion], golds: Sequence[dict], threshold: float = 85) -> dict[int, int]:
    """Greedy one-to-one pairing: gold index -> predicted index."""
    scored = sorted(
        ((-names_match(p, g), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds))
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for neg_score, gi, pi in scored:
        score = -neg_score
        if score < threshold or gi in pairs or pi in used:
            continue
        pairs[gi] = pi
        used.add(pi)
    return pairs


def _gold_turn_labels(gold: dict, n_turns: int) -> list[str | None]:
    labels: list[str | None] = [None] * n_turns
    for seg in gold.get("segments", []):
        for t in range(seg["first_turn"], min(seg["last_turn"], n_turns - 1) + 1):
            labels[t] = seg["label"]
    return labels


def score_episode(analysis: EpisodeAnalysis, gold: dict, n_turns: int, verbose: bool = False) -> Scores:
    s = Scores()
    golds = gold["papers"]
    preds = analysis.papers
    pairs = pair_papers(preds, golds)
    s.paper_p.add(len(pairs), len(preds))
    s.paper_r.add(len(pairs), len(golds))
    if verbose:
        unmatched_pred = [p.name for i, p in enumerate(preds) if i not in pairs.values()]
        unmatched_gold = [g["name"] for i, g in enumerate(golds) if i not in pairs]
        if unmatched_pred or unmatched_gold:
            print(f"    papers: extra {unmatched_pred}, missed {unmatched_gold}")
    gold_to_pred_key = {golds[gi]["name"]: preds[pi].key for gi, pi in pairs.items()}

    pred_label: list[str | None] = [None] * n_turns
    for seg in analysis.segments:
        for t in range(seg.first_turn, seg.last_turn + 1):
            pred_label[t] = seg.label
    wrong = []
    for t, label in enumerate(_gold_turn_labels(gold, n_turns)):
        if label is None or label in NON_PAPER:
            continue
        ok = pred_label[t] is not None and pred_label[t] == gold_to_pred_key.get(label)
        s.segment_acc.add(int(ok), 1)
        if not ok:
            wrong.append((t, label, pred_label[t]))
    if verbose and wrong:
        print(f"    segments wrong: {wrong}")

    for gi, g in enumerate(golds):
        pred = preds[pairs[gi]] if gi in pairs else None
        claim_turns = {c.turn for c in pred.claims if not c.hypothetical} if pred else set()
        gold_claims = set(g.get("claim_turns", []))
        s.claim_r.add(len(gold_claims & claim_turns), len(gold_claims))
        if pred is not None:
            s.claim_p.add(len(gold_claims & claim_turns), len(claim_turns))
        numbers = [(n.value, n.unit) for c in (pred.claims if pred else []) if not c.hypothetical for n in c.numbers]
        missed_numbers = []
        for text in g.get("numbers", []):
            value, unit = _parse_number(text)
            hit = any(abs(v - value) <= 1e-6 * max(1.0, abs(value)) and (unit is None or u == unit) for v, u in numbers)
            s.number_r.add(int(hit), 1)
            if not hit:
                missed_numbers.append(text)
        pushed = {t for c in (pred.claims if pred else []) for t in c.pushback}
        gold_push = set(g.get("pushback_turns", []))
        s.pushback_r.add(len(gold_push & pushed), len(gold_push))
        verdict = pred.suggested_verdict.verdict if pred else None
        if g.get("verdict"):
            s.verdict_acc.add(int(verdict == g["verdict"]), 1)
        else:
            s.null_verdict_acc.add(int(verdict is None), 1)
        if verbose:
            issues = []
            if gold_claims - claim_turns:
                issues.append(f"claims missed {sorted(gold_claims - claim_turns)} extra {sorted(claim_turns - gold_claims)}")
            if missed_numbers:
                issues.append(f"numbers missed {missed_numbers}")
            if verdict != g.get("verdict"):
                issues.append(f"verdict {verdict} != {g.get('verdict')}")
            if issues:
                print(f"    {g['name']}: " + "; ".join(issues))
    return s


def _load_episode(path: Path):
    from tui.core.ingest import load_file

    episode, problems = load_file(path)
    return episode, problems


def _load_catalog(path: Path | None) -> list[PaperMeta]:
    if path is None:
        return []
    from tui.core.metadata.catalog import load_catalog

    catalog, _ = load_catalog(path)
    return catalog


def run(gold_files, catalog: list[PaperMeta], verbose: bool = False) -> tuple[Scores, list[tuple[str, Scores, float]]]:
    total = Scores()
    rows = []
    for gf in gold_files:
        episode, problems = _load_episode(gf.episode_path)
        if episode is None:
            print(f"  {gf.path.name}: cannot load {gf.episode_path}: {[p.message for p in problems]}")
            continue
        start = time.perf_counter()
        analysis = analyze(episode, catalog)
        elapsed = (time.perf_counter() - start) * 1000
        if verbose:
            print(f"  {gf.path.name} ({len(episode.turns)} turns, {elapsed:.1f} ms)")
        scores = score_episode(analysis, gf.data, len(episode.turns), verbose)
        total.merge(scores)
        rows.append((gf.path.name, scores, elapsed))
    return total, rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--gold", type=Path, metavar="DIR", action="append",
        help="score only the *.gold.json files in DIR (e.g. a held-out set); repeat it to pool several sets",
    )
    parser.add_argument("--include-seeds", action="store_true", help="also score tests/gold/seeds")
    parser.add_argument("--only-seeds", action="store_true", help="score only tests/gold/seeds (held out)")
    parser.add_argument(
        "--papers", type=Path,
        help="a paper catalog to match against (as `analyze --papers`); `auto`: each --gold folder's catalog.papers.json",
    )
    parser.add_argument("--json", action="store_true", help="print the overall figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="show each episode's misses")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "tests" / "gold"))
    import goldlib  # type: ignore[import-not-found]

    if args.gold is not None:
        for folder in args.gold:
            if not folder.is_dir():
                print(f"--gold {folder}: not a folder", file=sys.stderr)
                return 2
        files = [
            goldlib.GoldFile(p, json.loads(p.read_text(encoding="utf-8")))
            for folder in args.gold
            for p in sorted(folder.glob("*.gold.json"))
        ]
    else:
        files = goldlib.gold_files(include_seeds=args.include_seeds or args.only_seeds)
    if args.only_seeds:
        files = [f for f in files if f.is_seed]
    files = [f for f in files if f.episode_path.exists()]
    if not files:
        print("no gold files with their episodes present", file=sys.stderr)
        return 1
    if args.papers is not None and str(args.papers) == "auto":
        total, rows = Scores(), []
        for folder in sorted({f.path.parent for f in files}):
            part, part_rows = run([f for f in files if f.path.parent == folder],
                                  _load_catalog(folder / "catalog.papers.json"), args.verbose)
            total.merge(part)
            rows += part_rows
    else:
        total, rows = run(files, _load_catalog(args.papers), args.verbose)
    if args.json:
        print(json.dumps(total.as_dict(), indent=2))
        return 0
    header = f"{'episode':<36} {'P':>5} {'R':>5} {'seg':>5} {'claimR':>6} {'numR':>5} {'verd':>5} {'ms':>6}"
    print(header)
    for name, s, ms in rows:
        cells = [s.paper_p, s.paper_r, s.segment_acc, s.claim_r, s.number_r, s.verdict_acc]
        shown = [f"{c.ratio():5.2f}" if c.ratio() is not None else "  n/a" for c in cells]
        print(f"{name[:36]:<36} " + " ".join(shown) + f" {ms:6.1f}")
    print()
    for label, tally in [
        ("paper precision", total.paper_p),
        ("paper recall", total.paper_r),
        ("segmentation accuracy (paper turns)", total.segment_acc),
        ("claim-turn recall", total.claim_r),
        ("claim-turn precision", total.claim_p),
        ("number recall", total.number_r),
        ("pushback-turn recall", total.pushback_r),
        ("verdict accuracy (clear papers)", total.verdict_acc),
        ("no-verdict when hosts unclear", total.null_verdict_acc),
    ]:
        print(f"{label:<38} {tally.show()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
