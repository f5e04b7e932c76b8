r"""Render the tenth held-out set (`tests/gold/heldout10/src/*.ep`) and write its gold files here.

A tenth yardstick, written apart from the main corpus and the earlier held-out sets, imitating
the shared seed show in form (never in text): plain text with stage directions.
Sources use the syntax of `tests/gold/build_gold.py`, whose parser, gold builder
and renderers are reused unchanged; only where the files land differs.

    .venv/bin/python tests/gold/heldout10/build.py            # render every source
    .venv/bin/python tests/gold/heldout10/build.py --check    # exit 1 if a rendered file is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.gold.heldout_build import HeldoutBuild, run  # noqa: E402

BUILD = HeldoutBuild(HERE)
SRC_DIR, sources, stale, build, main = BUILD.src_dir, BUILD.sources, BUILD.stale, BUILD.build, BUILD.main

if __name__ == "__main__":
    run(BUILD)
