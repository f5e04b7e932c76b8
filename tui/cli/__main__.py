"""`python -m tui.cli` runs the `papertui` command."""

from tui.cli import entry

entry()
