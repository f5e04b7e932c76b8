"""Looking up a paper's metadata from the app: local catalog, cache, then arXiv/Semantic Scholar unless offline.

The resolver is httpx-async and reads the SQLite cache synchronously, so it runs on its own event loop in a
thread worker, never on the UI loop. Its status shows in the paper pane; ctrl+x cancels (the answer is then
dropped). Offline, it answers from the catalog and cache only. An ambiguous answer opens the candidate
picker (tui/screens/metadata_picker.py); the choice is saved with `set_metadata_choice`.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from tui.core.models import LibraryPaper

if TYPE_CHECKING:
    from tui.screens.dashboard import DashboardScreen


def resolve_paper_metadata(screen: DashboardScreen, paper: LibraryPaper) -> None:
    backend = screen.backend
    offline = bool(backend.offline)
    screen.metadata_resolved(paper.key, None, "looking up metadata (offline: catalog and cache)…" if offline else "looking up metadata…")

    catalog = list(screen.library.catalog) if screen.library is not None else []
    arxiv_id = paper.key.removeprefix("arxiv:") if paper.key.startswith("arxiv:") else None

    async def lookup():  # noqa: ANN202
        from tui.core.metadata.resolver import Resolver

        async with Resolver(catalog, cache=backend.store, offline=offline, choices=backend.store) as resolver:
            return await resolver.resolve(paper.name, paper.aliases, arxiv_id=arxiv_id)

    def run() -> None:
        worker = get_current_worker()
        try:
            result = asyncio.run(lookup())
        except Exception as exc:  # noqa: BLE001 - metadata is optional: say why and move on
            if not worker.is_cancelled:
                screen.app.call_from_thread(screen.metadata_resolved, paper.key, None, f"lookup failed: {exc}")
            return
        if worker.is_cancelled:
            return
        candidates = None
        if result.meta is not None:
            updated, status = paper.model_copy(update={"meta": result.meta}), f"found ({result.origin}, score {result.score:.0f})"
        elif result.status == "ambiguous":
            candidates = [(c.meta, c.score) for c in result.candidates]
            updated, status = None, f"ambiguous: {len(candidates)} candidates (M chooses)"
        else:
            extra = f" ({'; '.join(result.messages)})" if result.messages else ""
            updated, status = None, f"no metadata found{extra}"
        screen.app.call_from_thread(screen.metadata_resolved, paper.key, updated, status, candidates)

    screen.run_worker(run, thread=True, group="metadata", exclusive=True, exit_on_error=False)
