"""Evaluate a parsed query over a FilterIndex: which rows match, in row order, and where in their text.

Each constraint becomes a step that either tests membership in a precomputed row set (fields, flags, and free
text whose words are rare enough for the word index) or scans candidate rows' casefolded text with `in`
(short or common terms, phrases). Steps run cheapest-first over a shrinking candidate list, and a caller may
pass the previous query's matches as the starting candidates when the new query narrows it.

Free-text semantics: a row matches a term when its text contains the term (casefolded), or, for terms of
FUZZY_MIN_LENGTH characters and more, when it contains a word within a typo or two of the term (rapidfuzz
ratio against the vocabulary). Quoted text and negated text are exact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress

from rapidfuzz import fuzz, process

from tui.core.filtering.index import FilterIndex
from tui.core.filtering.query import Query, Term

# Use the word index when its row set is at most this share of the candidates; else scan the text.
_SET_SHARE = 0.5


class Cancelled(Exception):
    """Raised inside evaluation when the caller's should_stop() says the result is no longer wanted."""


@dataclass
class _Step:
    term: Term
    rows: frozenset[int] | set[int] | None = None  # rows matching the positive term, when known
    needle: str | None = None  # substring to scan for, when rows is None
    extra: set[int] = field(default_factory=set)  # fuzzy rows to accept besides the scan
    fuzzy_only: tuple[str, ...] = ()  # typo words (not containing the term): re-checked when narrowing
    estimate: int = 0  # rows the positive term may match (an upper bound for scans of words)

    def order(self, total: int) -> tuple[float, int]:
        """Most selective first (fewest rows kept); a set lookup before a text scan on ties."""
        matched = len(self.rows) if self.rows is not None else min(self.estimate, total)
        kept = total - matched if self.term.negated else matched
        return (kept / max(1, total), 0 if self.rows is not None else 1)

    def test(self, i: int, folded: list[str]) -> bool:
        if self.rows is not None:
            hit = i in self.rows
        else:
            hit = self.needle in folded[i] or i in self.extra
        return hit != self.term.negated

    def apply(self, candidates: list[int] | None, folded: list[str]) -> list[int]:
        negated = self.term.negated
        if self.rows is not None:
            rows = self.rows
            if candidates is None:
                if not negated:
                    return sorted(rows)
                keep = bytearray(b"\x01") * len(folded)
                for i in rows:
                    keep[i] = 0
                return list(compress(range(len(folded)), keep))
            if negated and not rows:
                return candidates
            if negated:
                return [i for i in candidates if i not in rows]
            return [i for i in candidates if i in rows]
        needle, extra = self.needle, self.extra
        if candidates is None:
            if negated:
                return [i for i, text in enumerate(folded) if needle not in text]
            if extra:
                return [i for i, text in enumerate(folded) if needle in text or i in extra]
            return [i for i, text in enumerate(folded) if needle in text]
        if negated:
            return [i for i in candidates if needle not in folded[i]]
        if extra:
            return [i for i in candidates if needle in folded[i] or i in extra]
        return [i for i in candidates if needle in folded[i]]


def _plan(index: FilterIndex, query: Query, candidates: int) -> list[_Step]:
    steps: list[_Step] = []
    for term in query.constraints:
        if term.field is not None:
            steps.append(_Step(term, rows=index.field_rows(term.field, term.value)))
            continue
        value = term.value
        if not index.is_word(value):
            # Phrases and punctuation: no word-index estimate; assume they keep a fair share of rows.
            steps.append(_Step(term, needle=value, estimate=len(index) // (2 * len(value))))
            continue
        fuzzy = not term.quoted and not term.negated
        words = index.word_matches(value, fuzzy=fuzzy)
        size = index.postings_size(words.exact) + index.postings_size(words.fuzzy)
        if size <= max(64, candidates * _SET_SHARE):
            rows = index.rows_with_words(words.exact + words.fuzzy)
            steps.append(_Step(term, rows=rows, fuzzy_only=words.fuzzy))
        else:
            extra = index.rows_with_words(words.fuzzy) if words.fuzzy else set()
            steps.append(_Step(term, needle=value, extra=extra, fuzzy_only=words.fuzzy, estimate=size))
    total = len(index)
    steps.sort(key=lambda step: step.order(total))
    return steps


def evaluate(index: FilterIndex, query: Query, base: list[int] | None = None,
             should_stop: Callable[[], bool] | None = None, *, base_query: Query | None = None) -> list[int]:
    """Row positions matching `query`, ascending.

    `base`: the matches of `base_query`, a query this one narrows (or None to search everything); terms the
    two share are not checked again. The answer is the same either way, only the work differs. Raises
    Cancelled when should_stop() turns true.
    """
    if query.is_empty:
        return list(range(len(index))) if base is None else list(base)
    steps = _plan(index, query, len(index) if base is None else len(base))
    shared = set(base_query.constraints) if base is not None and base_query is not None else set()
    new_steps = [step for step in steps if step.term not in shared]
    matched: list[int] | None = base
    for step in new_steps:
        if should_stop is not None and should_stop():
            raise Cancelled
        matched = step.apply(matched, index.folded)
        if not matched:
            break
    result = matched if matched is not None else list(range(len(index)))
    if base is not None:
        result = _add_fuzzy_misses(index, steps, result)
    return result


def _add_fuzzy_misses(index: FilterIndex, steps: list[_Step], result: list[int]) -> list[int]:
    """Typo matches are not monotone as a term grows ("infin" is close to "infant", "infi" is not), so rows
    matched only through typo words may be missing from the narrowed base: check those few rows against
    the whole query. (All terms' typo words, not only new terms': "modal" narrows "moda" but matches "model"
    as a typo, which "moda" does not.)"""
    suspects: set[int] = set()
    for step in steps:
        if step.fuzzy_only:
            suspects |= index.rows_with_words(step.fuzzy_only)
    if not suspects:
        return result
    found = set(result)
    folded = index.folded
    for i in suspects - found:
        if all(step.test(i, folded) for step in steps):
            found.add(i)
    return sorted(found) if len(found) != len(result) else result


# ------------------------------------------------------------------------------------------- spans


def _fold_map(text: str) -> list[int] | None:
    """Positions in `text` for each position of text.casefold(), or None when casefolding kept lengths."""
    if len(text.casefold()) == len(text):
        return None
    mapping: list[int] = []
    for position, char in enumerate(text):
        mapping.extend([position] * len(char.casefold()))
    mapping.append(len(text))
    return mapping


def match_spans(index: FilterIndex, query: Query, position: int) -> list[tuple[int, int]]:
    """Character ranges [start, end) in the row's original text where the query's free text matched:
    the term itself, and whole words that matched as typos. Sorted and merged."""
    folded = index.folded[position]
    spans: list[tuple[int, int]] = []
    for term in query.free_text:
        needles = [term.value]
        if not term.quoted and index.is_word(term.value):
            needles += index.word_matches(term.value, fuzzy=True).fuzzy
        for needle in needles:
            start = folded.find(needle)
            while start >= 0:
                spans.append((start, start + len(needle)))
                start = folded.find(needle, start + len(needle))
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for start, end in spans[1:]:
        if start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    mapping = _fold_map(index.rows[position].text)
    if mapping is not None:
        merged = [(mapping[s], mapping[e - 1] + 1) for s, e in merged]
    return merged


def rank(index: FilterIndex, query: Query, positions: list[int], limit: int | None = None) -> list[int]:
    """Positions ordered best first by rapidfuzz partial_ratio of the free text (stable for ties). Meant
    for small sets such as paper cards; row order is kept when the query has no free text."""
    words = " ".join(term.value for term in query.free_text)
    if not words:
        return positions[:limit] if limit is not None else list(positions)
    scored = process.extract(words, [index.folded[i] for i in positions], scorer=fuzz.partial_ratio,
                             limit=None)
    scored.sort(key=lambda item: (-item[1], item[2]))
    ordered = [positions[at] for _, _, at in scored]
    return ordered[:limit] if limit is not None else ordered
