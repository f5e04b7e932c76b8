"""Exports parsed back by real parsers (json, csv, BibTeX, YAML), the JSON round trip, filenames, atomic writes."""

from __future__ import annotations

import csv
import io
import json

import bibtexparser
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.export import RENDERERS, build_bundle
from tui.core.export.bibtex import render_bibtex
from tui.core.export.bundle import assign_citekeys
from tui.core.export.csvfmt import render_csv
from tui.core.export.files import ExportError, atomic_write_text, sanitise_filename
from tui.core.export.importer import ImportFileError, import_bundle, read_bundle
from tui.core.export.jsonfmt import render_json
from tui.core.export.markdown import render_markdown
from tui.core.export.obsidian import frontmatter
from tui.core.identity import claim_anchor
from tui.core.models import (
    Claim,
    ClaimKind,
    Discussion,
    Episode,
    LibraryPaper,
    NoteTarget,
    PaperDiscussion,
    PaperMeta,
    SuggestedVerdict,
    Turn,
    Verdict,
)
from tui.core.store import Store

HOSTILE = 'Evil {Title} with } % & $ # _ ~ ^ \\ "quotes" @misc{x, <!-- papertui:end --> \x07 and\nnewline'


def make_episode() -> Episode:
    turns = [
        Turn(index=0, speaker="Ana", text="Welcome back.", start=0.0),
        Turn(index=1, speaker="Ben", text="Fast Decoding claims 3x faster decoding.", start=62.5),
        Turn(index=2, speaker="Ana", text="Only on one GPU though.", start=75.0),
    ]
    return Episode(key="ep1", source="/lib/ep1.txt", format="txt", title="Episode one", speakers=["Ana", "Ben"],
                   turns=turns)


def make_papers(title: str = "Fast Decoding for Everyone") -> list[LibraryPaper]:
    claim = Claim(id=claim_anchor("ep1", 1, "Fast Decoding claims 3x faster decoding."), paper="arxiv:2401.00001",
                  turn=1, speaker="Ben", text="Fast Decoding claims 3x faster decoding.", kind=ClaimKind.EFFICIENCY,
                  pushback=[2])
    suggested = SuggestedVerdict(verdict="research-only", confidence=0.6)
    discussion = PaperDiscussion(key="arxiv:2401.00001", name="Fast Decoding", arxiv_id="2401.00001",
                                 claims=[claim], suggested_verdict=suggested)
    fast = LibraryPaper(
        key="arxiv:2401.00001", name="Fast Decoding", aliases=["FD"],
        meta=PaperMeta(arxiv_id="2401.00001", title=title, authors=["Jane Müller", "Li Wei"], year=2024,
                       tags=["efficiency"]),
        discussions=[Discussion(episode_key="ep1", episode_title="Episode one", source="/lib/ep1.txt",
                                paper=discussion)],
        suggested=suggested,
    )
    other = LibraryPaper(key="name:slowmodel", name="Slow Model")
    return [fast, other]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as opened:
        opened.set_verdict("arxiv:2401.00001", Verdict.DEPLOY_READY, "ships today")
        opened.save_note(NoteTarget(kind="paper", paper_key="arxiv:2401.00001"), "# Plan\n\nTry it on *our* model.")
        opened.save_note(NoteTarget(kind="claim", paper_key="arxiv:2401.00001", episode_key="ep1", turn_index=1,
                                    claim_id="ep1:1:deadbeef"), "Check the batch size.",
                         turn_text="Fast Decoding claims 3x faster decoding.")
        opened.save_note(NoteTarget(kind="turn", episode_key="ep1", turn_index=0), "Nice intro.")
        opened.set_tags("arxiv:2401.00001", ["to-read"])
        opened.set_verdict("name:gone", Verdict.SKIP, "not in the library any more")
        yield opened


def bundle_for(store, **kwargs):
    return build_bundle(make_papers(), store, library_episodes=[make_episode()], **kwargs)


def test_bundle_carries_store_data_and_keeps_store_only_papers(store):
    bundle = bundle_for(store)
    keys = [p.key for p in bundle.papers]
    assert keys == sorted(keys) and "name:gone" in keys and "name:slowmodel" in keys
    fast = bundle.papers[0]
    assert fast.verdict.reason == "ships today" and fast.tags == ["to-read"] and fast.catalog_tags == ["efficiency"]
    assert {n.kind for n in fast.notes} == {"paper", "claim"}
    (claim,) = fast.discussions[0].claims
    assert claim.start == 62.5 and claim.pushback[0].speaker == "Ana" and claim.pushback[0].text.startswith("Only")
    assert [n.body for n in bundle.notes] == ["Nice intro."]


def test_bundle_filters_by_verdict_and_episode(store):
    assert [p.key for p in bundle_for(store, verdicts=["skip"]).papers] == ["name:gone"]
    unsorted = bundle_for(store, verdicts=[Verdict.UNSORTED]).papers
    assert [p.key for p in unsorted] == ["name:slowmodel"]
    assert [p.key for p in bundle_for(store, episodes=["episode ONE"]).papers] == ["arxiv:2401.00001"]
    assert bundle_for(store, episodes=["nope"]).papers == []


def test_json_round_trip_through_an_empty_store_is_byte_identical(store, tmp_path):
    first = render_json(bundle_for(store))
    path = tmp_path / "export.json"
    path.write_text(first, encoding="utf-8")
    with Store.open(tmp_path / "second") as other:
        report = import_bundle(read_bundle(path), other)
        assert report.conflicts == [] and report.verdicts_added == 2 and report.notes_added == 3
        again = render_json(bundle_for(other))
        # A second import changes nothing.
        assert import_bundle(read_bundle(path), other).unchanged == 5
    assert again == first
    assert json.loads(first)["format"] == "papertui-export"


def test_import_last_writer_wins_and_reports_conflicts(store, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(render_json(bundle_for(store)), encoding="utf-8")
    store.set_verdict("arxiv:2401.00001", Verdict.SKIP, "newer local change")
    with Store.open(tmp_path / "old") as teammate:
        report = import_bundle(read_bundle(path), store)
        assert store.get_verdict("arxiv:2401.00001").reason == "newer local change"
        assert any("kept the newer local verdict" in c for c in report.conflicts)
        # The teammate's older store takes the file's newer verdict, and keeps its own in the history.
        teammate.set_verdict("arxiv:2401.00001", Verdict.RESEARCH_ONLY, "older")
    data = json.loads(path.read_text())
    data["papers"][0]["verdict"]["at"] = 4102444800.0  # the year 2100: newer than anything local
    path.write_text(json.dumps(data), encoding="utf-8")
    report = import_bundle(read_bundle(path), store)
    assert store.get_verdict("arxiv:2401.00001").reason == "ships today"
    assert any("replaced by the newer" in c for c in report.conflicts)
    assert [r.reason for r in store.verdict_history("arxiv:2401.00001")][-2:] == ["newer local change", "ships today"]


@pytest.mark.parametrize(
    "content, message",
    [("{not json", "not JSON"), ('{"papers": []}', "not a papertui export"),
     ('{"format": "papertui-export", "papers": [{"key": 1}]}', "papers.0")],
)
def test_import_rejects_bad_files_with_a_clear_message(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        read_bundle(path)


def test_csv_parses_back_one_row_per_paper(store):
    rows = list(csv.DictReader(io.StringIO(render_csv(bundle_for(store)))))
    assert [r["key"] for r in rows] == ["arxiv:2401.00001", "name:gone", "name:slowmodel"]
    fast = rows[0]
    assert (fast["verdict"], fast["suggested"], fast["claim_count"]) == ("deploy-ready", "research-only", "1")
    assert "Try it on *our* model." in fast["notes"] and "Check the batch size." in fast["notes"]


def test_csv_neutralises_formulas(tmp_path):
    with Store.open(tmp_path) as store:
        store.set_verdict("name:x", Verdict.SKIP, "=HYPERLINK(\"http://evil\")")
        rows = list(csv.DictReader(io.StringIO(render_csv(build_bundle([], store)))))
    assert rows[0]["reason"].startswith("'=")


def test_bibtex_parses_back_with_eprint_and_notes(store):
    library = bibtexparser.parse_string(render_bibtex(bundle_for(store)))
    assert not library.failed_blocks
    entries = {e.key: e.fields_dict for e in library.entries}
    fast = entries["muller2024fast"]
    assert fast["eprint"].value == "2401.00001" and fast["archivePrefix"].value == "arXiv"
    assert fast["url"].value == "https://arxiv.org/abs/2401.00001"
    assert "deploy-ready" in fast["note"].value and "batch size" in fast["annote"].value
    assert len(entries) == 3


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_bibtex_survives_any_title(title):
    papers = make_papers(title=title)
    bundle = build_bundle(papers, None)
    library = bibtexparser.parse_string(render_bibtex(bundle))
    assert not library.failed_blocks
    assert len(library.entries) == 2


def test_hostile_text_stays_data_in_every_format(tmp_path):
    with Store.open(tmp_path) as store:
        store.set_verdict("arxiv:2401.00001", Verdict.SKIP, HOSTILE)
        store.save_note(NoteTarget(kind="paper", paper_key="arxiv:2401.00001"), HOSTILE)
        bundle = build_bundle(make_papers(title=HOSTILE), store)
    for render in RENDERERS.values():
        assert render(bundle)  # renders without error
    library = bibtexparser.parse_string(render_bibtex(bundle))
    assert not library.failed_blocks and len(library.entries) == 2
    rows = list(csv.DictReader(io.StringIO(render_csv(bundle))))
    assert rows[0]["reason"] == HOSTILE
    heading = [line for line in render_markdown(bundle).splitlines() if line.startswith("### ")][0]
    assert "\n" not in heading and "\\{" not in heading
    meta = yaml.safe_load("\n".join(frontmatter(bundle.papers[0])))
    assert meta["title"] == HOSTILE


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=40), st.lists(st.text(max_size=15), max_size=3))
def test_frontmatter_is_valid_yaml_for_any_text(title, tags):
    paper = make_papers(title=title or "x")[0].model_copy()
    with_tags = build_bundle([paper], None).papers[0].model_copy(update={"tags": tags, "aliases": tags})
    parsed = yaml.safe_load("\n".join(frontmatter(with_tags)))
    assert parsed["title"] == (title or "x")
    assert parsed["aliases"] == tags and parsed["year"] == 2024 and parsed["arxiv"] == "2401.00001"


def test_citekeys_unique_and_stable():
    papers = make_papers()
    twin = papers[0].model_copy(update={"key": "arxiv:2401.99999"})
    first = assign_citekeys([papers[0], twin, papers[1]])
    second = assign_citekeys([papers[1], twin, papers[0]])
    assert first == second
    assert len(set(first.values())) == 3
    assert first["name:slowmodel"] == "slowmodel"


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd", "a/b\\c", "CON", "con.txt", "LPT1", "..", ".", "", "\x00\x1f\x7f", "x" * 400,
     "é" * 300, "trailing dots...", " spaced ", "what?*<>|:\"", "\u202eevil\u200b"],
)
def test_sanitised_filenames_are_safe(name):
    clean = sanitise_filename(name, suffix=".md")
    stem = clean[:-3]
    assert clean.endswith(".md") and stem
    assert "/" not in clean and "\\" not in clean and ".." not in clean
    assert not any(ord(ch) < 32 or ch in '<>:"|?*\u202e\u200b' for ch in clean)
    assert len(clean.encode("utf-8")) <= 120
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "LPT1", "COM1"}
    assert not stem.startswith(".") and not stem.endswith((".", " "))


def test_atomic_write_refuses_overwrite_without_force(tmp_path):
    path = tmp_path / "out.md"
    atomic_write_text(path, "one")
    with pytest.raises(ExportError, match="--force"):
        atomic_write_text(path, "two")
    assert path.read_text() == "one"
    atomic_write_text(path, "three", force=True)
    assert path.read_text() == "three"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]  # no temp files left behind


def test_markdown_groups_by_verdict_in_board_order(store):
    text = render_markdown(bundle_for(store))
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## Deploy-ready (1)", "## Skip (1)", "## Not decided yet (1)", "## Notes on other turns"]
    assert "[1:02]" in text and "pushback from Ana" in text and "> Try it on *our* model." in text
