"""The gold corpus is internally consistent and matches the transcripts it annotates.

Checks every `tests/gold/*.gold.json` (and `tests/gold/seeds/*.gold.json` when the seeds are present):
schema, turn indices inside the episode, spans sorted and non-overlapping across papers, segments
agreeing with spans, and the turn count agreeing with an independent count (a local regex for
txt/md, `tui.core.ingest.load_file` once it exists). Also that rendered episodes are up to date with
their sources and that the demo catalog covers every demo paper.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.gold import build_gold
from tests.gold.goldlib import NON_PAPER_LABELS, REPO, VERDICTS, GoldFile, gold_files, parse_number

ALL = gold_files()
PAPER_KEYS = {"name", "aliases", "arxiv_id", "spans", "claim_turns", "numbers", "pushback_turns", "verdict"}
ARXIV_ID = re.compile(r"^\d{4}\.\d{4,5}$")


def _id(gold: GoldFile) -> str:
    return f"{gold.path.parent.name}/{gold.path.name}"


def _episode_or_skip(gold: GoldFile) -> Path:
    path = gold.episode_path
    if not path.is_file():
        if gold.is_seed:
            pytest.skip(f"seed transcript {gold.data['episode']} is not present (CI clones the repo alone)")
        pytest.fail(f"{_id(gold)}: episode {gold.data['episode']} does not exist")
    return path


def _turn_count(gold: GoldFile) -> int:
    """Turns declared by the gold file, or at least one past the largest index it uses."""
    if "turn_count" in gold.data:
        return gold.data["turn_count"]
    return max(s["last_turn"] for s in gold.data["segments"]) + 1


# --------------------------------------------------------------------------------------- schema


@pytest.mark.parametrize("gold", ALL, ids=_id)
def test_schema(gold: GoldFile) -> None:
    data = gold.data
    assert isinstance(data["episode"], str) and data["episode"]
    assert isinstance(data["not_papers"], list) and all(isinstance(n, str) for n in data["not_papers"])
    assert data["papers"], "an episode discusses at least one paper"
    names = [p["name"] for p in data["papers"]]
    assert len(names) == len(set(names)), "paper names are unique"
    for paper in data["papers"]:
        assert set(paper) == PAPER_KEYS, f"{paper['name']}: keys {sorted(set(paper) ^ PAPER_KEYS)}"
        assert paper["arxiv_id"] is None or ARXIV_ID.match(paper["arxiv_id"]), paper["arxiv_id"]
        assert paper["verdict"] is None or paper["verdict"] in VERDICTS, paper["verdict"]
        for number in paper["numbers"]:
            parse_number(number)  # raises on a malformed expression
        assert paper["claim_turns"] == sorted(set(paper["claim_turns"]))
        assert paper["pushback_turns"] == sorted(set(paper["pushback_turns"]))


@pytest.mark.parametrize("gold", ALL, ids=_id)
def test_indices_within_episode(gold: GoldFile) -> None:
    count = _turn_count(gold)
    for paper in gold.data["papers"]:
        for first, last in paper["spans"]:
            assert 0 <= first <= last < count, f"{paper['name']}: span {[first, last]} outside 0..{count - 1}"
        for turn in paper["claim_turns"] + paper["pushback_turns"]:
            assert 0 <= turn < count, f"{paper['name']}: turn {turn} outside 0..{count - 1}"


@pytest.mark.parametrize("gold", ALL, ids=_id)
def test_spans_sorted_and_disjoint_across_papers(gold: GoldFile) -> None:
    spans = sorted((first, last, p["name"]) for p in gold.data["papers"] for first, last in p["spans"])
    for paper in gold.data["papers"]:
        assert paper["spans"] == sorted(paper["spans"]), f"{paper['name']}: spans not sorted"
    for (a_first, a_last, a_name), (b_first, _, b_name) in zip(spans, spans[1:]):
        assert a_last < b_first, f"{a_name} {[a_first, a_last]} overlaps {b_name} starting at {b_first}"


@pytest.mark.parametrize("gold", ALL, ids=_id)
def test_segments_tile_the_episode_and_agree_with_spans(gold: GoldFile) -> None:
    segments = gold.data["segments"]
    names = {p["name"] for p in gold.data["papers"]}
    assert segments[0]["first_turn"] == 0
    assert segments[-1]["last_turn"] == _turn_count(gold) - 1
    for before, after in zip(segments, segments[1:]):
        assert before["last_turn"] + 1 == after["first_turn"], f"gap or overlap at turn {after['first_turn']}"
        assert before["label"] != after["label"], f"two {after['label']} segments in a row"
    for segment in segments:
        assert segment["label"] in names | NON_PAPER_LABELS, segment["label"]
    for paper in gold.data["papers"]:
        from_segments = [[s["first_turn"], s["last_turn"]] for s in segments if s["label"] == paper["name"]]
        assert paper["spans"] == from_segments, paper["name"]


@pytest.mark.parametrize("gold", ALL, ids=_id)
def test_claims_sit_inside_their_paper(gold: GoldFile) -> None:
    for paper in gold.data["papers"]:
        inside = {t for first, last in paper["spans"] for t in range(first, last + 1)}
        outside = [t for t in paper["claim_turns"] if t not in inside]
        assert not outside, f"{paper['name']}: claim turns {outside} are outside its spans"


@pytest.mark.parametrize("gold", ALL, ids=_id)
def test_not_papers_are_not_paper_names(gold: GoldFile) -> None:
    known = {n.casefold() for p in gold.data["papers"] for n in [p["name"], *p["aliases"]]}
    clashes = [n for n in gold.data["not_papers"] if n.casefold() in known]
    assert not clashes


# ------------------------------------------------------------------------------- the transcripts

_TXT_SPEAKER = re.compile(r"^\s*(?:\[[\d:.]+\]\s*)?([A-Za-z][\w .'-]{0,40}?)\s*:\s", re.MULTILINE)
_MD_SPEAKER = re.compile(r"^\*\*([^*]{1,40}?):\*\*", re.MULTILINE)
PSEUDO_SPEAKERS = {"break"}


def _local_speakers(path: Path) -> list[str] | None:
    """Speaker of each turn by a simple regex, for the line-based formats only."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".md":
        names = [m.group(1).strip() for m in _MD_SPEAKER.finditer(text)]
    elif path.suffix == ".txt":
        names = [m.group(1).strip() for m in _TXT_SPEAKER.finditer(text)]
    else:
        return None
    names = [n for n in names if n.casefold() not in PSEUDO_SPEAKERS]
    return [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]


@pytest.mark.parametrize("gold", ALL, ids=_id)
def test_turn_count_matches_local_count(gold: GoldFile) -> None:
    speakers = _local_speakers(_episode_or_skip(gold))
    if speakers is None:
        pytest.skip("no local counter for this format; see the ingest test")
    assert len(speakers) == _turn_count(gold)
    if "speakers" in gold.data:
        assert list(dict.fromkeys(speakers)) == gold.data["speakers"]


# Reader behaviour the gold deliberately exercises and the readers do not handle yet (owner: ingest).
KNOWN_READER_ISSUES: dict[str, str] = {}


def _with_known_issues(golds: list[GoldFile]) -> list:
    return [
        pytest.param(g, marks=pytest.mark.xfail(reason=KNOWN_READER_ISSUES[g.path.name], strict=False))
        if g.path.name in KNOWN_READER_ISSUES else g
        for g in golds
    ]


@pytest.mark.parametrize("gold", _with_known_issues(ALL), ids=_id)
def test_turn_count_matches_ingest(gold: GoldFile) -> None:
    ingest = pytest.importorskip("tui.core.ingest")
    if not hasattr(ingest, "load_file"):
        pytest.skip("tui.core.ingest.load_file does not exist yet")
    episode, problems = ingest.load_file(_episode_or_skip(gold))
    assert episode is not None, [p.describe() for p in problems]
    assert len(episode.turns) == _turn_count(gold), "turns per the reader vs the gold file"
    if "speakers" in gold.data:
        assert list(dict.fromkeys(t.speaker for t in episode.turns)) == gold.data["speakers"]


# ---------------------------------------------------------------------------- sources and catalog

SOURCES = sorted(build_gold.SRC_DIR.glob("*.ep"))


@pytest.mark.parametrize("source_path", SOURCES, ids=lambda p: p.name)
def test_rendered_files_are_up_to_date(source_path: Path) -> None:
    source = build_gold.parse_source(source_path)
    rendered = build_gold.RENDERERS[source.header["format"]](source)
    episode = REPO / source.header["output"]
    assert episode.read_text(encoding="utf-8") == rendered, "run tests/gold/build_gold.py"
    gold_path = build_gold.GOLD_DIR / f"{episode.stem}.gold.json"
    assert json.loads(gold_path.read_text(encoding="utf-8")) == build_gold.build_gold(source)


def test_demo_catalog_covers_every_demo_paper() -> None:
    from tui.core.models import PaperMeta

    catalog = json.loads((REPO / "data" / "papers.json").read_text(encoding="utf-8"))["papers"]
    metas = [PaperMeta.model_validate(record) for record in catalog]
    catalog_ids = {m.arxiv_id for m in metas}
    demo = [g for g in ALL if g.data["episode"].startswith("data/")]
    assert len(demo) >= 4
    wanted = {p["arxiv_id"] for g in demo for p in g.data["papers"]}
    assert wanted - catalog_ids == set(), "papers discussed in the demo but missing from data/papers.json"
    assert catalog_ids - wanted == set(), "catalog entries no demo episode discusses"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2.3x", (2.3, "x")), ("63%", (63.0, "%")), ("560 billion", (5.6e11, None)), ("27B", (2.7e10, None)),
     ("1,000", (1000.0, None)), ("six-class", (6.0, None)), ("4-bit", (4.0, "bit")), ("eleven", (11.0, None)),
     ("a third", (1 / 3, None)), ("two-thirds", (2 / 3, None)), ("three quarters", (0.75, None)),
     ("a tenth of the cost", (0.1, None)), ("half a million tokens", (5e5, None)), ("seventeen", (17.0, None)),
     ("twenty-five percent", (25.0, "%")), ("eighteen hundred", (1800.0, None)), ("a hundred", (100.0, None)),
     ("three hundred thousand", (3e5, None))],
)
def test_parse_number(text: str, expected: tuple[float, str | None]) -> None:
    assert parse_number(text) == expected


def test_parse_number_rejects_words_that_are_not_numbers() -> None:
    with pytest.raises(ValueError):
        parse_number("several")
