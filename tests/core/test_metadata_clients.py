"""arXiv and Semantic Scholar clients against httpx.MockTransport: parsing, retries, headers, errors."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tui.core.metadata.arxiv import ArxivApiError, ArxivClient, arxiv_settings, parse_feed, safe_xml, title_phrase
from tui.core.metadata.fetch import BadResponse, FetchTimeout, HttpStatusError, NetworkUnreachable, RateLimited
from tui.core.metadata.ratelimit import reset_gates
from tui.core.metadata.semanticscholar import S2Client, merge_meta, paper_from_s2, s2_settings

FIX = Path(__file__).resolve().parents[1] / "fixtures"
ATOM = FIX / "arxiv"


@pytest.fixture(autouse=True)
def _fresh_gates() -> None:
    reset_gates()


class Recorder:
    """A MockTransport handler playing replies in order and keeping the requests; a fake sleep that logs."""

    def __init__(self, *replies: httpx.Response | Exception) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def arxiv(recorder: Recorder, **overrides: object) -> ArxivClient:
    settings = arxiv_settings(base_url="http://arxiv.test/api/", interval=0.0, **overrides)
    return ArxivClient(settings, transport=httpx.MockTransport(recorder), sleep=recorder.sleep)


def atom(name: str, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=(ATOM / name).read_bytes(), headers=headers)


# ------------------------------------------------------------------------------------------- parsing


def test_current_feed_parses_entry_and_opensearch_totals() -> None:
    feed = parse_feed((ATOM / "feed_infinitevl.xml").read_bytes())
    assert not isinstance(feed, ArxivApiError)
    assert (feed.total_results, feed.start_index, feed.items_per_page) == (1, 0, 1)
    [meta] = feed.entries
    assert meta.arxiv_id == "2512.08829" and meta.year == 2025 and meta.source == "arxiv"
    assert meta.authors == ["Fixture Author One", "Zoë Fixture-Müller"]
    assert meta.url == "https://arxiv.org/abs/2512.08829"


def test_classic_feed_with_wrapped_text_and_local_namespaces() -> None:
    feed = parse_feed((ATOM / "classic_wrapped.xml").read_bytes())
    assert not isinstance(feed, ArxivApiError)
    [meta] = feed.entries
    assert meta.arxiv_id == "cond-mat/0207270"
    assert meta.title == "A Fixture Title That the Old Feed Wrapped Across Two Lines"
    assert meta.abstract.startswith("The classic feed indented") and "\n" not in meta.abstract
    assert meta.authors == ["Old Style Author"]
    assert meta.doi == "10.0000/fixture.classic" and meta.venue == "Fixture Rev. B 1, 2 (2003)"
    assert feed.total_results == 1


def test_empty_feed_is_empty_not_an_error() -> None:
    feed = parse_feed((ATOM / "feed_empty.xml").read_bytes())
    assert not isinstance(feed, ArxivApiError)
    assert feed.entries == [] and feed.total_results == 0


def test_error_entry_becomes_an_api_error_with_arxivs_message() -> None:
    error = parse_feed((ATOM / "error_bad_id.xml").read_bytes())
    assert isinstance(error, ArxivApiError)
    assert "incorrect id format for notanid" in str(error)


@pytest.mark.parametrize(
    ("name", "needle"),
    [("entity_expansion.xml", "DOCTYPE or ENTITY"), ("malformed.xml", "malformed XML")],
)
def test_hostile_or_broken_xml_is_refused(name: str, needle: str) -> None:
    with pytest.raises(BadResponse, match=needle):
        parse_feed((ATOM / name).read_bytes())


def test_xml_size_cap_and_encoding_are_checked_before_parsing() -> None:
    with pytest.raises(BadResponse, match="larger than"):
        safe_xml(b"<a>" + b"x" * 2000 + b"</a>", max_bytes=1000)
    with pytest.raises(BadResponse, match="not UTF-8"):
        safe_xml("<a>é</a>".encode("latin-1"))
    with pytest.raises(BadResponse, match="DOCTYPE"):
        safe_xml(b'<?xml version="1.0"?>\n<!doctype a SYSTEM "file:///etc/passwd"><a/>')


def test_title_phrase_drops_query_syntax() -> None:
    assert title_phrase('InfiniteVL: "Synergizing" (Linear)') == "InfiniteVL Synergizing Linear"


# ----------------------------------------------------------------------------------- arXiv requests


async def test_id_lookup_sends_id_list_and_a_clear_user_agent() -> None:
    recorder = Recorder(atom("feed_infinitevl.xml"))
    async with arxiv(recorder, user_agent="papertui-test/1 (mailto:test@example.org)") as client:
        feed = await client.by_ids(["arXiv:2512.08829v2"])
    assert [m.arxiv_id for m in feed.entries] == ["2512.08829"]
    [request] = recorder.requests
    assert request.url.params["id_list"] == "2512.08829"
    assert request.headers["user-agent"] == "papertui-test/1 (mailto:test@example.org)"


def test_default_user_agent_names_the_app_and_a_contact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERTUI_USER_AGENT", raising=False)
    agent = arxiv_settings().user_agent
    assert agent.startswith("papertui/") and "mailto:" in agent and "https://" in agent


async def test_title_search_quotes_the_phrase() -> None:
    recorder = Recorder(atom("feed_lfm2_search.xml"))
    async with arxiv(recorder) as client:
        feed = await client.search_title("LFM2: report")
    assert recorder.requests[0].url.params["search_query"] == 'ti:"LFM2 report"'
    assert "%22" in str(recorder.requests[0].url) or "%22" in recorder.requests[0].url.query.decode()
    assert [m.arxiv_id for m in feed.entries] == ["9901.00001", "2511.23404"]


async def test_http_400_error_entry_raises_without_retrying() -> None:
    recorder = Recorder(atom("error_bad_id.xml", 400))
    async with arxiv(recorder) as client:
        with pytest.raises(ArxivApiError, match="incorrect id format") as caught:
            await client.by_ids(["notanid"])
    assert caught.value.status == 400
    assert len(recorder.requests) == 1


async def test_429_waits_the_retry_after_then_succeeds() -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "7"}), atom("feed_infinitevl.xml"))
    async with arxiv(recorder) as client:
        feed = await client.by_ids(["2512.08829"])
    assert len(feed.entries) == 1
    assert recorder.sleeps == [7.0]


async def test_503_without_retry_after_backs_off_exponentially_then_gives_up() -> None:
    recorder = Recorder(*[httpx.Response(503) for _ in range(4)])
    async with arxiv(recorder, retries=3, backoff=1.0) as client:
        with pytest.raises(RateLimited, match="HTTP 503"):
            await client.by_ids(["2512.08829"])
    assert len(recorder.requests) == 4
    assert len(recorder.sleeps) == 3
    for waited, base in zip(recorder.sleeps, (1.0, 2.0, 4.0)):
        assert base <= waited <= base * 1.25  # doubling, plus up to 25% jitter


async def test_a_retry_after_beyond_the_cap_fails_fast_instead_of_waiting() -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "3600"}))
    async with arxiv(recorder, max_wait=60.0) as client:
        with pytest.raises(RateLimited, match="3600"):
            await client.by_ids(["2512.08829"])
    assert recorder.sleeps == []


async def test_read_timeouts_are_retried() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"), atom("feed_infinitevl.xml"))
    async with arxiv(recorder) as client:
        feed = await client.by_ids(["2512.08829"])
    assert len(feed.entries) == 1 and len(recorder.requests) == 2


async def test_timeouts_every_time_end_in_a_fetch_timeout() -> None:
    recorder = Recorder(*[httpx.ReadTimeout("slow") for _ in range(3)])
    async with arxiv(recorder, retries=2) as client:
        with pytest.raises(FetchTimeout, match="did not answer"):
            await client.by_ids(["2512.08829"])


async def test_connection_refused_is_network_unreachable_at_once() -> None:
    recorder = Recorder(httpx.ConnectError("connection refused"))
    async with arxiv(recorder) as client:
        with pytest.raises(NetworkUnreachable, match="cannot connect"):
            await client.by_ids(["2512.08829"])
    assert len(recorder.requests) == 1 and recorder.sleeps == []


async def test_other_statuses_fail_without_retry() -> None:
    recorder = Recorder(httpx.Response(500, text="boom"))
    async with arxiv(recorder) as client:
        with pytest.raises(HttpStatusError, match="HTTP 500"):
            await client.by_ids(["2512.08829"])
    assert len(recorder.requests) == 1


async def test_a_body_over_the_size_cap_is_refused() -> None:
    recorder = Recorder(httpx.Response(200, content=b"<feed>" + b" " * 5000 + b"</feed>"))
    async with arxiv(recorder, max_bytes=1000) as client:
        with pytest.raises(BadResponse, match="larger than 1000"):
            await client.by_ids(["2512.08829"])


# ---------------------------------------------------------------------------------- Semantic Scholar


def s2(recorder: Recorder) -> S2Client:
    settings = s2_settings(base_url="http://s2.test/graph/v1/", interval=0.0)
    return S2Client(settings, transport=httpx.MockTransport(recorder), sleep=recorder.sleep)


def json_reply(name: str, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=(FIX / "s2" / name).read_bytes(), headers=headers)


async def test_s2_title_match_reads_external_arxiv_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEMANTIC_SCHOLAR_API_KEY", "fixture-key")
    recorder = Recorder(json_reply("match_infinitevl.json"))
    async with s2(recorder) as client:
        meta = await client.match_title("InfiniteVL")
    assert meta is not None and meta.arxiv_id == "2512.08829" and meta.s2_id == "fixture0s2id0infinitevl"
    [request] = recorder.requests
    assert request.url.path == "/graph/v1/paper/search/match"
    assert request.headers["x-api-key"] == "fixture-key"
    assert "externalIds" in request.url.params["fields"]


async def test_s2_sends_no_key_header_without_the_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SEMANTIC_SCHOLAR_API_KEY", raising=False)
    recorder = Recorder(json_reply("not_found.json", 404))
    async with s2(recorder) as client:
        assert await client.match_title("Nothing Like This") is None
    assert "x-api-key" not in recorder.requests[0].headers


async def test_s2_search_backs_off_on_429_then_parses() -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "2"}), json_reply("search_speech.json"))
    async with s2(recorder) as client:
        papers = await client.search("speech quality")
    assert recorder.sleeps == [2.0]
    assert [p.arxiv_id for p in papers] == ["2512.08238", None]
    assert papers[1].doi == "10.0000/fixture.journal"


async def test_s2_invalid_json_is_a_bad_response() -> None:
    recorder = Recorder(httpx.Response(200, text="<html>maintenance</html>"))
    async with s2(recorder) as client:
        with pytest.raises(BadResponse, match="invalid JSON"):
            await client.search("x")


def test_merge_keeps_arxiv_fields_and_adds_s2_only_ones() -> None:
    arxiv_meta = parse_feed((ATOM / "feed_infinitevl.xml").read_bytes()).entries[0]  # type: ignore[union-attr]
    s2_meta = paper_from_s2(
        {"paperId": "abc", "title": "different casing", "venue": "CVPR", "externalIds": {"ArXiv": "2512.08829", "DOI": "10.1/x"}}
    )
    assert s2_meta is not None
    merged = merge_meta(arxiv_meta, s2_meta)
    assert merged.title == arxiv_meta.title and merged.authors == arxiv_meta.authors
    assert (merged.s2_id, merged.doi, merged.venue) == ("abc", "10.1/x", "CVPR")


def test_arxiv_org_always_gets_its_three_seconds() -> None:
    fast = arxiv_settings(base_url="https://export.arxiv.org/api/", interval=0.1)
    assert ArxivClient(fast).settings.interval == 3.0
    assert ArxivClient(arxiv_settings(base_url="http://127.0.0.1:1/api/", interval=0.1)).settings.interval == 0.1
