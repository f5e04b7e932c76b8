"""Render the third held-out set (`tests/gold/heldout3/src/*.ep`) and write its gold files here.

A third yardstick, written apart from the main corpus and both earlier held-out sets, imitating the
shared seed show in form and covering the customer's formats (plain text with stage directions, SRT
with the name only on a speaker change, Podcasting 2.0 JSON, WhisperX diarized JSON, Markdown with
`\\[mm:ss\\]` stamps). Sources use the syntax of `tests/gold/build_gold.py`; this script reuses the
first held-out set's parser and renderers and only changes where the files land.

    .venv/bin/python tests/gold/heldout3/build.py            # render every source
    .venv/bin/python tests/gold/heldout3/build.py --check    # exit 1 if a rendered file is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.gold.heldout_build import HeldoutBuild, run  # noqa: E402
from tests.gold import build_gold  # noqa: E402
from tests.gold.heldout import build as heldout_build  # noqa: E402


def render_md_stamped(source: build_gold.Source) -> str:
    """Markdown with a `\\[mm:ss\\]` stamp on every turn, as exported show notes often have.

    The shared renderer stamps every fourth turn only; this set checks the reader on the denser form.
    """
    out = [f"# {source.header.get('title', source.stem)}", ""]
    for index, (turn, (start, _)) in enumerate(zip(source.turns, build_gold._timeline(source.turns))):
        stamp = f"\\[{int(start // 60):02d}:{int(start % 60):02d}\\]"
        if turn.break_before:
            out += [f"**Break:** {stamp}", ""]
        text = turn.text.replace("&", "&amp;")
        if index % 5 == 2:
            text = text.replace("'", "&#39;")
        paragraphs = text.split(" || ")
        out += [f"**{turn.speaker}:** {stamp} {paragraphs[0]}", ""]
        for paragraph in paragraphs[1:]:
            out += [paragraph, ""]
    return "\n".join(out)

BUILD = HeldoutBuild(HERE, {**heldout_build.RENDERERS, "md": render_md_stamped})
SRC_DIR, sources, stale, build, main = BUILD.src_dir, BUILD.sources, BUILD.stale, BUILD.build, BUILD.main

if __name__ == "__main__":
    run(BUILD)
