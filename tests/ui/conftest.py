"""UI test helpers: an app on a temporary data/config dir with the fixed library, and a wait for the scan."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.ui.library_fixture import fixed_factory
from tui.app import PaperTuiApp


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv("PAPERTUI_DATA_DIR", str(data))
    monkeypatch.setenv("PAPERTUI_CONFIG_DIR", str(config))
    return data, config


@pytest.fixture
def make_app(dirs: tuple[Path, Path]):  # noqa: ANN201
    data, config = dirs

    def make(*, offline: bool = True, **options) -> PaperTuiApp:  # noqa: ANN003
        """Offline by default: a UI test never reaches the network (metadata lookups use the catalog)."""
        return PaperTuiApp([Path("fixtures")], data_dir=data, config_dir=config, offline=offline,
                           library_factory=fixed_factory(**options))

    return make


# Waits are on conditions, never on time: a busy machine only makes them take longer. The timeout is a guard
# against a hang (the test fails saying what never happened), far above what any run needs.
TIMEOUT = 30.0


async def until(pilot, predicate: Callable[[], object], what: str, *, settled: bool = True) -> None:  # noqa: ANN001
    """Wait until `predicate()` is true (checked between short pauses), then (unless `settled` is False, for
    a test that holds a worker on purpose) until the app is settled."""
    deadline = time.monotonic() + TIMEOUT
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {TIMEOUT:.0f} s waiting for {what}")
        await pilot.pause(0.01)
    if settled:
        await settle(pilot)


async def settle(pilot) -> None:  # noqa: ANN001
    """Wait until every worker (scan, filter, store writes, episode loads) has finished, including workers
    started by the ones that finished, and the app has handled every message and repainted."""
    deadline = time.monotonic() + TIMEOUT
    await pilot.pause()
    while running := [worker for worker in pilot.app.workers if not worker.is_finished]:
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {TIMEOUT:.0f} s waiting for workers: {running}")
        await pilot.pause(0.01)
    await pilot.pause()


async def wait_loaded(pilot, app) -> None:  # noqa: ANN001
    """Wait until the dashboard has shown the whole library (the scan runs in a thread) and settled."""
    await until(pilot, lambda: dashboard(app).loaded, "the library to load")


def dashboard(app):  # noqa: ANN001, ANN201
    from tui.screens.dashboard import DashboardScreen

    return next(screen for screen in app.screen_stack if isinstance(screen, DashboardScreen))


async def type_text(pilot, text: str) -> None:  # noqa: ANN001
    for char in text:
        await pilot.press("space" if char == " " else char)


async def paste(pilot, app, text: str) -> None:  # noqa: ANN001
    """Put text in the open filter bar as one change, like a paste (typing key by key is covered elsewhere:
    each key press waits for the app to go idle, which makes long queries slow to type in a test)."""
    app.query_one("#filter-bar").insert_text_at_cursor(text)
    await pilot.pause()


async def filtered(pilot, app, panel: str, text: str) -> None:  # noqa: ANN001
    """Wait until the panel shows the answer to the query `text` ("" = the filter was cleared)."""
    screen = dashboard(app)

    def shown() -> bool:
        if not text:
            return panel not in screen.filters
        found = screen._filter_outcomes.get(panel)
        return found is not None and found.text == text

    await until(pilot, shown, f"the {panel} panel to show the filter {text!r}")
