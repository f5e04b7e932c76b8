"""What the dashboard's widgets show, computed from the library and the user's verdicts, notes and tags.

Pure functions over models (no Textual here beyond the widget dataclasses), so they are cheap to test and
can run in worker threads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from tui.core.models import (
    Claim,
    Episode,
    EpisodeAnalysis,
    LibraryPaper,
    Note,
    NoteTarget,
    Verdict,
    VerdictRecord,
)
from widgets.board import BoardCard
from widgets.dialogue import DialogueMarks
from widgets.episodes import EpisodeRow


@dataclass
class NoteIndex:
    """Where notes are, so every panel can show its markers."""

    by_target: dict[str, Note] = field(default_factory=dict)
    papers: set[str] = field(default_factory=set)  # papers with any note (paper, claim or turn)
    claims: set[str] = field(default_factory=set)
    turns: set[tuple[str, int]] = field(default_factory=set)  # (episode key, turn index)
    episodes: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, notes: Iterable[Note]) -> NoteIndex:
        index = cls()
        for note in notes:
            index.add(note)
        return index

    def add(self, note: Note) -> None:
        self.by_target[target_id(note.target)] = note
        if not note.body.strip():
            return
        target = note.target
        if target.paper_key:
            self.papers.add(target.paper_key)
        if target.claim_id:
            self.claims.add(target.claim_id)
        if target.episode_key:
            self.episodes.add(target.episode_key)
            if target.turn_index is not None and target.kind == "turn":
                self.turns.add((target.episode_key, target.turn_index))

    def get(self, target: NoteTarget) -> Note | None:
        return self.by_target.get(target_id(target))

    def for_paper(self, paper_key: str) -> list[Note]:
        return [note for note in self.by_target.values() if note.target.paper_key == paper_key and note.body.strip()]


def target_id(target: NoteTarget) -> str:
    """A dictionary key for a note target (the store has its own, richer one)."""
    if target.kind == "paper":
        return f"paper|{target.paper_key}"
    if target.kind == "claim":
        return f"claim|{target.claim_id}"
    return f"turn|{target.episode_key}|{target.turn_index}"


def verdict_of(verdicts: Mapping[str, VerdictRecord], key: str) -> Verdict:
    record = verdicts.get(key)
    return record.verdict if record else Verdict.UNSORTED


def board_cards(
    papers: Mapping[str, LibraryPaper],
    verdicts: Mapping[str, VerdictRecord],
    notes: NoteIndex,
    tags: Mapping[str, Sequence[str]],
) -> list[BoardCard]:
    return [
        BoardCard(
            key=paper.key,
            name=paper.name,
            verdict=verdict_of(verdicts, paper.key),
            suggested=paper.suggested.verdict,
            episodes=paper.episode_count,
            claims=paper.claim_count,
            has_note=paper.key in notes.papers,
            tags=tuple(tags.get(paper.key, ())),
            confidence=paper.suggested.confidence if paper.suggested.verdict else None,
        )
        for paper in papers.values()
    ]


def episode_rows(
    episodes: Sequence[Episode],
    analyses: Mapping[str, EpisodeAnalysis],
    notes: NoteIndex,
    turn_counts: Mapping[str, int] | None = None,
) -> list[EpisodeRow]:
    rows = []
    for episode in episodes:
        analysis = analyses.get(episode.key)
        rows.append(
            EpisodeRow(
                key=episode.key,
                title=episode.title or episode.source,
                papers=len(analysis.papers) if analysis else 0,
                turns=len(episode.turns) or (turn_counts or {}).get(episode.key, 0),
                has_note=episode.key in notes.episodes,
                analysed=analysis is not None,
            )
        )
    return rows


def paper_of_turns(analysis: EpisodeAnalysis | None, resolve: Mapping[str, str] | None = None) -> dict[int, str]:
    """Turn index -> key of the paper whose span it is in (segments first, then the papers' spans)."""
    result: dict[int, str] = {}
    if analysis is None:
        return result
    resolve = resolve or {}
    for paper in analysis.papers:
        for first, last in paper.spans:
            for index in range(first, last + 1):
                result.setdefault(index, resolve.get(paper.key, paper.key))
    return result


def dialogue_marks(
    episode: Episode,
    analysis: EpisodeAnalysis | None,
    notes: NoteIndex,
    resolve: Mapping[str, str] | None = None,
) -> DialogueMarks:
    marks = DialogueMarks()
    marks.notes = {turn for (key, turn) in notes.turns if key == episode.key}
    if analysis is None:
        return marks
    resolve = resolve or {}
    marks.paper_of_turn = paper_of_turns(analysis, resolve)
    for paper in analysis.papers:
        for first, _last in paper.spans:
            marks.span_starts.setdefault(first, paper.name)
        for claim in paper.claims:
            marks.claims.setdefault(claim.turn, []).append(claim.text)
            marks.pushback.update(claim.pushback)
    return marks


def episode_claims(analysis: EpisodeAnalysis | None, paper_key: str | None, resolve: Mapping[str, str]) -> list[Claim]:
    """Claims of one paper in the episode (paper_key), or of every paper, in turn order."""
    if analysis is None:
        return []
    claims = [
        claim
        for paper in analysis.papers
        if paper_key is None or resolve.get(paper.key, paper.key) == paper_key
        for claim in paper.claims
    ]
    return sorted(claims, key=lambda claim: claim.turn)


def paper_spans(analysis: EpisodeAnalysis | None, paper_key: str, resolve: Mapping[str, str]) -> list[tuple[int, int]]:
    if analysis is None:
        return []
    spans = [span for paper in analysis.papers if resolve.get(paper.key, paper.key) == paper_key for span in paper.spans]
    return sorted(spans)
