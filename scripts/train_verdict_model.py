"""Train the word-statistics verdict model (tui/core/analysis/verdict_model.py) on the annotated episodes.

    python scripts/train_verdict_model.py                 # write tui/core/analysis/verdict_model.json
    python scripts/train_verdict_model.py --loso          # leave each gold set out: how it does on unseen sets
    python scripts/train_verdict_model.py --exclude heldout31   # leave a scored set out as well

Training reads the gold spans and the gold closing round (`wrap-up` segments), so the labels are clean; the
analysis uses the spans and segments it found. The seed episodes are never trained on (they stay a check), nor
is any set not yet scored: a held-out set must be scored once before the model may learn from it.

Only sets already scored once are learnt from: those with development floors in tests/core/test_eval_corpus.py
(a new set gets its floors when it is first scored). The seeds never are. So after scoring a new set and adding its
floors, retrain; `--exclude` keeps a scored set out by hand.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "gold"))

import goldlib  # type: ignore[import-not-found]  # noqa: E402

from tui.core.analysis.verdict_model import KEEP_UNCLEAR, MODEL_PATH, VerdictModel, bag, name_keys, passages  # noqa: E402
from tui.core.ingest import load_file  # noqa: E402

Example = tuple[str, str, set[str]]  # (set name, label, words)


def scored_sets() -> frozenset[str]:
    """The held-out sets already scored once: those with development floors in tests/core/test_eval_corpus.py.
    A set written but not yet scored has none, so the model cannot learn from it by accident."""
    spec = importlib.util.spec_from_file_location("eval_corpus_floors", REPO / "tests" / "core" / "test_eval_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.DEV_FLOORS)


def gold_sets(exclude: Sequence[str]) -> dict[str, list[goldlib.GoldFile]]:
    """Each training set by name: the main corpus as one set, and every scored held-out folder as its own."""
    sets = {"corpus": goldlib.gold_files(include_seeds=False)}
    learnable = scored_sets() - set(exclude)
    for folder in sorted((REPO / "tests" / "gold").glob("heldout*")):
        if folder.is_dir() and folder.name in learnable:
            sets[folder.name] = goldlib.gold_files_in(folder)
    return {name: [f for f in files if f.episode_path.exists()] for name, files in sets.items()}


def examples(name: str, files: Sequence[goldlib.GoldFile]) -> Iterator[Example]:
    for gold in files:
        episode, _ = load_file(gold.episode_path)
        if episode is None:
            continue
        texts = [turn.text for turn in episode.turns]
        closing = [
            t
            for seg in gold.data.get("segments", [])
            if seg["label"] == "wrap-up"
            for t in range(seg["first_turn"], min(seg["last_turn"], len(texts) - 1) + 1)
        ]
        keys_of = [name_keys([paper["name"], *paper.get("aliases", [])]) for paper in gold.data["papers"]]
        for i, paper in enumerate(gold.data["papers"]):
            names = [paper["name"], *paper.get("aliases", [])]
            spans = [(a, min(b, len(texts) - 1)) for a, b in paper["spans"]]
            others = frozenset().union(*(keys for j, keys in enumerate(keys_of) if j != i))
            found = passages(texts, spans, closing, names, others)
            yield name, paper["verdict"] or "none", bag(found, name_keys(names))


def held_out_calls(all_examples: Sequence[Example]) -> list[tuple[str, str, str, float]]:
    """Each paper as a model that never saw its set reads it: (set, gold label, best label, margin over the next)."""
    rows = []
    for held in sorted({name for name, _, _ in all_examples}):
        model = VerdictModel.train((label, words) for name, label, words in all_examples if name != held)
        for name, label, words in all_examples:
            if name == held:
                scores = model.scores(words)
                ranked = sorted(scores, key=scores.__getitem__, reverse=True)
                rows.append((name, label, ranked[0], scores[ranked[0]] - scores[ranked[1]]))
    return rows


def calls_at(rows, margin: float) -> tuple[float, float]:
    """Share of clear papers called right, and of unclear papers left without a call, at a margin."""
    clear = [(label, best, gap) for _, label, best, gap in rows if label != "none"]
    unclear = [(best, gap) for _, label, best, gap in rows if label == "none"]
    right = sum(1 for label, best, gap in clear if best == label and gap >= margin)
    kept = sum(1 for best, gap in unclear if best == "none" or gap < margin)
    return right / max(len(clear), 1), kept / max(len(unclear), 1)


def choose_margin(rows) -> float:
    """The smallest margin (in half nats) at which unseen sets' unclear papers keep no call KEEP_UNCLEAR of the time."""
    for step in range(0, 41):
        if calls_at(rows, step / 2)[1] >= KEEP_UNCLEAR:
            return step / 2
    return 20.0


def leave_one_set_out(rows) -> None:
    """Per held-out set: accuracy on clear papers and 'none' on unclear ones, of a model that never saw it."""
    totals = Counter()
    for held in sorted({name for name, _, _, _ in rows}):
        counts = Counter()
        for name, label, best, _ in rows:
            if name == held:
                kind = "clear" if label != "none" else "unclear"
                counts[kind] += 1
                counts[kind + "_ok"] += best == label
        totals.update(counts)
        print(f"{held:12s} clear {counts['clear_ok']:3d}/{counts['clear']:<3d}  unclear {counts['unclear_ok']:3d}/{counts['unclear']}")
    print(
        f"{'pooled':12s} clear {totals['clear_ok'] / max(totals['clear'], 1):.2f} ({totals['clear_ok']}/{totals['clear']})"
        f"  unclear {totals['unclear_ok'] / max(totals['unclear'], 1):.2f} ({totals['unclear_ok']}/{totals['unclear']})"
    )
    for margin in (0.0, 1.0, 2.0, 3.0, 4.0, 6.0):
        clear, kept = calls_at(rows, margin)
        print(f"margin {margin:3.1f}: clear papers called right {clear:.2f}, unclear left without a call {kept:.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exclude", action="append", default=[], help="a held-out set not to learn from")
    parser.add_argument("--loso", action="store_true", help="report leave-one-set-out accuracy; write nothing")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    all_examples = [ex for name, files in gold_sets(args.exclude).items() for ex in examples(name, files)]
    rows = held_out_calls(all_examples)
    if args.loso:
        leave_one_set_out(rows)
        return 0
    model = VerdictModel.train((label, words) for _, label, words in all_examples)
    model.min_margin = choose_margin(rows)
    args.out.write_text(json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    labels = Counter(label for _, label, _ in all_examples)
    clear, kept = calls_at(rows, model.min_margin)
    print(
        f"{args.out}: {len(all_examples)} papers {dict(labels)}, {len(model.vocab)} words; margin {model.min_margin} "
        f"(sets left out: clear papers called right {clear:.2f}, unclear left without a call {kept:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
