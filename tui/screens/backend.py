"""The app's one way to the store and the library, off the UI thread.

Store calls run on a single background thread, in the order they were made: a verdict and its undo, or two
autosaves of a note, can never overtake each other, and the event loop never waits on SQLite. The library
scan runs on its own thread (the store is thread-safe) so verdicts keep saving while a big library loads.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # imported in the store thread by open(): the first paint does not wait for them
    from tui.core.library import Library, ScanProgress
    from tui.core.models import Episode, EpisodeAnalysis, PaperMeta
    from tui.core.store import Store

T = TypeVar("T")


class Backend:
    """Owns the Store and the Library for the app's lifetime."""

    def __init__(
        self,
        paths: Sequence[Path],
        data_dir: Path | None,
        *,
        offline: bool = False,
        library_factory: Callable[[list[Path], Store], Library] | None = None,
    ) -> None:
        self.paths = list(paths)
        self.library_factory = library_factory or _default_library
        self.data_dir = data_dir
        self.offline = offline
        self.store: Store | None = None
        self.library: Library | None = None
        self.cancel_scan = threading.Event()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="papertui-store")

    async def call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a store call on the store thread and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(function, *args, **kwargs))

    def call_blocking(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a store call on the store thread from another worker thread."""
        return self._executor.submit(partial(function, *args, **kwargs)).result()

    def submit(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> None:
        """Queue a store call without waiting (last-chance saves while the app shuts down)."""
        try:
            self._executor.submit(partial(function, *args, **kwargs))
        except RuntimeError:  # the executor is already shut down: do it here rather than lose it
            function(*args, **kwargs)

    async def open(self) -> Store:
        """Open (or create) the store; a corrupt file is moved aside by the store and reported in messages."""
        self.store = await self.call(_open_store, self.data_dir)
        self.library = await self.call(self.library_factory, self.paths, self.store)
        return self.store

    def scan(
        self,
        on_progress: Callable[[ScanProgress], None] | None = None,
        on_episode: Callable[[Episode, EpisodeAnalysis | None], None] | None = None,
        catalog: Sequence[PaperMeta] | None = None,
    ) -> Library:
        """Blocking: scan the library (call from a thread worker)."""
        assert self.library is not None, "open() first"
        self.cancel_scan.clear()
        self.library.scan(on_progress=on_progress, cancel=self.cancel_scan, on_episode=on_episode)
        return self.library

    def close(self) -> None:
        """Finish queued writes, then close the store."""
        store = self.store
        if store is not None:
            self._executor.submit(store.close)
        self._executor.shutdown(wait=True)
        self.store = None


def _open_store(data_dir: Path | None) -> Store:
    from tui.core.store import Store

    return Store.open(data_dir)


def _default_library(paths: list[Path], store: Store) -> Library:
    from tui.core.library import Library

    return Library(paths, store=store)
