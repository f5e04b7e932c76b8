#!/usr/bin/env python3
"""Time `tui.core.analysis.analyze` and prove a speed-up changed nothing: record its output, then compare.

    .venv/bin/python scripts/gen_library.py --episodes 300 --seed 3 --out /tmp/speed-lib300
    nice .venv/bin/python scripts/bench_analysis.py --record /tmp/analysis-rec     # before changing anything
    nice .venv/bin/python scripts/bench_analysis.py --check /tmp/analysis-rec      # after each change
    nice .venv/bin/python scripts/bench_analysis.py --profile gen300               # cProfile, by own time

Comparing two code trees while others change the analysis too ("HEAD + only my files" against "HEAD"):

    git archive HEAD tui scripts tests | tar -x -C /tmp/speed-base     # then copy it, change your files there
    nice .venv/bin/python scripts/bench_analysis.py --compare-trees /tmp/speed-base /tmp/speed-new --rounds 3

runs each tree's analysis in its own process (PAPERTUI_BENCH_TREE), alternating base/new for every round on
the same episodes read from this checkout, reports every episode whose output differs, and the median over
rounds of each corpus's mean CPU ms per episode. --only gen300,gold,heldout-all limits the corpora.

Corpora: the demo library (data/episodes with data/papers.json), the gold episodes, the development set
(tests/gold/heldout/episodes with its catalog), ../shared/seeds when present, and a generated library
(--generated, default /tmp/speed-lib300) both with its papers.json and without. The recording holds each
episode's `model_dump_json()`; `--check` reports every episode whose output differs by a single byte and
prints the median and total CPU milliseconds per corpus (single process, analysis only, files read beforehand,
after one untimed warm-up analysis whose one-time cost is printed on its own).
Exit code 1 when anything differs or is missing.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The code analysed with: this checkout, or another tree (`--compare-trees` runs each tree in a child process).
CODE = Path(os.environ.get("PAPERTUI_BENCH_TREE") or REPO)
sys.path.insert(0, str(CODE))

from tui.core.analysis import analyze  # noqa: E402
from tui.core.ingest import load_file  # noqa: E402
from tui.core.metadata.catalog import load_catalog  # noqa: E402
from tui.core.models import Episode, PaperMeta  # noqa: E402


@dataclass
class Corpus:
    name: str
    episodes: list[tuple[str, Episode]]
    catalog: list[PaperMeta] | None


def _episodes(folder: Path) -> list[tuple[str, Episode]]:
    found = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.endswith("papers.json") or path.name.startswith("."):
            continue
        episode, problems = load_file(path)
        if episode is None:
            print(f"  skipped {path}: {[p.message for p in problems]}", file=sys.stderr)
            continue
        found.append((path.name, episode))
    return found


def _catalog(path: Path) -> list[PaperMeta] | None:
    if not path.exists():
        return None
    catalog, _ = load_catalog(path)
    return catalog


def corpora(generated: Path) -> list[Corpus]:
    listed = [
        ("demo", REPO / "data" / "episodes", REPO / "data" / "papers.json"),
        ("gold", REPO / "tests" / "gold" / "episodes", None),
        ("heldout", REPO / "tests" / "gold" / "heldout" / "episodes",
         REPO / "tests" / "gold" / "heldout" / "catalog.papers.json"),
        ("seeds", REPO.parent / "shared" / "seeds", None),
        *_development_sets(),
        ("gen300", generated, generated / "papers.json"),
        ("gen300-nocat", generated, None),
    ]
    found: list[Corpus] = []
    loaded: dict[Path, list[tuple[str, Episode]]] = {}
    for name, folder, catalog_path in listed:
        if not folder.is_dir():
            print(f"  {name}: {folder} not found, left out", file=sys.stderr)
            continue
        if folder not in loaded:
            loaded[folder] = _episodes(folder)
        found.append(Corpus(name, loaded[folder], _catalog(catalog_path) if catalog_path else None))
    return found


def _development_sets() -> list[tuple[str, Path, Path | None]]:
    """Every later gold set (tests/gold/heldout2/, heldout3/, ...) with its catalog when it has one."""
    found = []
    for folder in sorted((REPO / "tests" / "gold").glob("heldout?*/episodes")):
        catalog = folder.parent / "catalog.papers.json"
        found.append((folder.parent.name, folder, catalog if catalog.exists() else None))
    return found


def run(corpus: Corpus) -> tuple[dict[str, str], list[float]]:
    outputs: dict[str, str] = {}
    times: list[float] = []
    for file_name, episode in corpus.episodes:
        start = time.process_time()  # CPU time: the shared machine's load moves wall time a lot
        analysis = analyze(episode, corpus.catalog)
        times.append((time.process_time() - start) * 1000)
        outputs[file_name] = analysis.model_dump_json()
    return outputs, times


def _timing_line(corpus: Corpus, times: list[float]) -> str:
    turns = sum(len(e.turns) for _, e in corpus.episodes)
    per_turn = sum(times) / turns if turns else 0.0
    return (f"{corpus.name:13} {len(times):4} episodes {turns:6} turns  median {statistics.median(times):6.1f} ms"
            f"  mean {statistics.mean(times):6.1f} ms  total {sum(times) / 1000:6.2f} s  {per_turn:.3f} ms/turn")


def record(folder: Path, generated: Path) -> int:
    found = corpora(generated)
    warm_up(found)
    for corpus in found:
        outputs, times = run(corpus)
        target = folder / corpus.name
        target.mkdir(parents=True, exist_ok=True)
        for file_name, text in outputs.items():
            (target / f"{file_name}.analysis.json").write_text(text, encoding="utf-8")
        print(_timing_line(corpus, times))
    return 0


def warm_up(found: list[Corpus]) -> None:
    """Analyse one episode untimed: the first analysis in a process also compiles and prepares the cue regexes."""
    for corpus in found:
        if corpus.episodes:
            start = time.process_time()
            analyze(corpus.episodes[0][1], corpus.catalog)
            print(f"one-time set-up (first analysis in the process, {corpus.name}/{corpus.episodes[0][0]}): "
                  f"{(time.process_time() - start) * 1000:.0f} ms CPU")
            return


def check(folder: Path, generated: Path) -> int:
    differing = 0
    summary = {}
    found = corpora(generated)
    warm_up(found)
    for corpus in found:
        outputs, times = run(corpus)
        for file_name, text in outputs.items():
            recorded = folder / corpus.name / f"{file_name}.analysis.json"
            if not recorded.exists():
                print(f"  {corpus.name}/{file_name}: no recording", file=sys.stderr)
                differing += 1
            elif recorded.read_text(encoding="utf-8") != text:
                print(f"  {corpus.name}/{file_name}: DIFFERS", file=sys.stderr)
                differing += 1
        print(_timing_line(corpus, times))
        summary[corpus.name] = {"median_ms": round(statistics.median(times), 2), "total_s": round(sum(times) / 1000, 3)}
    print(f"differences: {differing}")
    print(json.dumps(summary))
    return 1 if differing else 0


def profile(name: str, generated: Path, limit: int) -> int:
    chosen = [c for c in corpora(generated) if c.name == name]
    if not chosen:
        print(f"no corpus called {name}", file=sys.stderr)
        return 2
    profiler = cProfile.Profile()
    profiler.enable()
    run(chosen[0])
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(limit)
    return 0


def _selected(generated: Path, only: str | None) -> list[Corpus]:
    found = corpora(generated)
    if only:
        wanted = set(only.split(","))
        found = [c for c in found if c.name in wanted or ("heldout-all" in wanted and c.name.startswith("heldout"))]
    return found


def dump(target: Path, generated: Path, only: str | None) -> int:
    """Analyse the corpora with this process's code; write outputs and per-episode CPU ms as JSON."""
    found = _selected(generated, only)
    warm_up(found)
    outputs: dict[str, str] = {}
    times: dict[str, list[float]] = {}
    for corpus in found:
        produced, spent = run(corpus)
        outputs.update({f"{corpus.name}/{name}": text for name, text in produced.items()})
        times[corpus.name] = spent
    target.write_text(json.dumps({"outputs": outputs, "times": times}), encoding="utf-8")
    return 0


def compare_trees(base: Path, new: Path, generated: Path, rounds: int, only: str | None) -> int:
    """Alternate base and new trees, each in a fresh process; byte-compare outputs and report CPU medians."""
    import tempfile

    means: dict[str, dict[str, list[float]]] = {"base": {}, "new": {}}
    first: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-trees-") as tmp:
        for round_ in range(rounds):
            for label, tree in (("base", base), ("new", new)):
                out = Path(tmp) / f"{label}-{round_}.json"
                argv = [sys.executable, str(Path(__file__).resolve()), "--dump", str(out), "--generated", str(generated)]
                if only:
                    argv += ["--only", only]
                env = {**os.environ, "PAPERTUI_BENCH_TREE": str(tree.resolve()), "PYTHONPATH": str(tree.resolve())}
                subprocess.run(argv, check=True, env=env, cwd=str(tree), stdout=subprocess.DEVNULL)
                data = json.loads(out.read_text(encoding="utf-8"))
                if round_ == 0:
                    first[label] = data["outputs"]
                for name, spent in data["times"].items():
                    means[label].setdefault(name, []).append(statistics.mean(spent) if spent else 0.0)
    differing = sorted(k for k in first["base"] if first["base"][k] != first["new"].get(k))
    missing = sorted(set(first["base"]) ^ set(first["new"]))
    for name in differing:
        print(f"  DIFFERS {name}", file=sys.stderr)
    for name in missing:
        print(f"  only in one tree: {name}", file=sys.stderr)
    print(f"{'corpus':13} {'episodes':>8}  base ms/episode  new ms/episode  change (median of {rounds} rounds, CPU)")
    for name in means["base"]:
        count = sum(1 for k in first["base"] if k.startswith(name + "/"))
        b, n = statistics.median(means["base"][name]), statistics.median(means["new"].get(name, [0.0]))
        print(f"{name:13} {count:8}  {b:15.2f}  {n:14.2f}  {(n - b) / b * 100 if b else 0.0:+6.1f}%")
    gold = [name for name in means["base"] if not name.startswith("gen")]
    if len(gold) > 1:
        # every hand-written episode together: per round, the mean over the corpora weighted by their episodes
        def overall(label: str) -> float:
            counts = {name: sum(1 for k in first["base"] if k.startswith(name + "/")) for name in gold}
            total = sum(counts.values())
            per_round = zip(*(means[label][name] for name in gold))
            return statistics.median(sum(m * counts[n] for m, n in zip(row, gold)) / total for row in per_round)

        b, n = overall("base"), overall("new")
        print(f"{'all gold':13} {sum(1 for k in first['base'] if not k.startswith('gen')):8}  {b:15.2f}  {n:14.2f}  "
              f"{(n - b) / b * 100 if b else 0.0:+6.1f}%")
    print(f"episodes compared: {len(first['base'])}, differing: {len(differing)}, in one tree only: {len(missing)}")
    return 1 if differing or missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--record", type=Path, metavar="DIR", help="write every episode's analysis JSON to DIR")
    action.add_argument("--check", type=Path, metavar="DIR", help="compare to a recording in DIR and time it")
    action.add_argument("--profile", metavar="CORPUS", help="cProfile one corpus (gen300, demo, ...)")
    action.add_argument("--dump", type=Path, metavar="FILE", help="write outputs and CPU ms per episode as JSON")
    action.add_argument("--compare-trees", nargs=2, type=Path, metavar=("BASE", "NEW"),
                        help="byte-compare and time two code trees, alternating, each in its own process")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of --compare-trees (default 3)")
    parser.add_argument("--only", help="comma-separated corpora (demo, gold, heldout, heldout-all, gen300, ...)")
    parser.add_argument("--generated", type=Path, default=Path("/tmp/speed-lib300"),
                        help="folder made by scripts/gen_library.py (default /tmp/speed-lib300)")
    parser.add_argument("--limit", type=int, default=40, help="rows of profile output")
    args = parser.parse_args(argv)
    if args.record:
        return record(args.record, args.generated)
    if args.check:
        return check(args.check, args.generated)
    if args.dump:
        return dump(args.dump, args.generated, args.only)
    if args.compare_trees:
        return compare_trees(*args.compare_trees, args.generated, args.rounds, args.only)
    return profile(args.profile, args.generated, args.limit)


if __name__ == "__main__":
    sys.exit(main())
