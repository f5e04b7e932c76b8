"""Semantic Scholar's Graph API as a second source: best title match and relevance search.

Sends `x-api-key` when $SEMANTIC_SCHOLAR_API_KEY is set. Without a key the shared pool is small and 429s
are common, so requests are spaced (1 s by default) and 429 backs off honouring Retry-After (fetch.py).
Results carrying externalIds.ArXiv can be merged with arXiv's record (merge_meta).
"""

from __future__ import annotations

import json
import os
from typing import Any

import httpx

from tui.core.identity import normalise_arxiv_id
from tui.core.metadata.fetch import BadResponse, HttpSettings, PoliteHttp, Sleep
from tui.core.models import PaperMeta

DEFAULT_BASE_URL = "https://api.semanticscholar.org/graph/v1/"
API_KEY_ENV = "SEMANTIC_SCHOLAR_API_KEY"
FIELDS = "title,year,authors,externalIds,abstract,url,venue"


def s2_settings(**overrides: object) -> HttpSettings:
    """Defaults; $PAPERTUI_S2_URL points the client elsewhere, $SEMANTIC_SCHOLAR_API_KEY authenticates."""
    key = os.environ.get(API_KEY_ENV, "").strip()
    settings = HttpSettings(
        base_url=os.environ.get("PAPERTUI_S2_URL") or DEFAULT_BASE_URL,
        interval=1.0,
        max_bytes=5_000_000,
        headers={"x-api-key": key} if key else {},
    )
    return settings.with_(**overrides) if overrides else settings


class S2Client:
    def __init__(
        self,
        settings: HttpSettings | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        self.settings = settings or s2_settings()
        self._http = PoliteHttp(self.settings, transport=transport, sleep=sleep)

    async def __aenter__(self) -> S2Client:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def match_title(self, title: str) -> PaperMeta | None:
        """The single best title match, or None (the API answers 404 when nothing matches)."""
        fetched = await self._http.get(
            "paper/search/match", {"query": title, "fields": FIELDS}, accept=frozenset({200, 404})
        )
        if fetched.status == 404:
            return None
        data = _json(fetched.body).get("data") or []
        papers = [p for p in (paper_from_s2(item) for item in data) if p]
        return papers[0] if papers else None

    async def search(self, query: str, limit: int = 5) -> list[PaperMeta]:
        fetched = await self._http.get("paper/search", {"query": query, "fields": FIELDS, "limit": limit})
        data = _json(fetched.body).get("data") or []
        return [p for p in (paper_from_s2(item) for item in data) if p]


def paper_from_s2(item: Any) -> PaperMeta | None:
    if not isinstance(item, dict) or not isinstance(item.get("title"), str) or not item["title"].strip():
        return None
    external = item.get("externalIds") if isinstance(item.get("externalIds"), dict) else {}
    arxiv_raw = external.get("ArXiv")
    arxiv_id = normalise_arxiv_id(str(arxiv_raw)) if arxiv_raw else None
    authors = [
        " ".join(str(a.get("name", "")).split())
        for a in item.get("authors") or []
        if isinstance(a, dict) and a.get("name")
    ]
    year = item.get("year")
    return PaperMeta(
        arxiv_id=arxiv_id,
        title=" ".join(item["title"].split()),
        authors=authors,
        year=year if isinstance(year, int) else None,
        abstract=" ".join(str(item.get("abstract") or "").split()),
        url=f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else (item.get("url") or None),
        doi=str(external["DOI"]) if external.get("DOI") else None,
        venue=str(item["venue"]) if item.get("venue") else None,
        s2_id=str(item["paperId"]) if item.get("paperId") else None,
        source="s2",
    )


def merge_meta(primary: PaperMeta, extra: PaperMeta) -> PaperMeta:
    """arXiv's record (primary) completed with what only Semantic Scholar knows: its id, DOI, venue."""
    updates: dict[str, Any] = {}
    for name in ("doi", "venue", "s2_id", "year", "abstract"):
        if not getattr(primary, name) and getattr(extra, name):
            updates[name] = getattr(extra, name)
    if not primary.authors and extra.authors:
        updates["authors"] = extra.authors
    return primary.model_copy(update=updates) if updates else primary


def _json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadResponse(f"Semantic Scholar sent invalid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise BadResponse("Semantic Scholar sent JSON that is not an object")
    return data
