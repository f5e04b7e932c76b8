"""Arrows go one way: tui.core never imports Textual, the UI, or widgets; widgets never import the store."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _violations(folder: Path, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_core_never_imports_textual_or_ui() -> None:
    forbidden = ("textual", "rich", "widgets", "tui.app", "tui.screens", "tui.cli")
    assert _violations(ROOT / "tui" / "core", forbidden) == []


def test_widgets_do_not_reach_into_store_or_clients() -> None:
    forbidden = ("tui.core.store", "tui.core.metadata", "tui.core.library", "tui.app", "tui.screens", "httpx", "sqlite3")
    assert _violations(ROOT / "widgets", forbidden) == []


def test_importing_core_does_not_load_textual_at_runtime() -> None:
    """Catches indirect imports the static check cannot see (e.g. through a third-party module)."""
    modules = sorted(
        "tui.core." + ".".join(p.relative_to(ROOT / "tui" / "core").with_suffix("").parts)
        for p in (ROOT / "tui" / "core").rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == ""


def test_the_check_itself_catches_a_violation(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text("from textual.app import App\n", encoding="utf-8")
    global ROOT
    saved = ROOT
    try:
        ROOT = tmp_path
        assert _violations(tmp_path, ("textual",)) == ["bad.py imports textual.app"]
    finally:
        ROOT = saved
