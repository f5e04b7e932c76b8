"""Where fetched metadata is kept: anything with the store's cache_get/cache_put (the SQLite Store in the app,
an in-memory dict in tests), plus the (de)serialisation of cached answers.

Entries are read with max_age=None and judged by the resolver: a stale entry is still the best answer
when offline, so nothing is thrown away just for being old.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from pydantic import ValidationError

from tui.core.models import PaperMeta

CACHE_FORMAT = 1


@runtime_checkable
class MetadataCache(Protocol):
    def cache_get(self, namespace: str, key: str, max_age: float | None = None) -> tuple[str, float] | None: ...

    def cache_put(self, namespace: str, key: str, payload: str) -> None: ...


class MemoryCache:
    """A MetadataCache in a dict, with an injectable clock so TTL behaviour can be tested without sleeping."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.entries: dict[tuple[str, str], tuple[str, float]] = {}

    def cache_get(self, namespace: str, key: str, max_age: float | None = None) -> tuple[str, float] | None:
        found = self.entries.get((namespace, key))
        if found is None:
            return None
        if max_age is not None and self.clock() - found[1] > max_age:
            return None
        return found

    def cache_put(self, namespace: str, key: str, payload: str) -> None:
        self.entries[(namespace, key)] = (payload, self.clock())


@dataclass(frozen=True)
class CachedPapers:
    papers: list[PaperMeta]
    fetched_at: float


def encode_papers(papers: list[PaperMeta]) -> str:
    return json.dumps({"format": CACHE_FORMAT, "papers": [p.model_dump(mode="json") for p in papers]})


def read_papers(cache: MetadataCache, namespace: str, key: str) -> CachedPapers | None:
    """The cached answer, or None when absent or unreadable (an old format is a miss, not an error)."""
    found = cache.cache_get(namespace, key, None)
    if found is None:
        return None
    payload, fetched_at = found
    try:
        data = json.loads(payload)
        if data.get("format") != CACHE_FORMAT:
            return None
        return CachedPapers([PaperMeta.model_validate(p) for p in data["papers"]], fetched_at)
    except (ValueError, TypeError, KeyError, AttributeError, ValidationError):
        return None
