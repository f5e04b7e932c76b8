"""The held-out gold set passes the same checks as the main corpus, plus a few of its own.

Reuses the checks of `tests/gold/test_gold_files.py` (schema, indices, spans, segments, claims inside
spans, turn counts by a local regex and by `tui.core.ingest.load_file`) on `tests/gold/heldout/`, and
adds: rendered files up to date with their sources, the catalog matching the papers, episode sizes in
the range the brief asks for, numbers that sit in claim turns and appear in the text, and no text
lifted from the shared seeds.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.gold import test_gold_files as checks
from tests.gold.goldlib import REPO, gold_files_in
from tests.gold.heldout import build

HELDOUT_DIR = Path(__file__).resolve().parent
HELDOUT = gold_files_in(HELDOUT_DIR)
SOURCES = build.sources()
CATALOG = HELDOUT_DIR / "catalog.papers.json"
SEEDS_DIR = REPO.parent / "shared" / "seeds"


def _id(gold) -> str:
    return gold.path.name


def test_there_are_eight_episodes_in_four_formats() -> None:
    assert len(HELDOUT) == len(SOURCES) == 8
    formats = sorted(g.data["format"] for g in HELDOUT)
    assert formats == ["md", "pairs", "srt", "txt", "txt", "txt", "txt", "txt"]


@pytest.mark.parametrize(
    "check",
    [checks.test_schema, checks.test_indices_within_episode, checks.test_spans_sorted_and_disjoint_across_papers,
     checks.test_segments_tile_the_episode_and_agree_with_spans, checks.test_claims_sit_inside_their_paper,
     checks.test_not_papers_are_not_paper_names, checks.test_turn_count_matches_local_count,
     checks.test_turn_count_matches_ingest],
    ids=lambda f: f.__name__.removeprefix("test_"),
)
@pytest.mark.parametrize("gold", HELDOUT, ids=_id)
def test_main_corpus_checks(check, gold) -> None:
    check(gold)


@pytest.mark.parametrize("source_path", SOURCES, ids=lambda p: p.name)
def test_rendered_files_are_up_to_date(source_path: Path) -> None:
    assert build.stale(source_path) == [], "run tests/gold/heldout/build.py"


@pytest.mark.parametrize("gold", HELDOUT, ids=_id)
def test_episode_size_is_like_the_real_shows(gold) -> None:
    assert 60 <= gold.data["turn_count"] <= 120
    assert 3 <= len(gold.data["papers"]) <= 6
    assert len(gold.data["speakers"]) in (2, 3)


def test_catalog_lists_exactly_the_papers_with_ids() -> None:
    from tui.core.models import PaperMeta

    records = json.loads(CATALOG.read_text(encoding="utf-8"))["papers"]
    metas = [PaperMeta.model_validate(r) for r in records]
    in_catalog = [m.arxiv_id for m in metas]
    assert len(in_catalog) == len(set(in_catalog)), "duplicate catalog entries"
    discussed = {p["arxiv_id"] for g in HELDOUT for p in g.data["papers"] if p["arxiv_id"]}
    assert set(in_catalog) == discussed


def test_catalog_is_not_read_as_a_transcript() -> None:
    from tui.core.ingest import is_catalog_file

    assert is_catalog_file(CATALOG)


_NUMERAL = re.compile(r"^(\d[\d.,]*|[A-Za-z]+)")


@pytest.mark.parametrize("source_path", SOURCES, ids=lambda p: p.name)
def test_numbers_sit_in_claim_turns_and_are_spoken(source_path: Path) -> None:
    source = build.build_gold.parse_source(source_path)
    for index, turn in enumerate(source.turns):
        for paper, numbers in turn.numbers.items():
            assert paper in turn.claims, f"turn {index}: numbers for {paper} but no claim annotation"
            for number in numbers:
                head = _NUMERAL.match(number).group(1).lower()
                words = re.findall(r"[\w.,]+", turn.text.lower())
                assert any(w.rstrip(".,").startswith(head) for w in words), f"turn {index}: {number!r} not in text"


@pytest.mark.parametrize("gold", HELDOUT, ids=_id)
def test_every_paper_is_called_by_its_name_or_an_alias(gold) -> None:
    source = build.build_gold.parse_source(build.SRC_DIR / f"{gold.path.name.removesuffix('.gold.json')}.ep")
    for paper in gold.data["papers"]:
        said = " ".join(source.turns[t].text for a, b in paper["spans"] for t in range(a, b + 1)).casefold()
        names = [paper["name"], *paper["aliases"]]
        assert any(n.casefold().removeprefix("the ") in said for n in names), paper["name"]


def _shingles(text: str, size: int = 7) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.casefold())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def test_no_text_is_lifted_from_the_seeds() -> None:
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    if not seeds:
        pytest.skip("the shared seeds are not present")
    seed_shingles = set().union(*(_shingles(p.read_text(encoding="utf-8")) for p in seeds))
    for source_path in SOURCES:
        source = build.build_gold.parse_source(source_path)
        shared = _shingles(" ".join(t.text for t in source.turns)) & seed_shingles
        assert not shared, f"{source_path.name} repeats seed wording: {[' '.join(s) for s in sorted(shared)[:3]]}"
