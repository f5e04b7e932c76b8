"""The user's configuration files: theme TOML files and keymap.toml.

A bad file never stops the app: it is skipped and described (which file, what is wrong) so the app can
tell the user. Themes are plain TOML so users can copy one of ours and change the colours. This runs before
the first paint, so the models (pydantic) are imported only when there is a problem to describe.
"""

from __future__ import annotations

import tomllib
from dataclasses import fields
from pathlib import Path

from typing import TYPE_CHECKING

from textual.color import Color, ColorParseError
from textual.theme import Theme

if TYPE_CHECKING:
    from tui.core.models import Problem

_THEME_FIELDS = {f.name for f in fields(Theme)} - {"name", "variables"}
_COLOUR_FIELDS = {"primary", "secondary", "warning", "error", "success", "accent", "foreground", "background", "surface", "panel", "boost"}


def _problem(path: Path, message: str) -> Problem:
    from tui.core.models import Problem

    return Problem(source=str(path), message=message)


def load_theme(path: Path) -> tuple[Theme | None, Problem | None]:
    """One theme file: `name`, `primary` and other colours, `dark`, and an optional [variables] table."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, _problem(path, f"cannot read theme: {exc}")
    except tomllib.TOMLDecodeError as exc:
        return None, _problem(path, f"not valid TOML: {exc}")
    name = data.get("name") or path.stem
    if not isinstance(name, str) or "primary" not in data:
        return None, _problem(path, "a theme needs a `name` and a `primary` colour")
    options: dict[str, object] = {}
    for key, value in data.items():
        if key in ("name", "variables"):
            continue
        if key not in _THEME_FIELDS:
            return None, _problem(path, f"unknown theme setting `{key}`")
        if key in _COLOUR_FIELDS:
            if not isinstance(value, str):
                return None, _problem(path, f"`{key}` must be a colour string")
            try:
                Color.parse(value)
            except ColorParseError:
                return None, _problem(path, f"`{key}` is not a colour: {value!r}")
        options[key] = value
    variables = data.get("variables", {})
    if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
        return None, _problem(path, "[variables] must map names to strings")
    try:
        return Theme(name=name, variables=dict(variables), **options), None  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        return None, _problem(path, f"invalid theme: {exc}")


def load_themes(folder: Path) -> tuple[list[Theme], list[Problem]]:
    themes: list[Theme] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return themes, problems
    for path in sorted(folder.glob("*.toml")):
        theme, problem = load_theme(path)
        if theme is not None:
            themes.append(theme)
        if problem is not None:
            problems.append(problem)
    return themes, problems


def load_keymap(path: Path) -> tuple[dict[str, str], list[Problem]]:
    """keymap.toml: `"verdict.deploy" = "D"` per line (binding id = keys, comma-separated), optionally
    under a [keys] table."""
    if not path.is_file():
        return {}, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, [_problem(path, f"keymap ignored: {exc}")]
    table = data.get("keys", data)
    keymap: dict[str, str] = {}
    problems: list[Problem] = []
    for binding_id, keys in table.items():
        if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
            keys = ",".join(keys)
        if not isinstance(keys, str) or not keys.strip():
            problems.append(_problem(path, f"`{binding_id}` needs a key string"))
            continue
        keymap[str(binding_id)] = keys.strip()
    return keymap, problems
