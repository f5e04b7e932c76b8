"""Resolve a detected paper name to metadata: the user's choice, then local catalogs, then the cache, then
the network (arXiv, then Semantic Scholar), unless offline.

When the network is unreachable the resolver switches itself offline for the rest of the run, says so in
`messages`, and answers from the cache (stale entries included): it never waits on a dead network twice.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from tui.core.identity import normalise_arxiv_id, normalise_name, paper_key
from tui.core.metadata.cache import MetadataCache, MemoryCache, encode_papers, read_papers
from tui.core.metadata.fetch import FetchError, NetworkUnreachable
from tui.core.metadata.match import Candidate, CatalogIndex, MatchResult, name_variants, find_arxiv_ids, match_name
from tui.core.models import PaperMeta

DEFAULT_TTL = 7 * 86400.0
NEGATIVE_TTL = 86400.0  # "nothing found" is re-asked sooner: arXiv sometimes returns empty pages by mistake
Source = Literal["auto", "local", "arxiv", "s2"]
Status = Literal["matched", "ambiguous", "unmatched"]


class ChoiceSource(Protocol):
    """The store's memory of which paper the user picked for an ambiguous name."""

    def get_metadata_choice(self, paper_key: str) -> str | None: ...


@dataclass
class Resolution:
    name: str
    status: Status
    candidates: list[Candidate] = field(default_factory=list)
    origin: str = ""  # where the answer came from: choice, local, cache, arxiv, s2
    messages: list[str] = field(default_factory=list)

    @property
    def meta(self) -> PaperMeta | None:
        return self.candidates[0].meta if self.status == "matched" and self.candidates else None

    @property
    def score(self) -> float:
        return self.candidates[0].score if self.candidates else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "score": round(self.score, 1),
            "origin": self.origin,
            "paper": self.meta.model_dump(mode="json") if self.meta else None,
            "candidates": [
                {
                    "score": round(c.score, 1),
                    "reason": c.reason,
                    "arxiv_id": c.meta.arxiv_id,
                    "title": c.meta.title,
                    "source": c.meta.source,
                }
                for c in self.candidates
            ],
            "messages": self.messages,
        }


class Resolver:
    """Use as `async with Resolver(...) as resolver:` so network clients it created are closed."""

    def __init__(
        self,
        catalog: Sequence[PaperMeta] = (),
        cache: MetadataCache | None = None,
        *,
        offline: bool = False,
        ttl: float = DEFAULT_TTL,
        arxiv: Any = None,
        s2: Any = None,
        use_s2: bool = True,
        choices: ChoiceSource | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.index = CatalogIndex(catalog)
        self.cache: MetadataCache = cache if cache is not None else MemoryCache()
        self.offline = offline
        self.ttl = ttl
        self.use_s2 = use_s2
        self.choices = choices
        self.clock = clock
        self.messages: list[str] = []  # run-wide notices (went offline, a source failed), each once
        self._arxiv, self._s2 = arxiv, s2
        self._owned: list[Any] = []

    async def __aenter__(self) -> Resolver:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for client in self._owned:
            await client.aclose()
        self._owned.clear()

    # ------------------------------------------------------------------------------------- public

    async def resolve(self, name: str, aliases: Iterable[str] = (), arxiv_id: str | None = None) -> Resolution:
        """One detected paper. Matched only when unambiguous; otherwise candidates for the user."""
        aliases = list(aliases)
        chosen = self._choice(name)
        if chosen:
            found = await self.by_ids([chosen])
            if found.candidates:
                return Resolution(name, "matched", found.candidates[:1], "choice", found.messages)
        local = match_name(name, self.index, aliases=aliases)  # also takes ids written in the name
        if local.status == "matched":
            return Resolution(name, "matched", list(local.candidates), "local")
        ids = [i for i in (normalise_arxiv_id(arxiv_id) if arxiv_id else None,) if i]
        for text in (name, *aliases):
            ids += [i for i in find_arxiv_ids(text) if i not in ids]
        if ids:  # an id the analysis found, or one not in the catalog: ask the cache, then arXiv
            found = await self.by_ids(ids[:1])
            if found.status == "matched":
                found.name = name
                return found
        remote = await self._remote(name, aliases)
        if remote.status == "matched":
            return remote
        candidates = _merge_candidates(local.candidates, remote.candidates)
        status: Status = "ambiguous" if candidates else "unmatched"
        return Resolution(name, status, candidates, remote.origin or "local", remote.messages)

    async def lookup(self, query: str, source: Source = "auto") -> Resolution:
        """A free-text query (a name, a title, an arXiv id or URL) against one source or all in turn."""
        ids = find_arxiv_ids(query) or ([normalise_arxiv_id(query)] if _looks_like_id(query) else [])
        if ids and source in ("auto", "local", "arxiv"):
            local = [c for c in (self.index.by_arxiv.get(i) for i in ids) if c]
            if local or source == "local":
                return Resolution(query, "matched" if local else "unmatched", [Candidate(m, 100.0, "arxiv-id") for m in local], "local")
            return await self.by_ids(ids)
        if source == "local":
            return _from_match(match_name(query, self.index), "local")
        if source == "arxiv":
            return await self._search(query, [], "arxiv")
        if source == "s2":
            return await self._search(query, [], "s2", title_match=False)
        return await self.resolve(query)

    async def by_ids(self, ids: Sequence[str]) -> Resolution:
        """Papers by arXiv id: catalog, then cache, then one id_list request for the rest."""
        label = ", ".join(ids)
        found: list[PaperMeta] = []
        origin = "local"
        missing: list[str] = []
        for arxiv_id in ids:
            meta = self.index.by_arxiv.get(arxiv_id)
            if meta:
                found.append(meta)
                continue
            cached = read_papers(self.cache, "arxiv.id", arxiv_id)
            if cached and (self._fresh(cached.fetched_at, bool(cached.papers)) or self.offline):
                found.extend(cached.papers)
                origin = "cache"
            else:
                missing.append(arxiv_id)
        messages: list[str] = []
        if missing and not self.offline:
            try:
                feed = await self._arxiv_client().by_ids(missing)
            except FetchError as exc:
                messages.append(self._failed("arXiv", exc))
                for arxiv_id in missing:  # stale is better than nothing
                    cached = read_papers(self.cache, "arxiv.id", arxiv_id)
                    found.extend(cached.papers if cached else [])
            else:
                by_id = {m.arxiv_id: m for m in feed.entries}
                for arxiv_id in missing:
                    meta = by_id.get(arxiv_id)
                    self.cache.cache_put("arxiv.id", arxiv_id, encode_papers([meta] if meta else []))
                    if meta:
                        found.append(meta)
                origin = "arxiv"
        candidates = [Candidate(m, 100.0, "arxiv-id") for m in found]
        return Resolution(label, "matched" if candidates else "unmatched", candidates, origin, messages)

    # ---------------------------------------------------------------------------------- internals

    async def _remote(self, name: str, aliases: list[str]) -> Resolution:
        if self.offline and not self._has_cached(name):
            return Resolution(name, "unmatched", [], "", [])
        arxiv = await self._search(name, aliases, "arxiv")
        if arxiv.status == "matched" or not self.use_s2:
            return arxiv
        s2 = await self._search(name, aliases, "s2")
        if s2.status == "matched":
            return s2
        return Resolution(
            name,
            "ambiguous" if arxiv.candidates or s2.candidates else "unmatched",
            _merge_candidates(arxiv.candidates, s2.candidates),
            arxiv.origin or s2.origin,
            arxiv.messages + s2.messages,
        )

    async def _search(
        self, name: str, aliases: list[str], source: Literal["arxiv", "s2"], *, title_match: bool = True
    ) -> Resolution:
        """Papers the source returns for the name, scored by the same matcher as the local catalog.

        For S2, title_match asks the best-title-match endpoint first (resolving a name); a lookup wants
        the relevance search's list."""
        query = _search_text(name)
        namespace = "arxiv.title" if source == "arxiv" else ("s2.match" if title_match else "s2.search")
        key = normalise_name(query) if source == "arxiv" else " ".join(query.lower().split())
        cached = read_papers(self.cache, namespace, key)
        messages: list[str] = []
        papers: list[PaperMeta] | None = None
        origin = "cache"
        if cached and (self.offline or self._fresh(cached.fetched_at, bool(cached.papers))):
            papers = cached.papers
        elif not self.offline:
            try:
                papers = await self._fetch_search(query, source, title_match)
            except FetchError as exc:
                messages.append(self._failed("arXiv" if source == "arxiv" else "Semantic Scholar", exc))
            else:
                self.cache.cache_put(namespace, key, encode_papers(papers))
                origin = source
        if papers is None:
            papers = cached.papers if cached else []
        if not papers:
            return Resolution(name, "unmatched", [], "", messages)
        result = match_name(name, papers, aliases=aliases)
        return Resolution(name, result.status, list(result.candidates), origin, messages)

    async def _fetch_search(self, query: str, source: Literal["arxiv", "s2"], title_match: bool) -> list[PaperMeta]:
        if source == "arxiv":
            return (await self._arxiv_client().search_title(query, max_results=5)).entries
        s2 = self._s2_client()
        best = await s2.match_title(query) if title_match else None
        papers = [best] if best else await s2.search(query, limit=5)
        return [await self._with_arxiv(p) for p in papers]

    async def _with_arxiv(self, paper: PaperMeta) -> PaperMeta:
        """An S2 record with an arXiv id, completed by arXiv's own record (from catalog or cache only:
        one more arXiv request per S2 hit would cost 3 s each)."""
        from tui.core.metadata.semanticscholar import merge_meta

        if not paper.arxiv_id:
            return paper
        known = self.index.by_arxiv.get(paper.arxiv_id)
        if known is None:
            cached = read_papers(self.cache, "arxiv.id", paper.arxiv_id)
            known = cached.papers[0] if cached and cached.papers else None
        return merge_meta(known, paper) if known else paper

    def _has_cached(self, name: str) -> bool:
        query = _search_text(name)
        return (
            read_papers(self.cache, "arxiv.title", normalise_name(query)) is not None
            or read_papers(self.cache, "s2.match", " ".join(query.lower().split())) is not None
        )

    def _fresh(self, fetched_at: float, found_something: bool) -> bool:
        ttl = self.ttl if found_something else min(self.ttl, NEGATIVE_TTL)
        return self.clock() - fetched_at <= ttl

    def _failed(self, source: str, exc: FetchError) -> str:
        if isinstance(exc, NetworkUnreachable):
            self.offline = True
            message = f"network unreachable ({exc}); continuing offline with cached metadata"
        else:
            message = f"{source} lookup failed: {exc}"
        if message not in self.messages:
            self.messages.append(message)
        return message

    def _choice(self, name: str) -> str | None:
        if self.choices is None or not normalise_name(name):
            return None
        chosen = self.choices.get_metadata_choice(paper_key(name=name))
        return normalise_arxiv_id(chosen) if chosen else None

    def _arxiv_client(self) -> Any:
        if self._arxiv is None:
            from tui.core.metadata.arxiv import ArxivClient

            self._arxiv = ArxivClient()
            self._owned.append(self._arxiv)
        return self._arxiv

    def _s2_client(self) -> Any:
        if self._s2 is None:
            from tui.core.metadata.semanticscholar import S2Client

            self._s2 = S2Client()
            self._owned.append(self._s2)
        return self._s2


def _from_match(result: MatchResult, origin: str) -> Resolution:
    return Resolution(result.query, result.status, list(result.candidates), origin)


def _merge_candidates(*groups: Iterable[Candidate]) -> list[Candidate]:
    """Best score per paper (by arXiv id, else title), best first."""
    best: dict[str, Candidate] = {}
    for group in groups:
        for candidate in group:
            key = candidate.meta.arxiv_id or normalise_name(candidate.meta.title)
            if key not in best or candidate.score > best[key].score:
                best[key] = candidate
    return sorted(best.values(), key=lambda c: (-c.score, c.meta.title))[:5]


def _search_text(name: str) -> str:
    """What to send a search engine for a name: without "the ... paper" and parentheticals."""
    bare = re.sub(r"\([^)]*\)", " ", name)
    variants = name_variants([bare if bare.strip() else name])
    return variants[0] if variants else name


def _looks_like_id(text: str) -> bool:
    text = text.strip()
    return bool(normalise_arxiv_id(text)) and len(text) <= 40 and " " not in text
