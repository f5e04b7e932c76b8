"""The dashboard's `/` filters, on the domain engine (`tui.core.filtering`): one matcher for every panel.

A `PanelFilter` holds one panel's rows and the engine's `IncrementalFilter`. Both are built lazily, on the
first keystroke and in the filter worker thread (a 20,000-turn episode's index takes a fraction of a
second), never on the UI thread. The row builders below take *snapshots* of the screen's state (plain
dicts, copied on the UI thread) so a worker never iterates a dict the UI is changing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from tui.core.filtering import (
    FilterResult,
    FilterRow,
    IncrementalFilter,
    claim_rows,
    paper_rows,
    parse_query,
    turn_rows,
)
from tui.core.models import Episode, EpisodeAnalysis, LibraryPaper, Verdict

Spans = list[tuple[int, int]]
# Highlight spans are computed for at most this many matches at once (claims, cards, episode titles); the
# dialogue asks for the spans of the turns on screen only.
SPAN_LIMIT = 400


class PanelFilter:
    """One panel's filter engine. Thread-safe: a newer keystroke's worker waits for an index being built
    by an older one instead of building a second."""

    def __init__(self, build_rows: Callable[[], list[FilterRow]]) -> None:
        self._build_rows = build_rows
        self._engine: IncrementalFilter | None = None
        self._lock = threading.Lock()

    def engine(self) -> IncrementalFilter:
        with self._lock:
            if self._engine is None:
                self._engine = IncrementalFilter(self._build_rows())
            return self._engine

    def run(self, text: str, should_stop: Callable[[], bool] | None = None) -> FilterResult | None:
        """The matches of `text`; None when should_stop() turned true midway."""
        return self.engine().update(text, should_stop=should_stop)


@dataclass
class FilterOutcome:
    """What a panel shows for a query, prepared in the worker: ids (None: no constraint) and spans."""

    panel: str
    text: str
    ids: set[str] | None = None
    spans: dict[str, Spans] = field(default_factory=dict)
    result: FilterResult | None = None  # kept for lazy spans (the dialogue's visible turns)

    @property
    def count(self) -> int | None:
        return None if self.ids is None else len(self.ids)

    def spans_of(self, row_id: str) -> Spans:
        found = self.spans.get(row_id)
        if found is None and self.result is not None:
            found = self.spans[row_id] = self.result.spans(row_id)
        return found or []


def is_blank(text: str) -> bool:
    """True when the query constrains nothing (empty, or only half-typed tokens like `speaker:`)."""
    return parse_query(text).is_empty


def outcome(panel: str, text: str, result: FilterResult, *, eager_spans: bool) -> FilterOutcome:
    """Turn an engine result into what the panel needs; small panels get their spans computed here."""
    ids = set(result.ids)
    spans = {}
    if eager_spans and len(ids) <= SPAN_LIMIT:
        spans = {row_id: result.spans(row_id) for row_id in ids}
    return FilterOutcome(panel, text, ids, spans, None if eager_spans else result)


# ------------------------------------------------------------------------------------- row builders


def by_discussion_key(
    values: Mapping[str, object], analysis: EpisodeAnalysis | None, resolve: Mapping[str, str]
) -> dict[str, object]:
    """The engine's turn/claim rows look verdicts and tags up by the episode's own paper keys; ours are
    keyed by the merged library key. Give each discussion key its merged key's value."""
    mapped = dict(values)
    for paper in analysis.papers if analysis else []:
        merged = resolve.get(paper.key, paper.key)
        if merged in values:
            mapped[paper.key] = values[merged]
    return mapped


def dialogue_rows(
    episode: Episode,
    analysis: EpisodeAnalysis | None,
    verdicts: Mapping[str, Verdict],
    tags: Mapping[str, Collection[str]],
    noted_turns: Collection[int],
    resolve: Mapping[str, str],
) -> Callable[[], list[FilterRow]]:
    def build() -> list[FilterRow]:
        return turn_rows(
            episode, analysis, verdicts=by_discussion_key(verdicts, analysis, resolve),  # type: ignore[arg-type]
            tags=by_discussion_key(tags, analysis, resolve), noted_turns=noted_turns,  # type: ignore[arg-type]
        )

    return build


def claims_rows(
    analysis: EpisodeAnalysis | None,
    verdicts: Mapping[str, Verdict],
    tags: Mapping[str, Collection[str]],
    noted_claims: Collection[str],
    resolve: Mapping[str, str],
) -> Callable[[], list[FilterRow]]:
    def build() -> list[FilterRow]:
        if analysis is None:
            return []
        return claim_rows(
            analysis, verdicts=by_discussion_key(verdicts, analysis, resolve),  # type: ignore[arg-type]
            tags=by_discussion_key(tags, analysis, resolve), noted_claims=noted_claims,  # type: ignore[arg-type]
        )

    return build


def board_rows(
    papers: Sequence[LibraryPaper],
    verdicts: Mapping[str, Verdict],
    tags: Mapping[str, Collection[str]],
    noted_papers: Collection[str],
    prepare: Callable[[], None] | None = None,
) -> Callable[[], list[FilterRow]]:
    """`prepare` runs first, in the worker: a warm start loads the claims the cards' flags need there."""

    def build() -> list[FilterRow]:
        if prepare is not None:
            prepare()
        return paper_rows(papers, verdicts=verdicts, tags=tags, noted_papers=noted_papers)

    return build


def episode_rows(
    episodes: Sequence[Episode], analyses: Mapping[str, EpisodeAnalysis], noted_episodes: Collection[str]
) -> Callable[[], list[FilterRow]]:
    """Episodes are ours, not the engine's: the title is the text; speakers and papers are fields."""

    def build() -> list[FilterRow]:
        rows = []
        for episode in episodes:
            analysis = analyses.get(episode.key)
            names = [name for paper in analysis.papers for name in (paper.name, *paper.aliases)] if analysis else []
            rows.append(FilterRow(
                id=episode.key,
                text=episode.title or episode.source,
                fields={"speaker": list(episode.speakers), "paper": names},
                flags=frozenset({"note"}) if episode.key in noted_episodes else frozenset(),
            ))
        return rows

    return build
