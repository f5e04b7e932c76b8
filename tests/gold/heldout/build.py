"""Render the held-out episodes (`tests/gold/heldout/src/*.ep`) and write their gold files here.

The held-out set is scored like the main corpus but kept apart from it, so that figures on it say how
the analysis generalises to episodes nobody tuned against. Sources use the syntax of
`tests/gold/build_gold.py` (see its docstring and docs/CORPUS.md); this wrapper only changes where the
gold lands (beside this file, not in tests/gold/) and how JSON speaker-pairs are grouped (one to three
speakers per object instead of always two, as real exports vary).

    .venv/bin/python tests/gold/heldout/build.py            # render every held-out source
    .venv/bin/python tests/gold/heldout/build.py --check    # exit 1 if a rendered file is stale
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HELDOUT_DIR = Path(__file__).resolve().parent
REPO = HELDOUT_DIR.parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.gold import build_gold  # noqa: E402

SRC_DIR = HELDOUT_DIR / "src"
# Speakers per JSON object, cycled: exports differ in how they batch lines, so vary it.
PAIR_GROUP_SIZES = (2, 3, 1, 2, 2, 3, 2, 1)


def render_pairs_mixed(source: build_gold.Source) -> str:
    """JSON speaker-pairs with one to three speakers per object, keys in speaking order."""
    objects: list[dict[str, str]] = []
    current: dict[str, str] = {}
    sizes = iter(PAIR_GROUP_SIZES * (len(source.turns) + 1))
    size = next(sizes)
    for turn in source.turns:
        if turn.speaker in current or len(current) >= size:
            objects.append(current)
            current, size = {}, next(sizes)
        current[turn.speaker] = turn.text.replace(" || ", " ")
    if current:
        objects.append(current)
    return json.dumps(objects, indent=1, ensure_ascii=False) + "\n"


RENDERERS = {**build_gold.RENDERERS, "pairs": render_pairs_mixed}


def sources() -> list[Path]:
    return sorted(SRC_DIR.glob("*.ep"))


def rendered(path: Path) -> tuple[build_gold.Source, Path, str, Path, dict]:
    """Parse one source: (source, transcript path, transcript text, gold path, gold data)."""
    source = build_gold.parse_source(path)
    episode = REPO / source.header["output"]
    text = RENDERERS[source.header["format"]](source)
    gold_path = HELDOUT_DIR / f"{episode.stem}.gold.json"
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
            print(f"stale: {problem} (run tests/gold/heldout/build.py)")
        return 1 if problems else 0
    for path in paths:
        print(f"{path.name} -> {build(path).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
