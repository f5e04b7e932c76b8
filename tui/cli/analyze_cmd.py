"""`papertui analyze FILE_OR_DIR ... [--papers FILE] [--json] [--schema]`: papers, spans, claims, verdicts.

Exit codes: 0 every file loaded and analysed; 1 some file (or the catalog) had a problem, the rest is
still printed; 2 usage error. Turn indices are the same as `papertui inspect`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from tui.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Progress, fail, print_json
from tui.core.analysis import ANALYSIS_VERSION, analyze
from tui.core.ingest import collect_files, load_file
from tui.core.models import Episode, EpisodeAnalysis, PaperDiscussion, PaperMeta, Problem, Turn


class SegmentOut(BaseModel):
    """A run of turns. `label` is the paper's display name, or intro / transition / wrap-up / general."""

    model_config = ConfigDict(extra="forbid")
    first_turn: int
    last_turn: int
    label: str
    paper: str | None = Field(default=None, description="the paper key when the segment is about a paper")


class EpisodeOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    format: str
    title: str
    key: str
    analysis_version: str
    speakers: list[str]
    turns: list[Turn]
    papers: list[PaperDiscussion]
    segments: list[SegmentOut]
    problems: list[Problem] = Field(default_factory=list)


class AnalyzeOutput(BaseModel):
    """What `papertui analyze --json` prints."""

    model_config = ConfigDict(extra="forbid")
    episodes: list[EpisodeOut]
    problems: list[Problem] = Field(default_factory=list, description="files (or the catalog) that did not load")


def output_schema() -> dict:
    return AnalyzeOutput.model_json_schema()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE_OR_DIR", help="transcript files or folders (recursive)")
    parser.add_argument("--papers", metavar="FILE", help="a paper catalog (papers.json, a folder of them, or .bib)")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON (see --schema)")
    parser.add_argument("--schema", action="store_true", help="print the JSON Schema of the --json output and exit")


def episode_output(episode: Episode, analysis: EpisodeAnalysis) -> EpisodeOut:
    names = {paper.key: paper.name for paper in analysis.papers}
    segments = [
        SegmentOut(
            first_turn=s.first_turn,
            last_turn=s.last_turn,
            label=names.get(s.paper, s.label) if s.paper else s.label,
            paper=s.paper,
        )
        for s in analysis.segments
    ]
    return EpisodeOut(
        source=episode.source,
        format=episode.format,
        title=episode.title,
        key=episode.key,
        analysis_version=analysis.analysis_version,
        speakers=episode.speakers,
        turns=episode.turns,
        papers=analysis.papers,
        segments=segments,
        problems=episode.problems,
    )


def _load_catalog(path: str) -> tuple[list[PaperMeta], list[Problem]]:
    from tui.core.metadata.catalog import load_catalog

    if not Path(path).exists():
        return [], [Problem(source=path, message="paper catalog not found")]
    return load_catalog(Path(path))


def run(args: argparse.Namespace) -> int:
    if args.schema:
        sys.stdout.write(json.dumps(output_schema(), indent=2) + "\n")
        return EXIT_OK
    if not args.paths:
        return fail("analyze needs at least one file or folder (try: papertui analyze data/episodes)", EXIT_USAGE)
    catalog: list[PaperMeta] = []
    problems: list[Problem] = []
    if args.papers:
        catalog, catalog_problems = _load_catalog(args.papers)
        problems.extend(catalog_problems)
    files, file_problems = collect_files(args.paths)
    problems.extend(file_problems)
    outputs: list[EpisodeOut] = []
    progress = Progress("analysing", len(files))
    try:
        for path in files:
            progress.step(path.name)
            episode, load_problems = load_file(path)
            if episode is None:
                problems.extend(load_problems)
                continue
            outputs.append(episode_output(episode, analyze(episode, catalog)))
    finally:
        progress.close()
    if args.json:
        print_json(AnalyzeOutput(episodes=outputs, problems=problems).model_dump(mode="json"))
    else:
        _print_report(outputs, problems)
    has_errors = any(p.severity == "error" for p in problems) or any(
        p.severity == "error" for e in outputs for p in e.problems
    )
    return EXIT_PROBLEMS if has_errors else EXIT_OK


def _print_report(episodes: list[EpisodeOut], problems: list[Problem]) -> None:
    out = sys.stdout
    for ep in episodes:
        out.write(f"{ep.source}  ({ep.format}, {len(ep.turns)} turns, {len(ep.papers)} papers)\n")
        for paper in ep.papers:
            verdict = paper.suggested_verdict
            call = f"{verdict.verdict} ({verdict.confidence:.2f})" if verdict.verdict else "no clear call"
            spans = ", ".join(f"{a}-{b}" if a != b else f"{a}" for a, b in paper.spans) or "-"
            ident = f"  arXiv:{paper.arxiv_id}" if paper.arxiv_id else ""
            out.write(f"  {paper.name}{ident}\n")
            if paper.aliases:
                out.write(f"    also: {', '.join(paper.aliases)}\n")
            out.write(f"    turns {spans}; suggested: {call}\n")
            for claim in paper.claims:
                figures = ", ".join(n.text for n in claim.numbers)
                marks = (" [hypothetical]" if claim.hypothetical else "") + (
                    f" [doubted in {', '.join(map(str, claim.pushback))}]" if claim.pushback else ""
                )
                out.write(f"    - t{claim.turn} {claim.kind.value}: {_short(claim.text)}")
                out.write(f" ({figures})" if figures else "")
                out.write(f"{marks}\n")
            for ev in verdict.evidence[:2]:
                out.write(f'    evidence t{ev.turn}: "{_short(ev.quote)}"\n')
        out.write("  segments: " + "; ".join(f"{s.first_turn}-{s.last_turn} {s.label}" for s in ep.segments) + "\n\n")
    for problem in problems:
        out.write(f"{problem.describe()}\n")
    out.write(f"{len(episodes)} episode{'s' if len(episodes) != 1 else ''} analysed (analysis {ANALYSIS_VERSION})\n")


def _short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"
