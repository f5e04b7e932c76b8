"""`papertui export --format FMT [--out PATH] [--verdict V ...] [--episode E ...] [--force]`.

Single-document formats go to stdout by default (or with `--out -`); obsidian needs `--out FOLDER`.
Files are written atomically and never overwritten without --force, except obsidian's owned regions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail
from tui.cli import verdict_cmd
from tui.cli.verdict_cmd import open_store, parse_verdict
from tui.core.export import FORMATS, RENDERERS, ExportError, atomic_write_text, build_bundle
from tui.core.store import StoreError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", "-f", required=True, choices=FORMATS, help="output format")
    parser.add_argument("--out", "-o", metavar="PATH", default="-",
                        help="output file (obsidian: a vault folder); - for stdout (default)")
    parser.add_argument("--verdict", action="append", type=parse_verdict, metavar="V",
                        help="only papers with this verdict (repeatable; unsorted = not decided)")
    parser.add_argument("--episode", action="append", metavar="E",
                        help="only discussions in this episode: key, key prefix, or part of its title/path (repeatable)")
    parser.add_argument("--force", action="store_true", help="overwrite existing files")


def run(args: argparse.Namespace) -> int:
    if args.format == "obsidian" and args.out == "-":
        return fail("obsidian writes one file per paper: give a vault folder with --out FOLDER", EXIT_USAGE)
    try:
        with open_store(args) as store:
            library = verdict_cmd.load_library(args, store)
            library.ensure_claims()  # a cached scan loads claims on demand; the export needs them all
            for problem in library.problems:
                print(f"papertui: {problem.describe()}", file=sys.stderr)
            bundle = build_bundle(
                list(library.papers.values()), store, verdicts=args.verdict, episodes=args.episode,
                library_episodes=library.iter_full_episodes(),
            )
    except StoreError as error:
        return fail(str(error), EXIT_PROBLEMS)
    if args.format == "obsidian":
        return _obsidian(bundle, Path(args.out), args.force)
    text = RENDERERS[args.format](bundle)
    if args.out == "-":
        sys.stdout.write(text)
        return EXIT_OK
    try:
        atomic_write_text(Path(args.out), text, force=args.force)
    except ExportError as error:
        return fail(str(error), EXIT_PROBLEMS)
    print(f"wrote {len(bundle.papers)} papers to {args.out}", file=sys.stderr)
    return EXIT_OK


def _obsidian(bundle, folder: Path, force: bool) -> int:
    from tui.core.export.obsidian import export_obsidian

    try:
        report = export_obsidian(bundle, folder, force=force)
    except OSError as error:
        return fail(f"cannot write to {folder}: {error.strerror or error}", EXIT_PROBLEMS)
    for message in report.skipped:
        print(f"papertui: {message}", file=sys.stderr)
    print(
        f"{folder}: {len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {len(report.skipped)} left alone",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS if report.skipped else EXIT_OK
