"""The export bundle: everything an exporter needs, gathered once from the library papers and the store.

Every exporter renders an `ExportBundle`, so the formats agree with each other. Lists are sorted here
(papers by key, notes by target, discussions by episode, claims by turn), which is what makes the JSON
export deterministic. The bundle is also the JSON schema that `papertui import` reads back (docs/EXPORT.md).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from tui.core.models import (
    Claim,
    Episode,
    LibraryPaper,
    Model,
    Note,
    SuggestedVerdict,
    Verdict,
)

if TYPE_CHECKING:
    from tui.core.store import Store

EXPORT_FORMAT = "papertui-export"
EXPORT_VERSION = 1
VERDICT_ORDER = [Verdict.DEPLOY_READY, Verdict.RESEARCH_ONLY, Verdict.SKIP, Verdict.UNSORTED]


class ExportVerdict(Model):
    verdict: Verdict
    reason: str | None = None
    at: float


class ExportNote(Model):
    kind: Literal["paper", "claim", "turn"]
    paper_key: str | None = None
    episode_key: str | None = None
    turn_index: int | None = None
    turn_hash: str | None = None
    claim_id: str | None = None
    turn_text: str | None = None
    claim_text: str | None = None
    body: str
    created: float
    updated: float
    orphaned: bool = False


class ExportPushback(Model):
    turn: int
    speaker: str | None = None
    text: str | None = None
    start: float | None = None


class ExportClaim(Model):
    id: str
    turn: int
    speaker: str
    text: str
    kind: str
    start: float | None = None
    numbers: list[str] = Field(default_factory=list)
    hypothetical: bool = False
    pushback: list[ExportPushback] = Field(default_factory=list)


class ExportDiscussion(Model):
    episode_key: str
    episode_title: str
    source: str
    claims: list[ExportClaim] = Field(default_factory=list)
    suggested: SuggestedVerdict = Field(default_factory=SuggestedVerdict)


class ExportPaper(Model):
    key: str
    citekey: str
    name: str
    title: str
    aliases: list[str] = Field(default_factory=list)
    authors: list[str] = Field(default_factory=list)
    year: int | None = None
    arxiv_id: str | None = None
    url: str | None = None
    doi: str | None = None
    venue: str | None = None
    abstract: str = ""
    verdict: ExportVerdict | None = None
    suggested: SuggestedVerdict = Field(default_factory=SuggestedVerdict)
    tags: list[str] = Field(default_factory=list)  # the user's tags (imported back)
    catalog_tags: list[str] = Field(default_factory=list)  # from the paper catalog (not imported)
    notes: list[ExportNote] = Field(default_factory=list)
    discussions: list[ExportDiscussion] = Field(default_factory=list)

    @property
    def all_tags(self) -> list[str]:
        return sorted(set(self.tags) | set(self.catalog_tags))

    @property
    def effective_verdict(self) -> Verdict:
        return self.verdict.verdict if self.verdict else Verdict.UNSORTED

    @property
    def claim_count(self) -> int:
        return sum(len(d.claims) for d in self.discussions)


class ExportBundle(Model):
    format: Literal["papertui-export"] = EXPORT_FORMAT
    version: int = EXPORT_VERSION
    papers: list[ExportPaper] = Field(default_factory=list)
    notes: list[ExportNote] = Field(default_factory=list)  # notes on turns that belong to no paper

    def grouped(self) -> list[tuple[Verdict, list[ExportPaper]]]:
        """Papers by verdict, in board order, empty groups left out."""
        groups = [(v, [p for p in self.papers if p.effective_verdict == v]) for v in VERDICT_ORDER]
        return [(v, papers) for v, papers in groups if papers]


# ------------------------------------------------------------------------------------------ building


def build_bundle(
    papers: Sequence[LibraryPaper],
    store: Store | None,
    *,
    verdicts: Iterable[Verdict | str] | None = None,
    episodes: Iterable[str] | None = None,
    library_episodes: Mapping[str, Episode] | Iterable[Episode] | None = None,
    include_store_only: bool = True,
) -> ExportBundle:
    """Gather the papers with their verdicts, notes and tags from `store` (a Store, or None).

    `verdicts` keeps only papers whose verdict is listed ("unsorted" matches papers without one);
    `episodes` keeps only discussions of those episodes (key, key prefix, or part of the title or path);
    `library_episodes` gives the transcripts, for pushback quotes and timestamps.
    `include_store_only` adds papers that have a verdict, note or tag but are not in `papers`.
    """
    turns = _turn_lookup(library_episodes)
    all_verdicts = store.all_verdicts() if store is not None else {}
    all_tags = store.all_tags() if store is not None else {}
    all_notes = store.all_notes() if store is not None else []
    snapshot = store.note_snapshots if store is not None else (lambda _id: (None, None))

    by_key: dict[str, LibraryPaper] = {}
    for paper in papers:
        key = store.resolve_key(paper.key) if store is not None else paper.key
        by_key.setdefault(key, paper.model_copy(update={"key": key}))
    if include_store_only:
        stored_keys = set(all_verdicts) | set(all_tags) | {n.target.paper_key for n in all_notes if n.target.paper_key}
        for key in sorted(stored_keys - set(by_key)):
            by_key[key] = _placeholder(key)

    notes_by_paper: dict[str, list[ExportNote]] = {}
    loose: list[ExportNote] = []
    for note in all_notes:
        exported = _note(note, *snapshot(note.id))
        if note.target.paper_key and note.target.paper_key in by_key:
            notes_by_paper.setdefault(note.target.paper_key, []).append(exported)
        elif not note.target.paper_key:
            loose.append(exported)

    citekeys = assign_citekeys(by_key.values())
    wanted_verdicts = {Verdict(v) for v in verdicts} if verdicts else None
    episode_terms = [e.lower() for e in episodes] if episodes else None

    out: list[ExportPaper] = []
    for key in sorted(by_key):
        paper = by_key[key]
        discussions = [d for d in paper.discussions if _episode_matches(d, episode_terms)]
        if episode_terms is not None and not discussions:
            continue
        record = all_verdicts.get(key)
        verdict = ExportVerdict(verdict=record.verdict, reason=record.reason, at=record.at) if record else None
        if wanted_verdicts is not None and (verdict.verdict if verdict else Verdict.UNSORTED) not in wanted_verdicts:
            continue
        out.append(_paper(paper, citekeys[key], verdict, all_tags.get(key, []), notes_by_paper.get(key, []),
                          discussions, turns))
    if episode_terms is not None:
        loose = [n for n in loose if any(term in (n.episode_key or "").lower() for term in episode_terms)]
    if wanted_verdicts is not None:
        loose = []
    return ExportBundle(papers=out, notes=sorted(loose, key=_note_order))


def _turn_lookup(library_episodes) -> dict[tuple[str, int], tuple[str, str, float | None]]:
    if library_episodes is None:
        return {}
    episodes = library_episodes.values() if isinstance(library_episodes, Mapping) else library_episodes
    return {(e.key, t.index): (t.speaker, t.text, t.start) for e in episodes for t in e.turns}


def _placeholder(key: str) -> LibraryPaper:
    """A paper the store knows (a verdict or note) that the current library does not: never dropped."""
    name = key.split(":", 1)[1] if ":" in key else key
    return LibraryPaper(key=key, name=name)


def _episode_matches(discussion, terms: list[str] | None) -> bool:
    if terms is None:
        return True
    haystacks = (discussion.episode_key.lower(), discussion.episode_title.lower(), discussion.source.lower())
    return any(
        haystacks[0].startswith(term) or term in haystacks[1] or term in haystacks[2] for term in terms
    )


def _note(note: Note, turn_text: str | None, claim_text: str | None) -> ExportNote:
    t = note.target
    return ExportNote(
        kind=t.kind, paper_key=t.paper_key, episode_key=t.episode_key, turn_index=t.turn_index,
        turn_hash=t.turn_hash, claim_id=t.claim_id, turn_text=turn_text, claim_text=claim_text,
        body=note.body, created=note.created, updated=note.updated, orphaned=note.orphaned,
    )


def _note_order(note: ExportNote) -> tuple:
    kinds = {"paper": 0, "claim": 1, "turn": 2}
    return (kinds[note.kind], note.episode_key or "", note.turn_index if note.turn_index is not None else -1,
            note.claim_id or "", note.created)


def _claim(claim: Claim, episode_key: str, turns) -> ExportClaim:
    start = turns.get((episode_key, claim.turn), (None, None, None))[2]
    pushback = []
    for index in sorted(set(claim.pushback)):
        speaker, text, when = turns.get((episode_key, index), (None, None, None))
        pushback.append(ExportPushback(turn=index, speaker=speaker, text=text, start=when))
    return ExportClaim(
        id=claim.id, turn=claim.turn, speaker=claim.speaker, text=claim.text, kind=str(claim.kind), start=start,
        numbers=[n.text for n in claim.numbers], hypothetical=claim.hypothetical, pushback=pushback,
    )


def _paper(paper: LibraryPaper, citekey, verdict, tags, notes, discussions, turns) -> ExportPaper:
    meta = paper.meta
    arxiv_id = (meta.arxiv_id if meta else None) or (paper.key[6:] if paper.key.startswith("arxiv:") else None)
    exported_discussions = sorted(
        (
            ExportDiscussion(
                episode_key=d.episode_key, episode_title=d.episode_title, source=d.source,
                claims=sorted((_claim(c, d.episode_key, turns) for c in d.paper.claims), key=lambda c: (c.turn, c.id)),
                suggested=d.paper.suggested_verdict,
            )
            for d in discussions
        ),
        key=lambda d: (d.episode_key, d.source),
    )
    return ExportPaper(
        key=paper.key, citekey=citekey, name=paper.name, title=(meta.title if meta else None) or paper.name,
        aliases=sorted(set(paper.aliases) | set(meta.aliases if meta else [])),
        authors=list(meta.authors) if meta else [], year=meta.year if meta else None, arxiv_id=arxiv_id,
        url=(meta.url if meta else None) or (f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None),
        doi=meta.doi if meta else None, venue=meta.venue if meta else None, abstract=meta.abstract if meta else "",
        verdict=verdict, suggested=paper.suggested, tags=sorted(set(tags)),
        catalog_tags=sorted(set(meta.tags if meta else [])), notes=sorted(notes, key=_note_order),
        discussions=exported_discussions,
    )


# ------------------------------------------------------------------------------------------ citekeys

_STOPWORDS = {"a", "an", "the", "on", "of", "for", "and", "in", "to", "with", "is", "are", "towards", "via", "from"}


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", "".join(ch for ch in folded if not unicodedata.combining(ch)).lower())


def base_citekey(paper: LibraryPaper) -> str:
    """`<first author surname><year><first title word>`, else `arxiv<id>`, else the paper's normalised name."""
    meta = paper.meta
    if meta and meta.authors and meta.authors[0].strip():
        first = meta.authors[0]
        surname = _ascii_word(first.split(",")[0] if "," in first else first.split()[-1])
        words = [w for w in (_ascii_word(w) for w in meta.title.split()) if w and w not in _STOPWORDS]
        if surname:
            return f"{surname}{meta.year or ''}{words[0] if words else ''}"[:48]
    arxiv_id = (meta.arxiv_id if meta else None) or (paper.key[6:] if paper.key.startswith("arxiv:") else None)
    if arxiv_id:
        return "arxiv" + re.sub(r"[^A-Za-z0-9]", "_", arxiv_id)
    return (_ascii_word(paper.name) or "paper")[:48]


def assign_citekeys(papers: Iterable[LibraryPaper]) -> dict[str, str]:
    """Citekeys by paper key. A key shared by several papers gets a suffix from a hash of each paper's key,
    so it does not depend on the order papers were found in."""
    bases: dict[str, list[str]] = {}
    for paper in papers:
        bases.setdefault(base_citekey(paper), []).append(paper.key)
    result: dict[str, str] = {}
    for base, keys in bases.items():
        for key in keys:
            result[key] = base if len(keys) == 1 else f"{base}-{hashlib.sha1(key.encode()).hexdigest()[:4]}"
    return result
