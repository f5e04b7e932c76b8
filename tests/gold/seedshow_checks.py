"""Checks shared by the held-out sets from heldout3 on: one definition, each folder's test file gives its
promises (formats, size, hosts, unclear papers, name-dropping, earlier sets) and gets the tests. heldout3 and
heldout4 are other shows (other hosts, a guest) with longer episodes; heldout5 on imitate the seed show.

Reuses the checks of `tests/gold/test_gold_files.py` (schema, indices, spans, segments, claims inside spans,
turn counts and speakers by a local regex and by `tui.core.ingest.load_file`), and adds: rendered files up to
date, the catalog matching the papers, the promised formats, the seed show's two hosts and its size, the hard
cases in every episode, numbers spoken in their claim turns, and no wording shared with the seeds, the main
corpus or the earlier held-out sets.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.gold import build_gold
from tests.gold import test_gold_files as checks
from tests.gold.goldlib import REPO, GoldFile
from tests.gold.heldout_build import HeldoutBuild

SEEDS_DIR = REPO.parent / "shared" / "seeds"
SEED_HOSTS = {"Chris", "Lily"}
VERDICT_WORDS = ("deploy-ready", "research-only", "skip")


@dataclass(frozen=True)
class SeedShowSet:
    folder: Path
    formats: tuple[str, ...]  # sorted formats of the episodes
    turns: tuple[int, int]  # allowed turn counts per episode
    earlier: tuple[str, ...]  # earlier held-out folders whose wording must not be shared
    revisited: bool = True  # every episode comes back to a paper after another one
    papers: tuple[int, int] = (4, 5)  # papers per episode
    hosts: frozenset[str] | None = frozenset(SEED_HOSTS)  # every episode's speakers; None: the set checks its own
    unclear: tuple[int, int] = (1, 1)  # papers per episode the hosts leave unclear
    min_not_papers: int = 15  # name-dropped baselines, datasets, companies and GPUs per episode
    judged_in_wrap_up: bool = True  # every clear paper is named in the closing round
    stage_directions: bool = True  # plain-text episodes carry the seeds' bracketed stage directions
    number_kinds: bool = True  # the numbers cover every kind the customer scores
    build: HeldoutBuild | None = None  # a set with its own renderers passes its builder


def _set_number(name: str) -> int | None:
    match = re.fullmatch(r"heldout(\d*)", name)
    return None if match is None else int(match.group(1) or 1)


def earlier_sets(folder: Path) -> tuple[str, ...]:
    """Every held-out folder numbered below `folder`: their wording and papers must not be shared with it."""
    own = _set_number(folder.name)
    found = [(n, d.name) for d in folder.parent.iterdir() if d.is_dir() and (n := _set_number(d.name)) is not None]
    return tuple(name for n, name in sorted(found) if own is None or n < own)


def define(s: SeedShowSet) -> dict[str, Any]:
    """The test functions for one set; a test module does `globals().update(define(...))`."""
    HELDOUT = [GoldFile(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(s.folder.glob("*.gold.json"))]
    build = s.build or HeldoutBuild(s.folder)
    SOURCES = build.sources()
    CATALOG = s.folder / "catalog.papers.json"
    HELDOUT_DIR = s.folder
    FORMATS = sorted(s.formats)

    def _id(gold) -> str:
        return gold.path.name


    def _source(gold) -> build_gold.Source:
        return build_gold.parse_source(build.src_dir / f"{gold.path.name.removesuffix('.gold.json')}.ep")


    def _catalog() -> dict[str, dict]:
        return {r["arxiv_id"]: r for r in json.loads(CATALOG.read_text(encoding="utf-8"))["papers"]}


    def test_the_episodes_are_in_the_promised_formats() -> None:
        assert len(HELDOUT) == len(SOURCES) == len(FORMATS)
        assert sorted(g.data["format"] for g in HELDOUT) == FORMATS


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
        assert build.stale(source_path) == [], f"run {build.command()}"


    @pytest.mark.parametrize("gold", HELDOUT, ids=_id)
    def test_episode_size_and_papers_are_like_the_seeds(gold) -> None:
        """The seeds run 44-57 turns over four or five papers."""
        assert s.turns[0] <= gold.data["turn_count"] <= s.turns[1]
        assert s.papers[0] <= len(gold.data["papers"]) <= s.papers[1]


    if s.hosts is not None:
        @pytest.mark.parametrize("gold", HELDOUT, ids=_id)
        def test_the_hosts_are_the_seed_show_hosts(gold) -> None:
            assert set(gold.data["speakers"]) == s.hosts


    @pytest.mark.parametrize("gold", HELDOUT, ids=_id)
    def test_each_episode_has_the_promised_hard_cases(gold) -> None:
        papers = gold.data["papers"]
        if s.revisited:
            assert any(len(p["spans"]) >= 2 for p in papers), "a paper revisited after another one"
        assert any(p["name"].endswith(" paper") for p in papers), "a paper only ever described"
        assert s.unclear[0] <= sum(p["verdict"] is None for p in papers) <= s.unclear[1], "papers left unclear"
        assert gold.data["segments"][-1]["label"] == "wrap-up", "a closing round of judgements"
        assert len(gold.data["not_papers"]) >= s.min_not_papers, "baselines, datasets, companies and GPUs name-dropped"
        assert all(p["claim_turns"] for p in papers), "every paper has claims"
        assert any(p["pushback_turns"] for p in papers), "the sceptic pushes back"


    def test_clear_verdicts_use_all_three_kinds() -> None:
        verdicts = {p["verdict"] for g in HELDOUT for p in g.data["papers"]}
        assert verdicts >= set(VERDICT_WORDS)


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


    def _other_sets_papers() -> set[str]:
        """arXiv ids annotated anywhere else in tests/gold/, or written in any other catalog or fixture."""
        ids: set[str] = set()
        for folder in ("data", "tests/fixtures", "tests/gold"):
            for path in (REPO / folder).rglob("*"):
                if path.suffix in {".json", ".bib", ".ep"} and HELDOUT_DIR not in path.parents:
                    ids |= set(re.findall(r"(?<![\d.])\d{4}\.\d{4,5}(?![\d.])", path.read_text(encoding="utf-8")))
        for path in (REPO / "tests" / "gold").rglob("*.gold.json"):
            if path.parent != HELDOUT_DIR:
                ids |= {p["arxiv_id"] for p in json.loads(path.read_text(encoding="utf-8"))["papers"] if p["arxiv_id"]}
        return ids


    def test_no_paper_is_shared_with_the_other_sets() -> None:
        ours = {p["arxiv_id"] for g in HELDOUT for p in g.data["papers"]}
        assert not ours & _other_sets_papers()


    @pytest.mark.parametrize("gold", HELDOUT, ids=_id)
    def test_described_papers_are_never_called_by_their_catalog_name(gold) -> None:
        """An unnamed paper stays unnamed: its real short name is only said if the gold lists it as an alias."""
        said = " ".join(t.text for t in _source(gold).turns).casefold()
        catalog = _catalog()
        for paper in gold.data["papers"]:
            if not paper["name"].endswith(" paper"):
                continue
            allowed = {a.casefold() for a in [paper["name"], *paper["aliases"]]}
            spoken = [a for a in catalog[paper["arxiv_id"]]["aliases"]
                      if re.search(rf"(?<!\w){re.escape(a.casefold())}(?!\w)", said) and a.casefold() not in allowed]
            assert not spoken, f"{paper['name']}: transcript says {spoken}"


    _NUMERAL = re.compile(r"^(\d[\d.,]*|[A-Za-z]+)")


    @pytest.mark.parametrize("source_path", SOURCES, ids=lambda p: p.name)
    def test_numbers_sit_in_claim_turns_and_are_spoken(source_path: Path) -> None:
        source = build_gold.parse_source(source_path)
        for index, turn in enumerate(source.turns):
            for paper, numbers in turn.numbers.items():
                assert paper in turn.claims, f"turn {index}: numbers for {paper} but no claim annotation"
                words = re.findall(r"[\w.,]+", turn.text.lower())
                for number in numbers:
                    head = _NUMERAL.match(number).group(1).lower()
                    assert any(w.rstrip(".,").startswith(head) for w in words), f"turn {index}: {number!r} not in text"


    @pytest.mark.parametrize("gold", HELDOUT, ids=_id)
    def test_every_paper_is_called_by_its_name_or_an_alias(gold) -> None:
        source = _source(gold)
        for paper in gold.data["papers"]:
            said = " ".join(source.turns[t].text for a, b in paper["spans"] for t in range(a, b + 1)).casefold()
            names = [paper["name"], *paper["aliases"]]
            assert any(n.casefold().removeprefix("the ") in said for n in names), paper["name"]


    @pytest.mark.parametrize("gold", HELDOUT, ids=_id)
    def test_not_papers_are_all_mentioned(gold) -> None:
        """Every listed distractor is really said, so precision is measured against names a reader could pick up."""
        said = " ".join(t.text for t in _source(gold).turns).casefold()
        assert [n for n in gold.data["not_papers"] if n.casefold() not in said] == []


    @pytest.mark.parametrize("gold", HELDOUT, ids=_id)
    def test_hosts_push_back_in_the_sceptic_register(gold) -> None:
        """The doubt phrases the customer's shows use appear, so pushback is not only implicit."""
        said = " ".join(t.text for t in _source(gold).turns).casefold()
        phrases = ("optimistic", "grain of salt", "not convinced", "skeptical", "sceptical", "red flag", "big if",
                   "ablation", "who's actually", "cherry", "light on")
        assert sum(p in said for p in phrases) >= 2


    def _shingles(text: str, size: int = 7) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z0-9']+", text.casefold())
        return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


    def _said(path: Path) -> str:
        return " ".join(t.text for t in build_gold.parse_source(path).turns)


    def test_no_text_is_lifted_from_the_seeds() -> None:
        seeds = sorted(SEEDS_DIR.glob("*.txt"))
        if not seeds:
            pytest.skip("the shared seeds are not present")
        seed_shingles = set().union(*(_shingles(p.read_text(encoding="utf-8")) for p in seeds))
        for source_path in SOURCES:
            shared = _shingles(_said(source_path)) & seed_shingles
            assert not shared, f"{source_path.name} repeats seed wording: {[' '.join(s) for s in sorted(shared)[:3]]}"


    def test_no_text_is_shared_with_the_other_gold_sets() -> None:
        """The held-out sets are independent yardsticks, so they share no wording with each other or the corpus."""
        gold_dir = REPO / "tests" / "gold"
        folders = ("src", *(f"{name}/src" for name in s.earlier))
        others = [p for folder in folders for p in sorted((gold_dir / folder).glob("*.ep"))]
        theirs = set().union(*(_shingles(_said(p)) for p in others))
        for source_path in SOURCES:
            shared = _shingles(_said(source_path)) & theirs
            assert not shared, f"{source_path.name} repeats corpus wording: {[' '.join(s) for s in sorted(shared)[:3]]}"


    if s.stage_directions:
        @pytest.mark.parametrize("gold", [g for g in HELDOUT if g.data["format"] == "txt"], ids=_id)
        def test_plain_text_episodes_keep_the_seed_stage_directions(gold) -> None:
            """The seed show's transcripts carry bracketed stage directions inside turns; ours do too."""
            text = gold.episode_path.read_text(encoding="utf-8")
            directions = re.findall(r"\[(pauses|laughs|chuckles|sighs)\]", text)
            assert len(directions) >= 5 and len(set(directions)) >= 2


    if s.number_kinds:
        def test_numbers_cover_the_kinds_the_customer_scores() -> None:
            """Ratios, percentages, thousands separators, word counts, hyphenated counts and parameter scales all occur."""
            from tests.gold.goldlib import parse_number

            numbers = [n for g in HELDOUT for p in g.data["papers"] for n in p["numbers"]]
            units = {parse_number(n)[1] for n in numbers}
            assert {"x", "%"} <= units
            assert any(re.fullmatch(r"\d{1,3}(,\d{3})+", n) for n in numbers), "a thousands separator"
            assert any(re.fullmatch(r"[a-z]+", n) for n in numbers), "a count in words"
            assert any(re.fullmatch(r"[a-z]+-[a-z]+", n) for n in numbers), "a hyphenated count such as three-phase"
            assert any(re.fullmatch(r"\d+(\.\d+)?[BM]", n) for n in numbers), "a parameter count such as 27B"
            assert any(n.endswith((" billion", " trillion", " million")) for n in numbers), "a spelled-out scale"


    if s.judged_in_wrap_up:
        @pytest.mark.parametrize("gold", HELDOUT, ids=_id)
        def test_the_wrap_up_judges_every_clear_paper(gold) -> None:
            """Verdicts come from the closing round, as in the seeds: each clear paper is named there."""
            source = _source(gold)
            segments = gold.data["segments"]
            wrap = next(seg for seg in segments if seg["label"] == "wrap-up" and seg is segments[-1])
            said = " ".join(t.text for t in source.turns[wrap["first_turn"]:]).casefold()
            for paper in gold.data["papers"]:
                if paper["verdict"] is not None:
                    names = [paper["name"], *paper["aliases"]]
                    assert any(n.casefold().removeprefix("the ") in said for n in names), paper["name"]

    if "srt" in FORMATS:
        def test_srt_episode_names_the_speaker_only_on_a_change() -> None:
            """SubRip cards carry `Name:` on the first card of a turn and none on the cards that continue it."""
            gold = next(g for g in HELDOUT if g.data["format"] == "srt")
            cards = gold.episode_path.read_text(encoding="utf-8").strip().split("\n\n")
            texts = [c.split("\n", 2)[2] for c in cards]
            assert all(re.fullmatch(r"\d+\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\n.+", c, re.DOTALL) for c in cards)
            speakers = "|".join(map(re.escape, gold.data["speakers"]))
            named = [t for t in texts if re.match(rf"(?:{speakers}): ", t)]
            assert len(named) == gold.data["turn_count"] < len(texts), "some turns continue over unnamed cards"

    if "md" in FORMATS and "vtt" in FORMATS:
        def test_markdown_and_webvtt_episodes_have_the_customer_shapes() -> None:
            """Markdown names speakers in bold with escaped `\\[mm:ss\\]` stamps; WebVTT tags every cue with `<v Name>`."""
            by_format = {g.data["format"]: g.episode_path.read_text(encoding="utf-8") for g in HELDOUT}
            markdown, webvtt = by_format["md"], by_format["vtt"]
            assert re.search(r"^\*\*(Chris|Lily):\*\* \\\[\d\d:\d\d\\\] ", markdown, re.MULTILINE)
            assert webvtt.startswith("WEBVTT")
            cues = re.findall(r"^\d\d:\d\d\.\d{3} --> .*\n(.*)$", webvtt, re.MULTILINE)
            assert cues and all(c.startswith(("<v Chris>", "<v Lily>")) for c in cues)

    return {name: value for name, value in locals().items() if name.startswith("test_")}
