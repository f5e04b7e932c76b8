"""Library scan at scale: 2,000 generated episodes (~150k turns). First scan + analysis in a fresh process
and data dir; then a warm scan with the cache; then the app's warm start (first paint, fully loaded)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.bench_start import app_env, app_markers, bare_first_paint, papertui_argv
from tests.benchmarks.common import ROOT, Figure, Unavailable, generated_library, ms, require

EPISODES = 2000


def _scan(library: Path, data_dir: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.scan_worker", str(library), str(data_dir)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise Unavailable(f"scan failed: {done.stderr.strip().splitlines()[-1] if done.stderr else done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    require("tui.core.library")
    require("tui.core.store")
    library = generated_library(EPISODES)
    part = "library scan"
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="papertui-bench-") as tmp:
        data = Path(tmp) / "data"
        first = _scan(library, data)
        warm = _scan(library, data)
        memory = max(first["peak_mb"], warm["peak_mb"])
        figures += [
            Figure(part, f"first scan + analysis, {first['episodes']} episodes / {first['turns']} turns / "
                   f"{first['claims']} claims / {first['papers']} papers", f"{first['seconds']:.1f} s",
                   "< 20 s", first["seconds"] < 20),
            Figure(part, "warm scan with the cache (headless)", f"{warm['seconds']:.2f} s", "< 1.5 s",
                   warm["seconds"] < 1.5),
            Figure(part, "peak memory of the scanning process (RSS)", f"{memory:.0f} MB", "< 400 MB",
                   memory < 400),
            Figure(part, "peak memory of one pool worker (RSS)", f"{first['peak_worker_mb']:.0f} MB"),
        ]
        try:
            require("tui.app")
            env = app_env(data, Path(tmp) / "config")
            found = app_markers(papertui_argv(library), env, ("FIRST_PAINT", "LOADED"), timeout=120)
            bare = bare_first_paint()
            ratio = found["FIRST_PAINT"] / bare
            figures += [
                Figure(part, f"warm start, first paint (vs bare {ms(bare)})",
                       f"{ms(found['FIRST_PAINT'])} ({ratio:.2f}x)", "<= 2x bare", ratio <= 2),
                Figure(part, "warm start, fully loaded", ms(found["LOADED"]), "<= 1.5 s", found["LOADED"] <= 1.5),
            ]
        except Unavailable as missing:
            figures.append(Figure(part, "warm start (app)", f"not available yet: {missing}"))
    return figures
