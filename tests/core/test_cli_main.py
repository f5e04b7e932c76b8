"""The command frame: version, help, usage errors, unknown paths, and a closed pipe."""

from __future__ import annotations

import subprocess
import sys

from tui import __version__
from tui.cli import COMMANDS, main


def test_version(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"papertui {__version__}"


def test_help_lists_every_command(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert f"  {name}" in out


def test_every_command_has_help(capsys) -> None:
    for name in COMMANDS:
        assert main([name, "--help"]) == 0, name
        assert f"papertui {name}" in capsys.readouterr().out


def test_unknown_option_is_a_usage_error(capsys) -> None:
    assert main(["inspect", "--no-such-flag"]) == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_global_options_work_before_the_command(tmp_path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "verdict", "list"]) == 0


def test_closed_pipe_is_not_a_traceback() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m tui.cli inspect data/episodes --json | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert "Traceback" not in proc.stderr
