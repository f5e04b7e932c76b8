"""What every subcommand shares: global options, exit codes, output helpers, progress on a terminal."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where the store lives (default: $PAPERTUI_DATA_DIR, else the user data dir)",
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        default=argparse.SUPPRESS,
        help="never touch the network; use cached metadata only",
    )


def data_dir_arg(args: argparse.Namespace) -> str | None:
    return getattr(args, "data_dir", None)


def offline_arg(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "offline", False))


def print_json(payload: Any) -> None:
    """Deterministic JSON on stdout (sorted keys are the caller's business: order is part of the schema)."""
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")


def fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"papertui: {message}", file=sys.stderr)
    return code


class Progress:
    """A one-line progress counter on stderr, only when stderr is a terminal."""

    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.done = label, total, 0
        self._enabled = sys.stderr.isatty() and total > 1
        self._last = 0.0

    def step(self, detail: str = "") -> None:
        self.done += 1
        now = time.monotonic()
        if self._enabled and (now - self._last > 0.1 or self.done == self.total):
            self._last = now
            sys.stderr.write(f"\r{self.label}: {self.done}/{self.total} {detail[:50]:<50}")
            sys.stderr.flush()

    def close(self) -> None:
        if self._enabled:
            sys.stderr.write("\r" + " " * 80 + "\r")
            sys.stderr.flush()
