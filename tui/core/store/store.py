"""The `Store` facade: every public method is one transaction, safe to call from worker threads.

Writes take the write lock up front (BEGIN IMMEDIATE) and retry while another process holds it, so two
papertui processes on one data dir never lose an update. Failures surface as `StoreError` with a message a
user can act on; a full disk or a read-only file flips the store to read-only and says so in `messages`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from tui.core import anchors
from tui.core.identity import text_hash
from tui.core.models import Claim, Episode, Note, NoteTarget, Verdict, VerdictRecord
from tui.core.paths import data_dir as default_data_dir
from tui.core.store import merge, notes, verdicts
from tui.core.store.db import (
    DB_NAME,
    StoreError,
    StoreReadOnly,
    describe_write_error,
    open_database,
    retry,
    transaction,
)

T = TypeVar("T")

# SQLite allows 999 bound parameters in old builds: ask for keys in chunks below that.
_IN_CHUNK = 500
_UPSERT_FILE_INDEX = (
    "INSERT INTO file_index(path, size, mtime, episode_key) VALUES (?, ?, ?, ?) ON CONFLICT(path)"
    " DO UPDATE SET size = excluded.size, mtime = excluded.mtime, episode_key = excluded.episode_key,"
    " previous_key = CASE WHEN file_index.episode_key != excluded.episode_key"
    " THEN file_index.episode_key ELSE file_index.previous_key END"
)


class Store:
    """Verdicts, notes, tags, metadata choices, caches, file index and settings in `<data_dir>/papertui.db`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool, messages: list[str]) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self.messages = messages
        self._lock = threading.RLock()
        self._last_time = 0.0

    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, read_only: bool = False) -> Store:
        directory = Path(data_dir).expanduser() if data_dir is not None else default_data_dir()
        opened = open_database(directory, read_only=read_only)
        return cls(opened.conn, directory / DB_NAME, read_only=opened.read_only, messages=opened.messages)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # ------------------------------------------------------------------------------------------ plumbing

    def _now(self) -> float:
        """Wall time, strictly increasing within this process so ordering by time matches ordering by action."""
        now = max(time.time(), self._last_time + 1e-6)
        self._last_time = now
        return now

    def _read(self, action: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            try:
                return retry(lambda: action(self._conn))
            except sqlite3.Error as error:
                raise StoreError(f"could not read {self.path}: {error}") from error

    def _write(self, action: Callable[[sqlite3.Connection], T], what: str) -> T:
        if self.read_only:
            raise StoreReadOnly(f"the store is read-only; could not {what}")

        def attempt() -> T:
            with transaction(self._conn) as conn:
                return action(conn)

        with self._lock:
            try:
                return retry(attempt)
            except sqlite3.Error as error:
                reason = describe_write_error(error)
                if "full" in reason or "writable" in reason:
                    self.read_only = True
                    self.messages.append(f"could not {what}: {reason}; the store is now read-only")
                    raise StoreReadOnly(f"could not {what}: {reason}") from error
                raise StoreError(f"could not {what}: {reason}") from error

    # ------------------------------------------------------------------------------------------ keys

    def resolve_key(self, key: str) -> str:
        return self._read(lambda c: merge.resolve(c, key))

    def merge_paper_key(self, old_key: str, new_key: str) -> str:
        """Move everything of `old_key` to `new_key` and remember the merge. Returns the final key."""
        return self._write(lambda c: merge.merge(c, old_key, new_key, self._now()), f"merge {old_key} into {new_key}")

    def merges(self) -> dict[str, str]:
        return self._read(lambda c: dict(c.execute("SELECT old_key, new_key FROM paper_merges ORDER BY old_key")))

    # ------------------------------------------------------------------------------------------ verdicts

    def set_verdict(self, paper_key: str, verdict: Verdict | str, reason: str | None = None) -> VerdictRecord:
        value = Verdict(verdict)
        return self._write(
            lambda c: verdicts.apply(c, merge.resolve(c, paper_key), value, reason, self._now(), "set"),
            f"save the verdict of {paper_key}",
        )

    def get_verdict(self, paper_key: str) -> VerdictRecord | None:
        return self._read(lambda c: verdicts.current(c, merge.resolve(c, paper_key)))

    def all_verdicts(self) -> dict[str, VerdictRecord]:
        return self._read(verdicts.all_current)

    def verdict_history(self, paper_key: str) -> list[VerdictRecord]:
        return self._read(lambda c: verdicts.history(c, merge.resolve(c, paper_key)))

    def undo_verdict(self) -> VerdictRecord | None:
        """Restore the state before the most recent verdict change; None when there is nothing to undo."""
        return self._write(lambda c: verdicts.undo_last(c, self._now()), "undo the last verdict")

    def import_verdict(self, paper_key: str, verdict: Verdict | None, reason: str | None, at: float) -> VerdictRecord:
        """Set a verdict carrying its original time (import/merge of a teammate's export)."""
        return self._write(
            lambda c: verdicts.apply(c, merge.resolve(c, paper_key), verdict, reason, self._now(), "import", state_at=at),
            f"import the verdict of {paper_key}",
        )

    # ------------------------------------------------------------------------------------------ notes

    def _resolved_target(self, conn: sqlite3.Connection, target: NoteTarget) -> NoteTarget:
        if target.paper_key:
            return target.model_copy(update={"paper_key": merge.resolve(conn, target.paper_key)})
        return target

    def save_note(
        self, target: NoteTarget, body: str, *, turn_text: str | None = None, claim_text: str | None = None
    ) -> Note:
        """Upsert the target's note. Pass the turn's text (and the claim sentence) so it can be re-attached
        after the transcript is edited; the turn hash is filled in from `turn_text` when missing."""
        notes.target_key(target)  # validate before touching the database
        if turn_text is not None and target.turn_hash is None:
            target = target.model_copy(update={"turn_hash": text_hash(turn_text)})

        def action(conn: sqlite3.Connection) -> Note:
            resolved = self._resolved_target(conn, target)
            return notes.save(conn, resolved, body, self._now(), turn_text=turn_text, claim_text=claim_text)

        return self._write(action, "save the note")

    def import_note(
        self, target: NoteTarget, body: str, *, created: float, updated: float, turn_text: str | None = None,
        claim_text: str | None = None, orphaned: bool = False,
    ) -> Note:
        """Write a note with its original times (history of the replaced body kept)."""

        def action(conn: sqlite3.Connection) -> Note:
            resolved = self._resolved_target(conn, target)
            return notes.save(
                conn, resolved, body, updated, turn_text=turn_text, claim_text=claim_text, created=created,
                action="import", orphaned=orphaned,
            )

        return self._write(action, "import a note")

    def get_note(self, target: NoteTarget) -> Note | None:
        return self._read(lambda c: notes.get(c, self._resolved_target(c, target)))

    def notes_for_paper(self, paper_key: str) -> list[Note]:
        return self._read(lambda c: notes.select(c, "paper_key = ?", (merge.resolve(c, paper_key),)))

    def notes_for_episode(self, episode_key: str) -> list[Note]:
        return self._read(lambda c: notes.select(c, "episode_key = ?", (episode_key,)))

    def all_notes(self) -> list[Note]:
        return self._read(notes.select)

    def orphaned_notes(self) -> list[Note]:
        return self._read(lambda c: notes.select(c, "orphaned = 1"))

    def note_snapshots(self, note_id: int) -> tuple[str | None, str | None]:
        """(turn text, claim sentence) saved with the note."""
        return self._read(lambda c: notes.snapshots(c, note_id))

    def note_history(self, note_id: int) -> list[tuple[str, float, str]]:
        return self._read(lambda c: notes.history(c, note_id))

    def reattach_notes(
        self, episode: Episode, old_key: str | None = None, claims: Sequence[Claim] | None = None
    ) -> anchors.ReattachReport | None:
        """Move the turn/claim notes of an edited transcript's previous version onto `episode`.

        `old_key` defaults to the file index's previous key for `episode.source`. None when there is
        nothing to do (unknown path, or content unchanged).
        """
        if old_key is None:
            old_key = self.previous_episode_key(str(Path(episode.source).resolve()))
            if old_key is None:
                old_key = self.previous_episode_key(episode.source)
        if old_key is None or old_key == episode.key:
            return None
        report = anchors.ReattachReport(old_key=old_key, new_key=episode.key, orphaned=[])

        def action(conn: sqlite3.Connection) -> anchors.ReattachReport:
            rows = conn.execute(
                "SELECT id, kind, turn_index, turn_hash, claim_id, turn_text, claim_text FROM notes"
                " WHERE episode_key = ? AND kind IN ('turn', 'claim') ORDER BY id",
                (old_key,),
            ).fetchall()
            now = self._now()
            for note_id, kind, index, old_hash, claim_id, turn_text, claim_text in rows:
                found = anchors.find_turn(episode.turns, index, old_hash, turn_text)
                new_claim = None
                if found is not None and kind == "claim":
                    new_claim = anchors.find_claim_id(episode.key, found, claim_id, claim_text, claims)
                if found is None or (kind == "claim" and new_claim is None):
                    conn.execute("UPDATE notes SET orphaned = 1 WHERE id = ?", (note_id,))
                    report.orphaned.append(note_id)
                    continue
                updates: dict[str, object] = {
                    "episode_key": episode.key, "turn_index": found.index, "turn_hash": text_hash(found.text),
                    "turn_text": found.text, "orphaned": 0,
                }
                if kind == "claim":
                    updates["claim_id"] = new_claim
                    new_target = f"claim|{new_claim}"
                else:
                    new_target = f"turn|{episode.key}|{found.index}"
                notes.move(conn, note_id, new_target, updates, now)
                if found.how == "same":
                    report.kept += 1
                elif found.how == "moved":
                    report.moved += 1
                else:
                    report.fuzzy += 1
            return report

        return self._write(action, "re-attach notes")

    # ------------------------------------------------------------------------------------------ tags

    def set_tags(self, paper_key: str, tags: list[str]) -> list[str]:
        clean = _clean_tags(tags)

        def action(conn: sqlite3.Connection) -> list[str]:
            key = merge.resolve(conn, paper_key)
            conn.execute("DELETE FROM tags WHERE paper_key = ?", (key,))
            conn.executemany("INSERT INTO tags(paper_key, tag) VALUES (?, ?)", [(key, tag) for tag in clean])
            return clean

        return self._write(action, f"save the tags of {paper_key}")

    def add_tag(self, paper_key: str, tag: str) -> None:
        """Atomic add (safe against a concurrent add in another process, unlike get + set)."""
        for clean in _clean_tags([tag]):
            self._write(
                lambda c: c.execute(
                    "INSERT OR IGNORE INTO tags(paper_key, tag) VALUES (?, ?)", (merge.resolve(c, paper_key), clean)
                ),
                f"tag {paper_key}",
            )

    def remove_tag(self, paper_key: str, tag: str) -> None:
        self._write(
            lambda c: c.execute(
                "DELETE FROM tags WHERE paper_key = ? AND tag = ?", (merge.resolve(c, paper_key), tag.strip())
            ),
            f"untag {paper_key}",
        )

    def get_tags(self, paper_key: str) -> list[str]:
        return self._read(
            lambda c: [
                row[0]
                for row in c.execute(
                    "SELECT tag FROM tags WHERE paper_key = ? ORDER BY tag", (merge.resolve(c, paper_key),)
                )
            ]
        )

    def all_tags(self) -> dict[str, list[str]]:
        def action(conn: sqlite3.Connection) -> dict[str, list[str]]:
            result: dict[str, list[str]] = {}
            for key, tag in conn.execute("SELECT paper_key, tag FROM tags ORDER BY paper_key, tag"):
                result.setdefault(key, []).append(tag)
            return result

        return self._read(action)

    # ------------------------------------------------------------------------------------------ metadata choice

    def set_metadata_choice(self, paper_key: str, arxiv_id: str | None) -> None:
        """The user's pick among metadata candidates; None records "none of them"."""
        self._write(
            lambda c: c.execute(
                "INSERT INTO metadata_choices(paper_key, arxiv_id, at) VALUES (?, ?, ?) ON CONFLICT(paper_key)"
                " DO UPDATE SET arxiv_id = excluded.arxiv_id, at = excluded.at",
                (merge.resolve(c, paper_key), arxiv_id, self._now()),
            ),
            f"save the metadata choice of {paper_key}",
        )

    def get_metadata_choice(self, paper_key: str) -> str | None:
        row = self._read(
            lambda c: c.execute(
                "SELECT arxiv_id FROM metadata_choices WHERE paper_key = ?", (merge.resolve(c, paper_key),)
            ).fetchone()
        )
        return row[0] if row else None

    def all_metadata_choices(self) -> dict[str, str | None]:
        return self._read(lambda c: dict(c.execute("SELECT paper_key, arxiv_id FROM metadata_choices ORDER BY 1")))

    # ------------------------------------------------------------------------------------------ caches

    def get_analysis(self, episode_key: str, version: str) -> dict | None:
        row = self._read(
            lambda c: c.execute(
                "SELECT payload FROM analysis_cache WHERE episode_key = ? AND version = ?", (episode_key, version)
            ).fetchone()
        )
        if row is None:
            return None
        try:
            payload = json.loads(row[0])
        except json.JSONDecodeError:
            return None
        return payload if isinstance(payload, dict) else None

    def put_analysis(self, episode_key: str, version: str, payload: dict) -> None:
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        self._write(
            lambda c: c.execute(
                "INSERT OR REPLACE INTO analysis_cache(episode_key, version, payload, at) VALUES (?, ?, ?, ?)",
                (episode_key, version, text, self._now()),
            ),
            "cache the analysis",
        )

    def cache_get(self, namespace: str, key: str, max_age: float | None = None) -> tuple[str, float] | None:
        row = self._read(
            lambda c: c.execute(
                "SELECT payload, fetched_at FROM response_cache WHERE namespace = ? AND key = ?", (namespace, key)
            ).fetchone()
        )
        if row is None or (max_age is not None and time.time() - row[1] > max_age):
            return None
        return row[0], row[1]

    def cache_put(self, namespace: str, key: str, payload: str) -> None:
        self._write(
            lambda c: c.execute(
                "INSERT OR REPLACE INTO response_cache(namespace, key, payload, fetched_at) VALUES (?, ?, ?, ?)",
                (namespace, key, payload, time.time()),
            ),
            "cache a metadata response",
        )

    def cache_get_many(self, namespace: str, keys: Sequence[str]) -> dict[str, str]:
        """Payloads of many keys in a few queries (a warm start reads thousands of heads at once)."""
        found: dict[str, str] = {}
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start:start + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(self._read(lambda c, chunk=chunk, marks=marks: c.execute(
                f"SELECT key, payload FROM response_cache WHERE namespace = ? AND key IN ({marks})",  # noqa: S608
                (namespace, *chunk),
            ).fetchall()))
        return found

    def put_scan_results(
        self,
        episodes: Sequence[tuple[str, str, str]],
        cached: Sequence[tuple[str, str, str]],
        files: Sequence[tuple[str, int, float, str]],
    ) -> None:
        """One transaction for a batch of scanned files: episode texts `(key, version, json)`, cache entries
        `(namespace, key, payload)` and file index rows `(path, size, mtime, episode key)`."""
        now = self._now()

        def action(c: sqlite3.Connection) -> None:
            c.executemany(
                "INSERT OR REPLACE INTO analysis_cache(episode_key, version, payload, at) VALUES (?, ?, ?, ?)",
                [(key, version, text, now) for key, version, text in episodes],
            )
            c.executemany(
                "INSERT OR REPLACE INTO response_cache(namespace, key, payload, fetched_at) VALUES (?, ?, ?, ?)",
                [(namespace, key, payload, now) for namespace, key, payload in cached],
            )
            c.executemany(_UPSERT_FILE_INDEX, files)

        self._write(action, f"cache {len(files)} scanned files")

    # ------------------------------------------------------------------------------------------ file index

    def get_file_index(self, path: str) -> tuple[int, float, str] | None:
        row = self._read(
            lambda c: c.execute("SELECT size, mtime, episode_key FROM file_index WHERE path = ?", (path,)).fetchone()
        )
        return (row[0], row[1], row[2]) if row else None

    def put_file_index(self, path: str, size: int, mtime: float, episode_key: str) -> None:
        """Record a scanned file; when its content changed, remember the key it had (see `previous_episode_key`)."""
        self._write(lambda c: c.execute(_UPSERT_FILE_INDEX, (path, size, mtime, episode_key)), "update the file index")

    def file_index_entries(self) -> dict[str, tuple[int, float, str]]:
        """Every indexed file: path -> (size, mtime, episode key), in one query."""
        rows = self._read(lambda c: c.execute("SELECT path, size, mtime, episode_key FROM file_index").fetchall())
        return {path: (size, mtime, key) for path, size, mtime, key in rows}

    def previous_episode_key(self, path: str) -> str | None:
        """The episode key `path` had before its content last changed (to re-attach notes), else None."""
        row = self._read(lambda c: c.execute("SELECT previous_key FROM file_index WHERE path = ?", (path,)).fetchone())
        return row[0] if row else None

    # ------------------------------------------------------------------------------------------ settings

    def get_setting(self, name: str, default: Any = None) -> Any:
        row = self._read(lambda c: c.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone())
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except json.JSONDecodeError:
            return default

    def set_setting(self, name: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        self._write(
            lambda c: c.execute("INSERT OR REPLACE INTO settings(name, value) VALUES (?, ?)", (name, text)),
            f"save the setting {name}",
        )

    # ------------------------------------------------------------------------------------------ backup

    def backup(self, dest: Path | str) -> Path:
        """A consistent copy via SQLite's backup API, written to a temp file and renamed into place."""
        dest = Path(dest).expanduser()
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        os.close(fd)
        try:
            target = sqlite3.connect(tmp_name)
            try:
                with self._lock:
                    self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            os.replace(tmp_name, dest)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return dest

    def integrity_ok(self) -> bool:
        rows = self._read(lambda c: c.execute("PRAGMA integrity_check").fetchall())
        return rows == [("ok",)]


def _clean_tags(tags: Sequence[str]) -> list[str]:
    return sorted({tag.strip() for tag in tags if tag and tag.strip()})
