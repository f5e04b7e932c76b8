"""Where things live: the user's data and config dirs, and the resources bundled with the package."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "papertui"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../tui


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $PAPERTUI_DATA_DIR, else the platform's user data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("PAPERTUI_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """$PAPERTUI_CONFIG_DIR, else the platform's user config dir (keymap, user themes, settings)."""
    env = os.environ.get("PAPERTUI_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def _bundled(name: str) -> Path:
    """A top-level resource folder: from the source checkout, else from inside the installed wheel."""
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir() and (_PACKAGE_DIR.parent / "pyproject.toml").is_file():
        return checkout
    return _PACKAGE_DIR / "_bundled" / name


def demo_library_dir() -> Path:
    return _bundled("data")


def themes_dir() -> Path:
    return _bundled("themes")


def user_library_dirs(data_dir_override: str | os.PathLike[str] | None = None) -> list[Path]:
    """The user's own transcript folders: <data dir>/library, when it has any files."""
    lib = data_dir(data_dir_override) / "library"
    if lib.is_dir() and any(p.is_file() for p in lib.rglob("*")):
        return [lib]
    return []
