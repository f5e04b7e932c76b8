"""The papertui Textual app: themes, keymap, command palette, and the dashboard screen.

The app holds the Backend (store + library, off the UI thread) for its screens. Themes come from the
bundled `themes/` folder and the user's `<config dir>/themes`; the chosen theme is remembered in the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.screen import Screen

from tui.commands import CommandsProvider
from tui.core import paths
from tui.screens.backend import Backend
from tui.screens.dashboard import DashboardScreen
from tui.screens.user_config import load_keymap, load_themes

if TYPE_CHECKING:  # the models (pydantic), the library and the store load after the first paint
    from tui.core.library import Library
    from tui.core.models import Problem
    from tui.core.store import Store

DEFAULT_THEME = "papertui-ink"


class PaperTuiApp(App[None]):
    TITLE = "papertui"
    CSS_PATH = str(paths.themes_dir() / "papertui.tcss")
    COMMANDS = App.COMMANDS | {CommandsProvider}
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        library_paths: Sequence[Path],
        *,
        data_dir: Path | None = None,
        offline: bool = False,
        config_dir: Path | None = None,
        library_factory: Callable[[list[Path], Store], Library] | None = None,
    ) -> None:
        super().__init__()
        self.backend = Backend(list(library_paths), data_dir, offline=offline, library_factory=library_factory)
        self.config_dir = config_dir or paths.config_dir()
        self.config_problems: list[Problem] = []
        self.user_keymap: dict[str, str] = {}
        self._theme_restored = False
        self._load_themes()
        self._load_keymap()

    def notify(self, message: str, *, markup: bool = False, **kwargs) -> None:  # noqa: ANN003
        """Every notification is literal text: markup off, control characters (ESC, ...) made visible.

        Messages quote paper names, file names and error texts, which are user data.
        """
        from widgets.text import visible

        super().notify(visible(str(message)), markup=False, **kwargs)

    # ---------------------------------------------------------------------------------- config

    def _load_themes(self) -> None:
        for folder in (paths.themes_dir(), self.config_dir / "themes"):
            themes, problems = load_themes(folder)
            for theme in themes:
                self.register_theme(theme)
            self.config_problems.extend(problems)
        if DEFAULT_THEME in self.available_themes:
            self.theme = DEFAULT_THEME

    def _load_keymap(self) -> None:
        keymap, problems = load_keymap(self.config_dir / "keymap.toml")
        self.config_problems.extend(problems)
        self.user_keymap = keymap
        if keymap:
            self.set_keymap(keymap)

    def apply_saved_theme(self, name: object) -> None:
        """Called once the store is open: restore the theme the user chose last time."""
        if isinstance(name, str) and name in self.available_themes:
            self.theme = name
        elif isinstance(name, str) and name:
            self.notify(f"Theme {name} is not available any more; using {self.theme}.", markup=False)
        self._theme_restored = True

    def watch_theme(self, theme: str) -> None:
        if not self._theme_restored:
            return
        store = self.backend.store
        if store is not None and not store.read_only:
            self.run_worker(self.backend.call(store.set_setting, "theme", theme), group="settings")

    # ---------------------------------------------------------------------------------- lifecycle

    def get_default_screen(self) -> Screen:
        return DashboardScreen()

    def on_mount(self) -> None:
        for problem in self.config_problems:
            self.notify(problem.describe(), severity="warning", markup=False, timeout=8)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)

    async def on_unmount(self) -> None:
        self.backend.close()
