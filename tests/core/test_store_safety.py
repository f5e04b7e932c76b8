"""The store under abuse: SIGKILL mid-write, two writer processes, corrupt files, read-only dirs, a full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tui.core.models import NoteTarget, Verdict
from tui.core.store import Store, StoreReadOnly

KILL_LOOP = textwrap.dedent(
    """
    import sys
    from tui.core.models import NoteTarget
    from tui.core.store import Store
    store = Store.open(sys.argv[1])
    verdicts = ["deploy-ready", "research-only", "skip"]
    done = 0
    while True:
        key = f"name:p{done % 7}"
        store.set_verdict(key, verdicts[done % 3], f"reason {done}")
        done += 1
        print(done, flush=True)  # only after the commit returned
        store.save_note(NoteTarget(kind="paper", paper_key=key), f"note after {done} " * 20)
    """
)

WRITER = textwrap.dedent(
    """
    import sys, time
    from tui.core.store import Store
    store = Store.open(sys.argv[1])
    name, count = sys.argv[2], int(sys.argv[3])
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for i in range(count):
        store.set_verdict("name:shared", ["skip", "deploy-ready"][i % 2], f"{name}-{i}")
        store.add_tag("name:shared", f"{name}-{i}")
        time.sleep(0.0005)  # like a user: let the other process in between actions
    """
)


def _spawn(script: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], text=True, **kwargs)


def test_sigkill_during_writes_leaves_database_intact_with_completed_actions(tmp_path):
    proc = _spawn(KILL_LOOP, str(tmp_path), stdout=subprocess.PIPE)
    confirmed = 0
    try:
        for line in proc.stdout:
            confirmed = int(line)
            if confirmed >= 300:
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    # The writer may have confirmed more actions before the kill landed: they are still in the pipe.
    for line in proc.stdout.read().splitlines():
        if line.strip().isdigit():
            confirmed = int(line)
    assert confirmed >= 300, "the writer died on its own"
    conn = sqlite3.connect(tmp_path / "papertui.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    saved = conn.execute("SELECT count(*) FROM verdict_history").fetchone()[0]
    conn.close()
    # Everything confirmed is there; at most the one in flight after the last print as well.
    assert confirmed <= saved <= confirmed + 1
    with Store.open(tmp_path) as store:
        assert store.messages == [] and len(store.all_verdicts()) == 7


def test_two_processes_writing_at_once_lose_no_update(tmp_path):
    Store.open(tmp_path).close()
    count = 120
    writers = [
        _spawn(WRITER, str(tmp_path), name, str(count), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        for name in ("a", "b")
    ]
    for proc in writers:
        assert proc.stdout.readline() == "ready\n"
    for proc in writers:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in writers:
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    conn = sqlite3.connect(tmp_path / "papertui.db")
    rows = conn.execute(
        "SELECT verdict, reason, prev_verdict, prev_reason FROM verdict_history ORDER BY id"
    ).fetchall()
    conn.close()
    assert len(rows) == 2 * count
    # Each change saw the state the previous one left: no read-modify-write raced.
    for before, after in zip(rows, rows[1:]):
        assert (after[2], after[3]) == (before[0], before[1])
    with Store.open(tmp_path) as store:
        assert len(store.get_tags("name:shared")) == 2 * count
        assert store.get_verdict("name:shared").reason == rows[-1][1]


def _corrupt_files(tmp_path: Path) -> list[Path]:
    return sorted(tmp_path.glob("papertui.db.corrupt-*"))


def test_garbage_database_is_moved_aside_and_a_fresh_one_created(tmp_path):
    garbage = b"this is not a database, it is a shopping list\n" * 200
    (tmp_path / "papertui.db").write_bytes(garbage)
    with Store.open(tmp_path) as store:
        assert not store.read_only
        assert any("corrupt" in message and "moved aside" in message for message in store.messages)
        store.set_verdict("name:a", Verdict.SKIP)
    (moved,) = [p for p in _corrupt_files(tmp_path) if not p.name.endswith("-wal")]
    assert moved.read_bytes() == garbage  # the user's file is kept byte for byte
    with Store.open(tmp_path) as store:
        assert store.messages == [] and store.get_verdict("name:a") is not None


def test_damaged_pages_are_detected_and_moved_aside(tmp_path):
    with Store.open(tmp_path) as store:
        for i in range(200):
            store.save_note(NoteTarget(kind="paper", paper_key=f"name:p{i}"), "x" * 500)
    conn = sqlite3.connect(tmp_path / "papertui.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    path = tmp_path / "papertui.db"
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    with Store.open(tmp_path) as store:
        assert any("corrupt" in message for message in store.messages)
        assert store.all_notes() == []
    assert len(_corrupt_files(tmp_path)) >= 1


def test_every_table_is_either_checked_on_open_or_a_disposable_cache(tmp_path):
    from tui.core.store.db import CACHE_TABLES, USER_TABLES

    with Store.open(tmp_path):
        pass
    conn = sqlite3.connect(tmp_path / "papertui.db")
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert tables - {"sqlite_sequence"} == set(USER_TABLES) | set(CACHE_TABLES)
    assert not set(USER_TABLES) & set(CACHE_TABLES)


def test_unwritable_data_dir_opens_read_only_with_a_message(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a dir")
    with Store.open(blocker / "data") as store:  # mkdir fails even for root
        assert store.read_only
        assert any("cannot create the data dir" in message for message in store.messages)
        assert store.all_verdicts() == {}
        with pytest.raises(StoreReadOnly):
            store.set_verdict("name:a", Verdict.SKIP)


def _permissions_enforced(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except PermissionError:
        return True
    probe.unlink()
    return False


def test_read_only_data_dir_with_existing_database(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.set_verdict("name:a", Verdict.RESEARCH_ONLY, "kept")
    os.chmod(data, 0o555)
    os.chmod(data / "papertui.db", 0o444)
    try:
        if not _permissions_enforced(data):
            pytest.skip("file permissions are not enforced for this user (root)")
        with Store.open(data) as store:
            assert store.read_only and store.messages
            assert store.get_verdict("name:a").reason == "kept"
    finally:
        os.chmod(data, 0o755)
        os.chmod(data / "papertui.db", 0o644)


def test_full_disk_turns_store_read_only_and_keeps_earlier_data(tmp_path):
    with Store.open(tmp_path) as store:
        store.set_verdict("name:a", Verdict.SKIP, "before")
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")  # fault injection: no room to grow
        with pytest.raises(StoreReadOnly, match="disk is full"):
            store.save_note(NoteTarget(kind="paper", paper_key="name:a"), "y" * 200_000)
        assert store.read_only
        assert any("disk is full" in message for message in store.messages)
        assert store.get_verdict("name:a").reason == "before"
