"""`papertui backup [PATH]`: a consistent copy of the database (SQLite backup API), safe while the app runs."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tui.cli.common import EXIT_OK, EXIT_PROBLEMS, data_dir_arg, fail
from tui.cli.verdict_cmd import open_store
from tui.core.paths import data_dir
from tui.core.store import StoreError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", nargs="?",
                        help="file or folder (default: <data dir>/backups/papertui-<time>.db)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")


def _destination(args: argparse.Namespace) -> Path:
    name = f"papertui-{time.strftime('%Y%m%d-%H%M%S')}.db"
    if args.path is None:
        return data_dir(data_dir_arg(args)) / "backups" / name
    path = Path(args.path).expanduser()
    return path / name if path.is_dir() else path


def run(args: argparse.Namespace) -> int:
    dest = _destination(args)
    if dest.exists() and not args.force:
        return fail(f"{dest} exists; use --force to overwrite it", EXIT_PROBLEMS)
    try:
        with open_store(args) as store:
            store.backup(dest)
    except (StoreError, OSError) as error:
        return fail(f"backup to {dest} failed: {error}", EXIT_PROBLEMS)
    print(dest)
    return EXIT_OK
