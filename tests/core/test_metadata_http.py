"""The clients against a real HTTP server on 127.0.0.1: every response shape, retries, timeouts, spacing."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.httpserver import Reply, ScriptedServer
from tui.core.metadata.arxiv import ArxivApiError, ArxivClient, arxiv_settings
from tui.core.metadata.fetch import BadResponse, FetchTimeout, NetworkUnreachable, RateLimited
from tui.core.metadata.ratelimit import reset_gates
from tui.core.metadata.semanticscholar import S2Client, s2_settings

FIX = Path(__file__).resolve().parents[1] / "fixtures"
INTERVAL = 0.2


def atom(name: str, status: int = 200, **kwargs: object) -> Reply:
    return Reply(status, (FIX / "arxiv" / name).read_bytes(), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    reset_gates()
    with ScriptedServer() as running:
        yield running


def client(server: ScriptedServer, **overrides: object) -> ArxivClient:
    settings = arxiv_settings(base_url=f"{server.url}/api/", interval=INTERVAL, backoff=0.05, **overrides)
    return ArxivClient(settings)


def gaps(server: ScriptedServer) -> list[float]:
    times = [seen.at for seen in server.log]
    return [b - a for a, b in zip(times, times[1:])]


async def test_success_and_the_request_the_server_saw(server: ScriptedServer) -> None:
    server.script("/api/query", atom("feed_infinitevl.xml"))
    async with client(server, user_agent="papertui-test (mailto:t@example.org)") as arxiv:
        feed = await arxiv.by_ids(["2512.08829v2"])
    assert [m.title.split(":")[0] for m in feed.entries] == ["InfiniteVL"]
    [seen] = server.log
    assert seen.query["id_list"] == ["2512.08829"]
    assert seen.headers["User-Agent"] == "papertui-test (mailto:t@example.org)"


async def test_empty_result(server: ScriptedServer) -> None:
    server.script("/api/query", atom("feed_empty.xml"))
    async with client(server) as arxiv:
        feed = await arxiv.by_ids(["0000.0000"])
    assert feed.entries == [] and feed.total_results == 0


async def test_http_400_error_entry(server: ScriptedServer) -> None:
    server.script("/api/query", atom("error_bad_id.xml", 400))
    async with client(server) as arxiv:
        with pytest.raises(ArxivApiError, match="incorrect id format for notanid"):
            await arxiv.by_ids(["notanid"])
    assert len(server.log) == 1


async def test_429_with_retry_after_then_success(server: ScriptedServer) -> None:
    server.script("/api/query", Reply(429, b"", {"Retry-After": "0.3"}), atom("feed_infinitevl.xml"))
    async with client(server) as arxiv:
        feed = await arxiv.by_ids(["2512.08829"])
    assert len(feed.entries) == 1
    assert len(server.log) == 2
    assert gaps(server)[0] >= 0.3  # the server's wish was honoured


async def test_503_is_retried_then_reported(server: ScriptedServer) -> None:
    server.script("/api/query", Reply(503), Reply(503), Reply(503))
    async with client(server, retries=2) as arxiv:
        with pytest.raises(RateLimited, match="HTTP 503"):
            await arxiv.by_ids(["2512.08829"])
    assert len(server.log) == 3
    assert all(gap >= INTERVAL for gap in gaps(server))


async def test_slow_response_past_the_timeout(server: ScriptedServer) -> None:
    server.script("/api/query", atom("feed_infinitevl.xml", delay=5.0))
    async with client(server, timeout=0.3, retries=0) as arxiv:
        with pytest.raises(FetchTimeout, match="did not answer within 0.3 s"):
            await arxiv.by_ids(["2512.08829"])


async def test_malformed_xml(server: ScriptedServer) -> None:
    server.script("/api/query", atom("malformed.xml"))
    async with client(server) as arxiv:
        with pytest.raises(BadResponse, match="malformed XML"):
            await arxiv.by_ids(["2512.08829"])


async def test_entity_expansion_document_is_refused(server: ScriptedServer) -> None:
    server.script("/api/query", atom("entity_expansion.xml"))
    async with client(server) as arxiv:
        with pytest.raises(BadResponse, match="ENTITY"):
            await arxiv.by_ids(["2512.08829"])


async def test_oversized_response_is_refused(server: ScriptedServer) -> None:
    server.script("/api/query", Reply(200, b"<feed>" + b" " * 20_000 + b"</feed>"))
    async with client(server, max_bytes=10_000) as arxiv:
        with pytest.raises(BadResponse, match="larger than"):
            await arxiv.by_ids(["2512.08829"])


async def test_concurrent_requests_are_spaced_and_serialised(server: ScriptedServer) -> None:
    """Four concurrent lookups from two clients: the server sees them one at a time, INTERVAL apart."""
    server.script("/api/query", *[atom("feed_infinitevl.xml") for _ in range(4)])
    async with client(server) as first, client(server) as second:
        await asyncio.gather(
            first.by_ids(["2512.08829"]),
            second.by_ids(["2512.08829"]),
            first.search_title("InfiniteVL"),
            second.search_title("InfiniteVL"),
        )
    assert len(server.log) == 4
    assert all(gap >= INTERVAL for gap in gaps(server)), gaps(server)


def test_spacing_holds_across_threads_and_event_loops(server: ScriptedServer) -> None:
    """The app's worker threads each run their own loop; the gate is still one per host."""
    server.script("/api/query", *[atom("feed_empty.xml") for _ in range(3)])

    def lookup() -> None:
        async def run() -> None:
            async with client(server) as arxiv:
                await arxiv.by_ids(["0000.0000"])

        asyncio.run(run())

    threads = [threading.Thread(target=lookup) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(server.log) == 3
    assert all(gap >= INTERVAL for gap in gaps(server)), gaps(server)


async def test_nothing_listening_is_network_unreachable() -> None:
    reset_gates()
    with ScriptedServer() as gone:
        base = f"{gone.url}/api/"
    settings = arxiv_settings(base_url=base, interval=0.0, connect_timeout=1.0)
    async with ArxivClient(settings) as arxiv:
        with pytest.raises(NetworkUnreachable):
            await arxiv.by_ids(["2512.08829"])


async def test_s2_match_and_429_against_the_server(server: ScriptedServer) -> None:
    body = (FIX / "s2" / "match_infinitevl.json").read_bytes()
    server.script(
        "/graph/v1/paper/search/match",
        Reply(429, b"{}", {"Retry-After": "0.2"}, content_type="application/json"),
        Reply(200, body, content_type="application/json"),
    )
    settings = s2_settings(base_url=f"{server.url}/graph/v1/", interval=0.05)
    async with S2Client(settings) as s2:
        meta = await s2.match_title("InfiniteVL")
    assert meta is not None and meta.arxiv_id == "2512.08829"
    assert server.paths() == ["/graph/v1/paper/search/match"] * 2
    assert gaps(server)[0] >= 0.2
