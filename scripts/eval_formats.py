"""Score the analysis on the same episodes rendered in every transcript format we read.

The held-out sets are mostly plain `Speaker: text`; real shows also publish WebVTT, SRT, Podcasting 2.0
JSON, WhisperX and Markdown. This renders each plain-text gold source of the named sets in every format
(`tests/gold/build_gold.py` renderers, into a temporary folder), reads it back through ingest and scores it
against the same gold, so a drop in one column is a reader or analysis weakness of that format, not of the
dialogue.

    .venv/bin/python scripts/eval_formats.py tests/gold/heldout13 tests/gold/heldout14
    .venv/bin/python scripts/eval_formats.py --formats txt,srt,vtt-on-change tests/gold/heldout1[0-4]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "gold"))
sys.path.insert(0, str(REPO / "scripts"))

import build_gold  # type: ignore[import-not-found]  # noqa: E402
import eval_analysis  # type: ignore[import-not-found]  # noqa: E402
import goldlib  # type: ignore[import-not-found]  # noqa: E402

EXTENSIONS = {"txt": "txt", "md": "md", "vtt": "vtt", "vtt-on-change": "vtt", "p20": "json", "srt": "srt",
              "whisperx": "json", "pairs": "json", "whisper-plain": "json"}
PARTS = ("paper_p", "paper_r", "segment_acc", "claim_r", "number_r", "pushback_r", "verdict_acc")
# Plain Whisper output names nobody, so its turns are the reader's paragraphs, not the gold's: only the parts
# that do not count turns are scored for it.
TURNLESS = {"whisper-plain": ("paper_p", "paper_r", "verdict_acc")}


def render_whisper_plain(source) -> str:
    """Whisper's own JSON: one segment per sentence, no speakers at all."""
    import json

    segments, clock = [], 0.0
    for turn in source.turns:
        for piece in build_gold._sentences(turn.text):
            end = clock + max(0.8, len(piece.split()) / build_gold.WORDS_PER_SECOND)
            segments.append({"id": len(segments), "start": round(clock, 2), "end": round(end, 2), "text": " " + piece})
            clock = end + 0.3
    return json.dumps({"text": " ".join(s["text"] for s in segments), "segments": segments, "language": "en"})


RENDERERS = {**build_gold.RENDERERS, "whisper-plain": render_whisper_plain}


def plain_sources(folders: list[Path]) -> list[Path]:
    """The `.ep` sources of the folders that are written as plain text (the ones every format can carry)."""
    found = []
    for folder in folders:
        for path in sorted((folder / "src").glob("*.ep")):
            if build_gold.parse_source(path).header.get("format") == "txt":
                found.append(path)
    return found


def rendered_gold(sources: list[Path], fmt: str, out: Path) -> tuple[list, list[str]]:
    """Gold files pointing at each source rendered in `fmt`, and the sources whose turn count changed."""
    files, mismatched = [], []
    for path in sources:
        source = build_gold.parse_source(path)
        episode = out / fmt / f"{path.parent.parent.name}_{path.stem}.{EXTENSIONS[fmt]}"
        episode.parent.mkdir(parents=True, exist_ok=True)
        episode.write_text(RENDERERS[fmt](source), encoding="utf-8")
        data = build_gold.build_gold(source)
        data["episode"] = str(episode)
        loaded, _problems = eval_analysis._load_episode(episode)
        if loaded is None or (fmt not in TURNLESS and len(loaded.turns) != len(source.turns)):
            mismatched.append(f"{episode.name}: {0 if loaded is None else len(loaded.turns)} turns, gold {len(source.turns)}")
            continue
        files.append(goldlib.GoldFile(episode, data))
    return files, mismatched


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path, help="gold set folders with src/*.ep")
    parser.add_argument("--formats", default=",".join(EXTENSIONS), help="comma-separated renderer names")
    args = parser.parse_args(argv)
    sources = plain_sources(args.folders)
    if not sources:
        print("no plain-text sources in those folders", file=sys.stderr)
        return 2
    print(f"{len(sources)} plain-text episodes from {len(args.folders)} set(s)")
    print(f"{'format':<15}" + "".join(f"{p:>12}" for p in PARTS))
    with tempfile.TemporaryDirectory(prefix="papertui-formats-") as tmp:
        for fmt in args.formats.split(","):
            files, mismatched = rendered_gold(sources, fmt, Path(tmp))
            with contextlib.redirect_stdout(io.StringIO()):
                total, _rows = eval_analysis.run(files, catalog=[])
            scores = total.as_dict()
            if fmt in TURNLESS:
                scores = {p: (scores[p] if p in TURNLESS[fmt] else None) for p in PARTS}
            cells = "".join(f"{'-' if scores[p] is None else format(scores[p], '.2f'):>12}" for p in PARTS)
            print(f"{fmt:<15}{cells}")
            for line in mismatched:
                print(f"    skipped, turns differ: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
