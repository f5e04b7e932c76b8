"""The shared vocabulary of papertui: pydantic models every layer passes around.

These models are the contract between ingest, analysis, metadata, store, export and the UI, and their
JSON is what `papertui inspect/analyze --json` print, so fields are only added, never renamed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Verdict(StrEnum):
    """A judgement on a paper. UNSORTED is the user's "not decided yet"; suggestions never use it."""

    UNSORTED = "unsorted"
    DEPLOY_READY = "deploy-ready"
    RESEARCH_ONLY = "research-only"
    SKIP = "skip"


class ClaimKind(StrEnum):
    PERFORMANCE = "performance"
    EFFICIENCY = "efficiency"
    SCALE = "scale"
    DATA = "data"
    CAPABILITY = "capability"
    NOVELTY = "novelty"
    LIMITATION = "limitation"


class SegmentLabel(StrEnum):
    """Labels of turns that belong to no paper. A paper segment is labelled with the paper's key."""

    INTRO = "intro"
    TRANSITION = "transition"
    WRAP_UP = "wrap-up"
    GENERAL = "general"


class Model(BaseModel):
    # defer_build: validators are built on first use (in a worker), not at import time before the first paint.
    model_config = ConfigDict(extra="forbid", defer_build=True)


# --------------------------------------------------------------------------------------------- ingest


class Problem(Model):
    """Something wrong with an input: which file, what is wrong, and where."""

    source: str
    message: str
    line: int | None = None
    column: int | None = None
    offset: int | None = None
    severity: Literal["error", "warning"] = "error"

    def describe(self) -> str:
        where = ""
        if self.line is not None:
            where = f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        elif self.offset is not None:
            where = f" (byte {self.offset})"
        return f"{self.source}{where}: {self.severity}: {self.message}"


class Turn(Model):
    """One speaker's uninterrupted contribution. Times are seconds from the start, or None."""

    index: int
    speaker: str
    text: str
    start: float | None = None
    end: float | None = None
    # Stage directions such as "pauses" or "laughs", removed from `text` but kept here, in order.
    stage_directions: list[str] = Field(default_factory=list)
    # 1-based line in the source file where the turn starts, when the format has lines.
    source_line: int | None = None


class Episode(Model):
    """One transcript, parsed. `key` is a hash of the normalised content: the episode's identity."""

    key: str
    source: str
    format: str
    title: str
    speakers: list[str] = Field(default_factory=list)
    turns: list[Turn] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)


class LoadResult(Model):
    """What loading some paths gave: the episodes that loaded and the problems of those that did not."""

    episodes: list[Episode] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)


# ------------------------------------------------------------------------------------------- analysis


class NumberMention(Model):
    """A number the hosts attribute to a paper, e.g. "12.98x" -> value 12.98, unit "x"."""

    text: str
    value: float
    unit: str | None = None
    # "less than", "over", "up to", "about", ... when the sentence qualifies the number.
    qualifier: str | None = None


class Claim(Model):
    """A sentence in which the hosts say what a paper claims or does."""

    id: str  # stable anchor: see tui.core.identity.claim_anchor
    paper: str  # paper key
    turn: int
    speaker: str
    text: str
    kind: ClaimKind
    numbers: list[NumberMention] = Field(default_factory=list)
    pushback: list[int] = Field(default_factory=list)  # turn indices that question the claim
    hypothetical: bool = False


class Evidence(Model):
    turn: int
    quote: str


class SuggestedVerdict(Model):
    """The analysis's suggestion. verdict None means the discussion does not support a call."""

    verdict: Literal["deploy-ready", "research-only", "skip"] | None = None
    confidence: float = 0.0
    evidence: list[Evidence] = Field(default_factory=list)


class PaperDiscussion(Model):
    """One paper as discussed in one episode."""

    key: str  # paper key: "arxiv:<id>" or "name:<normalised>"
    name: str
    aliases: list[str] = Field(default_factory=list)
    arxiv_id: str | None = None
    title: str | None = None
    spans: list[tuple[int, int]] = Field(default_factory=list)  # inclusive turn ranges
    mentions: list[int] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    suggested_verdict: SuggestedVerdict = Field(default_factory=SuggestedVerdict)


class Segment(Model):
    first_turn: int
    last_turn: int
    label: str  # a SegmentLabel value, or the paper key for a paper segment
    paper: str | None = None  # paper key when the segment is about a paper


class EpisodeAnalysis(Model):
    episode_key: str
    analysis_version: str
    papers: list[PaperDiscussion] = Field(default_factory=list)
    segments: list[Segment] = Field(default_factory=list)


# ------------------------------------------------------------------------------------------- metadata


class PaperMeta(Model):
    """Bibliographic metadata for a paper, from a local catalog, arXiv or Semantic Scholar."""

    arxiv_id: str | None = None
    title: str
    authors: list[str] = Field(default_factory=list)
    year: int | None = None
    abstract: str = ""
    url: str | None = None
    aliases: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    doi: str | None = None
    venue: str | None = None
    s2_id: str | None = None
    source: str = "local"  # "local", "bibtex", "arxiv", "s2"


# ------------------------------------------------------------------------------------ library & store


class Discussion(Model):
    """Where a library paper is discussed: one episode and what was said there."""

    episode_key: str
    episode_title: str
    source: str
    paper: PaperDiscussion
    # How many claims the discussion has while its claims are still in the store (a warm start loads them on
    # demand); None once they are loaded, or when they always were.
    known_claims: int | None = None

    @property
    def claim_count(self) -> int:
        return len(self.paper.claims) or (self.known_claims or 0)


class LibraryPaper(Model):
    """A paper across the whole library: one paper, possibly several discussions."""

    key: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    meta: PaperMeta | None = None
    discussions: list[Discussion] = Field(default_factory=list)
    suggested: SuggestedVerdict = Field(default_factory=SuggestedVerdict)

    @property
    def claim_count(self) -> int:
        return sum(d.claim_count for d in self.discussions)

    @property
    def episode_count(self) -> int:
        return len({d.episode_key for d in self.discussions})


class VerdictRecord(Model):
    paper_key: str
    verdict: Verdict
    reason: str | None = None
    at: float  # unix time


NoteKind = Literal["paper", "claim", "turn"]


class NoteTarget(Model):
    """What a note hangs off. Claim and turn notes carry an anchor that survives transcript edits."""

    kind: NoteKind
    paper_key: str | None = None
    episode_key: str | None = None
    turn_index: int | None = None
    turn_hash: str | None = None  # tui.core.identity.text_hash of the turn's text
    claim_id: str | None = None


class Note(Model):
    id: int
    target: NoteTarget
    body: str
    created: float
    updated: float
    orphaned: bool = False
