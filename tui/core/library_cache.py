"""What a library scan keeps in the store for each transcript, and how it travels out of a worker process.

Three records per transcript, all JSON text:
- the episode with its turns (`analysis_cache`, version `episode-<reader version>`): read when the episode is opened;
- a *head* (`scan-head-2`): the episode without turns, its turn count, and its analysis with the claims left
  out plus how many claims each paper has. That is all the episode list and the board need, so a warm start
  validates only heads;
- the claims (`scan-claims`): validated on demand (an opened episode, a board filter, an export). At 2,000
  episodes the claims are about 90% of what a warm start would otherwise validate (69k claims, ~1.7 s).

Workers encode the records themselves, so the scanning process stores text instead of unpickling models and
serialising them again (it is the busiest process of a first scan on two cores).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from tui.core.analysis.version import READER_VERSION
from tui.core.models import Claim, Episode, EpisodeAnalysis, Model

if TYPE_CHECKING:
    from pydantic import TypeAdapter

EPISODE_CACHE_VERSION = f"episode-{READER_VERSION}"  # parsed turns: stale when a reader changes
HEAD_NAMESPACE = "scan-head-2"
CLAIMS_NAMESPACE = "scan-claims"


class CachedHead(Model):
    """A transcript as a warm start needs it: no turns, no claims (both load when the episode is opened)."""

    episode: Episode
    turn_count: int
    analysis: EpisodeAnalysis  # every paper's `claims` is empty here: see `claim_counts`
    claim_counts: list[int]  # claims per paper, in the order of `analysis.papers`


@dataclass(frozen=True)
class Encoded:
    """One scanned transcript as JSON text, ready to store (picklable: it crosses the process pool)."""

    key: str
    turn_count: int
    episode_json: str  # with turns
    head_json: str | None  # None when the analysis failed
    claims_json: str | None


@cache
def _claims_adapter() -> TypeAdapter[list[list[Claim]]]:
    from pydantic import TypeAdapter

    return TypeAdapter(list[list[Claim]])


def without_claims(analysis: EpisodeAnalysis) -> EpisodeAnalysis:
    return analysis.model_copy(update={"papers": [p.model_copy(update={"claims": []}) for p in analysis.papers]})


def encode(episode: Episode, analysis: EpisodeAnalysis | None) -> Encoded:
    head_json = claims_json = None
    if analysis is not None:
        head = CachedHead(
            episode=episode.model_copy(update={"turns": []}),
            turn_count=len(episode.turns),
            analysis=without_claims(analysis),
            claim_counts=[len(p.claims) for p in analysis.papers],
        )
        head_json = head.model_dump_json()
        claims_json = _claims_adapter().dump_json([p.claims for p in analysis.papers]).decode()
    return Encoded(episode.key, len(episode.turns), episode.model_dump_json(), head_json, claims_json)


def decode_head(text: str) -> CachedHead:
    head = CachedHead.model_validate_json(text)
    if len(head.claim_counts) != len(head.analysis.papers):
        raise ValueError("claim counts do not match the papers")
    return head


def decode_claims(text: str) -> list[list[Claim]]:
    return _claims_adapter().validate_json(text)


def attach_claims(analysis: EpisodeAnalysis, claims: list[list[Claim]]) -> None:
    """Put decoded claims back on their papers, in place (the board's discussions share these objects)."""
    if len(claims) != len(analysis.papers):
        raise ValueError(f"{len(claims)} claim lists for {len(analysis.papers)} papers")
    for paper, paper_claims in zip(analysis.papers, claims):
        paper.claims = paper_claims


def decode_full(encoded: Encoded) -> tuple[Episode, EpisodeAnalysis | None]:
    """The episode with its turns and the whole analysis (for a scan that keeps everything in memory)."""
    episode = Episode.model_validate_json(encoded.episode_json)
    if encoded.head_json is None or encoded.claims_json is None:
        return episode, None
    analysis = decode_head(encoded.head_json).analysis
    attach_claims(analysis, decode_claims(encoded.claims_json))
    return episode, analysis
