"""Cold start: first paint of the dashboard on the demo library vs a bare Textual app painting one widget,
both as whole processes in a pseudo-terminal, alternated, several runs each, medians."""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.common import Figure, Unavailable, median, ms, require
from tests.benchmarks.process import time_markers

RUNS = 5
BARE = [sys.executable, "-m", "tests.benchmarks.bare_app"]


def papertui_argv(*paths: Path) -> list[str]:
    return [sys.executable, "-c", "from tui.cli import entry; entry()", "--offline", *map(str, paths)]


def app_env(data_dir: Path, config_dir: Path) -> dict[str, str]:
    return {"PAPERTUI_DATA_DIR": str(data_dir), "PAPERTUI_CONFIG_DIR": str(config_dir)}


@functools.cache
def bare_first_paint() -> float:
    """Median first paint of the bare app (cached: the scan part compares against it too)."""
    times = [time_markers(BARE, ("FIRST_PAINT",)).get("FIRST_PAINT") for _ in range(RUNS)]
    if None in times:
        raise Unavailable("the bare app did not paint (is Textual installed?)")
    return median(times)


def app_markers(argv: list[str], env: dict[str, str], markers: tuple[str, ...], timeout: float) -> dict:
    found = time_markers(argv, markers, env=env, timeout=timeout)
    missing = [m for m in markers if m not in found]
    if missing:
        raise Unavailable(f"papertui wrote no PAPERTUI_BENCH_{missing[0]} marker within {timeout:.0f} s "
                          "(protocol in docs/PERFORMANCE.md not implemented yet?)")
    return found


def run() -> list[Figure]:
    require("tui.app")
    paths = require("tui.core.paths")
    demo = paths.demo_library_dir()
    bare: list[float] = []
    app: list[float] = []
    with tempfile.TemporaryDirectory(prefix="papertui-bench-") as tmp:
        env = app_env(Path(tmp) / "data", Path(tmp) / "config")
        # One unmeasured run fills the demo's analysis cache and the OS file cache, as any second start would.
        app_markers(papertui_argv(demo), env, ("FIRST_PAINT",), timeout=30)
        for _ in range(RUNS):
            bare.append(time_markers(BARE, ("FIRST_PAINT",)).get("FIRST_PAINT") or float("nan"))
            app.append(app_markers(papertui_argv(demo), env, ("FIRST_PAINT",), timeout=60)["FIRST_PAINT"])
    ratio = median(app) / median(bare)
    return [
        Figure("cold start", f"bare Textual app, first paint (median of {RUNS})", ms(median(bare))),
        Figure("cold start", f"papertui on the demo library, first paint (median of {RUNS})", ms(median(app))),
        Figure("cold start", "ratio papertui / bare", f"{ratio:.2f}x", "<= 1.5x", ratio <= 1.5),
    ]
