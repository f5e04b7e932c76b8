"""Plain `Name: text` transcripts: one speaker prefix per turn, continuation lines without one."""

from __future__ import annotations

from tui.core.ingest.errors import WarningList
from tui.core.ingest.lines import Line, read_lines
from tui.core.ingest.parsed import Parsed

FORMAT = "speaker-lines"


def read(text: str, warnings: WarningList) -> Parsed:
    lines = [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]
    return Parsed(turns=read_lines(lines, warnings))
