"""Re-attaching turn and claim notes after a transcript is edited.

An edited transcript gets a new episode key (identity is content), so notes anchored to the old key must
find their turn again. The store keeps, with every turn/claim note, a snapshot of the turn's text (and the
claim sentence); the old key is found through the file index (same path, new content hash:
`Store.previous_episode_key(path)`). For each note, in order:

1. the same index with the same text hash (nothing moved),
2. another turn with the same text hash (turns inserted or removed before it; the nearest wins),
3. the most similar turn text (rapidfuzz ratio >= `FUZZY_CUTOFF`; a typo fix scores well above it),
4. otherwise the note is marked orphaned: kept, shown to the user, never deleted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from tui.core.identity import claim_anchor, text_hash
from tui.core.models import Claim, Turn

FUZZY_CUTOFF = 80.0
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class TurnMatch:
    index: int
    text: str
    how: str  # "same", "moved", "fuzzy"
    score: float = 100.0


def find_turn(turns: Sequence[Turn], old_index: int | None, old_hash: str | None, old_text: str | None) -> TurnMatch | None:
    """Where a note's turn went in the new transcript, or None when it cannot be found with confidence."""
    by_index = {turn.index: turn for turn in turns}
    if old_hash is None and old_text is not None:
        old_hash = text_hash(old_text)
    if old_index is not None and old_hash is not None:
        same = by_index.get(old_index)
        if same is not None and text_hash(same.text) == old_hash:
            return TurnMatch(same.index, same.text, "same")
    if old_hash is not None:
        moved = [turn for turn in turns if text_hash(turn.text) == old_hash]
        if moved:
            nearest = min(moved, key=lambda turn: abs(turn.index - (old_index or 0)))
            return TurnMatch(nearest.index, nearest.text, "moved")
    if old_text:
        choices = {turn.index: turn.text for turn in turns}
        found = process.extract(old_text, choices, scorer=fuzz.ratio, processor=str.lower, score_cutoff=FUZZY_CUTOFF)
        if found:
            best = max(found, key=lambda item: (item[1], -abs(item[2] - (old_index or 0))))
            return TurnMatch(best[2], best[0], "fuzzy", float(best[1]))
    return None


def find_claim_id(
    episode_key: str, turn: TurnMatch, old_claim_id: str | None, claim_text: str | None, claims: Sequence[Claim] | None
) -> str | None:
    """The claim anchor in the new episode: an analysed claim of that turn when given, else a sentence of the turn."""
    old_hash = old_claim_id.rsplit(":", 1)[-1] if old_claim_id else None
    if claims is not None:
        in_turn = [claim for claim in claims if claim.turn == turn.index]
        for claim in in_turn:
            if text_hash(claim.text) == old_hash:
                return claim.id
        if claim_text and in_turn:
            best = process.extractOne(
                claim_text, {c.id: c.text for c in in_turn}, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if best:
                return best[2]
        return None
    sentences = [s for s in _SENTENCE.split(turn.text) if s.strip()]
    for sentence in sentences:
        if text_hash(sentence) == old_hash:
            return claim_anchor(episode_key, turn.index, sentence)
    if claim_text and sentences:
        best = process.extractOne(claim_text, sentences, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if best:
            return claim_anchor(episode_key, turn.index, best[0])
    if old_hash:  # the turn is right; keep the old sentence hash so the anchor stays recognisable
        return f"{episode_key}:{turn.index}:{old_hash}"
    return None


@dataclass
class ReattachReport:
    """What happened to each note of the old episode: counts per outcome, ids of the orphaned ones."""

    old_key: str
    new_key: str
    kept: int = 0
    moved: int = 0
    fuzzy: int = 0
    orphaned: list[int] | None = None

    @property
    def orphan_count(self) -> int:
        return len(self.orphaned or [])

