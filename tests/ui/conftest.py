"""UI test helpers: an app on a temporary data/config dir with the fixed library, and a wait for the scan."""

from __future__ import annotations

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


async def wait_loaded(pilot, app) -> None:  # noqa: ANN001
    """Wait until the dashboard has shown the whole library (the scan runs in a thread)."""
    for _ in range(200):
        await pilot.pause(0.02)
        if getattr(app.screen, "loaded", False) or getattr(app.get_default_screen, "loaded", False):
            break
    await pilot.pause()


def dashboard(app):  # noqa: ANN001, ANN201
    from tui.screens.dashboard import DashboardScreen

    return next(screen for screen in app.screen_stack if isinstance(screen, DashboardScreen))
