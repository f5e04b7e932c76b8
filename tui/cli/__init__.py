"""The `papertui` command: opens the dashboard, or runs a headless subcommand.

Subcommand modules are imported only when used, so `papertui --version` and `--help` stay fast.
Exit codes: 0 success, 1 some inputs had problems (the rest still printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from tui import __version__
from tui.cli.common import EXIT_USAGE, add_global_options

# name -> (module under tui.cli, one-line help). Each module has add_arguments(parser) and run(args) -> int.
COMMANDS: dict[str, tuple[str, str]] = {
    "inspect": ("inspect_cmd", "parse transcripts and print their episodes (turns, speakers, timing, problems)"),
    "analyze": ("analyze_cmd", "find papers, spans, claims, pushback and suggested verdicts"),
    "papers": ("papers_cmd", "paper metadata: lookup a query, or resolve the papers of a library"),
    "verdict": ("verdict_cmd", "set or list verdicts (for scripting)"),
    "note": ("note_cmd", "add a note to a paper (for scripting)"),
    "export": ("export_cmd", "export verdicts and notes: markdown, obsidian, json, csv, bibtex"),
    "import": ("import_cmd", "merge a papertui JSON export into the store"),
    "backup": ("backup_cmd", "write a consistent copy of the database"),
}


def _top_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  {name:<9} {help_}" for name, (_, help_) in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="papertui",
        description="Triage research papers from podcast and reading-group transcripts.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "usage: papertui [PATH ...]            open the dashboard (default: your library, else the demo)\n"
            "       papertui COMMAND [ARGS ...]    run a headless command\n\n"
            f"commands:\n{commands}\n\nRun `papertui COMMAND --help` for a command's options."
        ),
    )
    parser.add_argument("--version", action="version", version=f"papertui {__version__}")
    add_global_options(parser)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="transcript files or folders to open")
    return parser


def _split_command(argv: list[str]) -> tuple[str | None, int]:
    """Find the first positional argument; it names a command when it is one."""
    skip_next = False
    for i, arg in enumerate(argv):
        if skip_next:
            skip_next = False
            continue
        if arg in ("--data-dir",):
            skip_next = True
            continue
        if arg.startswith("-"):
            continue
        return (arg if arg in COMMANDS else None), i
    return None, -1


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    command, position = _split_command(args_list)
    try:
        if command is None:
            args = _top_parser().parse_args(args_list)
            module = importlib.import_module("tui.cli.open_cmd")
            return int(module.run(args) or 0)
        module_name, help_ = COMMANDS[command]
        module = importlib.import_module(f"tui.cli.{module_name}")
        parser = argparse.ArgumentParser(prog=f"papertui {command}", description=help_)
        add_global_options(parser)
        module.add_arguments(parser)
        args = parser.parse_args(args_list[:position] + args_list[position + 1 :])
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `papertui inspect --json | head`: the reader left; stop quietly, and keep Python's
        # exit-time flush from raising again on the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else EXIT_USAGE)


def entry() -> None:
    sys.exit(main())
