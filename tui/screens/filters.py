"""Filtering the dashboard's panels with the query language of `tui.core.filtering`.

Each panel's items become `Row`s (searchable fields + text) once; a query then runs over them in a thread
worker. A query that narrows the previous one (`lil` -> `lily`) only searches the previous matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from tui.core.filtering.query import Query, Term, parse_query

FUZZY_MIN_LENGTH = 5
FUZZY_THRESHOLD = 85
FUZZY_MAX_TEXT = 300


@dataclass(frozen=True)
class Row:
    """One filterable item: its id, its fields (speaker, paper, verdict, kind, tag, has) and free text."""

    id: str
    text: str
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)


def make_row(id: str, text: str, **fields: Iterable[str]) -> Row:
    return Row(id, text.casefold(), {name: tuple(v.casefold() for v in values if v) for name, values in fields.items()})


def _term_matches(term: Term, row: Row) -> bool:
    if term.field is None:
        if term.value in row.text:
            return True
        names = [value for values in row.fields.values() for value in values]
        if any(term.value in name for name in names):
            return True
        if term.quoted or len(term.value) < FUZZY_MIN_LENGTH:
            return False
        candidates = [row.text] if len(row.text) <= FUZZY_MAX_TEXT else []
        candidates.extend(row.fields.get("speaker", ()))
        candidates.extend(row.fields.get("paper", ()))
        return any(fuzz.partial_ratio(term.value, text) >= FUZZY_THRESHOLD for text in candidates)
    values = row.fields.get(term.field, ())
    if term.quoted or term.field in ("verdict", "has"):
        return any(value == term.value or value.startswith(term.value) for value in values)
    return any(term.value in value for value in values)


def matches(query: Query, row: Row) -> bool:
    for term in query.constraints:
        if _term_matches(term, row) == term.negated:
            return False
    return True


class PanelFilter:
    """The filter state of one panel: its rows, the last query and what it matched."""

    def __init__(self, rows: Sequence[Row]) -> None:
        self.rows = list(rows)
        self._last: Query | None = None
        self._last_ids: list[Row] | None = None

    def run(self, text: str) -> tuple[set[str] | None, list[str]]:
        """Matching row ids (None: no constraint) and the free-text words to highlight."""
        query = parse_query(text)
        if query.is_empty:
            self._last, self._last_ids = None, None
            return None, []
        pool = self.rows
        fuzzy = any(not t.quoted and len(t.value) >= FUZZY_MIN_LENGTH for t in query.free_text)
        if self._last is not None and self._last_ids is not None and not fuzzy and query.narrows(self._last):
            pool = self._last_ids
        found = [row for row in pool if matches(query, row)]
        self._last, self._last_ids = query, found
        return {row.id for row in found}, [term.value for term in query.free_text]
