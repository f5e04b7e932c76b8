"""`papertui inspect FILE_OR_DIR ... [--json]`: what the readers make of transcripts, and what is wrong.

Exit codes: 0 every file loaded cleanly; 1 some file did not load or had an error (the rest is still
printed; warnings such as a fallback encoding are printed but do not change the code); 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from tui.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Progress, fail, print_json
from tui.core.ingest import collect_files, load_file
from tui.core.models import Episode, Problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "exit status: 0 every file loaded; 1 some file did not load or had an error (the rest is still "
        "printed); 2 usage error. Files over $PAPERTUI_MAX_TRANSCRIPT_MB megabytes (default 25) are refused."
    )
    parser.add_argument("paths", nargs="*", metavar="FILE_OR_DIR", help="transcript files or folders (recursive)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"episodes": [...], "problems": [...]}: each episode with its turns (index, speaker, text, '
        "start, end, stage_directions, source_line) and its own warnings; problems lists files that did not load",
    )


def run(args: argparse.Namespace) -> int:
    if not args.paths:
        return fail("inspect needs at least one file or folder (try: papertui inspect data/episodes)", EXIT_USAGE)
    files, problems = collect_files(args.paths)
    episodes: list[Episode] = []
    progress = Progress("reading", len(files))
    try:
        for path in files:
            progress.step(path.name)
            episode, file_problems = load_file(path)
            if episode is None:
                problems.extend(file_problems)
            else:
                episodes.append(episode)
    finally:
        progress.close()
    if args.json:
        print_json(
            {
                "episodes": [episode.model_dump(mode="json") for episode in episodes],
                "problems": [problem.model_dump(mode="json") for problem in problems],
            }
        )
    else:
        _print_summary(episodes, problems)
    has_errors = problems or any(p.severity == "error" for e in episodes for p in e.problems)
    return EXIT_PROBLEMS if has_errors else EXIT_OK


def _print_summary(episodes: list[Episode], problems: list[Problem]) -> None:
    out = sys.stdout
    for episode in episodes:
        counts = Counter(turn.speaker for turn in episode.turns)
        speakers = ", ".join(f"{name} ({_turns(counts[name])})" for name in episode.speakers)
        out.write(f"{episode.source}\n")
        out.write(f"  format:   {episode.format}\n")
        out.write(f"  title:    {episode.title}\n")
        out.write(f"  turns:    {len(episode.turns)}\n")
        out.write(f"  speakers: {speakers}\n")
        out.write(f"  duration: {_duration(episode)}\n")
        for problem in episode.problems:
            out.write(f"  {problem.severity}: {_where(problem)}{problem.message}\n")
        out.write("\n")
    for problem in problems:
        out.write(f"{problem.describe()}\n")
    loaded = f"{len(episodes)} episode{'s' if len(episodes) != 1 else ''} loaded"
    failed = f", {len(problems)} problem{'s' if len(problems) != 1 else ''}" if problems else ""
    out.write(f"{loaded}{failed}\n")


def _turns(count: int) -> str:
    return f"{count} turn" if count == 1 else f"{count} turns"


def _where(problem: Problem) -> str:
    if problem.line is not None:
        return f"line {problem.line}" + (f", column {problem.column}" if problem.column is not None else "") + ": "
    if problem.offset is not None:
        return f"byte {problem.offset}: "
    return ""


def _duration(episode: Episode) -> str:
    ends = [t.end if t.end is not None else t.start for t in episode.turns]
    times = [t for t in ends if t is not None]
    if not times:
        return "no timing"
    seconds = int(round(max(times)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
