"""arXiv's query API (Atom over HTTP): look papers up by id, or search titles with a quoted phrase.

Follows arXiv's API terms: one request every 3 s and one connection at a time for the whole process
(see ratelimit.py), a User-Agent that identifies us, retries that honour Retry-After. The Atom parser
refuses DTDs and entity declarations before parsing (entity-expansion attacks) and caps document size.
An arXiv error feed (HTTP 400 with a single "Error" entry) becomes an ArxivApiError with arXiv's message.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx

from tui.core.identity import normalise_arxiv_id
from tui.core.metadata.fetch import BadResponse, FetchError, HttpSettings, PoliteHttp, Sleep
from tui.core.models import PaperMeta

DEFAULT_BASE_URL = "https://export.arxiv.org/api/"
MAX_FEED_BYTES = 5_000_000
ARXIV_MIN_INTERVAL = 3.0  # API terms: "no more than one request every three seconds"
_NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "opensearch": "http://a9.com/-/spec/opensearch/1.1/",
    "arxiv": "http://arxiv.org/schemas/atom",
}
_FORBIDDEN_MARKUP = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class ArxivApiError(FetchError):
    """arXiv said the query is wrong (malformed id, bad parameter): retrying will not help."""


@dataclass
class ArxivFeed:
    entries: list[PaperMeta] = field(default_factory=list)
    total_results: int | None = None
    start_index: int | None = None
    items_per_page: int | None = None


def arxiv_settings(**overrides: object) -> HttpSettings:
    """Defaults per arXiv's terms; $PAPERTUI_ARXIV_URL points the client elsewhere (a mirror, a test server)."""
    base = os.environ.get("PAPERTUI_ARXIV_URL") or DEFAULT_BASE_URL
    settings = HttpSettings(base_url=base, interval=ARXIV_MIN_INTERVAL, max_bytes=MAX_FEED_BYTES)
    return settings.with_(**overrides) if overrides else settings


class ArxivClient:
    def __init__(
        self,
        settings: HttpSettings | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        self.settings = _within_terms(settings or arxiv_settings())
        self._http = PoliteHttp(self.settings, transport=transport, sleep=sleep)

    async def __aenter__(self) -> ArxivClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def by_ids(self, ids: Sequence[str]) -> ArxivFeed:
        """The papers with these ids (latest versions). Unknown ids are simply absent from the result."""
        clean = [normalise_arxiv_id(i) or i.strip() for i in ids]
        return await self._query({"id_list": ",".join(clean), "start": 0, "max_results": max(len(clean), 1)})

    async def search_title(self, phrase: str, max_results: int = 5) -> ArxivFeed:
        """Titles containing the phrase: `ti:"..."`. An empty page is not proof of absence (arXiv is flaky)."""
        return await self.search(f'ti:"{title_phrase(phrase)}"', max_results=max_results)

    async def search(self, query: str, max_results: int = 10, start: int = 0) -> ArxivFeed:
        return await self._query({"search_query": query, "start": start, "max_results": max_results})

    async def _query(self, params: dict[str, str | int]) -> ArxivFeed:
        fetched = await self._http.get("query", params, accept=frozenset({200, 400}))
        feed = parse_feed(fetched.body, max_bytes=self.settings.max_bytes)
        if fetched.status == 400 and not isinstance(feed, ArxivApiError):
            raise ArxivApiError("arXiv rejected the query (HTTP 400)", url=fetched.url, status=400)
        if isinstance(feed, ArxivApiError):
            feed.url, feed.status = fetched.url, fetched.status
            raise feed
        return feed


def _within_terms(settings: HttpSettings) -> HttpSettings:
    """A short interval is for test servers and mirrors; arxiv.org itself always gets its 3 seconds."""
    host = httpx.URL(settings.base_url).host
    if (host == "arxiv.org" or host.endswith(".arxiv.org")) and settings.interval < ARXIV_MIN_INTERVAL:
        return settings.with_(interval=ARXIV_MIN_INTERVAL)
    return settings


def title_phrase(text: str) -> str:
    """A phrase arXiv's search accepts inside quotes: punctuation that its parser treats as syntax removed."""
    cleaned = re.sub(r"[^\w\s\-']", " ", text)
    return " ".join(cleaned.split())


def parse_feed(body: bytes, *, max_bytes: int = MAX_FEED_BYTES) -> ArxivFeed | ArxivApiError:
    """Atom feed -> entries and opensearch totals, or the API's error entry. Raises BadResponse on bad XML."""
    root = safe_xml(body, max_bytes=max_bytes)
    if root.tag != f"{{{_NS['atom']}}}feed":
        raise BadResponse(f"expected an Atom feed, got <{_local(root.tag)}>")
    entries = root.findall("atom:entry", _NS)
    for entry in entries:
        entry_id = _text(entry, "atom:id")
        if "/api/errors" in entry_id or _text(entry, "atom:title") == "Error":
            message = _text(entry, "atom:summary") or "unknown error"
            return ArxivApiError(f"arXiv rejected the query: {message}")
    return ArxivFeed(
        entries=[meta for meta in (_entry(e) for e in entries) if meta is not None],
        total_results=_int(root, "opensearch:totalResults"),
        start_index=_int(root, "opensearch:startIndex"),
        items_per_page=_int(root, "opensearch:itemsPerPage"),
    )


def safe_xml(body: bytes, *, max_bytes: int = MAX_FEED_BYTES) -> ET.Element:
    """Parse XML we did not write: size-capped, UTF-8 only, no DOCTYPE or ENTITY declarations at all."""
    if len(body) > max_bytes:
        raise BadResponse(f"XML document is larger than {max_bytes} bytes")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadResponse(f"XML is not UTF-8 (byte {exc.start})") from exc
    if _FORBIDDEN_MARKUP.search(text):
        raise BadResponse("XML with a DOCTYPE or ENTITY declaration refused (possible entity expansion attack)")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # the declaration may name an encoding; we decoded already
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        raise BadResponse(f"malformed XML: {exc}") from exc


def _entry(entry: ET.Element) -> PaperMeta | None:
    raw_id = _text(entry, "atom:id")
    arxiv_id = normalise_arxiv_id(raw_id)
    title = _text(entry, "atom:title")
    if not arxiv_id or not title:
        return None
    published = _text(entry, "atom:published")
    year = int(published[:4]) if published[:4].isdigit() else None
    authors = [" ".join((a.findtext("atom:name", "", _NS)).split()) for a in entry.findall("atom:author", _NS)]
    journal = _text(entry, "arxiv:journal_ref")
    return PaperMeta(
        arxiv_id=arxiv_id,
        title=title,
        authors=[a for a in authors if a],
        year=year,
        abstract=_text(entry, "atom:summary"),
        url=f"https://arxiv.org/abs/{arxiv_id}",
        doi=_text(entry, "arxiv:doi") or None,
        venue=journal or None,
        source="arxiv",
    )


def _text(element: ET.Element, path: str) -> str:
    """Text with whitespace folded: the classic format hard-wraps titles and abstracts."""
    return " ".join((element.findtext(path, "", _NS) or "").split())


def _int(element: ET.Element, path: str) -> int | None:
    value = _text(element, path)
    return int(value) if value.isdigit() else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
