"""`papertui verdict set|list|undo|history`: verdicts from scripts.

This module also holds what the other store commands share: opening the store (its messages go to
stderr), loading the library the PAPER argument is matched against, and resolving PAPER itself.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from tui.cli.common import EXIT_OK, EXIT_PROBLEMS, add_global_options, data_dir_arg, fail, print_json
from tui.core.identity import normalise_arxiv_id
from tui.core.models import LibraryPaper, Verdict
from tui.core.store import Store, StoreError

VERDICT_ALIASES = {
    "deploy": Verdict.DEPLOY_READY, "d": Verdict.DEPLOY_READY, "research": Verdict.RESEARCH_ONLY,
    "r": Verdict.RESEARCH_ONLY, "s": Verdict.SKIP, "u": Verdict.UNSORTED, "none": Verdict.UNSORTED,
}
UNIQUE_SCORE = 85.0  # a fuzzy match is taken only when it is this good ...
UNIQUE_MARGIN = 15.0  # ... and this much better than the runner-up


def parse_verdict(text: str) -> Verdict:
    value = text.strip().lower()
    try:
        return VERDICT_ALIASES.get(value) or Verdict(value)
    except ValueError:
        choices = ", ".join(v.value for v in Verdict)
        raise argparse.ArgumentTypeError(f"unknown verdict {text!r} (choose from {choices})") from None


# ------------------------------------------------------------------------------------------ shared helpers


def open_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    store = Store.open(data_dir_arg(args), read_only=read_only)
    for message in store.messages:
        print(f"papertui: {message}", file=sys.stderr)
    return store


def library_paths(args: argparse.Namespace) -> list[Path]:
    """The user's library (`<data dir>/library`, honouring --data-dir) when it has files, else the demo."""
    from tui.core.library import default_library_paths

    return default_library_paths(data_dir_arg(args))


def load_library(args: argparse.Namespace, store: Store):
    from tui.core.library import Library

    library = Library(library_paths(args), store=store, workers=1)
    library.scan()
    return library


@dataclass
class PaperChoice:
    key: str
    label: str
    paper: LibraryPaper | None = None


class AmbiguousPaper(Exception):
    def __init__(self, query: str, candidates: list[tuple[LibraryPaper, float]]) -> None:
        super().__init__(query)
        self.query, self.candidates = query, candidates


class UnknownPaper(Exception):
    pass


def _label(paper: LibraryPaper) -> str:
    title = paper.meta.title if paper.meta else None
    return f"{paper.name} ({title})" if title and title != paper.name else paper.name


def resolve_paper(query: str, store: Store, library) -> PaperChoice:
    """PAPER as an explicit key (`arxiv:...`, `name:...`), an arXiv id, or a name matched against the library."""
    query = query.strip()
    papers = library.papers if library is not None else {}
    if query in papers:
        return PaperChoice(store.resolve_key(query), _label(papers[query]), papers[query])
    if query.startswith(("arxiv:", "name:")):
        key = store.resolve_key(query)
        paper = papers.get(key)
        return PaperChoice(key, _label(paper) if paper else key, paper)
    arxiv_id = normalise_arxiv_id(query)
    if arxiv_id:
        key = f"arxiv:{arxiv_id}"
        paper = papers.get(key)
        return PaperChoice(store.resolve_key(key), _label(paper) if paper else key, paper)
    found = library.find_papers(query, limit=8) if library is not None else []
    if not found:
        raise UnknownPaper(f"no paper in the library matches {query!r}; use an arXiv id or a key such as name:...")
    best, score = found[0]
    runner_up = found[1][1] if len(found) > 1 else 0.0
    if score >= UNIQUE_SCORE and score - runner_up >= UNIQUE_MARGIN:
        return PaperChoice(store.resolve_key(best.key), _label(best), best)
    raise AmbiguousPaper(query, found)


def resolve_or_report(query: str, store: Store, library) -> PaperChoice | int:
    """The paper, or an exit code after printing why not (ambiguous: the candidates; nothing is changed)."""
    try:
        return resolve_paper(query, store, library)
    except AmbiguousPaper as ambiguous:
        head = "is ambiguous" if len(ambiguous.candidates) > 1 else "matches no paper with confidence"
        lines = [f"papertui: {query!r} {head}; nothing changed. Candidates:"]
        lines += [f"  {paper.key:<28} {_label(paper)}  (score {score:.0f})" for paper, score in ambiguous.candidates]
        lines.append("Repeat with one of the keys above.")
        print("\n".join(lines), file=sys.stderr)
        return EXIT_PROBLEMS
    except UnknownPaper as unknown:
        return fail(str(unknown), EXIT_PROBLEMS)


def iso(at: float) -> str:
    return datetime.fromtimestamp(at, tz=timezone.utc).isoformat(timespec="seconds")


# ------------------------------------------------------------------------------------------ the command


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    set_ = actions.add_parser("set", help="set a paper's verdict")
    set_.add_argument("paper", metavar="PAPER", help="arXiv id, paper key (arxiv:... / name:...) or a name")
    set_.add_argument("verdict", metavar="VERDICT", type=parse_verdict,
                      help="deploy-ready, research-only, skip or unsorted")
    set_.add_argument("--reason", metavar="TEXT", help="why (kept in the history)")
    list_ = actions.add_parser("list", help="list the verdicts")
    list_.add_argument("--json", action="store_true", help="print JSON")
    history = actions.add_parser("history", help="every change of a paper's verdict")
    history.add_argument("paper", metavar="PAPER")
    history.add_argument("--json", action="store_true", help="print JSON")
    undo = actions.add_parser("undo", help="undo the most recent verdict change")
    for sub in (set_, list_, history, undo):
        add_global_options(sub)


def run(args: argparse.Namespace) -> int:
    try:
        with open_store(args) as store:
            return _ACTIONS[args.action](args, store)
    except StoreError as error:
        return fail(str(error), EXIT_PROBLEMS)


def _set(args: argparse.Namespace, store: Store) -> int:
    choice = resolve_or_report(args.paper, store, load_library(args, store))
    if isinstance(choice, int):
        return choice
    record = store.set_verdict(choice.key, args.verdict, args.reason)
    reason = f" ({record.reason})" if record.reason else ""
    print(f"{record.paper_key}: {record.verdict.value}{reason}  [{choice.label}]")
    return EXIT_OK


def _list(args: argparse.Namespace, store: Store) -> int:
    records = store.all_verdicts()
    if args.json:
        print_json([
            {"paper_key": r.paper_key, "verdict": r.verdict.value, "reason": r.reason, "at": r.at}
            for r in sorted(records.values(), key=lambda r: r.paper_key)
        ])
        return EXIT_OK
    if not records:
        print("no verdicts yet")
    for record in sorted(records.values(), key=lambda r: r.paper_key):
        reason = f"  {record.reason}" if record.reason else ""
        print(f"{record.verdict.value:<14} {record.paper_key:<28} {iso(record.at)}{reason}")
    return EXIT_OK


def _history(args: argparse.Namespace, store: Store) -> int:
    choice = resolve_or_report(args.paper, store, load_library(args, store))
    if isinstance(choice, int):
        return choice
    records = store.verdict_history(choice.key)
    if args.json:
        print_json([{"verdict": r.verdict.value, "reason": r.reason, "at": r.at} for r in records])
        return EXIT_OK
    for record in records:
        print(f"{iso(record.at)}  {record.verdict.value:<14} {record.reason or ''}".rstrip())
    return EXIT_OK


def _undo(args: argparse.Namespace, store: Store) -> int:
    record = store.undo_verdict()
    if record is None:
        print("nothing to undo")
        return EXIT_OK
    print(f"{record.paper_key}: back to {record.verdict.value}")
    return EXIT_OK


_ACTIONS = {"set": _set, "list": _list, "history": _history, "undo": _undo}
