"""Verdict rows and their history. Every change is a history row that remembers the state it replaced,
so undo can restore it exactly and the audit trail is complete (undo is itself a row, never a deletion)."""

from __future__ import annotations

import sqlite3

from tui.core.models import Verdict, VerdictRecord

UNDOABLE_ACTIONS = ("set",)


def current(conn: sqlite3.Connection, key: str) -> VerdictRecord | None:
    row = conn.execute("SELECT paper_key, verdict, reason, at FROM verdicts WHERE paper_key = ?", (key,)).fetchone()
    return _record(row) if row else None


def all_current(conn: sqlite3.Connection) -> dict[str, VerdictRecord]:
    rows = conn.execute("SELECT paper_key, verdict, reason, at FROM verdicts ORDER BY paper_key")
    return {row[0]: _record(row) for row in rows}


def history(conn: sqlite3.Connection, key: str) -> list[VerdictRecord]:
    rows = conn.execute(
        "SELECT paper_key, verdict, reason, at FROM verdict_history WHERE paper_key = ? ORDER BY id", (key,)
    )
    return [_record(row) for row in rows]


def apply(
    conn: sqlite3.Connection,
    key: str,
    verdict: Verdict | None,
    reason: str | None,
    at: float,
    action: str,
    *,
    state_at: float | None = None,
) -> VerdictRecord:
    """Make `verdict` the paper's state (None clears it) and append the history row. Call inside a transaction.

    `state_at` is the time the new state carries (undo restores the old state's own time); default `at`.
    """
    before = conn.execute("SELECT verdict, reason, at FROM verdicts WHERE paper_key = ?", (key,)).fetchone()
    prev_verdict, prev_reason, prev_at = before if before else (None, None, None)
    cursor = conn.execute(
        "INSERT INTO verdict_history(paper_key, verdict, reason, at, action, prev_verdict, prev_reason, prev_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (key, (verdict or Verdict.UNSORTED).value, reason, at, action, prev_verdict, prev_reason, prev_at),
    )
    history_id = cursor.lastrowid
    stamp = at if state_at is None else state_at
    if verdict is None:
        conn.execute("DELETE FROM verdicts WHERE paper_key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO verdicts(paper_key, verdict, reason, at, history_id) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(paper_key) DO UPDATE SET verdict = excluded.verdict, reason = excluded.reason,"
            " at = excluded.at, history_id = excluded.history_id",
            (key, verdict.value, reason, stamp, history_id),
        )
    return VerdictRecord(paper_key=key, verdict=verdict or Verdict.UNSORTED, reason=reason, at=stamp)


def undo_last(conn: sqlite3.Connection, now: float) -> VerdictRecord | None:
    """Restore the state before the most recent not-yet-undone change (of any paper). Repeated calls go back further."""
    marks = ",".join("?" for _ in UNDOABLE_ACTIONS)
    row = conn.execute(
        f"SELECT id, paper_key, prev_verdict, prev_reason, prev_at FROM verdict_history"
        f" WHERE action IN ({marks}) AND undone_by IS NULL ORDER BY id DESC LIMIT 1",
        UNDOABLE_ACTIONS,
    ).fetchone()
    if row is None:
        return None
    change_id, key, prev_verdict, prev_reason, prev_at = row
    restored = Verdict(prev_verdict) if prev_verdict is not None else None
    record = apply(conn, key, restored, prev_reason, now, "undo", state_at=prev_at if restored else now)
    undo_id = conn.execute("SELECT max(id) FROM verdict_history").fetchone()[0]
    conn.execute("UPDATE verdict_history SET undone_by = ? WHERE id = ?", (undo_id, change_id))
    return record


def _record(row: tuple) -> VerdictRecord:
    return VerdictRecord(paper_key=row[0], verdict=Verdict(row[1]), reason=row[2], at=row[3])
