"""Filtering as the user types: remember recent answers and search the smallest one the new query narrows.

Typing "atten" after "att" searches only the rows "att" matched; backspacing to "att" is a cache hit. The
answers are exactly those of a fresh search (see matcher.evaluate); only the work shrinks.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tui.core.filtering.index import FilterIndex, FilterRow
from tui.core.filtering.matcher import Cancelled, evaluate, match_spans, rank
from tui.core.filtering.query import Query, parse_query


@dataclass
class FilterResult:
    """The rows a query matched, in row order. Spans are computed on demand for the rows on screen."""

    query: Query
    positions: list[int]
    index: FilterIndex = field(repr=False)
    elapsed: float = 0.0  # seconds spent in evaluation (0 for a cache hit)
    searched: int = 0  # how many candidate rows the evaluation started from

    def __len__(self) -> int:
        return len(self.positions)

    @property
    def ids(self) -> list[str]:
        """Matched row ids in row order."""
        ids = self.index.ids
        return [ids[i] for i in self.positions]

    def page(self, start: int, count: int) -> list[str]:
        """Ids of matches start..start+count: what a virtual list on screen needs, without copying all ids."""
        ids = self.index.ids
        return [ids[i] for i in self.positions[start : start + count]]

    def id_set(self) -> frozenset[str]:
        ids = self.index.ids
        return frozenset(ids[i] for i in self.positions)

    def spans(self, row_id: str) -> list[tuple[int, int]]:
        """[start, end) character ranges in that row's text to highlight; [] for unknown ids."""
        position = self.index.position.get(row_id)
        if position is None:
            return []
        return match_spans(self.index, self.query, position)

    def ranked_ids(self, limit: int | None = None) -> list[str]:
        """Matched ids best first (rapidfuzz score of the free text); for small sets like paper cards."""
        ids = self.index.ids
        return [ids[i] for i in rank(self.index, self.query, self.positions, limit)]


class IncrementalFilter:
    """One filter over one set of rows, fed the query text on every keystroke.

        flt = IncrementalFilter(rows)           # or IncrementalFilter(FilterIndex(rows)); build it in a worker
        result = flt.update("speaker:lily att", should_stop=lambda: worker.is_cancelled)
        if result is not None: show(result.ids); highlight(result.spans(row_id))

    update() returns None when should_stop() turned true midway (nothing is cached then). Calls are
    serialised by a lock, so a stale thread worker still finishing cannot corrupt the history.
    """

    def __init__(self, rows: FilterIndex | Iterable[FilterRow], *, history: int = 48) -> None:
        self.index = rows if isinstance(rows, FilterIndex) else FilterIndex(rows)
        self._history: OrderedDict[tuple, tuple[Query, list[int]]] = OrderedDict()
        self._limit = history
        self._lock = threading.Lock()

    def update(self, text: str, should_stop: Callable[[], bool] | None = None) -> FilterResult | None:
        query = parse_query(text)
        key = query.constraints
        with self._lock:
            cached = self._history.get(key)
            if cached is not None:
                self._history.move_to_end(key)
                return FilterResult(query, cached[1], self.index)
            base_query, base = self._best_base(query)
            started = time.perf_counter()
            try:
                positions = evaluate(self.index, query, base, should_stop, base_query=base_query)
            except Cancelled:
                return None
            elapsed = time.perf_counter() - started
            self._history[key] = (query, positions)
            if len(self._history) > self._limit:
                self._history.popitem(last=False)
            searched = len(self.index) if base is None else len(base)
            return FilterResult(query, positions, self.index, elapsed, searched)

    def _best_base(self, query: Query) -> tuple[Query | None, list[int] | None]:
        """The smallest remembered answer of a query that the new one narrows, and that query."""
        best: tuple[Query | None, list[int] | None] = (None, None)
        for older, positions in self._history.values():
            if best[1] is not None and len(positions) >= len(best[1]):
                continue
            if not older.is_empty and query.narrows(older):
                best = (older, positions)
        return best

    def clear(self) -> None:
        """Forget remembered answers (e.g. after the rows' flags changed: build a new filter instead)."""
        with self._lock:
            self._history.clear()


def filter_rows(rows: FilterIndex | Iterable[FilterRow], text: str) -> FilterResult:
    """One-off filtering, without history."""
    index = rows if isinstance(rows, FilterIndex) else FilterIndex(rows)
    query = parse_query(text)
    return FilterResult(query, evaluate(index, query), index, searched=len(index))
