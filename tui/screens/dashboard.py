"""The dashboard: episode picker, Dialogue | Claims, the verdict board and the paper details.

Wide terminals show every panel; narrow ones (under 110 columns) show one panel at a time with a tab strip,
and tab/shift+tab or 1-5 switch. The screen owns the selection (episode, paper, claim) and keeps the panels
in step; every store call goes through the Backend's store thread.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.css.query import NoMatches
from textual.markup import escape as escape_markup
from textual.widget import Widget
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from tui.commands import DASHBOARD_COMMANDS, bindings
from tui.screens import bench
from widgets.panel_tabs import PanelTabs
from widgets.status import StatusBar
from widgets.text import shorten

# The first paint shows the frame (panels, titles, "Loading library…") importing little more than Textual.
# The panel widgets, the view models and the domain models (pydantic) are imported after it, where used.
if TYPE_CHECKING:
    from tui.core.library import Library, ScanProgress
    from tui.core.models import (
        Claim,
        Episode,
        EpisodeAnalysis,
        LibraryPaper,
        Note,
        NoteTarget,
        PaperMeta,
        Problem,
        Verdict,
        VerdictRecord,
    )
    from tui.screens import filters
    from tui.screens import view_models as vm
    from widgets.board import VerdictBoard
    from widgets.claims import ClaimsList
    from widgets.dialogue import DialogueView
    from widgets.episodes import EpisodeList
    from widgets.paper_detail import PaperDetail

WIDE_FROM = 110  # columns; below it the dashboard shows one panel at a time (HORIZONTAL_BREAKPOINTS)
LOADING = "Loading library…"
# While scanning: how often (seconds) the progress shows and the loaded episodes join the list. Each is a
# repaint on the UI thread, which the scan thread waits for (the GIL): often enough to look alive, no more.
PROGRESS_EVERY = 0.25
FLUSH_EVERY = 0.5
# A scan shorter than this (a warm start from the cache) shows its first episode at once and the rest when it
# ends: streaming 2,000 cached rows into the list while the scan runs slowed both by a third (the GIL).
STREAM_AFTER = 1.0


def new_panel_widget(panel: str) -> Widget:
    """A panel's widget, with the panel's name as its id. Imports its module on first use (after the
    first paint)."""
    if panel == "episodes":
        from widgets.episodes import EpisodeList

        return EpisodeList(id="episodes")
    if panel == "dialogue":
        from widgets.dialogue import DialogueView

        return DialogueView(id="dialogue")
    if panel == "claims":
        from widgets.claims import ClaimsList

        return ClaimsList(id="claims")
    if panel == "board":
        from widgets.board import VerdictBoard

        return VerdictBoard(id="board")
    from widgets.paper_detail import PaperDetail

    return PaperDetail(id="detail")


PANELS: tuple[tuple[str, str], ...] = (
    ("episodes", "Episodes"),
    ("dialogue", "Dialogue"),
    ("claims", "Claims"),
    ("board", "Board"),
    ("detail", "Paper"),
)


class FilterBar(Input):
    """The `/` filter input; it filters the panel that was focused when it opened."""

    BINDINGS = [Binding("escape", "close(True)", "Clear filter", show=False), Binding("enter", "close(False)", show=False)]

    def __init__(self) -> None:
        super().__init__(placeholder="filter", id="filter-bar", select_on_focus=False)
        self.panel: str | None = None

    def action_close(self, clear: bool) -> None:
        self.screen.close_filter(clear=clear)  # type: ignore[attr-defined]


class DashboardScreen(Screen):
    COMMAND_CLASSES = DASHBOARD_COMMANDS
    BINDINGS = bindings(DASHBOARD_COMMANDS)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE_FROM, "-wide")]
    AUTO_FOCUS = ""  # nothing: the dialogue is focused once built (None would mean the app's "*")

    def __init__(self) -> None:
        super().__init__(id="dashboard")
        self.library: Library | None = None
        self.episodes: list[Episode] = []
        self.analyses: dict[str, EpisodeAnalysis] = {}
        self.papers: dict[str, LibraryPaper] = {}
        self.problems: list[Problem] = []
        self.resolve: dict[str, str] = {}
        self.verdicts: dict[str, VerdictRecord] = {}
        self.tags: dict[str, list[str]] = {}
        self._notes: vm.NoteIndex | None = None
        self.episode: Episode | None = None
        self.selected_paper: str | None = None
        self.claim_scope = "paper"
        self.current_panel = "dialogue"
        self.filters: dict[str, str] = {}  # the active query of each panel
        self._filter_state: dict[str, filters.PanelFilter] = {}
        self._filter_outcomes: dict[str, filters.FilterOutcome] = {}
        self._filter_generation: dict[str, int] = {}
        self._pending_episodes: list[tuple[Episode, EpisodeAnalysis | None]] = []
        self._pending_lock = threading.Lock()
        self._claims_cancel = threading.Event()
        self._scan_started = 0.0
        self._names_cache: tuple[dict[str, LibraryPaper], dict[str, str]] | None = None
        self._pushback_cursor = 0
        self._metadata_status: dict[str, str] = {}
        self._metadata_candidates: dict[str, list[tuple[PaperMeta, float | None]]] = {}
        self._scanning = False
        self.loaded = False
        self._built: set[str] = set()  # panels whose widget exists or is being mounted (see ensure_panel)
        self._framed = True  # until the first paint: only the frame exists, no panel widget
        self._panels_ready = asyncio.Event()  # the panels on screen are built: the scan may show episodes
        self._user_data_ready = asyncio.Event()  # verdicts, notes and tags are read: rows and cards show them
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def notes(self) -> vm.NoteIndex:
        """Where the user's notes are (empty until the store is read)."""
        if self._notes is None:
            from tui.screens import view_models as vm

            self._notes = vm.NoteIndex()
        return self._notes

    @notes.setter
    def notes(self, notes: vm.NoteIndex) -> None:
        self._notes = notes

    # ---------------------------------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        # The frame only: the panels' widgets are built after the first paint (build_panels), and on narrow
        # terminals, where one panel shows at a time, the others when first shown (ensure_panel).
        # The breakpoint class is set now (Textual sets it on the first Resize): the first layout is then
        # the final one, not a restyle and relayout of the whole screen just before the first paint.
        self.add_class("-wide" if self.app.size.width >= WIDE_FROM else "-narrow")
        yield PanelTabs(PANELS, id="panel-tabs")
        with Horizontal(id="top-row", classes="row -holds-current"):
            for panel in ("episodes", "dialogue", "claims"):
                yield Vertical(id=f"{panel}-panel", classes="panel -current" if panel == "dialogue" else "panel")
        with Horizontal(id="bottom-row", classes="row"):
            for panel in ("board", "detail"):
                yield Vertical(id=f"{panel}-panel", classes="panel")
        yield FilterBar()
        yield StatusBar(LOADING, id="status")
        yield Footer()

    def on_mount(self) -> None:
        for panel_id, title in PANELS:
            self.query_one(f"#{panel_id}-panel").border_title = title
        self.query_one(PanelTabs).show_current(self.current_panel)
        bench.after_first_paint(self)
        # Build the panels, open the store and scan after the first paint: their imports (widgets, models,
        # the library) and SQLite work would otherwise hold the first frame back.
        self.call_after_refresh(self.build_panels)

    async def build_panels(self) -> None:
        """After the first paint: start loading the library (the store opens on its own thread meanwhile),
        build the widgets of the panels on screen (the dialogue always: the scan shows the first episode in
        it), focus the current one; the scan starts once both are done."""
        self._framed = False
        self.start()
        wide = self.size.width >= WIDE_FROM
        with self.app.batch_update():  # one layout and repaint for all of them, not one per panel
            for panel, _ in PANELS:
                if wide or panel in ("dialogue", self.current_panel):
                    await self._mount_panel(panel)
        if self.focused is None:  # keys pressed before now may have focused something (e.g. the filter bar)
            self.action_focus_panel(self.current_panel)
        self.set_interval(FLUSH_EVERY, self._flush_pending_episodes)
        self._panels_ready.set()

    def set_panel_title(self, panel: str, title: str) -> None:
        """Border titles are parsed as markup: user text in them (episode titles, paper names) is escaped."""
        self.query_one(f"#{panel}-panel").border_title = escape_markup(title)

    def on_resize(self) -> None:
        if self.size.width >= WIDE_FROM and not self._framed:  # grew wide: every panel is on screen now
            for panel, _ in PANELS:
                self.ensure_panel(panel)

    def ensure_panel(self, panel: str, then: Callable[[], object] | None = None) -> None:
        """Build a panel's widget the first time it is shown, fill it from the screen's state, then call
        `then` (e.g. focus it). Built panels just call `then` (once mounted)."""
        if panel in self._built:
            if then is not None:
                if self.panel_widget(panel) is not None:
                    then()
                else:  # still mounting: after it, in order
                    self.call_next(then)
            return

        async def mount_and_then() -> None:
            await self._mount_panel(panel)
            if then is not None:
                then()

        self._built.add(panel)
        self.call_next(mount_and_then)

    async def _mount_panel(self, panel: str) -> None:
        """Mount a panel's widget (once) and fill it from the screen's state (it missed every update so far)."""
        if self.panel_widget(panel) is not None:
            return
        self._built.add(panel)
        await self.query_one(f"#{panel}-panel").mount(new_panel_widget(panel))
        self._fill_panel(panel)

    def _fill_panel(self, panel: str) -> None:
        """Show the current state in a freshly built panel (it missed every update so far)."""
        if panel == "episodes":
            self._show_episode_list()
        elif panel == "claims":
            self._show_claims()
        elif panel == "board":
            self._show_board()
        elif panel == "detail":
            self._show_detail()
        found = self._filter_outcomes.get(panel)
        if found is not None and panel in ("episodes", "board"):
            self._show_filter_result(found, self._filter_generation.get(panel, 0))

    def built(self, panel: str) -> Any:
        """The panel's widget (EpisodeList, DialogueView, ClaimsList, VerdictBoard or PaperDetail), or None
        while it has not been built. Typed loosely: the widget modules are imported after the first paint."""
        try:
            return self.query_one(f"#{panel}")
        except NoMatches:
            return None

    @property
    def dialogue(self) -> DialogueView:
        """The dialogue view (built right after the first paint, before loading starts)."""
        return self.query_one("#dialogue")  # type: ignore[return-value]

    @property
    def backend(self):  # noqa: ANN201 - tui.screens.backend.Backend, typed loosely to keep imports lazy
        return self.app.backend  # type: ignore[attr-defined]

    def panel_widget(self, panel: str) -> Widget | None:
        return self.built(panel)

    def panel_of(self, widget: Widget | None) -> str | None:
        while widget is not None:
            if widget.id and widget.id.endswith("-panel") and widget.has_class("panel"):
                return widget.id.removesuffix("-panel")
            widget = widget.parent  # type: ignore[assignment]
        return None

    def on_descendant_focus(self, event) -> None:  # noqa: ANN001
        panel = self.panel_of(self.focused)
        if panel is not None and panel != self.current_panel:
            self._set_current_panel(panel)

    def _set_current_panel(self, panel: str) -> None:
        self.query_one(f"#{self.current_panel}-panel").remove_class("-current")
        self.current_panel = panel
        widget = self.query_one(f"#{panel}-panel")
        widget.add_class("-current")
        for row in self.query(".row"):
            row.set_class(widget.parent is row, "-holds-current")
        self.query_one(PanelTabs).show_current(panel)

    def action_focus_panel(self, panel: str) -> None:
        self._set_current_panel(panel)

        def focus() -> None:
            widget = self.panel_widget(panel)
            if panel == "board":
                widget.focus_board()
            elif widget is not None:
                widget.focus()

        self.ensure_panel(panel, then=focus)

    def _cycle_panel(self, step: int) -> None:
        ids = [panel for panel, _ in PANELS]
        index = ids.index(self.current_panel) if self.current_panel in ids else 0
        self.action_focus_panel(ids[(index + step) % len(ids)])

    def action_next_panel(self) -> None:
        self._cycle_panel(1)

    def action_previous_panel(self) -> None:
        self._cycle_panel(-1)

    # ------------------------------------------------------------------------------------ loading

    @work(exclusive=True, group="start")
    async def start(self) -> None:
        """Open the store, read verdicts/notes/tags, then scan the library in a thread."""
        self._loop = asyncio.get_running_loop()
        status = self.query_one(StatusBar)
        status.show_progress("Opening the store…", 0, None)
        try:
            store = await self.backend.open()
        except Exception as exc:  # noqa: BLE001 - show the reason, keep the app usable
            status.show_message(f"Cannot open the store: {exc}")
            self.app.notify(f"Cannot open the store: {exc}", severity="error", markup=False)
            return
        for message in store.messages:
            self.app.notify(message, severity="warning", markup=False, timeout=10)
        if store.read_only:
            self.app.notify("The store is read-only: changes are not saved.", severity="warning", markup=False)
        # The scan starts now, while the panels may still be mounting and the user's data loading: episodes
        # wait in the pending list and the scan's result waits for both (_ready_to_show), so nothing is
        # shown into a missing panel or without its notes and verdicts.
        self.scan()
        try:
            await self.reload_user_data()
        finally:  # the scan's result waits for this: never leave it waiting
            self._user_data_ready.set()
        self.app.apply_saved_theme(await self.backend.call(store.get_setting, "theme"))  # type: ignore[attr-defined]

    async def reload_user_data(self) -> None:
        from tui.screens import view_models as vm

        store = self.backend.store
        self.verdicts = await self.backend.call(store.all_verdicts)
        self.tags = await self.backend.call(store.all_tags)
        self.notes = vm.NoteIndex.build(await self.backend.call(store.all_notes))

    @work(thread=True, exclusive=True, group="scan")
    def scan(self) -> None:
        self._scanning = True
        self._scan_started = time.monotonic()
        worker = get_current_worker()
        loop = self._loop
        self.app.call_from_thread(self.query_one(StatusBar).show_progress, "Scanning library…", 0, None, "ctrl+x cancels")
        last = [0.0]

        def progress(event: ScanProgress) -> None:
            # Four times a second, and without waiting for the UI (call_from_thread would block the scan
            # until the event loop ran it): each update repaints, and a warm scan is over in a few seconds.
            now = time.monotonic()
            if (now - last[0] > PROGRESS_EVERY or event.done == event.total) and loop is not None:
                last[0] = now
                label = f"Scanning {event.done}/{event.total}: {shorten(event.path, 50)}"
                try:
                    loop.call_soon_threadsafe(
                        self.query_one(StatusBar).show_progress, label, event.done, event.total, "ctrl+x cancels"
                    )
                except RuntimeError:  # the app closed its loop while we scanned: nobody to show it to
                    pass

        def episode_loaded(episode: Episode, analysis: EpisodeAnalysis | None) -> None:
            with self._pending_lock:
                first = not self._pending_episodes and self.episode is None
                self._pending_episodes.append((episode, analysis))
            if first and loop is not None:  # the first (usually cached) episode shows at once, not at the next tick
                loop.call_soon_threadsafe(self._flush_pending_episodes)

        try:
            library = self.backend.scan(on_progress=progress, on_episode=episode_loaded)
        except Exception as exc:  # noqa: BLE001 - a scan failure is reported, not a crash
            self.app.call_from_thread(self._scan_failed, str(exc))
            return
        finally:
            self._scanning = False
        if not worker.is_cancelled:
            self.app.call_from_thread(self._apply_scan, library)

    def _scan_failed(self, message: str) -> None:
        self.query_one(StatusBar).show_message(f"Scan failed: {message}")
        self.app.notify(f"Scan failed: {message}", severity="error", markup=False)

    def _flush_pending_episodes(self) -> None:
        """While scanning, show episodes as they load, so the dashboard is usable before the scan ends."""
        if not self._ready_to_show():  # the scan ran ahead: keep the episodes for the next tick
            return
        if self.episodes and time.monotonic() - self._scan_started < STREAM_AFTER:
            return  # a quick scan: the rest shows when it ends, in one go
        with self._pending_lock:
            pending, self._pending_episodes = self._pending_episodes, []
        if not pending or not self._scanning:
            return
        known = {episode.key for episode in self.episodes}
        for episode, analysis in pending:
            if episode.key not in known:
                self.episodes.append(episode)
                if analysis is not None:
                    self.analyses[episode.key] = analysis
        self._show_episode_list()
        if self.episode is None and self.episodes:
            # No paper selection yet: the end of the scan selects one (papers merge across episodes then).
            self.show_episode(self.episodes[0].key, select_paper=False)

    def _ready_to_show(self) -> bool:
        return self._panels_ready.is_set() and self._user_data_ready.is_set()

    async def _apply_scan(self, library: Library) -> None:
        """Show the scan's result once its panels are built and the user's data read (a scan can be first)."""
        await self._panels_ready.wait()
        await self._user_data_ready.wait()
        self._scan_done(library)

    def _scan_done(self, library: Library) -> None:
        self.library = library
        with self._pending_lock:
            self._pending_episodes = []
        self.episodes = list(library.episodes)
        self.analyses = dict(library.analyses)
        self.papers = dict(library.papers)
        self.problems = list(library.problems)
        self.resolve = {d.paper.key: paper.key for paper in self.papers.values() for d in paper.discussions}
        self._show_episode_list()
        self._show_board()
        self.rows_changed("episodes", "board")
        cancelled = self.backend.cancel_scan.is_set()
        summary = f"{len(self.episodes)} episodes · {len(self.papers)} papers"
        if self.problems:
            summary += f" · {len(self.problems)} problem{'s' if len(self.problems) != 1 else ''} (! shows them)"
        if cancelled:
            summary = "Scan cancelled · " + summary
        self.query_one(StatusBar).show_message(summary)
        current = self.episode.key if self.episode else None
        if current and any(e.key == current for e in self.episodes):
            self.show_episode(current, keep_cursor=True)
        elif self.episodes:
            self.show_episode(self.episodes[0].key)
        else:
            self.dialogue.set_dialogue([], empty_text="No transcripts found in this library.")
        if self.selected_paper is None and self.papers:
            first = self._first_paper_of_episode()
            if first:
                # Select it without moving the dialogue: an opened episode reads from its beginning.
                self.select_paper(first, origin="episode")
        self.loaded = True
        self.post_message(LibraryLoaded())
        bench.after_loaded(self)
        self._claims_cancel.set()  # a rescan's library replaces the one still loading
        if library.claims_pending():
            self._claims_cancel = threading.Event()
            self._load_claims(library, self._claims_cancel)

    def on_unmount(self) -> None:
        self._claims_cancel.set()  # the background claim load stops at its next chunk

    @work(thread=True, group="claims", exit_on_error=False)
    def _load_claims(self, library: Library, cancel: threading.Event) -> None:
        """Claims of cached episodes load in the background, a chunk at a time; an opened episode, a board
        filter or an export loads what it needs itself, so nothing waits for this."""
        library.ensure_claims(cancel=cancel)

    def action_cancel_work(self) -> None:
        if self._scanning:
            self.backend.cancel_scan.set()
            self.query_one(StatusBar).show_message("Cancelling the scan…")
        cancelled = self.workers.cancel_group(self, "metadata")
        if not self._scanning and not cancelled:
            self.app.notify("Nothing is running.", markup=False)

    def action_rescan(self) -> None:
        if self.backend.store is not None:
            self.scan()

    # ------------------------------------------------------------------------------- showing things

    def _show_episode_list(self) -> None:
        from tui.screens import view_models as vm

        if self.built("episodes") is None:
            return
        counts = {e.key: self.library.turn_count(e.key) for e in self.episodes} if self.library is not None else None
        rows = vm.episode_rows(self.episodes, self.analyses, self.notes, turn_counts=counts)
        episodes = self.built("episodes")
        if episodes is not None:
            episodes.show_rows(rows, current=self.episode.key if self.episode else None)

    def _show_board(self) -> None:
        from tui.screens import view_models as vm

        board = self.built("board")
        if board is None:
            return
        board.set_cards(vm.board_cards(self.papers, self.verdicts, self.notes, self.tags))
        if self.selected_paper:
            board.select(self.selected_paper)

    def _first_paper_of_episode(self) -> str | None:
        analysis = self.analyses.get(self.episode.key) if self.episode else None
        if analysis is None or not analysis.papers:
            return next(iter(self.papers), None)
        first = min(analysis.papers, key=lambda p: p.spans[0][0] if p.spans else 1 << 30)
        return self.resolve.get(first.key, first.key)

    def show_episode(self, key: str, *, keep_cursor: bool = False, select_paper: bool = True) -> None:
        from tui.screens import view_models as vm

        episode = next((e for e in self.episodes if e.key == key), None)
        if episode is None:
            return
        if not episode.turns and self.library is not None and self.library.turn_count(key):
            # A cached episode comes without its turns: load them off the UI thread, then show it.
            self.dialogue.set_dialogue([], empty_text="Loading episode…")
            self._load_turns(key, keep_cursor, select_paper)
            return
        dialogue = self.dialogue
        changed = self.episode is None or self.episode.key != key
        cursor = dialogue.cursor_turn if keep_cursor and not changed else None
        self.episode = episode
        analysis = self.analyses.get(key)
        self._filter_outcomes.pop("dialogue", None)
        self._filter_outcomes.pop("claims", None)
        dialogue.set_dialogue(episode.turns, vm.dialogue_marks(episode, analysis, self.notes, self.resolve))
        self.rows_changed("dialogue", "claims")  # an active filter applies to the new episode too
        if cursor is not None:
            dialogue.go_to_turn(cursor, post=False)
        episodes = self.built("episodes")
        if episodes is not None:
            episodes.select_key(key)
        self.set_panel_title("dialogue", f"Dialogue · {shorten(episode.title or episode.source, 60)}")
        if select_paper and changed and self.selected_paper not in self._episode_paper_keys():
            first = self._first_paper_of_episode()
            if first is not None:
                self.select_paper(first, origin="episode")
                return
        self._show_claims()

    @work(exclusive=True, group="episode-turns", exit_on_error=False)
    async def _load_turns(self, key: str, keep_cursor: bool, select_paper: bool) -> None:
        library = self.library
        full = await self.backend.call(library.full_episode, key) if library is not None else None
        if full is None or not full.turns:
            self.dialogue.set_dialogue([], empty_text="Could not load this episode's turns.")
            return
        self.episodes = [full if e.key == key else e for e in self.episodes]
        self.show_episode(key, keep_cursor=keep_cursor, select_paper=select_paper)

    def _episode_paper_keys(self) -> set[str]:
        analysis = self.analyses.get(self.episode.key) if self.episode else None
        if analysis is None:
            return set()
        return {self.resolve.get(p.key, p.key) for p in analysis.papers}

    def _show_claims(self) -> None:
        from tui.screens import view_models as vm

        analysis = self.analyses.get(self.episode.key) if self.episode else None
        scope_paper = self.selected_paper if self.claim_scope == "paper" else None
        claims = vm.episode_claims(analysis, scope_paper, self.resolve)
        query = self.filters.get("claims")
        names = self._paper_names()
        found = self._filter_outcomes.get("claims") if query else None
        if found is not None and found.ids is not None:
            claims = [claim for claim in claims if claim.id in found.ids]
        paper = self.papers.get(self.selected_paper or "")
        if scope_paper and paper:
            empty = f"No claims about {paper.name} in this episode."
            title = f"Claims · {shorten(paper.name, 30)}"
        else:
            empty, title = "No claims in this episode.", "Claims · episode"
        self.set_panel_title("claims", title + (" (filtered)" if query else ""))
        claims_list = self.built("claims")
        if claims_list is None:
            return
        claims_list.show_claims(
            claims, paper_names=names if scope_paper is None else None, noted=self.notes.claims, empty=empty,
            spans=found.spans_of if found is not None else None,
        )

    def _paper_names(self) -> dict[str, str]:
        """Paper key (merged or as discussed) -> display name; built once per scan, not per episode shown."""
        cached = self._names_cache
        if cached is None or cached[0] is not self.papers:
            names = {key: paper.name for key, paper in self.papers.items()}
            names.update({d.paper.key: p.name for p in self.papers.values() for d in p.discussions})
            cached = self._names_cache = (self.papers, names)
        return cached[1]

    def _show_detail(self) -> None:
        from widgets.paper_detail import PaperDetailData

        paper = self.papers.get(self.selected_paper or "")
        detail = self.built("detail")
        if detail is None:
            return
        if paper is None:
            detail.show(None)
            return
        status = "from the local catalog" if paper.meta is not None and paper.meta.source in ("local", "bibtex") else ""
        if paper.meta is not None and paper.meta.source in ("arxiv", "s2"):
            status = f"from {paper.meta.source}"
        detail.show(
            PaperDetailData(
                paper=paper,
                verdict=self.verdicts.get(paper.key),
                notes=self.notes.for_paper(paper.key),
                tags=self.tags.get(paper.key, []),
                metadata_status=self._metadata_status.get(paper.key, status),
            )
        )
        self.set_panel_title("detail", f"Paper · {shorten(paper.name, 40)}")

    def select_paper(self, key: str, *, origin: str) -> None:
        """Make a paper the selection. From the board or the palette, the dialogue jumps to its first span."""
        if key not in self.papers and origin != "load":
            return
        self.selected_paper = key
        self._pushback_cursor = 0
        board = self.built("board")
        if origin != "board" and board is not None:
            board.select(key)
        self._show_detail()
        if origin in ("board", "load", "command"):
            self._go_to_paper_in_dialogue(key)
        self._show_claims()

    def _go_to_paper_in_dialogue(self, key: str) -> None:
        from tui.screens import view_models as vm

        if key not in self._episode_paper_keys():
            paper = self.papers.get(key)
            if paper is None or not paper.discussions:
                return
            target = paper.discussions[0].episode_key
            if self.episode is None or self.episode.key != target:
                self.episode = next((e for e in self.episodes if e.key == target), self.episode)
                if self.episode is not None and self.episode.key == target:
                    self.show_episode(target, keep_cursor=False)
        spans = vm.paper_spans(self.analyses.get(self.episode.key) if self.episode else None, key, self.resolve)
        if spans:
            self.dialogue.go_to_turn(spans[0][0], post=False)

    # ----------------------------------------------------------------------------- widget messages
    # Handlers by name, not @on(EpisodeList.EpisodeChosen): the widget classes are imported after the first paint.

    def on_episode_list_episode_chosen(self, event: EpisodeList.EpisodeChosen) -> None:
        if self.episode is None or self.episode.key != event.episode_key:
            self.show_episode(event.episode_key)

    def on_verdict_board_paper_highlighted(self, event: VerdictBoard.PaperHighlighted) -> None:
        if event.paper_key != self.selected_paper:
            self.select_paper(event.paper_key, origin="board")

    def on_claims_list_claim_highlighted(self, event: ClaimsList.ClaimHighlighted) -> None:
        self._pushback_cursor = 0
        self.dialogue.go_to_turn(event.claim.turn, highlight=True, post=False)

    def on_dialogue_view_cursor_moved(self, event: DialogueView.CursorMoved) -> None:
        from tui.screens import view_models as vm

        dialogue = self.dialogue
        if not dialogue.has_focus or event.turn_index is None or self.episode is None:
            return
        key = vm.paper_of_turns(self.analyses.get(self.episode.key), self.resolve).get(event.turn_index)
        if key and key != self.selected_paper and key in self.papers:
            self.select_paper(key, origin="dialogue")

    # ------------------------------------------------------------------------------- navigation

    def action_span(self, step: int) -> None:
        from tui.screens import view_models as vm

        if self.selected_paper is None or self.episode is None:
            self.app.notify("Select a paper first.", markup=False)
            return
        spans = vm.paper_spans(self.analyses.get(self.episode.key), self.selected_paper, self.resolve)
        if not spans:
            self.app.notify("The selected paper has no span in this episode.", markup=False)
            return
        dialogue = self.dialogue
        current = dialogue.cursor_turn or 0
        starts = [first for first, _ in spans]
        if step > 0:
            target = next((s for s in starts if s > current), starts[0])
        else:
            target = next((s for s in reversed(starts) if s < current), starts[-1])
        dialogue.go_to_turn(target, post=False)

    def action_toggle_claim_scope(self) -> None:
        self.claim_scope = "episode" if self.claim_scope == "paper" else "paper"
        self._show_claims()

    def action_go_to_pushback(self) -> None:
        claims = self.built("claims")
        claim = claims.current if claims is not None else None
        if claim is None or not claim.pushback:
            self.app.notify("The highlighted claim has no pushback.", markup=False)
            return
        turn = claim.pushback[self._pushback_cursor % len(claim.pushback)]
        self._pushback_cursor += 1
        self.dialogue.go_to_turn(turn, highlight=True, post=False)

    # ---------------------------------------------------------------------------------- verdicts

    def _selected_paper_or_warn(self) -> LibraryPaper | None:
        paper = self.papers.get(self.selected_paper or "")
        if paper is None:
            self.app.notify("Select a paper first (board: 4).", markup=False)
        return paper

    async def action_verdict(self, value: str, reason: str | None = None) -> None:
        from tui.core.models import Verdict

        paper = self._selected_paper_or_warn()
        if paper is not None:
            await self.set_verdict(paper, Verdict(value), reason)

    async def set_verdict(self, paper: LibraryPaper, verdict: Verdict, reason: str | None = None) -> None:
        store = self.backend.store
        if store is None:
            self.app.notify("The store is not open yet.", markup=False)
            return
        try:
            record = await self.backend.call(store.set_verdict, paper.key, verdict, reason)
        except Exception as exc:  # noqa: BLE001
            self.app.notify(f"Could not save the verdict: {exc}", severity="error", markup=False)
            return
        self._apply_verdict(record)
        self.app.notify(f"{shorten(paper.name, 40)} → {verdict.value}", markup=False, timeout=2)

    def _apply_verdict(self, record: VerdictRecord) -> None:
        from tui.screens import view_models as vm

        self.verdicts[record.paper_key] = record
        board = self.built("board")
        focus = board is not None and board.has_focus_within
        if board is not None:
            board.set_cards(vm.board_cards(self.papers, self.verdicts, self.notes, self.tags))
        self.rows_changed("board", "dialogue", "claims")  # rows carry the verdict
        if record.paper_key == self.selected_paper or focus:
            if board is not None:
                board.select(record.paper_key, focus=focus)
            self.selected_paper = record.paper_key
        self._show_detail()

    async def action_accept_suggestion(self) -> None:
        from tui.core.models import Verdict

        paper = self._selected_paper_or_warn()
        if paper is None:
            return
        if paper.suggested.verdict is None:
            self.app.notify("The discussion does not suggest a verdict for this paper.", markup=False)
            return
        await self.set_verdict(paper, Verdict(paper.suggested.verdict))

    async def action_move_card(self, step: int) -> None:
        from tui.screens import view_models as vm
        from widgets.board import COLUMNS

        paper = self._selected_paper_or_warn()
        if paper is None:
            return
        current = vm.verdict_of(self.verdicts, paper.key)
        index = COLUMNS.index(current) + step
        if 0 <= index < len(COLUMNS):
            await self.set_verdict(paper, COLUMNS[index])

    async def action_undo(self) -> None:
        store = self.backend.store
        if store is None:
            return
        record = await self.backend.call(store.undo_verdict)
        if record is None:
            self.app.notify("Nothing to undo.", markup=False)
            return
        self._apply_verdict(record)
        name = self.papers[record.paper_key].name if record.paper_key in self.papers else record.paper_key
        self.app.notify(f"Undone: {shorten(name, 40)} is {record.verdict.value} again", markup=False, timeout=3)

    def action_verdict_with_reason(self) -> None:
        from tui.core.models import Verdict

        paper = self._selected_paper_or_warn()
        if paper is None:
            return
        from tui.screens.reason import ReasonScreen

        record = self.verdicts.get(paper.key)

        async def chosen(result: tuple[Verdict, str] | None) -> None:
            if result is not None:
                await self.set_verdict(paper, result[0], result[1] or None)

        current = record.verdict if record else Verdict(paper.suggested.verdict or "unsorted")
        self.app.push_screen(ReasonScreen(paper.name, current, record.reason if record else ""), chosen)

    # --------------------------------------------------------------------------------------- notes

    def note_target(self) -> tuple[NoteTarget, str, dict[str, str]] | None:
        """The note the `n` key means here: on the turn, the claim, or the selected paper."""
        from tui.core.identity import text_hash
        from tui.core.models import NoteTarget
        from tui.screens import view_models as vm

        if self.current_panel == "dialogue" and self.episode is not None:
            turn = self.dialogue.cursor_turn_model()
            if turn is not None:
                paper = vm.paper_of_turns(self.analyses.get(self.episode.key), self.resolve).get(turn.index)
                target = NoteTarget(
                    kind="turn", paper_key=paper, episode_key=self.episode.key, turn_index=turn.index,
                    turn_hash=text_hash(turn.text),
                )
                return target, f"Note on turn {turn.index} ({turn.speaker})", {"turn_text": turn.text}
        if self.current_panel == "claims" and self.episode is not None:
            claims = self.built("claims")
            claim = claims.current if claims is not None else None
            if claim is not None:
                target = NoteTarget(
                    kind="claim", paper_key=self.resolve.get(claim.paper, claim.paper), episode_key=self.episode.key,
                    turn_index=claim.turn, claim_id=claim.id,
                )
                turn_text = next((t.text for t in self.episode.turns if t.index == claim.turn), None)
                extra = {"claim_text": claim.text}
                if turn_text is not None:
                    extra["turn_text"] = turn_text
                return target, f"Note on a claim by {claim.speaker}", extra
        paper = self.papers.get(self.selected_paper or "")
        if paper is None:
            return None
        return NoteTarget(kind="paper", paper_key=paper.key), f"Note on {paper.name}", {}

    def action_note(self) -> None:
        found = self.note_target()
        if found is None:
            self.app.notify("Select a paper, claim or turn first.", markup=False)
            return
        target, title, extra = found
        from tui.screens.note_editor import NoteEditorScreen

        existing = self.notes.get(target)
        self.app.push_screen(NoteEditorScreen(target, title, existing.body if existing else "", extra, on_saved=self.note_saved))

    def note_saved(self, note: Note) -> None:
        """The note editor saved: refresh markers everywhere."""
        from tui.screens import view_models as vm

        self.notes.add(note)
        self.rows_changed()  # `has:note` changed somewhere
        self._show_episode_list()
        self._show_board()
        if self.episode is not None:
            self.dialogue.set_marks(
                vm.dialogue_marks(self.episode, self.analyses.get(self.episode.key), self.notes, self.resolve)
            )
        claims = self.built("claims")
        highlighted = claims.highlighted if claims is not None else None
        self._show_claims()
        if claims is not None and highlighted is not None and highlighted < len(claims.claims):
            claims.highlighted = highlighted
        self._show_detail()

    def action_tags(self) -> None:
        paper = self._selected_paper_or_warn()
        if paper is None:
            return
        from tui.screens.tags import TagsScreen

        async def chosen(tags: list[str] | None) -> None:
            if tags is None:
                return
            saved = await self.backend.call(self.backend.store.set_tags, paper.key, tags)
            self.tags[paper.key] = list(saved or tags)
            self.rows_changed("board", "dialogue", "claims")
            self._show_board()
            self._show_detail()

        self.app.push_screen(TagsScreen(paper.name, self.tags.get(paper.key, [])), chosen)

    # -------------------------------------------------------------------------------------- filter

    def action_filter(self) -> None:
        bar = self.query_one(FilterBar)
        bar.panel = self.current_panel
        with bar.prevent(Input.Changed):
            bar.value = self.filters.get(self.current_panel, "")
        bar.cursor_position = len(bar.value)
        bar.placeholder = f"filter {self.current_panel}: words speaker:x paper:x kind:x verdict:x tag:x has:note -negate"
        bar.add_class("-open")
        bar.focus()

    def close_filter(self, *, clear: bool) -> None:
        bar = self.query_one(FilterBar)
        panel = bar.panel or self.current_panel
        bar.remove_class("-open")
        if clear:
            with bar.prevent(Input.Changed):
                bar.value = ""
            self.run_filter(panel, "")
        self.action_focus_panel(panel)

    def action_clear_filter(self) -> None:
        if self.filters.get(self.current_panel):
            self.run_filter(self.current_panel, "")

    @on(Input.Changed, "#filter-bar")
    def _filter_typed(self, event: Input.Changed) -> None:
        bar = self.query_one(FilterBar)
        if bar.panel:
            self.run_filter(bar.panel, event.value)

    def _filter_rows(self, panel: str):  # noqa: ANN202 - Callable[[], list[FilterRow]] | None
        """A row builder over a snapshot of what the panel shows (copied here, on the UI thread)."""
        from tui.screens import filters

        verdicts = {key: record.verdict for key, record in self.verdicts.items()}
        tags = {key: list(values) for key, values in self.tags.items()}
        if panel in ("dialogue", "claims"):
            if self.episode is None:
                return None
            analysis = self.analyses.get(self.episode.key)
            if panel == "dialogue":
                noted = {turn for key, turn in self.notes.turns if key == self.episode.key}
                return filters.dialogue_rows(self.episode, analysis, verdicts, tags, noted, dict(self.resolve))
            return filters.claims_rows(analysis, verdicts, tags, set(self.notes.claims), dict(self.resolve))
        if panel == "board":
            prepare = self.library.ensure_claims if self.library is not None else None
            return filters.board_rows(list(self.papers.values()), verdicts, tags, set(self.notes.papers), prepare)
        if panel == "episodes":
            return filters.episode_rows(list(self.episodes), dict(self.analyses), set(self.notes.episodes))
        return None

    def _filter_for(self, panel: str) -> filters.PanelFilter | None:
        from tui.screens import filters

        state = self._filter_state.get(panel)
        if state is None:
            rows = self._filter_rows(panel)
            if rows is None:
                return None
            state = self._filter_state[panel] = filters.PanelFilter(rows)
        return state

    def rows_changed(self, *panels: str) -> None:
        """What these panels filter over changed (notes, verdicts, tags, a new episode or scan): forget their
        engines and run their active filters again."""
        for panel in panels or tuple(panel for panel, _ in PANELS):
            self._filter_state.pop(panel, None)
            if self.filters.get(panel):
                self.run_filter(panel, self.filters[panel])

    def run_filter(self, panel: str, text: str) -> None:
        """Filter a panel. A blank query shows everything at once; otherwise the engine runs in a worker
        (exclusive: a newer keystroke cancels the older run) and only the newest answer is shown."""
        from tui.screens import filters

        generation = self._filter_generation[panel] = self._filter_generation.get(panel, 0) + 1
        if filters.is_blank(text):
            self._show_filter_result(filters.FilterOutcome(panel, text), generation)
            return
        state = self._filter_for(panel)
        if state is not None:
            self._filter_worker(panel, state, text, generation)

    @work(thread=True, exclusive=True, group="filter", exit_on_error=False)
    def _filter_worker(self, panel: str, state: filters.PanelFilter, text: str, generation: int) -> None:
        from tui.screens import filters

        worker = get_current_worker()
        result = state.run(text, should_stop=lambda: worker.is_cancelled)
        if result is None or worker.is_cancelled:
            return
        found = filters.outcome(panel, text, result, eager_spans=panel != "dialogue")
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_filter_result, found, generation)

    def _show_filter_result(self, found: filters.FilterOutcome, generation: int) -> None:
        panel = found.panel
        if generation != self._filter_generation.get(panel) or not self.is_attached:
            return  # a newer query (or a clear) came after this one
        if found.ids is None:
            self.filters.pop(panel, None)
            self._filter_outcomes.pop(panel, None)
        else:
            self.filters[panel] = found.text
            self._filter_outcomes[panel] = found
        title = dict(PANELS)[panel]
        if panel == "dialogue":
            dialogue = self.dialogue
            if found.ids is None:
                dialogue.set_filter(None)
            else:
                episode_key = self.episode.key if self.episode else ""
                shown = {int(row_id.rpartition(":")[2]) for row_id in found.ids}
                dialogue.set_filter(shown, lambda index: found.spans_of(f"{episode_key}:{index}"))
            if self.episode is not None:
                title = f"Dialogue · {shorten(self.episode.title or self.episode.source, 60)}"
        elif panel == "claims":
            self._show_claims()
            return
        elif panel == "board":
            board = self.built("board")
            if board is not None:
                board.set_filter(found.ids, found.spans)
        elif panel == "episodes":
            episodes = self.built("episodes")
            if episodes is not None:
                episodes.set_filter(found.ids, self.episode.key if self.episode else None, found.spans)
        if found.count is not None:
            title += f" · {found.count} match{'es' if found.count != 1 else ''}"
        self.set_panel_title(panel, title)

    # ------------------------------------------------------------------------------------- others

    def action_open_link(self) -> None:
        paper = self._selected_paper_or_warn()
        if paper is None:
            return
        meta = paper.meta
        url = (meta.url if meta else None) or (f"https://arxiv.org/abs/{meta.arxiv_id}" if meta and meta.arxiv_id else None)
        if url is None and paper.key.startswith("arxiv:"):
            url = f"https://arxiv.org/abs/{paper.key.removeprefix('arxiv:')}"
        if url is None or not url.startswith(("https://", "http://")):
            self.app.notify("No link for this paper yet (m looks up its metadata).", markup=False)
            return
        self.app.open_url(url)
        self.app.notify(f"Opening {url}", markup=False, timeout=3)

    def action_resolve_metadata(self) -> None:
        paper = self._selected_paper_or_warn()
        if paper is not None:
            from tui.screens.metadata import resolve_paper_metadata

            resolve_paper_metadata(self, paper)

    def metadata_resolved(
        self,
        paper_key: str,
        paper: LibraryPaper | None,
        status: str,
        candidates: list[tuple[PaperMeta, float | None]] | None = None,
    ) -> None:
        self._metadata_status[paper_key] = status
        if paper is not None:
            self.papers[paper_key] = paper
            self._show_board()
            self.rows_changed("board")
        if candidates:
            self._metadata_candidates[paper_key] = candidates
            if self.selected_paper == paper_key and self.app.screen is self:
                self.action_choose_metadata()
        if self.selected_paper == paper_key:
            self._show_detail()

    def action_choose_metadata(self) -> None:
        """Pick among the candidates of an ambiguous lookup (looks the paper up first if needed)."""
        paper = self._selected_paper_or_warn()
        if paper is None:
            return
        candidates = self._metadata_candidates.get(paper.key)
        if not candidates:
            self.action_resolve_metadata()
            return
        from tui.screens.metadata_picker import MetadataChoice, MetadataPickerScreen

        def chosen(choice: MetadataChoice | None) -> None:
            if choice is not None:
                self.save_metadata_choice(paper.key, choice.meta)

        self.app.push_screen(MetadataPickerScreen(paper.name, candidates), chosen)

    @work(exclusive=True, group="metadata-choice", exit_on_error=False)
    async def save_metadata_choice(self, paper_key: str, meta: PaperMeta | None) -> None:
        """Remember the choice in the store, then re-merge the library's papers so the choice applies."""
        store = self.backend.store
        if store is None:
            return
        try:
            if self.library is not None:
                await self.backend.call(self.library.choose_metadata, paper_key, meta)
            else:
                await self.backend.call(store.set_metadata_choice, paper_key, meta.arxiv_id if meta else None)
        except Exception as exc:  # noqa: BLE001 - say why; the paper keeps what it had
            self.app.notify(f"Could not save the metadata choice: {exc}", severity="error", markup=False)
            return
        refreshed = self.library.papers.get(paper_key) if self.library is not None else None
        paper = refreshed or self.papers.get(paper_key)
        if paper is None:
            return
        if meta is not None and paper.meta is None:  # a remote candidate: not in the catalogs the library merges
            paper = paper.model_copy(update={"meta": meta})
        elif meta is None:
            paper = paper.model_copy(update={"meta": None})
        self.papers[paper_key] = paper
        self._metadata_candidates.pop(paper_key, None)
        self._metadata_status[paper_key] = "your choice" if meta is not None else "you chose: none of the candidates"
        self._show_board()
        self.rows_changed("board")
        self._show_detail()
        title = meta.title if meta is not None else "no metadata"
        self.app.notify(f"{shorten(paper.name, 40)} → {shorten(title, 60)} (remembered)", markup=False, timeout=3)

    def action_problems(self) -> None:
        from tui.screens.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.problems))

    def action_export(self) -> None:
        from tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen())

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.COMMAND_CLASSES, getattr(self.app, "user_keymap", {})))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return True if self.filters.get(self.current_panel) else None
        return True


class LibraryLoaded(Message):
    """Posted when a scan finished and the panels show the whole library (tests wait for it)."""
