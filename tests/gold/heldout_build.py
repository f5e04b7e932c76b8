"""Rendering a held-out set: `src/*.ep` sources -> transcripts in `episodes/` and `*.gold.json` beside them.

Every held-out folder from the third on renders the same way and differs only in where files land (the
third also in one renderer, so it keeps a `build.py`). Render one folder, or check it is up to date:

    .venv/bin/python -m tests.gold.heldout_build tests/gold/heldout9            # after editing a source
    .venv/bin/python -m tests.gold.heldout_build tests/gold/heldout9 --check    # exit 1 if a file is stale
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from tests.gold import build_gold

REPO = Path(__file__).resolve().parents[2]


class HeldoutBuild:
    def __init__(self, folder: Path, renderers: Mapping[str, Callable[[build_gold.Source], str]] | None = None) -> None:
        self.folder = folder
        self.src_dir = folder / "src"
        self.episodes_dir = folder / "episodes"
        self.renderers = dict(renderers or build_gold.RENDERERS)

    def sources(self) -> list[Path]:
        return sorted(self.src_dir.glob("*.ep"))

    def rendered(self, path: Path) -> tuple[build_gold.Source, Path, str, Path, dict]:
        """Parse one source: (source, transcript path, transcript text, gold path, gold data)."""
        source = build_gold.parse_source(path)
        episode = REPO / source.header["output"]
        if episode.parent != self.episodes_dir:
            where = self.episodes_dir.relative_to(REPO)
            raise SystemExit(f"{path}: output must be under {where}/, got {source.header['output']}")
        text = self.renderers[source.header["format"]](source)
        gold_path = self.folder / f"{episode.stem}.gold.json"
        return source, episode, text, gold_path, build_gold.build_gold(source)

    def build(self, path: Path) -> Path:
        _, episode, text, gold_path, gold = self.rendered(path)
        episode.parent.mkdir(parents=True, exist_ok=True)
        episode.write_text(text, encoding="utf-8")
        gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return gold_path

    def stale(self, path: Path) -> list[str]:
        """What is out of date for one source (empty when the rendered files match)."""
        _, episode, text, gold_path, gold = self.rendered(path)
        problems = []
        if not episode.is_file() or episode.read_text(encoding="utf-8") != text:
            problems.append(str(episode.relative_to(REPO)))
        if not gold_path.is_file() or json.loads(gold_path.read_text(encoding="utf-8")) != gold:
            problems.append(str(gold_path.relative_to(REPO)))
        return problems

    def main(self, argv: list[str]) -> int:
        """`build.py [--check] [SOURCE ...]`: render (or, with --check, exit 1 when a rendered file is stale)."""
        check = "--check" in argv
        paths = [Path(a) for a in argv if a != "--check"] or self.sources()
        script = self.command()
        if check:
            problems = [p for path in paths for p in self.stale(path)]
            for problem in problems:
                print(f"stale: {problem} (run {script})")
            return 1 if problems else 0
        for path in paths:
            print(f"{path.name} -> {self.build(path).relative_to(REPO)}")
        return 0


    def command(self) -> str:
        """How to re-render this folder."""
        folder = self.folder.relative_to(REPO)
        if (self.folder / "build.py").is_file():
            return f"python {folder}/build.py"
        return f"python -m tests.gold.heldout_build {folder}"


def run(builder: HeldoutBuild) -> None:
    sys.exit(builder.main(sys.argv[1:]))


if __name__ == "__main__":
    if len(sys.argv) < 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: python -m tests.gold.heldout_build tests/gold/heldoutN [--check] [SOURCE ...]")
    sys.exit(HeldoutBuild(Path(sys.argv[1]).resolve()).main(sys.argv[2:]))
