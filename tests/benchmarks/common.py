"""Shared pieces of the benchmark suite: figures, the table, statistics, the generator, availability."""

from __future__ import annotations

import importlib
import importlib.util
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
WORK = Path("/tmp/papertui-bench")  # generated libraries are kept here between runs (they are deterministic)


class Unavailable(Exception):
    """A part of the app this benchmark needs has not landed yet (or lacks the protocol it needs)."""


@dataclass
class Figure:
    part: str
    name: str
    value: str
    target: str = ""
    ok: bool | None = None  # None: no target, or not measured

    @property
    def status(self) -> str:
        return {True: "ok", False: "MISSED", None: ""}[self.ok]


def require(module: str) -> ModuleType:
    """Import a module of the app, or raise Unavailable saying which one is missing."""
    try:
        return importlib.import_module(module)
    except Exception as error:  # an import error in someone else's half-landed module counts as missing too
        raise Unavailable(f"{module} not available yet ({type(error).__name__}: {error})") from error


def generator() -> ModuleType:
    """scripts/gen_library.py as a module (scripts/ is not a package)."""
    if "gen_library" in sys.modules:
        return sys.modules["gen_library"]
    spec = importlib.util.spec_from_file_location("gen_library", ROOT / "scripts" / "gen_library.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_library"] = module
    spec.loader.exec_module(module)
    return module


def generated_library(episodes: int, seed: int = 7) -> Path:
    """A generated library folder, written once and reused (the output is a pure function of the args)."""
    folder = WORK / f"lib-{episodes}-seed{seed}"
    done = folder / ".complete"
    if not done.exists():
        generator().generate_library(folder, episodes, seed)
        done.write_text("ok\n", encoding="utf-8")
    return folder


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_table(figures: list[Figure]) -> None:
    headers = ("part", "measure", "figure", "target", "")
    rows = [(f.part, f.name, f.value, f.target, f.status) for f in figures]
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join("-" * w for w in widths)
    print(line)
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print(line)
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
    print(line)
