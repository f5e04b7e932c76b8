"""Opening the SQLite file safely: WAL, foreign keys, busy retries, corrupt files moved aside, read-only fallback.

Every way of failing to open ends in a usable connection plus a message for the user: a corrupt file is
renamed to `papertui.db.corrupt-<timestamp>` (never overwritten) and a fresh one created; a data dir we
cannot write gives a read-only connection (or an empty in-memory one when there is no file to read).
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from tui.core.store.schema import SchemaTooNew, has_schema, migrate

DB_NAME = "papertui.db"
BUSY_TIMEOUT_MS = 5000
RETRIES = 8

T = TypeVar("T")


class StoreError(Exception):
    """A store operation failed; the message says what happened in words a user can act on."""


class StoreReadOnly(StoreError):
    """A write was attempted on a store opened read-only."""


@dataclass
class Opened:
    conn: sqlite3.Connection
    read_only: bool
    messages: list[str] = field(default_factory=list)


def _configure(conn: sqlite3.Connection, *, writable: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if writable:
        # WAL: readers never block the writer; NORMAL sync is durable against a killed process.
        mode = retry(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"could not switch to WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(
        target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False, uri=uri
    )


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def retry(action: Callable[[], T]) -> T:
    """Run `action`, retrying with jittered backoff while another process holds the write lock."""
    for attempt in range(RETRIES):
        try:
            return action()
        except sqlite3.OperationalError as error:
            if not _is_busy(error) or attempt == RETRIES - 1:
                raise
            time.sleep(min(0.05 * 2**attempt, 1.0) * (0.5 + random.random()))
    raise AssertionError("unreachable")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One user action: BEGIN IMMEDIATE takes the write lock up front, so read-then-write cannot lose updates."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


# The user's own data, checked on every open. The caches (analysis_cache, response_cache, file_index) are not:
# at 2,000 episodes they are ~50 MB and a whole-file check cost ~100 ms of every start, while a damaged cache
# page only means reading files again (cache reads and writes already fail soft).
USER_TABLES = (
    "schema_version", "paper_merges", "verdict_history", "verdicts", "notes", "note_history", "tags",
    "metadata_choices", "settings",
)
CACHE_TABLES = ("analysis_cache", "response_cache", "file_index")


def _integrity_ok(conn: sqlite3.Connection) -> bool:
    present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in USER_TABLES:
        if table in present and conn.execute(f"PRAGMA quick_check({table})").fetchall() != [("ok",)]:
            return False
    return True


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while dest.exists():
        counter += 1
        dest = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    os.replace(path, dest)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            if suffix == "-wal":  # keep it with the corrupt copy: it may hold the last writes
                os.replace(side, dest.with_name(dest.name + suffix))
            else:
                side.unlink()
    return dest


def _memory(messages: list[str]) -> Opened:
    conn = _connect(":memory:")
    _configure(conn, writable=False)
    migrate(conn)
    return Opened(conn, True, messages)


def _open_read_only(path: Path, messages: list[str]) -> Opened:
    if not path.exists():
        messages.append(f"no database at {path} yet; nothing will be saved this session")
        return _memory(messages)
    last: Exception | None = None
    for query in ("mode=ro", "immutable=1"):  # immutable: a WAL file in a dir we cannot write
        conn = None
        try:
            conn = _connect(f"{path.resolve().as_uri()}?{query}", uri=True)
            _configure(conn, writable=False)
            if not _integrity_ok(conn):
                raise sqlite3.DatabaseError("database disk image is malformed")
            if not has_schema(conn):
                raise sqlite3.DatabaseError("database has no papertui schema")
            return Opened(conn, True, messages)
        except sqlite3.DatabaseError as error:
            last = error
            if conn is not None:
                conn.close()
    messages.append(f"could not read {path} ({last}); nothing will be saved this session")
    return _memory(messages)


def open_database(data_dir: Path, *, read_only: bool = False) -> Opened:
    """Open (creating when needed) `<data_dir>/papertui.db`; never raises for a bad file or a read-only dir."""
    path = data_dir / DB_NAME
    messages: list[str] = []
    if read_only:
        return _open_read_only(path, messages)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        messages.append(f"cannot create the data dir {data_dir} ({error.strerror or error}); opened read-only")
        return _open_read_only(path, messages)
    for _attempt in range(2):
        conn = None
        try:
            conn = _connect(str(path))
            _configure(conn, writable=True)
            if not _integrity_ok(conn):
                raise sqlite3.DatabaseError("database disk image is malformed")
            migrate(conn)
            return Opened(conn, False, messages)
        except SchemaTooNew as error:
            if conn is not None:
                conn.close()
            messages.append(f"{path}: {error}; opened read-only")
            return _open_read_only(path, messages)
        except sqlite3.OperationalError as error:
            if conn is not None:
                conn.close()
            if _is_busy(error):
                messages.append(f"{path} is busy in another process ({error}); opened read-only")
                return _open_read_only(path, messages)
            messages.append(f"cannot write {path} ({_describe(error)}); opened read-only")
            return _open_read_only(path, messages)
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
            try:
                moved = _move_aside(path)
            except OSError as move_error:
                messages.append(f"{path} is corrupt ({error}) and could not be moved aside ({move_error})")
                return _memory(messages)
            messages.append(f"database {path} was corrupt ({error}); moved aside to {moved.name}, started a fresh one")
    messages.append(f"could not create a fresh database at {path}")
    return _memory(messages)


def _describe(error: sqlite3.Error) -> str:
    text = str(error)
    lowered = text.lower()
    if "full" in lowered:
        return "the disk is full"
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return "the data dir or file is not writable"
    return text


def describe_write_error(error: sqlite3.Error) -> str:
    return _describe(error)
