"""A catalog prepared once for matching: normalised names, titles and ids, reused across episodes.

Without it, every detected paper re-normalised every catalog entry, so analysing a library cost
episodes x papers x catalog size (a 2,000-episode library with its catalog spent most of its scan here).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from tui.core.analysis.names import norm
from tui.core.models import PaperMeta

_SHORT_TITLE = re.compile(r"^\s*([^:]{2,40}?)\s*:")


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

    def fuzzy(self, key: str, cutoff: float) -> tuple[float, int] | None:
        """The best (score, entry position) over all names and titles, ties to the earlier entry."""
        best: tuple[float, int] | None = None
        for _, score, i in process.extract(key, self.keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
            owner = self.owners[i]
            if best is None or score > best[0] or (score == best[0] and owner < best[1]):
                best = (score, owner)
        return best


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
