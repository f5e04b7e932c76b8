"""Matching detected names to catalog papers: tuned threshold, near-misses, ambiguity, ids in text."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.metadata.catalog import load_catalog
from tui.core.metadata.match import (
    CANDIDATE_THRESHOLD,
    MATCH_THRESHOLD,
    CatalogIndex,
    find_arxiv_ids,
    match_name,
    match_papers,
)
from tui.core.models import PaperDiscussion, PaperMeta

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "catalogs"
CATALOG, _ = load_catalog(FIXTURES / "match_catalog.papers.json")
INDEX = CatalogIndex(CATALOG)
PAIRS = json.loads((FIXTURES / "match_pairs.json").read_text())


def precision_recall(threshold: float) -> tuple[float, float, list[str]]:
    """Over the fixture pairs: a prediction is the applied match (status matched), never a candidate."""
    tp = fp = 0
    wrong: list[str] = []
    positives = PAIRS["positive"]
    for name, expected in positives + [[n, None] for n in PAIRS["negative"]]:
        result = match_name(name, INDEX, threshold=threshold)
        got = result.meta.arxiv_id if result.meta else None
        if got is not None and got == expected:
            tp += 1
        elif got is not None:
            fp += 1
        if got != expected:
            wrong.append(f"{name!r}: expected {expected}, got {got} ({result.status}, {result.score:.1f})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    return precision, tp / len(positives), wrong


def test_precision_and_recall_at_the_chosen_threshold() -> None:
    precision, recall, wrong = precision_recall(MATCH_THRESHOLD)
    assert precision == 1.0, wrong
    assert recall >= 0.95, wrong


def test_a_lower_threshold_would_let_near_misses_through() -> None:
    """The threshold is not arbitrary: at the candidate floor, variants and generic phrases get applied."""
    precision, _, _ = precision_recall(CANDIDATE_THRESHOLD)
    assert precision < 1.0


def test_near_miss_variants_are_candidates_never_matches() -> None:
    only_v2 = [m for m in CATALOG if m.arxiv_id == "2512.10932"]
    result = match_name("BabyVLM", only_v2)
    assert result.status == "ambiguous" and result.meta is None
    assert result.best is not None and result.best.reason == "near-miss"
    only_vl = [m for m in CATALOG if m.arxiv_id == "9901.00001"]
    assert match_name("LFM2", only_vl).meta is None


def test_two_papers_sharing_an_alias_are_ambiguous() -> None:
    twins = [PaperMeta(title="Alpha Paper", aliases=["Twin"]), PaperMeta(title="Beta Paper", aliases=["Twin"])]
    result = match_name("Twin", twins)
    assert result.status == "ambiguous"
    assert {c.meta.title for c in result.candidates} == {"Alpha Paper", "Beta Paper"}


def test_baselines_match_nothing() -> None:
    for name in ("GPT-4", "GPT-4o", "Llama 3", "CLIP"):
        assert match_name(name, INDEX).status == "unmatched", name


def test_an_arxiv_id_in_the_text_wins_over_names() -> None:
    result = match_name("that LFM2 one, arxiv.org/abs/2512.08829v2", INDEX)
    assert result.meta is not None and result.meta.arxiv_id == "2512.08829"
    assert result.best is not None and result.best.reason == "arxiv-id"


def test_find_arxiv_ids_needs_context_for_bare_numbers() -> None:
    text = "See arXiv:2512.08829, https://arxiv.org/pdf/2511.00279v3 and arxiv 2511.23404; it cost 1234.5678 dollars."
    assert find_arxiv_ids(text) == ["2512.08829", "2511.00279", "2511.23404"]
    assert find_arxiv_ids("old style arXiv:cond-mat/0207270v1") == ["cond-mat/0207270"]


def test_match_papers_takes_discussions_with_aliases_and_ids() -> None:
    discussion = PaperDiscussion(key="name:mma", name="modality conflict benchmark", aliases=["MMA-Bench"])
    with_id = PaperDiscussion(key="arxiv:2511.21760", name="whatever", arxiv_id="2511.21760")
    results = match_papers([discussion, with_id, "TriDF"], CATALOG)
    assert [r.meta.arxiv_id if r.meta else None for r in results] == ["2511.22826", "2511.21760", "2512.10652"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(CATALOG))
def test_every_title_matches_its_own_paper(meta: PaperMeta) -> None:
    result = match_name(meta.title, INDEX)
    assert result.meta == meta


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_result_and_never_raises(name: str) -> None:
    result = match_name(name, INDEX)
    assert result.status in ("matched", "ambiguous", "unmatched")
    assert all(CANDIDATE_THRESHOLD <= c.score <= 100 for c in result.candidates)


def test_held_out_pairs_on_the_demo_catalog() -> None:
    """Pairs written after tuning, against the demo catalog: the threshold generalises beyond its fixtures."""
    from tui.core.paths import demo_library_dir

    demo = demo_library_dir() / "papers.json"
    if not demo.is_file():  # pragma: no cover - the demo catalog ships with the repo
        import pytest

        pytest.skip("demo catalog not present")
    catalog, _ = load_catalog(demo)
    index = CatalogIndex(catalog)
    pairs = json.loads((FIXTURES / "demo_holdout_pairs.json").read_text())
    wrong = [n for n, expected in pairs["positive"] if (match_name(n, index).meta or PaperMeta(title="-")).arxiv_id != expected]
    applied = [n for n in pairs["negative"] if match_name(n, index).meta is not None]
    assert wrong == [] and applied == []
