"""`papertui papers lookup|resolve|choose`: paper metadata from catalogs, the cache, arXiv and Semantic Scholar.

  lookup QUERY      a name, title, arXiv id or arxiv.org URL -> the best match and candidates
                    (catalogs: --papers, and those of your library, else of the demo)
  resolve [PATH]    every paper the analysis finds in a library -> matched (with scores) / ambiguous / unmatched
  choose NAME ID    remember which arXiv paper an ambiguous name means (used by resolve and the app)

Catalogs inside the library folders (papers.json, *.papers.json, *.bib) are used automatically; --papers
adds more. Fetched metadata is cached in the store; --offline never touches the network, and an
unreachable network switches to offline by itself. Exit codes: 0 done; 1 some input had problems (the
rest is still printed), or lookup found nothing; 2 usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Progress,
    add_global_options,
    data_dir_arg,
    fail,
    offline_arg,
    print_json,
)
from tui.core.identity import normalise_arxiv_id, paper_key
from tui.core.models import PaperDiscussion, PaperMeta, Problem

DEFAULT_TTL_DAYS = 7.0
TTL_SETTING = "metadata.ttl_days"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    lookup = sub.add_parser("lookup", help="find metadata for a name, title, arXiv id or URL")
    lookup.add_argument("query", metavar="QUERY", nargs="+")
    lookup.add_argument("--source", choices=("auto", "local", "arxiv", "s2"), default="auto",
                        help="where to look (default: catalogs, then cache, then arXiv, then Semantic Scholar)")
    resolve = sub.add_parser("resolve", help="match every detected paper of a library to metadata")
    resolve.add_argument("paths", nargs="*", metavar="PATH",
                         help="transcript files or folders (default: your library, else the demo)")
    choose = sub.add_parser("choose", help="remember which arXiv paper a name means (or 'none')")
    choose.add_argument("name", metavar="NAME")
    choose.add_argument("arxiv_id", metavar="ARXIV_ID")
    for command in (lookup, resolve, choose):  # so --offline / --data-dir also work after the action
        add_global_options(command)
    for command in (lookup, resolve):
        command.add_argument("--json", action="store_true", help="print machine-readable JSON")
        command.add_argument("--papers", metavar="FILE", action="append", default=[],
                             help="a paper catalog (JSON, folder, or .bib); repeatable")
        command.add_argument("--ttl", metavar="DAYS", type=_positive_float, default=None,
                             help=f"re-fetch cached metadata older than this (default: the store setting "
                                  f"{TTL_SETTING}, else {DEFAULT_TTL_DAYS:g})")
        command.add_argument("--no-s2", action="store_true", help="do not ask Semantic Scholar")


def run(args: argparse.Namespace) -> int:
    if args.action == "choose":
        return _choose(args)
    store = _open_store(args)
    try:
        if args.action == "lookup":
            return asyncio.run(_lookup(args, store))
        return asyncio.run(_resolve(args, store))
    finally:
        if store is not None:
            store.close()


# ---------------------------------------------------------------------------------------------- lookup


async def _lookup(args: argparse.Namespace, store: Any) -> int:
    query = " ".join(args.query).strip()
    if not query:
        return fail("lookup needs a query", EXIT_USAGE)
    catalog, problems = _load_catalogs(args.papers, _default_library(args))
    _print_problems(problems)
    async with _resolver(args, store, catalog) as resolver:
        result = await resolver.lookup(query, args.source)
    messages = _unique(resolver.messages + result.messages)
    if args.json:
        print_json({**result.to_json(), "messages": messages})
    else:
        _print_resolution(result)
        _print_messages(messages)
    if problems:
        return EXIT_PROBLEMS
    return EXIT_OK if result.candidates else EXIT_PROBLEMS


def _print_resolution(result: Any) -> None:
    meta = result.meta
    if meta is not None:
        best = result.candidates[0]
        print(f"{meta.title}")
        details = [f"arXiv {meta.arxiv_id}" if meta.arxiv_id else None, str(meta.year) if meta.year else None]
        print("  " + " · ".join(d for d in details if d) + f"   score {best.score:.0f} ({best.reason}, from {result.origin})")
        if meta.authors:
            shown = ", ".join(meta.authors[:6]) + (f" and {len(meta.authors) - 6} more" if len(meta.authors) > 6 else "")
            print(f"  {shown}")
        if meta.url:
            print(f"  {meta.url}")
        if meta.abstract:
            print(f"  {meta.abstract[:300]}{'...' if len(meta.abstract) > 300 else ''}")
        others = result.candidates[1:]
    else:
        print(f"no unambiguous match for {result.name!r}" + (": candidates" if result.candidates else ""))
        others = result.candidates
    for candidate in others:
        print(f"  candidate  {candidate.score:5.1f}  {candidate.meta.arxiv_id or '-':<12} {candidate.meta.title}")


# --------------------------------------------------------------------------------------------- resolve


async def _resolve(args: argparse.Namespace, store: Any) -> int:
    try:
        from tui.core.analysis import analyze
        from tui.core.ingest import load_paths
    except ImportError as exc:  # the analysis is another module; say what is missing rather than crash
        return fail(f"resolve needs the transcript analysis, which is not available: {exc}", EXIT_PROBLEMS)
    paths = [Path(p) for p in args.paths] or _default_library(args)
    missing = [p for p in paths if not p.exists()]
    if missing:
        return fail(f"no such file or folder: {', '.join(map(str, missing))}", EXIT_USAGE)
    catalog, problems = _load_catalogs(args.papers, paths)
    if not catalog:
        print("papertui: no paper catalog found (papers.json, *.papers.json or *.bib in the given folders); "
              "add one with --papers FILE", file=sys.stderr)
    loaded = load_paths(paths)
    problems.extend(loaded.problems)
    papers: dict[str, dict[str, Any]] = {}
    for episode in loaded.episodes:
        for paper in analyze(episode, catalog or None).papers:
            entry = papers.setdefault(paper.key, {"paper": paper, "episodes": []})
            entry["episodes"].append(episode.source)
    results: list[dict[str, Any]] = []
    progress = Progress("resolving", len(papers))
    try:
        async with _resolver(args, store, catalog) as resolver:
            for entry in papers.values():
                paper: PaperDiscussion = entry["paper"]
                progress.step(paper.name)
                resolution = await resolver.resolve(paper.name, paper.aliases, paper.arxiv_id)
                results.append({"key": paper.key, "name": paper.name, "aliases": paper.aliases,
                                "episodes": entry["episodes"], "resolution": resolution})
    finally:
        progress.close()
    _print_problems(problems)
    counts = {status: sum(1 for r in results if r["resolution"].status == status)
              for status in ("matched", "ambiguous", "unmatched")}
    messages = _unique(resolver.messages)
    if args.json:
        print_json({
            "papers": [{**{k: v for k, v in r.items() if k != "resolution"}, **r["resolution"].to_json()}
                       for r in results],
            "summary": {**counts, "papers": len(results), "episodes": len(loaded.episodes), "catalog": len(catalog)},
            "problems": [p.model_dump(mode="json", exclude_none=True) for p in problems],
            "messages": messages,
        })
    else:
        _print_resolved(results)
        print(f"{counts['matched']} matched, {counts['ambiguous']} ambiguous, {counts['unmatched']} unmatched "
              f"({len(results)} papers in {len(loaded.episodes)} episodes; catalog of {len(catalog)})")
        _print_messages(messages)
    return EXIT_PROBLEMS if any(p.severity == "error" for p in problems) else EXIT_OK


def _print_resolved(results: list[dict[str, Any]]) -> None:
    width = max((len(r["name"]) for r in results), default=10)
    for row in results:
        resolution = row["resolution"]
        name = row["name"].ljust(width)
        if resolution.status == "matched":
            best = resolution.candidates[0]
            meta = best.meta
            print(f"matched    {name}  {meta.arxiv_id or '-':<12} {best.score:5.1f} {best.reason:<12} "
                  f"{resolution.origin:<6} {meta.title}")
        elif resolution.status == "ambiguous":
            print(f"ambiguous  {name}  candidates:")
            for candidate in resolution.candidates:
                print(f"           {'':{width}}  {candidate.meta.arxiv_id or '-':<12} {candidate.score:5.1f} "
                      f"{candidate.reason:<12} {candidate.meta.title}")
        else:
            print(f"unmatched  {name}")


# --------------------------------------------------------------------------------------------- choose


def _choose(args: argparse.Namespace) -> int:
    value = args.arxiv_id.strip()
    arxiv_id = None if value.lower() == "none" else normalise_arxiv_id(value)
    if arxiv_id is None and value.lower() != "none":
        return fail(f"{value!r} is not an arXiv id (or 'none')", EXIT_USAGE)
    store = _open_store(args)
    if store is None:
        return fail("the store is not available, so the choice cannot be remembered", EXIT_PROBLEMS)
    try:
        key = paper_key(name=args.name)
        store.set_metadata_choice(key, arxiv_id)
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)
    finally:
        store.close()
    print(f"{key} -> {arxiv_id or 'no paper'}")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------- shared


def _resolver(args: argparse.Namespace, store: Any, catalog: list[PaperMeta]):
    from tui.core.metadata.cache import MemoryCache
    from tui.core.metadata.resolver import Resolver

    ttl_days = args.ttl
    if ttl_days is None and store is not None:
        setting = store.get_setting(TTL_SETTING)
        ttl_days = float(setting) if isinstance(setting, int | float) and setting > 0 else None
    return Resolver(
        catalog,
        store if store is not None else MemoryCache(),
        offline=offline_arg(args),
        ttl=(ttl_days or DEFAULT_TTL_DAYS) * 86400,
        use_s2=not args.no_s2,
        choices=store,
    )


def _open_store(args: argparse.Namespace) -> Any:
    """The store holds the metadata cache and the user's choices; without it we still work, uncached."""
    try:
        from tui.core.store import Store
    except ImportError:
        return None
    try:
        store = Store.open(data_dir_arg(args))
    except Exception as exc:  # a broken store must not stop a metadata lookup
        print(f"papertui: metadata cache unavailable ({exc}); continuing without it", file=sys.stderr)
        return None
    for message in store.messages:
        print(f"papertui: {message}", file=sys.stderr)
    return store


def _load_catalogs(extra: list[str], library: list[Path]) -> tuple[list[PaperMeta], list[Problem]]:
    """--papers files first (the user's word wins), then catalogs found inside the library folders."""
    from tui.core.metadata.catalog import dedupe, is_catalog_name, load_catalog

    files: list[Path] = []
    problems: list[Problem] = []
    for name in extra:
        path = Path(name)
        if not path.exists():
            problems.append(Problem(source=name, message="paper catalog not found"))
        else:
            files.append(path)
    for root in library:
        if root.is_file() and is_catalog_name(root):
            files.append(root)
        elif root.is_dir():
            files.extend(sorted(
                p for p in root.rglob("*")
                if p.is_file() and is_catalog_name(p) and not any(part.startswith(".") for part in p.relative_to(root).parts)
            ))
    papers: list[PaperMeta] = []
    seen: set[Path] = set()
    for path in files:
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        found, file_problems = load_catalog(path)
        papers.extend(found)
        problems.extend(file_problems)
    return dedupe(papers, problems, "catalogs")


def _default_library(args: argparse.Namespace) -> list[Path]:
    from tui.core.library import default_library_paths

    return default_library_paths(data_dir_arg(args))


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(f"papertui: {problem.describe()}", file=sys.stderr)


def _print_messages(messages: list[str]) -> None:
    for message in messages:
        print(f"papertui: {message}", file=sys.stderr)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value
