"""SubRip: index, `HH:MM:SS,mmm --> ...` timing (`.` accepted), text; `Name:` prefixes on speaker changes."""

from __future__ import annotations

from tui.core.ingest.cues import cue_turns, in_time_order, scan_cues
from tui.core.ingest.errors import IngestError, WarningList
from tui.core.ingest.parsed import Parsed

FORMAT = "srt"


def read(text: str, warnings: WarningList) -> Parsed:
    lines = text.split("\n")
    cues = scan_cues(lines, 0, warnings, skip_blocks=False)
    cues = in_time_order(cues)
    if not cues:
        raise IngestError("SRT file has no cues (no 'start --> end' timing lines)")
    return Parsed(turns=cue_turns(cues))
