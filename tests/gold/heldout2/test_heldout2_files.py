"""The second held-out gold set passes the same checks as the main corpus and the first held-out set.

Reuses the checks of `tests/gold/test_gold_files.py` (schema, indices, spans, segments, claims inside
spans, turn counts by a local regex and by `tui.core.ingest.load_file`) on this folder, and adds the
first held-out set's own checks (rendered files up to date, catalog matching the papers, sizes, numbers
spoken in claim turns, names said, nothing lifted from the seeds), plus the shape this set promises:
the seed show's formats and hosts, a revisited paper, an unnamed paper and an unclear verdict per episode.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.gold import test_gold_files as checks
from tests.gold.goldlib import REPO, gold_files_in
from tests.gold.heldout2 import build

HELDOUT_DIR = Path(__file__).resolve().parent
HELDOUT = gold_files_in(HELDOUT_DIR)
SOURCES = build.sources()
CATALOG = HELDOUT_DIR / "catalog.papers.json"
SEEDS_DIR = REPO.parent / "shared" / "seeds"


def _id(gold) -> str:
    return gold.path.name


def _source(gold) -> build.build_gold.Source:
    return build.build_gold.parse_source(build.SRC_DIR / f"{gold.path.name.removesuffix('.gold.json')}.ep")


def _catalog() -> dict[str, dict]:
    return {r["arxiv_id"]: r for r in json.loads(CATALOG.read_text(encoding="utf-8"))["papers"]}


def test_there_are_eight_episodes_in_the_seed_formats() -> None:
    assert len(HELDOUT) == len(SOURCES) == 8
    formats = sorted(g.data["format"] for g in HELDOUT)
    assert formats == ["md", "txt", "txt", "txt", "txt", "txt", "txt", "vtt"]


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
    assert build.stale(source_path) == [], "run tests/gold/heldout2/build.py"


@pytest.mark.parametrize("gold", HELDOUT, ids=_id)
def test_episode_size_and_hosts_are_like_the_seeds(gold) -> None:
    assert 40 <= gold.data["turn_count"] <= 120
    assert 3 <= len(gold.data["papers"]) <= 5
    assert len(gold.data["speakers"]) == 2


@pytest.mark.parametrize("gold", HELDOUT, ids=_id)
def test_each_episode_has_the_promised_hard_cases(gold) -> None:
    papers = gold.data["papers"]
    assert any(len(p["spans"]) >= 2 for p in papers), "a paper revisited after another one"
    assert any(p["name"].endswith(" paper") for p in papers), "a paper only ever described"
    assert 1 <= sum(p["verdict"] is None for p in papers) <= 2, "one or two papers the hosts leave unclear"
    assert gold.data["segments"][-1]["label"] == "wrap-up", "a closing round of judgements"
    assert len(gold.data["not_papers"]) >= 25, "heavy name-dropping"


def test_catalog_lists_exactly_the_papers_with_their_titles() -> None:
    from tui.core.models import PaperMeta

    records = json.loads(CATALOG.read_text(encoding="utf-8"))["papers"]
    metas = [PaperMeta.model_validate(r) for r in records]
    ids = [m.arxiv_id for m in metas]
    assert len(ids) == len(set(ids)), "duplicate catalog entries"
    catalog = _catalog()
    papers = [p for g in HELDOUT for p in g.data["papers"]]
    assert all(p["arxiv_id"] for p in papers), "every paper here has a known arXiv id"
    assert set(ids) == {p["arxiv_id"] for p in papers}
    for paper in papers:
        assert paper["aliases"][0] == catalog[paper["arxiv_id"]]["title"], paper["name"]


def test_catalog_is_not_read_as_a_transcript() -> None:
    from tui.core.ingest import is_catalog_file

    assert is_catalog_file(CATALOG)


@pytest.mark.parametrize("gold", HELDOUT, ids=_id)
def test_described_papers_are_never_called_by_their_catalog_name(gold) -> None:
    """An unnamed paper stays unnamed: its real short name is only said if the gold lists it as an alias."""
    said = " ".join(t.text for t in _source(gold).turns).casefold()
    catalog = _catalog()
    for paper in gold.data["papers"]:
        if not paper["name"].endswith(" paper"):
            continue
        allowed = {a.casefold() for a in paper["aliases"]}
        spoken = [a for a in catalog[paper["arxiv_id"]]["aliases"] if a.casefold() in said and a.casefold() not in allowed]
        assert not spoken, f"{paper['name']}: transcript says {spoken}"


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
    source = _source(gold)
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


def test_no_text_is_shared_with_the_first_held_out_set() -> None:
    """The two held-out sets are independent yardsticks, so they share no wording either."""
    from tests.gold.heldout import build as first

    theirs = set().union(*(_shingles(" ".join(t.text for t in first.build_gold.parse_source(p).turns))
                           for p in first.sources()))
    for source_path in SOURCES:
        ours = _shingles(" ".join(t.text for t in build.build_gold.parse_source(source_path).turns))
        assert not ours & theirs, f"{source_path.name} repeats wording from tests/gold/heldout"
