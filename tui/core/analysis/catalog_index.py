"""A catalog prepared once for matching: normalised names, titles and ids, reused across episodes.

Without it, every detected paper re-normalised every catalog entry, so analysing a library cost
episodes x papers x catalog size (a 2,000-episode library with its catalog spent most of its scan here).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from tui.core.analysis.names import norm
from tui.core.models import PaperMeta

_SHORT_TITLE = re.compile(r"^\s*([^:]{2,40}?)\s*:")
_CONTENT = re.compile(r"[a-z0-9]{4,}")


def names_of(meta: PaperMeta) -> list[str]:
    """A catalog entry's aliases, with its short title first ("InfiniteVL: Synergizing ..." -> "InfiniteVL")."""
    names = list(meta.aliases)
    short = _SHORT_TITLE.match(meta.title)
    if short and len(short.group(1).split()) <= 4:
        names.insert(0, short.group(1))
    return names


@dataclass
class CatalogIndex:
    metas: list[PaperMeta]
    by_arxiv: dict[str, int] = field(default_factory=dict)
    exact: dict[str, int] = field(default_factory=dict)  # normalised name/title -> first entry's position
    keys: list[str] = field(default_factory=list)  # normalised names and titles, for fuzzy matching
    owners: list[int] = field(default_factory=list)  # keys[i] belongs to metas[owners[i]]
    names: dict[str, str] = field(default_factory=dict)  # normalised alias/short title -> display name

    # The keys again, shortest first (stable), with their owners and lengths: `fuzzy` scores only the keys whose
    # length allows the cut-off. Filled on first use.
    _by_length: list[str] = field(default_factory=list, repr=False)
    _by_length_owners: list[int] = field(default_factory=list, repr=False)
    _lengths: list[int] = field(default_factory=list, repr=False)
    # Per entry, its lower-cased title and aliases and their 6-letter stems (`catalog_match` on descriptions).
    _title_words: list[tuple[str, set[str]]] | None = field(default=None, repr=False)

    def fuzzy(self, key: str, cutoff: float) -> tuple[float, int] | None:
        """The best (score, entry position) over all names and titles, ties to the earlier entry.

        `fuzz.ratio` is 100 * (1 - indel distance / (len(a) + len(b))) and the distance is at least the
        difference in length, so a key whose length alone keeps the score under the cut-off is not scored:
        the keys scored are a contiguous run of the keys sorted by length (with a margin for rounding), and
        the best over them is the best over all (the choice does not depend on the order)."""
        if len(self._lengths) != len(self.keys):
            order = sorted(range(len(self.keys)), key=lambda i: len(self.keys[i]))
            self._by_length = [self.keys[i] for i in order]
            self._by_length_owners = [self.owners[i] for i in order]
            self._lengths = [len(self.keys[i]) for i in order]
        size = len(key)
        lengths = self._lengths
        low, high = 0, len(lengths)
        if 0 < cutoff <= 100 and size:
            # ratio <= 200 * min(size, n) / (size + n): n >= size * c / (200 - c) and n <= size * (200 - c) / c
            low = bisect_left(lengths, int(size * cutoff / (200 - cutoff)) - 1)
            high = bisect_right(lengths, int(size * (200 - cutoff) / cutoff) + 1)
        best: tuple[float, int] | None = None
        owners = self._by_length_owners
        choices = self._by_length[low:high]
        for _, score, i in process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
            owner = owners[low + i]
            if best is None or score > best[0] or (score == best[0] and owner < best[1]):
                best = (score, owner)
        return best

    def title_words(self) -> list[tuple[str, set[str]]]:
        """Per entry: its title and aliases lower-cased in one string, and the 6-letter stems of their words of
        4+ letters or digits (what `catalog_match.match` compares a description with)."""
        if self._title_words is None:
            found = []
            for meta in self.metas:
                title = meta.title.lower() + " " + " ".join(meta.aliases).lower()
                found.append((title, {w[:6] for w in _CONTENT.findall(title)}))
            self._title_words = found
        return self._title_words


def build(catalog: Sequence[PaperMeta]) -> CatalogIndex:
    index = CatalogIndex(metas=list(catalog))
    for position, meta in enumerate(index.metas):
        if meta.arxiv_id:
            index.by_arxiv.setdefault(meta.arxiv_id, position)
        aliases = names_of(meta)
        for name in aliases:
            key = norm(name)
            if len(key) >= 3:
                index.names.setdefault(key, name)
        for candidate in [*aliases, meta.title]:
            key = norm(candidate)
            index.exact.setdefault(key, position)
            index.keys.append(key)
            index.owners.append(position)
    return index


_CACHE: list[tuple[tuple[int, ...], list[PaperMeta], CatalogIndex]] = []
_BY_CONTENT: dict[tuple, CatalogIndex] = {}


def _content(catalog: Sequence[PaperMeta]) -> tuple:
    """What an index is built from: the ids, titles and aliases, in order."""
    return tuple((meta.arxiv_id, meta.title, tuple(meta.aliases)) for meta in catalog)


def index_for(catalog: Sequence[PaperMeta]) -> CatalogIndex:
    """The index of this catalog, built once per catalog (the same entries in the same order).

    Found by the entries' identities first (cheap); a worker process receives the catalog again with
    every batch of jobs, as new but equal objects, so equal content finds the index built before."""
    if isinstance(catalog, list):
        # The same entries as a cached catalog's, compared in C: identical entries answer at once; an equal but
        # not identical entry is compared field by field (equal entries build the same index). A pipeline
        # asks several times per episode with a new list of the same entries.
        for _, cached_list, index in _CACHE:
            if len(cached_list) == len(catalog) and cached_list == catalog:
                if catalog and cached_list[0] is not catalog[0]:
                    break  # equal, new objects: cache them under their own identities below
                return index
    ident = tuple(map(id, catalog))
    for cached_ident, _, index in _CACHE:
        if cached_ident == ident:
            return index
    content = _content(catalog)
    index = _BY_CONTENT.get(content)
    if index is None:
        index = build(catalog)
        _BY_CONTENT.clear()  # one catalog at a time is the common case; keep memory flat
        _BY_CONTENT[content] = index
    # Keeping the list alive keeps the ids above valid for as long as the entry is cached.
    _CACHE.insert(0, (ident, list(catalog), index))
    del _CACHE[4:]
    return index
