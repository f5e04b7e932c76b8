"""The resolver's order (choice, catalog, cache, arXiv, Semantic Scholar), TTL, and offline behaviour."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tui.core.metadata.arxiv import ArxivClient, arxiv_settings
from tui.core.metadata.cache import MemoryCache, encode_papers, read_papers
from tui.core.metadata.catalog import load_catalog
from tui.core.metadata.ratelimit import reset_gates
from tui.core.metadata.resolver import Resolver
from tui.core.metadata.semanticscholar import S2Client, s2_settings
from tui.core.models import PaperMeta

FIX = Path(__file__).resolve().parents[1] / "fixtures"
CATALOG, _ = load_catalog(FIX / "catalogs" / "match_catalog.papers.json")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class Network:
    """Both services behind one MockTransport; replies keyed by path, every request recorded."""

    def __init__(self, **replies: list[httpx.Response | Exception]) -> None:
        self.replies = {path: list(r) for path, r in replies.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self.replies.get(request.url.path)
        if not queue:
            raise AssertionError(f"unexpected request {request.url}")
        reply = queue.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    def clients(self) -> tuple[ArxivClient, S2Client]:
        transport = httpx.MockTransport(self)
        arxiv = ArxivClient(arxiv_settings(base_url="http://arxiv.test/api/", interval=0.0), transport=transport)
        s2 = S2Client(s2_settings(base_url="http://s2.test/graph/v1/", interval=0.0), transport=transport)
        return arxiv, s2


def atom(name: str) -> httpx.Response:
    return httpx.Response(200, content=(FIX / "arxiv" / name).read_bytes())


def s2json(name: str, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=(FIX / "s2" / name).read_bytes())


@pytest.fixture(autouse=True)
def _fresh_gates() -> None:
    reset_gates()


async def test_local_catalog_answers_without_touching_the_network() -> None:
    network = Network()
    arxiv, s2 = network.clients()
    async with Resolver(CATALOG, arxiv=arxiv, s2=s2) as resolver:
        result = await resolver.resolve("InfiniteVL")
    assert result.status == "matched" and result.origin == "local"
    assert result.meta is not None and result.meta.arxiv_id == "2512.08829"
    assert network.requests == []


async def test_network_answer_is_cached_and_refetched_after_the_ttl() -> None:
    clock = Clock()
    cache = MemoryCache(clock)
    network = Network(**{"/api/query": [atom("feed_lfm2_search.xml"), atom("feed_lfm2_search.xml")]})
    arxiv, s2 = network.clients()
    async with Resolver([], cache, arxiv=arxiv, s2=s2, ttl=3600, clock=clock) as resolver:
        first = await resolver.resolve("LFM2")
        second = await resolver.resolve("LFM2")
        clock.now += 3601
        cache.clock = clock
        third = await resolver.resolve("LFM2")
    assert first.meta is not None and first.meta.arxiv_id == "2511.23404" and first.origin == "arxiv"
    assert second.origin == "cache" and second.meta == first.meta
    assert third.origin == "arxiv"
    assert len(network.requests) == 2
    assert network.requests[0].url.params["search_query"] == 'ti:"LFM2"'


async def test_offline_uses_stale_cache_and_never_builds_a_client() -> None:
    clock = Clock()
    cache = MemoryCache(clock)
    lfm2 = PaperMeta(arxiv_id="2511.23404", title="LFM2 Technical Report", source="arxiv")
    cache.cache_put("arxiv.title", "lfm2", encode_papers([lfm2]))
    clock.now += 10 * 365 * 86400  # very stale
    async with Resolver([], cache, offline=True, clock=clock) as resolver:
        hit = await resolver.resolve("LFM2")
        miss = await resolver.resolve("Something Never Seen")
        assert resolver._arxiv is None and resolver._s2 is None
    assert hit.status == "matched" and hit.origin == "cache"
    assert miss.status == "unmatched"


async def test_unreachable_network_switches_offline_once_with_a_message() -> None:
    network = Network(**{"/api/query": [httpx.ConnectError("no route to host")]})
    arxiv, s2 = network.clients()
    async with Resolver([], arxiv=arxiv, s2=s2) as resolver:
        first = await resolver.resolve("LFM2")
        second = await resolver.resolve("TriDF")
    assert first.status == second.status == "unmatched"
    assert len(network.requests) == 1
    assert resolver.offline
    assert len(resolver.messages) == 1 and "network unreachable" in resolver.messages[0]
    assert "offline" in first.messages[0]


async def test_semantic_scholar_is_asked_when_arxiv_finds_nothing_and_merged_with_known_arxiv_data() -> None:
    cache = MemoryCache()
    arxiv_record = PaperMeta(arxiv_id="2512.08829", title="InfiniteVL: cached title", authors=["From arXiv"], source="arxiv")
    cache.cache_put("arxiv.id", "2512.08829", encode_papers([arxiv_record]))
    network = Network(
        **{"/api/query": [atom("feed_empty.xml")], "/graph/v1/paper/search/match": [s2json("match_infinitevl.json")]}
    )
    arxiv, s2 = network.clients()
    async with Resolver([], cache, arxiv=arxiv, s2=s2) as resolver:
        result = await resolver.resolve("InfiniteVL")
    assert result.status == "matched" and result.origin == "s2"
    meta = result.meta
    assert meta is not None
    assert meta.authors == ["From arXiv"] and meta.s2_id == "fixture0s2id0infinitevl" and meta.venue == "Fixture Venue"


async def test_near_miss_stays_a_candidate_even_when_remote_finds_nothing() -> None:
    only_v2 = [m for m in CATALOG if m.arxiv_id == "2512.10932"]
    network = Network(
        **{"/api/query": [atom("feed_empty.xml")], "/graph/v1/paper/search/match": [s2json("not_found.json", 404)]},
    )
    network.replies["/graph/v1/paper/search"] = [httpx.Response(200, json={"total": 0, "data": []})]
    arxiv, s2 = network.clients()
    async with Resolver(only_v2, arxiv=arxiv, s2=s2) as resolver:
        result = await resolver.resolve("BabyVLM")
    assert result.status == "ambiguous" and result.meta is None
    assert [c.meta.arxiv_id for c in result.candidates] == ["2512.10932"]


async def test_an_arxiv_id_is_looked_up_by_id_and_cached() -> None:
    cache = MemoryCache()
    network = Network(**{"/api/query": [atom("feed_infinitevl.xml")]})
    arxiv, s2 = network.clients()
    async with Resolver([], cache, arxiv=arxiv, s2=s2) as resolver:
        result = await resolver.resolve("the paper", arxiv_id="2512.08829v2")
        again = await resolver.lookup("https://arxiv.org/abs/2512.08829")
    assert result.status == "matched" and result.origin == "arxiv"
    assert again.origin == "cache"
    assert network.requests[0].url.params["id_list"] == "2512.08829"
    cached = read_papers(cache, "arxiv.id", "2512.08829")
    assert cached is not None and cached.papers[0].title.startswith("InfiniteVL")


async def test_the_users_choice_wins() -> None:
    class Choices:
        def get_metadata_choice(self, key: str) -> str | None:
            return "2511.23404" if key == "name:babyvlm" else None

    async with Resolver(CATALOG, offline=True, choices=Choices()) as resolver:
        chosen = await resolver.resolve("BabyVLM")
    assert chosen.status == "matched" and chosen.origin == "choice"
    assert chosen.meta is not None and chosen.meta.arxiv_id == "2511.23404"


async def test_lookup_by_source() -> None:
    network = Network(**{"/graph/v1/paper/search": [s2json("search_speech.json")]})
    arxiv, s2 = network.clients()
    async with Resolver(CATALOG, arxiv=arxiv, s2=s2) as resolver:
        local = await resolver.lookup("Tri DF", "local")
        remote = await resolver.lookup("SpeechQualityLLM", "s2")
    assert local.meta is not None and local.meta.arxiv_id == "2512.10652"
    assert remote.origin == "s2" and remote.meta is not None and remote.meta.arxiv_id == "2512.08238"
    assert json.loads(json.dumps(remote.to_json()))["paper"]["arxiv_id"] == "2512.08238"


async def test_the_search_sends_the_bare_name_without_parenthetical_or_filler() -> None:
    network = Network(**{"/api/query": [atom("feed_lfm2_search.xml")]})
    arxiv, s2 = network.clients()
    async with Resolver([], arxiv=arxiv, s2=s2) as resolver:
        result = await resolver.resolve("the LFM2 (Liquid Foundation Models 2) paper")
    assert network.requests[0].url.params["search_query"] == 'ti:"LFM2"'
    assert result.meta is not None and result.meta.arxiv_id == "2511.23404"
