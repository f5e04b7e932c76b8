"""The first-paint protocol of the benchmark suite (docs/PERFORMANCE.md), so start-up can be timed from outside.

With `PAPERTUI_BENCH_FIRST_PAINT=<file>` set, the dashboard writes `repr(time.time())` to that file once,
after its first refresh; with `PAPERTUI_BENCH_LOADED=<file>`, once the library scan has finished and the
dashboard shows every paper. With `PAPERTUI_BENCH_EXIT=1` the app exits when every requested marker is
written. Without these variables nothing happens.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from textual.screen import Screen

FIRST_PAINT = "PAPERTUI_BENCH_FIRST_PAINT"
LOADED = "PAPERTUI_BENCH_LOADED"
EXIT = "PAPERTUI_BENCH_EXIT"


def _requested() -> list[str]:
    return [name for name in (FIRST_PAINT, LOADED) if os.environ.get(name)]


def write_marker(screen: Screen, name: str) -> None:
    """Write one marker (once per app); exit when asked and every requested marker is written."""
    target = os.environ.get(name)
    written: set[str] = screen.app.__dict__.setdefault("_bench_markers_written", set())
    if not target or name in written:
        return
    written.add(name)
    try:
        Path(target).write_text(repr(time.time()), encoding="utf-8")
    except OSError:
        return  # a benchmark problem must never break the app
    if os.environ.get(EXIT) == "1" and all(marker in written for marker in _requested()):
        screen.app.exit()


def after_first_paint(screen: Screen) -> None:
    """Call from the dashboard's on_mount: the marker is written after the first refresh."""
    if os.environ.get(FIRST_PAINT):
        screen.call_after_refresh(write_marker, screen, FIRST_PAINT)


def after_loaded(screen: Screen) -> None:
    """Call once the scan's result is on screen: the marker is written after that refresh."""
    if os.environ.get(LOADED):
        screen.call_after_refresh(write_marker, screen, LOADED)
