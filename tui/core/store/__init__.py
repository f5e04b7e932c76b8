"""The SQLite store: verdicts with history, notes, tags, metadata choices, caches, file index, settings."""

from tui.core.store.db import StoreError, StoreReadOnly
from tui.core.store.store import Store

__all__ = ["Store", "StoreError", "StoreReadOnly"]
