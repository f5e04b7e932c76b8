"""Paper key merges: when a name-keyed paper gets an arXiv id, everything hanging off the old key moves.

The merge is recorded (old -> new) so late writers and old exports that still use the old key resolve to
the new one. Nothing is dropped: of two verdicts the newer wins (the other stays in the history), two notes
on one paper are concatenated, tags are united.
"""

from __future__ import annotations

import sqlite3

from tui.core.models import Verdict
from tui.core.store import notes, verdicts

MAX_CHAIN = 64


def resolve(conn: sqlite3.Connection, key: str) -> str:
    seen = {key}
    for _ in range(MAX_CHAIN):
        row = conn.execute("SELECT new_key FROM paper_merges WHERE old_key = ?", (key,)).fetchone()
        if row is None or row[0] in seen:
            return key
        key = row[0]
        seen.add(key)
    return key


def merge(conn: sqlite3.Connection, old: str, new: str, now: float) -> str:
    """Move `old`'s verdict, notes, tags and metadata choice to `new` (resolved). Returns the final key."""
    old, final = resolve(conn, old), resolve(conn, new)
    if old == final:
        return final
    conn.execute(
        "INSERT INTO paper_merges(old_key, new_key, at) VALUES (?, ?, ?)"
        " ON CONFLICT(old_key) DO UPDATE SET new_key = excluded.new_key, at = excluded.at",
        (old, final, now),
    )
    conn.execute("UPDATE paper_merges SET new_key = ? WHERE new_key = ?", (final, old))
    _merge_verdicts(conn, old, final, now)
    _merge_notes(conn, old, final, now)
    conn.execute("INSERT OR IGNORE INTO tags(paper_key, tag) SELECT ?, tag FROM tags WHERE paper_key = ?", (final, old))
    conn.execute("DELETE FROM tags WHERE paper_key = ?", (old,))
    conn.execute(
        "INSERT OR IGNORE INTO metadata_choices(paper_key, arxiv_id, at) SELECT ?, arxiv_id, at"
        " FROM metadata_choices WHERE paper_key = ?",
        (final, old),
    )
    conn.execute("DELETE FROM metadata_choices WHERE paper_key = ?", (old,))
    return final


def _merge_verdicts(conn: sqlite3.Connection, old: str, new: str, now: float) -> None:
    mine, theirs = verdicts.current(conn, old), verdicts.current(conn, new)
    conn.execute("UPDATE verdict_history SET paper_key = ? WHERE paper_key = ?", (new, old))
    conn.execute("DELETE FROM verdicts WHERE paper_key = ?", (old,))
    if mine is not None and (theirs is None or mine.at > theirs.at):
        verdicts.apply(conn, new, Verdict(mine.verdict), mine.reason, now, "merge", state_at=mine.at)


def _merge_notes(conn: sqlite3.Connection, old: str, new: str, now: float) -> None:
    rows = conn.execute("SELECT id, kind, target_key FROM notes WHERE paper_key = ?", (old,)).fetchall()
    for note_id, kind, key in rows:
        new_key = f"paper|{new}" if kind == "paper" else key
        notes.move(conn, note_id, new_key, {"paper_key": new}, now)
