"""`papertui note add|list`: notes on papers from scripts. `add` appends to the paper's note (one per paper)."""

from __future__ import annotations

import argparse
import sys

from tui.cli.common import EXIT_OK, EXIT_PROBLEMS, add_global_options, fail, print_json
from tui.cli import verdict_cmd
from tui.cli.verdict_cmd import iso, open_store, resolve_or_report
from tui.core.models import NoteTarget
from tui.core.store import StoreError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add text to a paper's note")
    add.add_argument("paper", metavar="PAPER", help="arXiv id, paper key (arxiv:... / name:...) or a name")
    add.add_argument("text", metavar="TEXT", help="Markdown text; - reads it from stdin")
    list_ = actions.add_parser("list", help="list notes (of one paper, or all)")
    list_.add_argument("paper", metavar="PAPER", nargs="?")
    list_.add_argument("--json", action="store_true", help="print JSON")
    for sub in (add, list_):
        add_global_options(sub)


def run(args: argparse.Namespace) -> int:
    try:
        with open_store(args) as store:
            return _add(args, store) if args.action == "add" else _list(args, store)
    except StoreError as error:
        return fail(str(error), EXIT_PROBLEMS)


def _add(args: argparse.Namespace, store) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        return fail("the note text is empty", EXIT_PROBLEMS)
    choice = resolve_or_report(args.paper, store, verdict_cmd.load_library(args, store))
    if isinstance(choice, int):
        return choice
    target = NoteTarget(kind="paper", paper_key=choice.key)
    existing = store.get_note(target)
    body = f"{existing.body.rstrip()}\n\n{text.strip()}" if existing else text.strip()
    note = store.save_note(target, body)
    print(f"{note.target.paper_key}: note saved ({len(note.body)} characters)  [{choice.label}]")
    return EXIT_OK


def _list(args: argparse.Namespace, store) -> int:
    if args.paper:
        choice = resolve_or_report(args.paper, store, verdict_cmd.load_library(args, store))
        if isinstance(choice, int):
            return choice
        notes = store.notes_for_paper(choice.key)
    else:
        notes = store.all_notes()
    if args.json:
        print_json([note.model_dump(mode="json") for note in notes])
        return EXIT_OK
    if not notes:
        print("no notes yet")
    for note in notes:
        target = note.target
        where = target.paper_key or f"{target.episode_key} turn {target.turn_index}"
        if target.kind != "paper":
            where += f" ({target.kind}{', orphaned' if note.orphaned else ''})"
        print(f"== {where}  updated {iso(note.updated)}")
        print(note.body.rstrip())
        print()
    return EXIT_OK
