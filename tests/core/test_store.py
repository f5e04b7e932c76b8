"""Store behaviour: verdict history and undo, notes, tags, merges, caches, file index, settings, backup."""

from __future__ import annotations

import sqlite3
import time

import pytest

from tui.core.models import NoteTarget, Verdict
from tui.core.store import Store, StoreReadOnly
from tui.core.store.schema import SCHEMA_VERSION


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path) as opened:
        yield opened


def paper_note(key: str) -> NoteTarget:
    return NoteTarget(kind="paper", paper_key=key)


def test_fresh_store_has_schema_version_wal_and_foreign_keys(tmp_path):
    with Store.open(tmp_path) as store:
        assert store.messages == [] and not store.read_only
    conn = sqlite3.connect(tmp_path / "papertui.db")
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopening_keeps_data_and_does_not_remigrate(tmp_path):
    with Store.open(tmp_path) as store:
        store.set_verdict("name:a", Verdict.SKIP, "too slow")
    with Store.open(tmp_path) as store:
        assert store.get_verdict("name:a").reason == "too slow"
    conn = sqlite3.connect(tmp_path / "papertui.db")
    assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_verdict_history_keeps_every_change(store):
    store.set_verdict("name:a", Verdict.SKIP, "meh")
    store.set_verdict("name:a", "deploy-ready", "changed my mind")
    history = store.verdict_history("name:a")
    assert [r.verdict for r in history] == [Verdict.SKIP, Verdict.DEPLOY_READY]
    assert history[0].at < history[1].at
    assert store.get_verdict("name:a").reason == "changed my mind"


def test_undo_restores_previous_state_across_papers_and_is_audited(store):
    store.set_verdict("name:a", Verdict.SKIP, "first")
    store.set_verdict("name:a", Verdict.DEPLOY_READY)
    store.set_verdict("name:b", Verdict.RESEARCH_ONLY)

    assert store.undo_verdict().paper_key == "name:b"
    assert store.get_verdict("name:b") is None  # b had no verdict before
    restored = store.undo_verdict()
    assert (restored.paper_key, restored.verdict, restored.reason) == ("name:a", Verdict.SKIP, "first")
    assert store.get_verdict("name:a").verdict == Verdict.SKIP
    assert store.undo_verdict().verdict == Verdict.UNSORTED
    assert store.get_verdict("name:a") is None
    assert store.undo_verdict() is None
    # Undo never deletes history: 3 changes on a + 2 undo rows.
    assert len(store.verdict_history("name:a")) == 4
    assert len(store.verdict_history("name:b")) == 2


def test_invalid_verdict_is_rejected_before_writing(store):
    with pytest.raises(ValueError):
        store.set_verdict("name:a", "maybe")
    assert store.all_verdicts() == {}


def test_note_upsert_one_per_target_and_empty_means_none(store):
    first = store.save_note(paper_note("name:a"), "# Thoughts\n\n*good*")
    second = store.save_note(paper_note("name:a"), "rewritten")
    assert first.id == second.id and second.created == first.created and second.updated > first.updated
    assert store.get_note(paper_note("name:a")).body == "rewritten"
    store.save_note(paper_note("name:a"), "   ")
    assert store.get_note(paper_note("name:a")) is None
    assert store.all_notes() == []


def test_note_history_coalesces_autosaves_but_keeps_older_bodies(store, monkeypatch):
    store.save_note(paper_note("name:a"), "v1")
    store.save_note(paper_note("name:a"), "v2")  # seconds later: an autosave, not a new version
    note = store.get_note(paper_note("name:a"))
    assert store.note_history(note.id) == []
    clock = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: clock)
    store.save_note(paper_note("name:a"), "v3")
    assert [body for body, _, _ in store.note_history(note.id)] == ["v2"]


def test_notes_for_paper_covers_claim_and_turn_notes(store):
    store.save_note(paper_note("name:a"), "paper")
    claim = NoteTarget(kind="claim", paper_key="name:a", episode_key="e1", turn_index=3, claim_id="e1:3:abcd1234")
    store.save_note(claim, "claim note", turn_text="It is fast.", claim_text="It is fast.")
    store.save_note(NoteTarget(kind="turn", episode_key="e1", turn_index=4), "loose turn note")
    assert sorted(n.body for n in store.notes_for_paper("name:a")) == ["claim note", "paper"]
    assert len(store.notes_for_episode("e1")) == 2
    assert store.get_note(claim).target.turn_hash is not None  # filled in from the turn text


def test_note_target_validation(store):
    with pytest.raises(ValueError):
        store.save_note(NoteTarget(kind="turn", episode_key="e1"), "no index")


def test_tags_set_add_remove(store):
    assert store.set_tags("name:a", [" b", "a", "a", ""]) == ["a", "b"]
    store.add_tag("name:a", "c")
    store.remove_tag("name:a", "a")
    assert store.get_tags("name:a") == ["b", "c"]
    assert store.all_tags() == {"name:a": ["b", "c"]}


def test_merge_moves_everything_and_resolves_old_key(store):
    store.set_verdict("name:attention", Verdict.DEPLOY_READY, "old key")
    store.save_note(paper_note("name:attention"), "from the name")
    store.save_note(paper_note("arxiv:1706.03762"), "from the id")
    store.set_tags("name:attention", ["nlp"])
    store.set_tags("arxiv:1706.03762", ["classic"])

    assert store.merge_paper_key("name:attention", "arxiv:1706.03762") == "arxiv:1706.03762"
    assert store.resolve_key("name:attention") == "arxiv:1706.03762"
    assert store.get_verdict("name:attention").reason == "old key"
    assert list(store.all_verdicts()) == ["arxiv:1706.03762"]
    (note,) = store.notes_for_paper("arxiv:1706.03762")
    assert "from the name" in note.body and "from the id" in note.body
    assert store.get_tags("arxiv:1706.03762") == ["classic", "nlp"]
    # Writes through the old key land on the new one.
    store.set_verdict("name:attention", Verdict.SKIP)
    assert store.get_verdict("arxiv:1706.03762").verdict == Verdict.SKIP


def test_merge_keeps_newer_verdict_and_follows_chains(store):
    store.set_verdict("arxiv:1", Verdict.SKIP)
    store.set_verdict("name:x", Verdict.DEPLOY_READY)  # newer
    store.merge_paper_key("name:x", "arxiv:1")
    assert store.get_verdict("arxiv:1").verdict == Verdict.DEPLOY_READY
    store.merge_paper_key("arxiv:1", "arxiv:2")
    assert store.resolve_key("name:x") == "arxiv:2"
    store.merge_paper_key("arxiv:2", "name:x")  # a cycle is refused silently: nothing to do
    assert store.resolve_key("arxiv:2") == "arxiv:2"


def test_metadata_choice_and_settings(store):
    store.set_metadata_choice("name:a", "2401.00001")
    assert store.get_metadata_choice("name:a") == "2401.00001"
    assert store.get_metadata_choice("name:b") is None
    store.set_setting("theme", {"name": "dark", "size": 2})
    assert store.get_setting("theme") == {"name": "dark", "size": 2}
    assert store.get_setting("missing", "default") == "default"


def test_caches(store):
    assert store.get_analysis("ep", "1") is None
    store.put_analysis("ep", "1", {"papers": [1, 2]})
    assert store.get_analysis("ep", "1") == {"papers": [1, 2]}
    assert store.get_analysis("ep", "2") is None
    store.cache_put("arxiv", "q", "<xml/>")
    payload, fetched = store.cache_get("arxiv", "q")
    assert payload == "<xml/>" and fetched <= time.time()
    assert store.cache_get("arxiv", "q", max_age=-1) is None


def test_file_index_remembers_previous_key_on_content_change(store):
    store.put_file_index("/t/a.txt", 10, 1.0, "k1")
    store.put_file_index("/t/a.txt", 10, 2.0, "k1")  # touched, same content
    assert store.previous_episode_key("/t/a.txt") is None
    store.put_file_index("/t/a.txt", 12, 3.0, "k2")
    assert store.get_file_index("/t/a.txt") == (12, 3.0, "k2")
    assert store.previous_episode_key("/t/a.txt") == "k1"


def test_many_cache_entries_come_back_in_chunked_queries(store):
    keys = [f"k{i}" for i in range(1203)]  # more than two chunks of bound parameters
    store.put_scan_results([], [("ns", key, f"payload {key}") for key in keys[::2]], [])
    store.cache_put("other", "k0", "not this namespace")
    found = store.cache_get_many("ns", keys + ["k0", "missing"])
    assert found == {key: f"payload {key}" for key in keys[::2]}
    assert store.cache_get_many("ns", []) == {}


def test_a_batch_of_scan_results_is_one_transaction_of_everything(store):
    store.put_file_index("/t/a.txt", 10, 1.0, "k1")
    store.put_scan_results(
        [("k2", "episode-1", '{"turns": []}'), ("k3", "episode-1", '{"turns": [1]}')],
        [("head", "k2:v", "h2"), ("head", "k3:v", "h3")],
        [("/t/a.txt", 12, 2.0, "k2"), ("/t/b.txt", 5, 3.0, "k3")],
    )
    assert store.get_analysis("k3", "episode-1") == {"turns": [1]}
    assert store.cache_get_many("head", ["k2:v", "k3:v"]) == {"k2:v": "h2", "k3:v": "h3"}
    assert store.file_index_entries() == {"/t/a.txt": (12, 2.0, "k2"), "/t/b.txt": (5, 3.0, "k3")}
    assert store.previous_episode_key("/t/a.txt") == "k1"  # the batch keeps the edit history like one write


def test_backup_is_a_consistent_copy(store, tmp_path):
    store.set_verdict("name:a", Verdict.SKIP)
    dest = store.backup(tmp_path / "out" / "copy.db")
    with Store.open(tmp_path / "restore") as other:
        pass
    (tmp_path / "restore" / "papertui.db").unlink()
    (tmp_path / "restore" / "papertui.db").write_bytes(dest.read_bytes())
    with Store.open(tmp_path / "restore") as restored:
        assert restored.get_verdict("name:a").verdict == Verdict.SKIP
        assert restored.integrity_ok()
    assert not other.read_only


def test_read_only_store_refuses_writes_with_a_clear_error(tmp_path):
    with Store.open(tmp_path) as store:
        store.set_verdict("name:a", Verdict.SKIP)
    with Store.open(tmp_path, read_only=True) as store:
        assert store.read_only
        assert store.get_verdict("name:a").verdict == Verdict.SKIP
        with pytest.raises(StoreReadOnly, match="read-only"):
            store.set_verdict("name:a", Verdict.DEPLOY_READY)
