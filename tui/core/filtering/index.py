"""What the filter searches: rows (turns, claims or paper cards) and the lookups built over them once.

Built once per row set (in a worker: about a second for 150k turns), then every keystroke only does lookups:
casefolded texts, a word -> rows index (postings) over the text, a value -> rows index per field, and a
flag -> rows index. Free-text fuzziness is resolved against the vocabulary (tens of thousands of words),
not against the rows (hundreds of thousands of sentences), which is what keeps a keystroke within a frame.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from tui.core.identity import normalise_name

WORD = re.compile(r"\w+")
# Typos are tolerated from this many characters on; shorter terms match as exact substrings only.
FUZZY_MIN_LENGTH = 5
# Remember this many term and field lookups (a query typed one character at a time repeats them).
_CACHE_SIZE = 256


def fuzzy_cutoff(length: int) -> float:
    """rapidfuzz ratio a word needs to count as a typo of a term of this length: about one edit per 8 chars."""
    edits = 1 + length // 8
    return 100.0 * (1.0 - edits / length) - 0.01


@dataclass(frozen=True, slots=True)
class FilterRow:
    """One filterable thing: a turn, a claim or a paper card.

    id:     what the UI gets back (e.g. "<episode key>:<turn index>", a claim id, a paper key).
    text:   what free text searches and what match spans index into.
    fields: values per field name (`speaker`, `paper`, `verdict`, `kind`, `tag`); a list means any of them.
    flags:  what `has:` tests, e.g. {"note", "claim", "pushback", "number"}.
    """

    id: str
    text: str
    fields: Mapping[str, str | Sequence[str]] = field(default_factory=dict)
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class WordMatches:
    """The vocabulary words a free-text term matches: containing it exactly, or close to it (typos)."""

    exact: tuple[str, ...]
    fuzzy: tuple[str, ...]


def _values(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)]


class _Bounded(dict):
    """A dict that forgets its oldest entries past a size: caches of per-keystroke lookups."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def put(self, key, value):
        if len(self) >= self.size:
            for old in list(self)[: self.size // 4]:
                del self[old]
        self[key] = value
        return value


class FilterIndex:
    """Rows plus the lookups over them. Immutable after construction; safe to read from several threads."""

    def __init__(self, rows: Iterable[FilterRow]) -> None:
        self.rows: list[FilterRow] = list(rows)
        self.ids: list[str] = [row.id for row in self.rows]
        self.folded: list[str] = [row.text.casefold() for row in self.rows]
        self.position: dict[str, int] = {row_id: i for i, row_id in enumerate(self.ids)}
        # field -> {casefolded value -> rows}; the paper field is also matched on normalised names.
        self._fields: dict[str, dict[str, list[int]]] = {}
        self._flags: dict[str, list[int]] = {}
        for i, row in enumerate(self.rows):
            for name, raw in row.fields.items():
                table = self._fields.setdefault(name.casefold(), {})
                for value in {v.casefold() for v in _values(raw)}:
                    table.setdefault(value, []).append(i)
            for flag in row.flags:
                self._flags.setdefault(flag.casefold(), []).append(i)
        self._postings: dict[str, list[int]] = {}
        for i, text in enumerate(self.folded):
            for word in set(WORD.findall(text)):
                posting = self._postings.get(word)
                if posting is None:
                    self._postings[word] = [i]
                else:
                    posting.append(i)
        self.vocabulary: list[str] = sorted(self._postings)
        self._by_length: dict[int, list[str]] = {}
        for word in self.vocabulary:
            self._by_length.setdefault(len(word), []).append(word)
        self._prefixes: dict[int, tuple[list[str], list[str]]] = {}
        self._word_cache = _Bounded(_CACHE_SIZE)
        self._field_cache = _Bounded(_CACHE_SIZE)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.rows)

    # ------------------------------------------------------------------------------------ fields

    def field_rows(self, name: str, value: str) -> frozenset[int]:
        """Rows whose field `name` contains `value` (casefolded substring; `paper` also by normalised name;
        `has` tests flags by prefix, so `has:no` already means `has:note`)."""
        key = (name, value)
        cached = self._field_cache.get(key)
        if cached is not None:
            return cached
        if name == "has":
            hits = [rows for flag, rows in self._flags.items() if flag.startswith(value)]
        else:
            table = self._fields.get(name, {})
            wanted = normalise_name(value) if name == "paper" else ""
            hits = [rows for stored, rows in table.items()
                    if value in stored or (wanted and wanted in normalise_name(stored))]
        result = frozenset(i for rows in hits for i in rows)
        with self._lock:
            return self._field_cache.put(key, result)

    # -------------------------------------------------------------------------------------- text

    def is_word(self, term: str) -> bool:
        """True when the term is one run of word characters, so the word index can answer for it."""
        return WORD.fullmatch(term) is not None

    def word_matches(self, term: str, *, fuzzy: bool) -> WordMatches:
        """Vocabulary words containing `term`, plus (fuzzy and long enough) words within a typo or two."""
        key = (term, fuzzy)
        cached = self._word_cache.get(key)
        if cached is not None:
            return cached
        exact = tuple(w for w in self._words_containing(term))
        close: tuple[str, ...] = ()
        if fuzzy and len(term) >= FUZZY_MIN_LENGTH:
            exact_set = set(exact)
            close = tuple(w for w in self._close_words(term) if w not in exact_set)
        with self._lock:
            return self._word_cache.put(key, WordMatches(exact, close))

    def _words_containing(self, term: str) -> list[str]:
        # A longer term's words are a subset of a shorter one's: start from the best cached superset.
        pool: Sequence[str] = self.vocabulary
        for (cached_term, _), matches in list(self._word_cache.items()):
            if cached_term in term and len(matches.exact) < len(pool):
                pool = matches.exact
        return [w for w in pool if term in w]

    def _close_words(self, term: str) -> list[str]:
        """Words whose whole, or whose first len(term) characters, are within the cutoff (typing a typo)."""
        size = len(term)
        cutoff = fuzzy_cutoff(size)
        spread = 1 + size // 8
        found: set[str] = set()
        for length in range(size - spread, size + spread + 1):
            words = self._by_length.get(length)
            if words:
                found.update(w for w, _, _ in process.extract(term, words, scorer=fuzz.ratio,
                                                                 score_cutoff=cutoff, limit=None))
        prefixes, owners = self._prefix_table(size)
        for _, _, at in process.extract(term, prefixes, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
            found.add(owners[at])
        return sorted(found)

    def _prefix_table(self, size: int) -> tuple[list[str], list[str]]:
        table = self._prefixes.get(size)
        if table is None:
            owners = [w for w in self.vocabulary if len(w) > size + 1 + size // 8]
            table = ([w[:size] for w in owners], owners)
            with self._lock:
                self._prefixes[size] = table
        return table

    def postings_size(self, words: Iterable[str]) -> int:
        return sum(len(self._postings[w]) for w in words)

    def rows_with_words(self, words: Iterable[str]) -> set[int]:
        rows: set[int] = set()
        for word in words:
            rows.update(self._postings[word])
        return rows
