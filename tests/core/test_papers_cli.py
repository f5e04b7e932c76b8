"""`papertui papers lookup|resolve|choose` end to end: demo library offline, a local server, the store cache."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.httpserver import Reply, ScriptedServer
from tui.cli import main
from tui.core.metadata.cache import encode_papers, read_papers
from tui.core.metadata.ratelimit import reset_gates
from tui.core.metadata.resolver import Resolver
from tui.core.models import PaperMeta
from tui.core.paths import demo_library_dir
from tui.core.store import Store

FIX = Path(__file__).resolve().parents[1] / "fixtures"
EPISODE = """Ana: Welcome back. Two papers today. First up is InfinitVL, a vision-language model with linear attention. \
The headline is flat memory for any input length.

Ben: InfinitVL says it needs under 2% of the usual training data. I doubt that holds on documents.

Ana: Fair. The InfinitVL paper reports strong OCR numbers, but only on their own split.

Ben: Research only, for now.

Ana: Next paper is LFM2, the Liquid small model report. LFM2 claims 2x faster decoding on a phone CPU.

Ben: LFM2 is interesting because they ship the weights. I would try LFM2 for on-device work.

Ana: So LFM2 could be deploy-ready. That's the show.
"""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reset_gates()
    monkeypatch.setenv("PAPERTUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PAPERTUI_ARXIV_URL", "http://127.0.0.1:9/api/")  # discard port: nothing answers
    monkeypatch.setenv("PAPERTUI_S2_URL", "http://127.0.0.1:9/graph/v1/")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        monkeypatch.setenv("PAPERTUI_ARXIV_URL", f"{running.url}/api/")
        monkeypatch.setenv("PAPERTUI_S2_URL", f"{running.url}/graph/v1/")
        yield running


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def test_resolve_matches_every_demo_paper_offline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_json(capsys, "papers", "resolve", str(demo_library_dir()), "--offline", "--json")
    assert code == 0
    summary = out["summary"]
    assert summary["papers"] >= 10 and summary["matched"] == summary["papers"]
    assert summary["ambiguous"] == summary["unmatched"] == 0
    catalog_ids = {p["arxiv_id"] for p in json.loads((demo_library_dir() / "papers.json").read_text())["papers"]}
    for paper in out["papers"]:
        assert paper["origin"] == "local" and paper["paper"]["arxiv_id"] in catalog_ids
        assert paper["score"] >= 90


def test_resolve_text_output_lists_scores_and_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["papers", "resolve", str(demo_library_dir() / "episodes"), "--papers",
                 str(demo_library_dir() / "papers.json"), "--offline"]) == 0
    out = capsys.readouterr().out
    assert "matched    " in out and "unmatched" in out.splitlines()[-1]
    assert "0 ambiguous, 0 unmatched" in out


def test_resolve_uses_a_catalog_inside_the_library_and_reports_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "show.txt").write_text(EPISODE)
    (library / "refs.bib").write_text((FIX / "catalogs" / "zotero_export.bib").read_text())
    catalog = json.loads((FIX / "catalogs" / "match_catalog.papers.json").read_text())
    (library / "papers.json").write_text(json.dumps({"papers": catalog["papers"][:1]}))  # InfiniteVL only
    code, out, err = run_json(capsys, "papers", "resolve", str(library), "--offline", "--json")
    by_name = {p["name"]: p for p in out["papers"]}
    infinite = next(p for name, p in by_name.items() if "infinit" in name.lower())
    assert infinite["status"] == "matched" and infinite["paper"]["arxiv_id"] == "2512.08829"
    lfm2 = by_name.get("LFM2")
    assert lfm2 is not None and lfm2["status"] == "unmatched"
    assert code == 1  # the .bib fixture has one malformed entry
    assert "refs.bib:" in err and "malformed entry" in err


def test_lookup_fetches_from_arxiv_once_then_from_the_store_cache(
    server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.script("/api/query", Reply(200, (FIX / "arxiv" / "feed_infinitevl.xml").read_bytes()))
    code, first, _ = run_json(capsys, "papers", "lookup", "arXiv:2512.08829", "--json")
    assert code == 0 and first["origin"] == "arxiv"
    assert first["paper"]["title"].startswith("InfiniteVL")
    code, second, _ = run_json(capsys, "papers", "lookup", "https://arxiv.org/abs/2512.08829v2", "--json")
    assert code == 0 and second["origin"] == "cache" and second["paper"] == first["paper"]
    assert server.paths() == ["/api/query"]
    assert server.log[0].headers["User-Agent"].startswith("papertui/")


def test_lookup_title_search_on_arxiv(server: ScriptedServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.script("/api/query", Reply(200, (FIX / "arxiv" / "feed_lfm2_search.xml").read_bytes()))
    code, out, _ = run_json(capsys, "papers", "lookup", "LFM2", "--source", "arxiv", "--json")
    assert code == 0 and out["status"] == "matched" and out["paper"]["arxiv_id"] == "2511.23404"
    assert server.log[0].query["search_query"] == ['ti:"LFM2"']
    assert [c["arxiv_id"] for c in out["candidates"]] == ["2511.23404", "9901.00001"]


def test_offline_lookup_never_touches_the_network(server: ScriptedServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_json(capsys, "papers", "lookup", "Some Unknown Paper", "--offline", "--json")
    assert code == 1 and out["status"] == "unmatched"
    assert server.log == []


def test_unreachable_network_falls_back_offline_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_json(capsys, "papers", "lookup", "Some Unknown Paper", "--json")
    assert code == 1 and out["status"] == "unmatched"
    assert any("network unreachable" in m for m in out["messages"])


def test_choose_is_remembered_by_resolve(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "show.txt").write_text(EPISODE)
    catalog = json.loads((FIX / "catalogs" / "match_catalog.papers.json").read_text())["papers"]
    (library / "papers.json").write_text(json.dumps([p for p in catalog if p["arxiv_id"] != "2511.23404"]))
    assert main(["papers", "choose", "LFM2", "9901.00001"]) == 0
    capsys.readouterr()
    _, out, _ = run_json(capsys, "papers", "resolve", str(library), "--offline", "--json")
    lfm2 = next(p for p in out["papers"] if p["name"] == "LFM2")
    assert lfm2["status"] == "matched" and lfm2["origin"] == "choice" and lfm2["paper"]["arxiv_id"] == "9901.00001"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["papers", "choose", "LFM2", "not-an-id"]) == 2
    assert main(["papers", "resolve", "/no/such/folder", "--offline"]) == 2
    assert main(["papers", "lookup", "x", "--source", "google"]) == 2


async def test_resolver_with_a_real_store_as_cache(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    try:
        meta = PaperMeta(arxiv_id="2511.23404", title="LFM2 Technical Report", source="arxiv")
        store.cache_put("arxiv.title", "lfm2", encode_papers([meta]))
        cached = read_papers(store, "arxiv.title", "lfm2")
        assert cached is not None and cached.papers == [meta]
        async with Resolver([], store, offline=True) as resolver:
            result = await resolver.resolve("LFM2")
        assert result.status == "matched" and result.origin == "cache" and result.meta == meta
        async with Resolver([], store, ttl=1.0, clock=lambda: cached.fetched_at + 10) as resolver:
            resolver.offline = True  # stale, but offline: still the best answer
            assert (await resolver.resolve("LFM2")).meta == meta
    finally:
        store.close()
