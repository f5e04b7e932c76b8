"""The library: scanning the demo, incremental re-scan from the store's cache, broken files, paper lookup."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from tui.core.library import Library, default_library_paths, discover
from tui.core.paths import demo_library_dir
from tui.core.store import Store


@pytest.fixture()
def library_dir(tmp_path: Path) -> Path:
    target = tmp_path / "lib"
    shutil.copytree(demo_library_dir(), target)
    return target


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


def _scan(lib: Library) -> list[str]:
    phases: list[str] = []
    lib.scan(on_progress=lambda p: phases.append(p.phase))
    return phases


def test_demo_library_loads_every_episode_and_paper_with_metadata(library_dir: Path) -> None:
    lib = Library([library_dir])
    _scan(lib)
    assert len(lib.episodes) >= 4
    assert {e.format for e in lib.episodes} >= {"speaker-lines", "markdown", "vtt", "podcast20-json"}
    assert lib.problems == []
    assert len(lib.papers) >= 12
    # The catalog beside the episodes is found and attached.
    assert lib.catalog and all(p.meta is not None for p in lib.papers.values() if p.key.startswith("arxiv:"))
    # README.md and papers.json are not transcripts.
    assert not any(Path(e.source).name.lower() in {"readme.md", "papers.json"} for e in lib.episodes)


def test_second_scan_comes_from_the_cache_and_gives_the_same_papers(library_dir: Path, store: Store) -> None:
    first = Library([library_dir], store=store)
    assert set(_scan(first)) == {"parsed"}
    second = Library([library_dir], store=store)
    assert set(_scan(second)) == {"cached"}
    assert list(second.papers) == list(first.papers)
    assert [e.key for e in second.episodes] == [e.key for e in first.episodes]


def test_an_edited_file_is_parsed_again_and_the_rest_stay_cached(library_dir: Path, store: Store) -> None:
    _scan(Library([library_dir], store=store))
    edited = next(library_dir.glob("episodes/*.txt"))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMaya: One more thought.\n", encoding="utf-8")
    phases = _scan(Library([library_dir], store=store))
    assert phases.count("parsed") == 1 and phases.count("cached") == len(phases) - 1


def test_a_moved_file_keeps_its_episode_identity(library_dir: Path, store: Store) -> None:
    lib = Library([library_dir], store=store)
    _scan(lib)
    source = next(library_dir.glob("episodes/*.vtt"))
    key = next(e.key for e in lib.episodes if Path(e.source) == source)
    source.rename(source.with_name("renamed.vtt"))
    again = Library([library_dir], store=store)
    _scan(again)
    assert key in {e.key for e in again.episodes}


def test_broken_files_are_reported_and_the_rest_still_loads(library_dir: Path) -> None:
    (library_dir / "episodes" / "broken.json").write_text('{"segments": [', encoding="utf-8")
    (library_dir / "episodes" / "empty.txt").write_text("", encoding="utf-8")
    (library_dir / "bad.papers.json").write_text("{not json", encoding="utf-8")
    lib = Library([library_dir])
    _scan(lib)
    assert len(lib.episodes) >= 4
    sources = {Path(p.source).name for p in lib.problems}
    assert {"broken.json", "empty.txt", "bad.papers.json"} <= sources


def test_missing_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    lib = Library([tmp_path / "nope"])
    _scan(lib)
    assert lib.episodes == [] and lib.problems[0].message == "no such file or folder"


def test_cancel_stops_the_scan(library_dir: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    lib = Library([library_dir])
    lib.scan(cancel=cancel)
    assert lib.episodes == []


def test_find_papers_by_id_key_exact_name_and_fuzzy_name(library_dir: Path) -> None:
    lib = Library([library_dir])
    _scan(lib)
    paper = next(p for p in lib.papers.values() if p.key.startswith("arxiv:"))
    arxiv_id = paper.key.split(":", 1)[1]
    assert lib.find_papers(arxiv_id)[0][0].key == paper.key
    assert lib.find_papers(f"https://arxiv.org/abs/{arxiv_id}v2")[0][0].key == paper.key
    assert lib.find_papers(paper.key) == [(paper, 100.0)]
    assert lib.find_papers(paper.name.upper())[0][0].key == paper.key
    typo = paper.name[:-1] if len(paper.name) > 5 else paper.name
    assert lib.find_papers(typo)[0][0].key == paper.key
    assert lib.find_papers("zzzz qqqq xxxx") == []


def test_discover_separates_catalogs_from_transcripts(library_dir: Path) -> None:
    transcripts, catalogs, problems = discover([library_dir])
    assert [c.name for c in catalogs] == ["papers.json"]
    assert all(t.suffix in {".txt", ".md", ".vtt", ".json", ".srt"} for t in transcripts)
    assert problems == []


def test_default_paths_fall_back_to_the_demo(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PAPERTUI_DATA_DIR", str(tmp_path))
    assert default_library_paths() == [demo_library_dir()]
    (tmp_path / "library").mkdir()
    (tmp_path / "library" / "mine.txt").write_text("Ana: hi\n", encoding="utf-8")
    assert default_library_paths() == [tmp_path / "library"]


def test_default_paths_honour_an_explicit_data_dir(tmp_path: Path) -> None:
    (tmp_path / "library").mkdir()
    (tmp_path / "library" / "mine.txt").write_text("Ana: hi\n", encoding="utf-8")
    assert default_library_paths(tmp_path) == [tmp_path / "library"]


def test_a_turn_note_follows_its_turn_when_the_transcript_is_edited(library_dir: Path, store: Store) -> None:
    from tui.core.identity import text_hash
    from tui.core.models import NoteTarget

    lib = Library([library_dir], store=store)
    _scan(lib)
    source = next(library_dir.glob("episodes/*.txt"))
    episode = next(e for e in lib.episodes if Path(e.source) == source)
    turn = episode.turns[5]
    target = NoteTarget(kind="turn", episode_key=episode.key, turn_index=turn.index, turn_hash=text_hash(turn.text))
    store.save_note(target, "check this number", turn_text=turn.text)
    # Insert a new first turn: every turn shifts by one and the content key changes.
    text = source.read_text(encoding="utf-8")
    first_speaker = episode.turns[1].speaker
    source.write_text(f"{first_speaker}: A cold open we added later.\n\n{text}", encoding="utf-8")
    again = Library([library_dir], store=store)
    _scan(again)
    edited = next(e for e in again.episodes if Path(e.source) == source)
    assert edited.key != episode.key
    notes = store.notes_for_episode(edited.key)
    assert [n.body for n in notes] == ["check this number"]
    assert edited.turns[notes[0].target.turn_index].text == turn.text


def test_a_warm_start_loads_turns_only_when_an_episode_is_opened(library_dir: Path, store: Store) -> None:
    first = Library([library_dir], store=store)
    _scan(first)
    warm = Library([library_dir], store=store)
    assert set(_scan(warm)) == {"cached"}
    episode = warm.episodes[0]
    expected = first.episode(episode.key)
    assert episode.turns == [] and warm.turn_count(episode.key) == len(expected.turns) > 0
    full = warm.full_episode(episode.key)
    assert full.turns == expected.turns and full.source == expected.source
    assert warm.episode(episode.key).turns == expected.turns  # kept once loaded
    assert [len(e.turns) for e in warm.iter_full_episodes()] == [len(e.turns) for e in first.episodes]


def test_turns_come_from_the_file_when_the_cached_copy_is_gone(library_dir: Path, store: Store) -> None:
    from tui.core.library import EPISODE_CACHE_VERSION

    _scan(Library([library_dir], store=store))
    warm = Library([library_dir], store=store)
    _scan(warm)
    key = warm.episodes[0].key
    store.put_analysis(key, EPISODE_CACHE_VERSION, {"broken": True})
    assert len(warm.full_episode(key).turns) == warm.turn_count(key)


def test_a_big_first_scan_keeps_turns_out_of_memory_once_cached(
    library_dir: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.core.library as library_module

    monkeypatch.setattr(library_module, "LIGHT_AFTER", 1)
    seen: list[int] = []
    lib = Library([library_dir], store=store)
    lib.scan(on_episode=lambda episode, analysis: seen.append(len(episode.turns)))
    assert all(count > 0 for count in seen)  # listeners still get the whole episode
    assert all(e.turns == [] for e in lib.episodes)
    key = lib.episodes[0].key
    assert len(lib.full_episode(key).turns) == lib.turn_count(key) == seen[0]


def test_without_a_store_episodes_keep_their_turns(library_dir: Path) -> None:
    lib = Library([library_dir])
    _scan(lib)
    assert all(len(e.turns) == lib.turn_count(e.key) > 0 for e in lib.episodes)
    assert lib.full_episode(lib.episodes[0].key) is lib.episodes[0]


def test_a_metadata_choice_from_an_online_lookup_survives_a_restart(library_dir: Path, store: Store) -> None:
    from tui.core.models import PaperMeta

    (library_dir / "papers.json").unlink()  # no catalog: no paper has metadata until the user picks some
    lib = Library([library_dir], store=store)
    _scan(lib)
    paper = next(iter(lib.papers.values()))
    assert paper.meta is None
    remote = PaperMeta(arxiv_id="2999.00001", title="A Paper Found Online", source="arxiv")
    lib.choose_metadata(paper.key, remote)
    assert lib.papers[paper.key].meta == remote
    again = Library([library_dir], store=store)
    _scan(again)
    assert again.papers[paper.key].meta == remote
    again.choose_metadata(paper.key, None)  # "none of these"
    assert again.papers[paper.key].meta is None


def test_the_process_pool_gives_the_same_library_as_one_process(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.core.library as library_module

    single = Library([library_dir], workers=1)
    _scan(single)
    monkeypatch.setattr(library_module, "POOL_THRESHOLD", 1)
    pooled = Library([library_dir], workers=2)
    _scan(pooled)
    assert [e.model_dump() for e in pooled.episodes] == [e.model_dump() for e in single.episodes]
    assert {k: a.model_dump() for k, a in pooled.analyses.items()} == {
        k: a.model_dump() for k, a in single.analyses.items()
    }
    assert any(p.meta is not None for p in pooled.papers.values())  # the catalog reached the workers


def test_reading_the_analysis_version_does_not_load_the_pipeline() -> None:
    """A fully cached start only needs the version; the pipeline's ~150 regexes load with the first analysis."""
    import subprocess
    import sys

    code = (
        "import sys; from tui.core.library import _analysis_version; _analysis_version(); "
        "print('tui.core.analysis.pipeline' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_reader_change_keys_the_scan_cache_apart(monkeypatch) -> None:
    """Cached episodes hold parsed turns: a new reader version must not reuse the old reader's turns."""
    from tui.core.analysis import version
    from tui.core.library import _analysis_version

    before = _analysis_version()
    monkeypatch.setattr(version, "READER_VERSION", version.READER_VERSION + "-next")
    assert _analysis_version() != before
    assert _analysis_version().startswith(version.ANALYSIS_VERSION)


def _claims_by_episode(lib: Library) -> dict[str, list[list[dict]]]:
    return {key: [[c.model_dump() for c in p.claims] for p in a.papers] for key, a in lib.analyses.items()}


def test_a_warm_start_counts_claims_and_loads_them_when_needed(library_dir: Path, store: Store) -> None:
    first = Library([library_dir], store=store)
    _scan(first)
    expected = _claims_by_episode(first)
    assert sum(len(c) for lists in expected.values() for c in lists) > 20
    warm = Library([library_dir], store=store)
    _scan(warm)
    # Heads only: no claim is validated yet, but the board's counts are already right.
    assert warm.claims_pending() == len(warm.episodes)
    assert all(not p.claims for a in warm.analyses.values() for p in a.papers)
    assert {k: p.claim_count for k, p in warm.papers.items()} == {k: p.claim_count for k, p in first.papers.items()}
    # Opening an episode loads its claims (and only its own).
    opened = warm.episodes[0].key
    warm.full_episode(opened)
    assert _claims_by_episode(warm)[opened] == expected[opened]
    assert warm.claims_pending() == len(warm.episodes) - 1
    # Everything, in place: the papers' discussions share the analyses' objects.
    warm.ensure_claims()
    assert warm.claims_pending() == 0
    assert _claims_by_episode(warm) == expected
    assert all(
        d.paper.claims == first_d.paper.claims
        for key, paper in warm.papers.items()
        for d, first_d in zip(paper.discussions, first.papers[key].discussions)
    )


def test_a_cancelled_claim_load_stops_and_a_later_one_finishes(library_dir: Path, store: Store) -> None:
    _scan(Library([library_dir], store=store))
    warm = Library([library_dir], store=store)
    _scan(warm)
    cancel = threading.Event()
    cancel.set()
    warm.ensure_claims(cancel=cancel)
    assert warm.claims_pending() == len(warm.episodes)
    warm.ensure_claims()
    assert warm.claims_pending() == 0


def test_claims_missing_from_the_cache_are_rebuilt_from_the_file(library_dir: Path, store: Store) -> None:
    from tui.core.library_cache import CLAIMS_NAMESPACE

    first = Library([library_dir], store=store)
    _scan(first)
    expected = _claims_by_episode(first)
    warm = Library([library_dir], store=store)
    _scan(warm)
    broken, gone = warm.episodes[0].key, warm.episodes[1].key
    version = warm._version
    store.cache_put(CLAIMS_NAMESPACE, f"{broken}:{version}", "[[{\"not\": \"a claim\"}]]")
    store._write(lambda c: c.execute("DELETE FROM response_cache WHERE namespace = ? AND key = ?",
                                     (CLAIMS_NAMESPACE, f"{gone}:{version}")), "test")
    warm.ensure_claims()
    assert _claims_by_episode(warm) == expected
    assert warm.problems == []


def test_a_big_pooled_first_scan_keeps_claims_in_the_store_and_matches_one_process(
    library_dir: Path, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.core.library as library_module

    single = Library([library_dir], workers=1)
    _scan(single)
    monkeypatch.setattr(library_module, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(library_module, "LIGHT_AFTER", 1)
    streamed: list[int] = []
    pooled = Library([library_dir], store=store, workers=2)
    pooled.scan(on_episode=lambda episode, analysis: streamed.append(len(episode.turns)))
    assert streamed[0] > 0  # the first episode reaches the listener whole, to be shown at once
    assert all(e.turns == [] for e in pooled.episodes)
    assert {k: p.claim_count for k, p in pooled.papers.items()} == {k: p.claim_count for k, p in single.papers.items()}
    pooled.ensure_claims()
    for episode in single.episodes:
        assert pooled.full_episode(episode.key).turns == episode.turns
    assert {k: a.model_dump() for k, a in pooled.analyses.items()} == {
        k: a.model_dump() for k, a in single.analyses.items()
    }


def test_a_cache_that_cannot_be_written_costs_time_not_data(
    library_dir: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.store import StoreError

    def refuse(*args: object, **kwargs: object) -> None:
        raise StoreError("disk I/O error")

    monkeypatch.setattr(store, "put_scan_results", refuse)
    lib = Library([library_dir], store=store)
    _scan(lib)
    assert [p.message for p in lib.problems] == [f"could not cache {len(lib.episodes)} scanned files: disk I/O error"]
    assert all(e.turns for e in lib.episodes) and lib.claims_pending() == 0
    monkeypatch.undo()
    again = Library([library_dir], store=store)
    assert set(_scan(again)) == {"parsed"}  # nothing was indexed, so nothing is trusted from the cache
