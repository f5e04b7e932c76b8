"""Start-up: the first paint is the dashboard's frame, reached without the models (pydantic) or the panel
widgets; the dashboard paints before the scan ends, narrow screens build panels when first shown, the
dialogue's styles are ready before its first page, and the benchmark markers (docs/PERFORMANCE.md)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import dashboard, settle, until, wait_loaded
from tui.screens import bench
from widgets.board import VerdictBoard
from widgets.claims import ClaimsList
from widgets.dialogue import DialogueView
from widgets.paper_detail import PaperDetail


# Modules the first paint must not wait for: the models (pydantic), the store, the library, the filter engine,
# the view models and the panel widgets (they are imported after the first paint).
LATE_MODULES = ("pydantic", "tui.core.models", "tui.core.store", "tui.core.library", "tui.core.filtering",
                "tui.screens.view_models", "widgets.board", "widgets.dialogue", "widgets.claims")

START_PATH = """
import json, sys
from tui.cli import _top_parser, open_cmd
args = _top_parser().parse_args(["--offline", sys.argv[1]])
paths = open_cmd.library_paths(args.paths)
from tui.app import PaperTuiApp
PaperTuiApp(paths, data_dir=None, offline=True)
print(json.dumps(sorted(sys.modules)))
"""


def test_the_papertui_start_path_imports_no_models_or_panels(tmp_path: Path) -> None:
    """`papertui PATH` up to a constructed app (CLI, paths, themes, keymap): nothing of LATE_MODULES. A fresh
    interpreter, because this test process has imported everything already."""
    config = tmp_path / "config"
    (config / "themes").mkdir(parents=True)
    (config / "themes" / "mine.toml").write_text('name = "mine"\nprimary = "#123456"\n', encoding="utf-8")
    env = {"PAPERTUI_CONFIG_DIR": str(config), "PAPERTUI_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", START_PATH, str(tmp_path)], capture_output=True, text=True,
                          env=env, cwd=Path(__file__).resolve().parents[2], timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout)
    assert "tui.app" in modules and "textual.app" in modules
    loaded_early = [name for name in modules if name.startswith(LATE_MODULES)]
    assert loaded_early == []


async def test_the_first_paint_is_the_frame(make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first-paint marker is written when the frame is on screen: every panel with its title and the
    "Loading library…" status, before any panel widget exists; the panels are built right after it."""
    monkeypatch.setenv("PAPERTUI_BENCH_FIRST_PAINT", str(tmp_path / "paint"))
    seen: dict[str, object] = {}
    write = bench.write_marker

    def looking(screen, name: str) -> None:  # noqa: ANN001
        if name == bench.FIRST_PAINT:
            seen["titles"] = [str(screen.query_one(f"#{panel}-panel").border_title) for panel in
                              ("episodes", "dialogue", "claims", "board", "detail")]
            seen["status"] = str(screen.query_one("#status-text").render())
            seen["panel widgets"] = [widget.id for widget in screen.query(".panel > *")]
        write(screen, name)

    monkeypatch.setattr(bench, "write_marker", looking)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: "titles" in seen, "the first-paint marker")
        assert seen["titles"] == ["Episodes", "Dialogue", "Claims", "Board", "Paper"]
        assert seen["status"] == "Loading library…"
        assert seen["panel widgets"] == []
        await wait_loaded(pilot, app)
        assert {widget.id for widget in app.screen.query(".panel > *")} == {"episodes", "dialogue", "claims", "board", "detail"}
        assert app.query_one(DialogueView).has_focus


async def test_episodes_show_before_the_scan_ends(make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paint, loaded = tmp_path / "paint", tmp_path / "loaded"
    monkeypatch.setenv("PAPERTUI_BENCH_FIRST_PAINT", str(paint))
    monkeypatch.setenv("PAPERTUI_BENCH_LOADED", str(loaded))
    gate = threading.Event()
    app = make_app(gate=gate)
    async with app.run_test(size=(120, 40)) as pilot:
        # The scan is held at its end by the gate: wait for conditions only, not for the workers to finish.
        await until(pilot, lambda: bool(app.query(DialogueView)), "the dialogue, built after the first paint",
                    settled=False)
        dialogue = app.query_one(DialogueView)
        await until(pilot, lambda: dialogue.turn_count == 9, "the first episode, while scanning", settled=False)
        await until(pilot, lambda: paint.exists() and paint.read_text(), "the first-paint marker", settled=False)
        assert float(paint.read_text()) > 0
        assert not dashboard(app).loaded and not loaded.exists()
        gate.set()
        await wait_loaded(pilot, app)
        await until(pilot, lambda: loaded.exists() and loaded.read_text(), "the loaded marker")
        assert float(paint.read_text()) <= float(loaded.read_text())
        assert app.is_running  # PAPERTUI_BENCH_EXIT is not set


async def test_bench_exit_when_every_marker_is_written(make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERTUI_BENCH_FIRST_PAINT", str(tmp_path / "paint"))
    monkeypatch.setenv("PAPERTUI_BENCH_LOADED", str(tmp_path / "loaded"))
    monkeypatch.setenv("PAPERTUI_BENCH_EXIT", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: not app.is_running, "the app to exit", settled=False)
    assert (tmp_path / "paint").exists() and (tmp_path / "loaded").exists()


async def test_narrow_screen_builds_panels_when_first_shown(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, app)
        assert not app.query(VerdictBoard) and not app.query(ClaimsList) and not app.query(PaperDetail)
        await pilot.press("4")
        await settle(pilot)
        board = app.query_one(VerdictBoard)
        assert board.has_focus_within  # built, filled from the screen's state, then focused
        assert {card.key for card in board.cards} == {"arxiv:2307.02486", "name:flashdecode"}
        await pilot.press("d")  # a verdict while the claims panel still does not exist
        await settle(pilot)
        assert not app.query(ClaimsList)
        await pilot.press("3")
        await settle(pilot)
        assert app.query_one(ClaimsList).claims  # the selected paper's claims


async def test_dialogue_styles_are_ready_before_a_page_renders(make_app, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        await pilot.press("1", "2")  # focus moves away and back: the cursor style changes
        dialogue = app.query_one(DialogueView)
        calls: list[str] = []
        original = DialogueView.get_component_rich_style

        def counting(self, *names, **options):  # noqa: ANN001, ANN002, ANN003, ANN202
            calls.extend(names)
            return original(self, *names, **options)

        monkeypatch.setattr(DialogueView, "get_component_rich_style", counting)
        dialogue._blocks.clear()
        for y in range(dialogue.size.height):
            dialogue.render_line(y)
        assert calls == []  # every style was resolved at focus time, none while rendering
        app.theme = "papertui-paper"
        await settle(pilot)
        calls.clear()
        dialogue._blocks.clear()
        for y in range(dialogue.size.height):
            dialogue.render_line(y)
        assert calls == []
        speaker = dialogue._style("dialogue--speaker-0")
        assert speaker.color is not None and speaker.color.triplet.hex.upper() == app.get_theme("papertui-paper").primary.upper()
