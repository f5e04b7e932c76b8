"""FilterRows from the shared models, so every panel filters with the same fields and flags.

Field values: `speaker`; `paper` (name, aliases and key of the paper(s) concerned); `kind` (claim kinds);
`verdict` (the user's chosen verdict, "unsorted" when none); `tag` (the paper's tags). Flags: `note`,
`claim`, `pushback`, `number`, `hypothetical`, `metadata` where they apply.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from tui.core.filtering.index import FilterRow
from tui.core.models import (
    Claim,
    Episode,
    EpisodeAnalysis,
    LibraryPaper,
    PaperDiscussion,
    Verdict,
)

Verdicts = Mapping[str, Verdict | str]
Tags = Mapping[str, Collection[str]]


def _paper_names(paper: PaperDiscussion | LibraryPaper) -> list[str]:
    return [paper.name, *paper.aliases, paper.key]


def _verdict(verdicts: Verdicts, key: str) -> str:
    return str(verdicts.get(key, Verdict.UNSORTED))


def turn_id(episode_key: str, turn_index: int) -> str:
    return f"{episode_key}:{turn_index}"


def turn_rows(episode: Episode, analysis: EpisodeAnalysis | None = None, *, verdicts: Verdicts | None = None,
              tags: Tags | None = None, noted_turns: Collection[int] = ()) -> list[FilterRow]:
    """One row per turn, id `<episode key>:<turn index>`. Paper fields come from the papers whose spans
    contain the turn; kinds from the claims made in it."""
    verdicts, tags = verdicts or {}, tags or {}
    papers_at: dict[int, list[PaperDiscussion]] = {}
    claims_at: dict[int, list[Claim]] = {}
    doubting: set[int] = set()
    for paper in analysis.papers if analysis else []:
        for first, last in paper.spans:
            for index in range(first, last + 1):
                papers_at.setdefault(index, []).append(paper)
        for claim in paper.claims:
            claims_at.setdefault(claim.turn, []).append(claim)
            doubting.update(claim.pushback)
    rows = []
    for turn in episode.turns:
        papers = papers_at.get(turn.index, [])
        claims = claims_at.get(turn.index, [])
        flags = {"claim"} if claims else set()
        if turn.index in doubting:
            flags.add("pushback")
        if any(claim.numbers for claim in claims):
            flags.add("number")
        if turn.index in noted_turns:
            flags.add("note")
        rows.append(FilterRow(
            id=turn_id(episode.key, turn.index),
            text=turn.text,
            fields={
                "speaker": turn.speaker,
                "paper": [name for paper in papers for name in _paper_names(paper)],
                "kind": [str(claim.kind) for claim in claims],
                "verdict": [_verdict(verdicts, paper.key) for paper in papers] or [str(Verdict.UNSORTED)],
                "tag": [tag for paper in papers for tag in tags.get(paper.key, ())],
            },
            flags=frozenset(flags),
        ))
    return rows


def claim_rows(analysis: EpisodeAnalysis, *, verdicts: Verdicts | None = None, tags: Tags | None = None,
               noted_claims: Collection[str] = ()) -> list[FilterRow]:
    """One row per claim, id = the claim's anchor id."""
    verdicts, tags = verdicts or {}, tags or {}
    rows = []
    for paper in analysis.papers:
        for claim in paper.claims:
            flags = set()
            if claim.pushback:
                flags.add("pushback")
            if claim.numbers:
                flags.add("number")
            if claim.hypothetical:
                flags.add("hypothetical")
            if claim.id in noted_claims:
                flags.add("note")
            rows.append(FilterRow(
                id=claim.id,
                text=claim.text,
                fields={"speaker": claim.speaker, "paper": _paper_names(paper), "kind": str(claim.kind),
                        "verdict": _verdict(verdicts, paper.key), "tag": list(tags.get(paper.key, ()))},
                flags=frozenset(flags),
            ))
    return rows


def paper_rows(papers: Iterable[LibraryPaper], *, verdicts: Verdicts | None = None, tags: Tags | None = None,
               noted_papers: Collection[str] = ()) -> list[FilterRow]:
    """One row per paper card, id = paper key. The text is the name, then the title when metadata has one
    (spans below len(name) fall in the name). Tags are the store's plus the catalog's."""
    verdicts, tags = verdicts or {}, tags or {}
    rows = []
    for paper in papers:
        title = paper.meta.title if paper.meta else ""
        names = _paper_names(paper) + ([title] if title else [])
        claims = [c for d in paper.discussions for c in d.paper.claims]
        flags = {"claim"} if claims else set()
        if any(c.pushback for c in claims):
            flags.add("pushback")
        if paper.meta is not None:
            flags.add("metadata")
        if paper.key in noted_papers:
            flags.add("note")
        paper_tags = list(tags.get(paper.key, ())) + (list(paper.meta.tags) if paper.meta else [])
        rows.append(FilterRow(
            id=paper.key,
            text=f"{paper.name} {title}".strip(),
            fields={"speaker": sorted({c.speaker for c in claims}), "paper": names,
                    "kind": sorted({str(c.kind) for c in claims}), "verdict": _verdict(verdicts, paper.key),
                    "tag": paper_tags},
            flags=frozenset(flags),
        ))
    return rows
