r"""Render the seventh held-out set (`tests/gold/heldout7/src/*.ep`) and write its gold files here.

A seventh yardstick, written apart from the main corpus and the six earlier held-out sets, imitating
the shared seed show in form (never in text): plain text with stage directions.
Sources use the syntax of `tests/gold/build_gold.py`, whose parser, gold builder
and renderers are reused unchanged; only where the files land differs.

    .venv/bin/python tests/gold/heldout7/build.py            # render every source
    .venv/bin/python tests/gold/heldout7/build.py --check    # exit 1 if a rendered file is stale
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.gold import build_gold  # noqa: E402

SRC_DIR = HERE / "src"
EPISODES_DIR = HERE / "episodes"
RENDERERS = build_gold.RENDERERS


def sources() -> list[Path]:
    return sorted(SRC_DIR.glob("*.ep"))


def rendered(path: Path) -> tuple[build_gold.Source, Path, str, Path, dict]:
    """Parse one source: (source, transcript path, transcript text, gold path, gold data)."""
    source = build_gold.parse_source(path)
    episode = REPO / source.header["output"]
    if episode.parent != EPISODES_DIR:
        raise SystemExit(f"{path}: output must be under tests/gold/heldout7/episodes/, got {source.header['output']}")
    text = RENDERERS[source.header["format"]](source)
    gold_path = HERE / f"{episode.stem}.gold.json"
    return source, episode, text, gold_path, build_gold.build_gold(source)


def build(path: Path) -> Path:
    _, episode, text, gold_path, gold = rendered(path)
    episode.parent.mkdir(parents=True, exist_ok=True)
    episode.write_text(text, encoding="utf-8")
    gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold_path


def stale(path: Path) -> list[str]:
    """What is out of date for one source (empty when the rendered files match)."""
    _, episode, text, gold_path, gold = rendered(path)
    problems = []
    if not episode.is_file() or episode.read_text(encoding="utf-8") != text:
        problems.append(str(episode.relative_to(REPO)))
    if not gold_path.is_file() or json.loads(gold_path.read_text(encoding="utf-8")) != gold:
        problems.append(str(gold_path.relative_to(REPO)))
    return problems


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [Path(a) for a in argv if a != "--check"] or sources()
    if check:
        problems = [p for path in paths for p in stale(path)]
        for problem in problems:
            print(f"stale: {problem} (run tests/gold/heldout7/build.py)")
        return 1 if problems else 0
    for path in paths:
        print(f"{path.name} -> {build(path).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
