"""`papertui import FILE.json`: merge a papertui JSON export (a teammate's verdicts and notes) into the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.cli.common import EXIT_OK, EXIT_PROBLEMS, fail
from tui.cli.verdict_cmd import open_store
from tui.core.export.importer import ImportFileError, import_bundle, read_bundle
from tui.core.store import StoreError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json", help="a file written by `papertui export --format json`")


def run(args: argparse.Namespace) -> int:
    try:
        bundle = read_bundle(Path(args.file))
    except ImportFileError as error:
        return fail(str(error), EXIT_PROBLEMS)
    try:
        with open_store(args) as store:
            report = import_bundle(bundle, store)
    except StoreError as error:
        return fail(str(error), EXIT_PROBLEMS)
    for conflict in report.conflicts:
        print(f"conflict: {conflict}", file=sys.stderr)
    print(report.summary())
    return EXIT_OK
