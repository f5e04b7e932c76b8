"""`papertui [PATH ...]`: open the dashboard on the given paths, else the user's library, else the demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.cli.common import EXIT_OK, EXIT_USAGE, data_dir_arg, fail, offline_arg


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="transcript files or folders to open")


def library_paths(given: list[str]) -> list[Path]:
    from tui.core import paths

    if given:
        return [Path(p).expanduser() for p in given]
    return paths.user_library_dirs() or [paths.demo_library_dir()]


def run(args: argparse.Namespace) -> int:
    chosen = library_paths(list(getattr(args, "paths", []) or []))
    missing = [str(p) for p in chosen if not p.exists()]
    if missing:
        return fail(f"no such file or folder: {', '.join(missing)}")
    if not sys.stdout.isatty() and not sys.stdin.isatty():
        print("papertui: the dashboard needs a terminal; see `papertui --help` for headless commands", file=sys.stderr)
        return EXIT_USAGE
    from tui.app import PaperTuiApp

    data_dir = data_dir_arg(args)
    app = PaperTuiApp(chosen, data_dir=Path(data_dir).expanduser() if data_dir else None, offline=offline_arg(args))
    app.run()
    return EXIT_OK if app.return_code in (None, 0) else int(app.return_code or 0)
