"""The database schema as a list of forward migrations; `schema_version` records how far a file has come.

A migration is only ever appended, never edited: a data dir written by an older papertui is upgraded in
place on open, one step per transaction, so an interrupted upgrade resumes where it stopped.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE paper_merges (
        old_key TEXT PRIMARY KEY,
        new_key TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE TABLE verdict_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        paper_key TEXT NOT NULL,
        verdict TEXT NOT NULL,            -- 'unsorted' when the change cleared the verdict
        reason TEXT,
        at REAL NOT NULL,
        action TEXT NOT NULL,             -- set | undo | import | merge
        prev_verdict TEXT,                -- the state this change replaced (NULL: no verdict)
        prev_reason TEXT,
        prev_at REAL,
        undone_by INTEGER REFERENCES verdict_history(id)
    );
    CREATE INDEX verdict_history_paper ON verdict_history(paper_key, id);
    CREATE TABLE verdicts (
        paper_key TEXT PRIMARY KEY,
        verdict TEXT NOT NULL,
        reason TEXT,
        at REAL NOT NULL,
        history_id INTEGER NOT NULL REFERENCES verdict_history(id)
    );
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        target_key TEXT NOT NULL UNIQUE,  -- one note per target; see notes.target_key()
        kind TEXT NOT NULL CHECK (kind IN ('paper', 'claim', 'turn')),
        paper_key TEXT,
        episode_key TEXT,
        turn_index INTEGER,
        turn_hash TEXT,
        claim_id TEXT,
        turn_text TEXT,                   -- snapshot of the turn, to re-attach after transcript edits
        claim_text TEXT,                  -- snapshot of the claim sentence, likewise
        body TEXT NOT NULL,
        created REAL NOT NULL,
        updated REAL NOT NULL,
        orphaned INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX notes_paper ON notes(paper_key);
    CREATE INDEX notes_episode ON notes(episode_key);
    CREATE TABLE note_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        updated REAL NOT NULL,
        action TEXT NOT NULL              -- the body a change replaced: edit | import | merge
    );
    CREATE TABLE tags (
        paper_key TEXT NOT NULL,
        tag TEXT NOT NULL,
        PRIMARY KEY (paper_key, tag)
    );
    CREATE TABLE metadata_choices (
        paper_key TEXT PRIMARY KEY,
        arxiv_id TEXT,
        at REAL NOT NULL
    );
    CREATE TABLE analysis_cache (
        episode_key TEXT NOT NULL,
        version TEXT NOT NULL,
        payload TEXT NOT NULL,
        at REAL NOT NULL,
        PRIMARY KEY (episode_key, version)
    );
    CREATE TABLE response_cache (
        namespace TEXT NOT NULL,
        key TEXT NOT NULL,
        payload TEXT NOT NULL,
        fetched_at REAL NOT NULL,
        PRIMARY KEY (namespace, key)
    );
    CREATE TABLE file_index (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime REAL NOT NULL,
        episode_key TEXT NOT NULL,
        previous_key TEXT                 -- the key the path had before its content last changed
    );
    CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The file was written by a newer papertui; we must not write to it."""


def current_version(conn: sqlite3.Connection) -> int:
    """How many migrations the file has had (0 for a new file). Creates nothing."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if exists is None:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def has_schema(conn: sqlite3.Connection) -> bool:
    """Whether the file has papertui tables, without creating anything (works on read-only connections)."""
    return current_version(conn) > 0


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the missing migrations, each in its own transaction. Returns the version reached."""
    version = current_version(conn)
    if version == 0:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(f"database schema {version} is newer than this papertui ({SCHEMA_VERSION})")
    for number in range(version + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[number - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current_version(conn) >= number:  # another process got there first
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version(version) VALUES (?)", (number,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line.split("--", 1)[0] if "--" in line else line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
