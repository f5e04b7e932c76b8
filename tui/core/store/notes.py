"""Notes: one per target (a paper, a claim, or a turn), Markdown bodies, with the replaced bodies kept.

An empty body means "no note": readers skip it, but the row (and its history) stays.
Autosave writes often, so a new history row is recorded only when the body being replaced is older than
`HISTORY_COALESCE_SECONDS`; imports and merges always record one.
"""

from __future__ import annotations

import sqlite3

from tui.core.models import Note, NoteTarget

HISTORY_COALESCE_SECONDS = 300.0

COLUMNS = (
    "id, kind, paper_key, episode_key, turn_index, turn_hash, claim_id, body, created, updated, orphaned,"
    " turn_text, claim_text"
)


def target_key(target: NoteTarget) -> str:
    """The identity of a note's target: the paper, the claim anchor, or (episode, turn index)."""
    if target.kind == "paper":
        if not target.paper_key:
            raise ValueError("a paper note needs a paper_key")
        return f"paper|{target.paper_key}"
    if target.kind == "claim":
        if not target.claim_id:
            raise ValueError("a claim note needs a claim_id")
        return f"claim|{target.claim_id}"
    if not target.episode_key or target.turn_index is None:
        raise ValueError("a turn note needs an episode_key and a turn_index")
    return f"turn|{target.episode_key}|{target.turn_index}"


def from_row(row: tuple) -> Note:
    target = NoteTarget(
        kind=row[1], paper_key=row[2], episode_key=row[3], turn_index=row[4], turn_hash=row[5], claim_id=row[6]
    )
    return Note(id=row[0], target=target, body=row[7], created=row[8], updated=row[9], orphaned=bool(row[10]))


def get(conn: sqlite3.Connection, target: NoteTarget) -> Note | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM notes WHERE target_key = ?", (target_key(target),)).fetchone()
    return from_row(row) if row and row[7].strip() else None


def select(conn: sqlite3.Connection, where: str = "1", params: tuple = ()) -> list[Note]:
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM notes WHERE ({where}) AND trim(body) != '' ORDER BY target_key", params
    )
    return [from_row(row) for row in rows]


def snapshots(conn: sqlite3.Connection, note_id: int) -> tuple[str | None, str | None]:
    row = conn.execute("SELECT turn_text, claim_text FROM notes WHERE id = ?", (note_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def save(
    conn: sqlite3.Connection,
    target: NoteTarget,
    body: str,
    now: float,
    *,
    turn_text: str | None = None,
    claim_text: str | None = None,
    created: float | None = None,
    action: str = "edit",
    orphaned: bool | None = None,
) -> Note:
    """Insert or update the target's note. Call inside a transaction. `orphaned` None keeps the flag as is."""
    key = target_key(target)
    existing = conn.execute("SELECT id, body, updated FROM notes WHERE target_key = ?", (key,)).fetchone()
    if existing is None:
        conn.execute(
            "INSERT INTO notes(target_key, kind, paper_key, episode_key, turn_index, turn_hash, claim_id,"
            " turn_text, claim_text, body, created, updated, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key, target.kind, target.paper_key, target.episode_key, target.turn_index, target.turn_hash,
                target.claim_id, turn_text, claim_text, body, now if created is None else created, now, int(bool(orphaned)),
            ),
        )
    else:
        note_id, old_body, old_updated = existing
        if old_body != body and (action != "edit" or now - old_updated >= HISTORY_COALESCE_SECONDS):
            record_history(conn, note_id, old_body, old_updated, action)
        conn.execute(
            "UPDATE notes SET body = ?, updated = ?, orphaned = coalesce(?, orphaned),"
            " paper_key = coalesce(?, paper_key), turn_hash = coalesce(?, turn_hash),"
            " turn_text = coalesce(?, turn_text), claim_text = coalesce(?, claim_text) WHERE id = ?",
            (body, now, None if orphaned is None else int(orphaned), target.paper_key, target.turn_hash, turn_text, claim_text, note_id),
        )
    row = conn.execute(f"SELECT {COLUMNS} FROM notes WHERE target_key = ?", (key,)).fetchone()
    return from_row(row)


def record_history(conn: sqlite3.Connection, note_id: int, body: str, updated: float, action: str) -> None:
    if body.strip():
        conn.execute(
            "INSERT INTO note_history(note_id, body, updated, action) VALUES (?, ?, ?, ?)",
            (note_id, body, updated, action),
        )


def history(conn: sqlite3.Connection, note_id: int) -> list[tuple[str, float, str]]:
    """(body, updated, action) of each replaced version, oldest first."""
    rows = conn.execute("SELECT body, updated, action FROM note_history WHERE note_id = ? ORDER BY id", (note_id,))
    return [tuple(row) for row in rows]


def combine(kept: str, incoming: str) -> str:
    """Two notes that landed on one target (a key merge, a re-attachment): keep both texts."""
    if not incoming.strip() or incoming.strip() in kept:
        return kept
    if not kept.strip():
        return incoming
    return f"{kept.rstrip()}\n\n{incoming.lstrip()}"


def move(conn: sqlite3.Connection, note_id: int, new_target_key: str, updates: dict[str, object], now: float) -> None:
    """Point a note at another target; when that target already has a note, fold this one into it."""
    clash = conn.execute(
        "SELECT id, body, updated FROM notes WHERE target_key = ? AND id != ?", (new_target_key, note_id)
    ).fetchone()
    if clash is None:
        sets = ", ".join(f"{column} = ?" for column in updates)
        conn.execute(
            f"UPDATE notes SET target_key = ?{', ' if sets else ''}{sets} WHERE id = ?",
            (new_target_key, *updates.values(), note_id),
        )
        return
    other_id, other_body, other_updated = clash
    mine = conn.execute("SELECT body, updated FROM notes WHERE id = ?", (note_id,)).fetchone()
    merged = combine(other_body, mine[0])
    if merged != other_body:
        record_history(conn, other_id, other_body, other_updated, "merge")
        conn.execute("UPDATE notes SET body = ?, updated = ? WHERE id = ?", (merged, now, other_id))
    # The folded note's own history moves with its text, then the empty shell goes.
    conn.execute("UPDATE note_history SET note_id = ? WHERE note_id = ?", (other_id, note_id))
    record_history(conn, other_id, mine[0], mine[1], "merge")
    conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
