"""WebVTT: header (with an optional title), NOTE/STYLE/REGION blocks, cues with voice tags or prefixes.

YouTube auto-captions (rolling two-line windows with word timing tags) are recognised and de-duplicated.
"""

from __future__ import annotations

from tui.core.ingest.cues import (
    cue_turns,
    in_time_order,
    is_rolling_window,
    rolling_window_turns,
    scan_cues,
)
from tui.core.ingest.errors import IngestError, WarningList
from tui.core.ingest.parsed import Parsed

FORMAT = "vtt"


def read(text: str, warnings: WarningList) -> Parsed:
    lines = text.split("\n")
    first = lines[0].lstrip("\ufeff").strip() if lines else ""
    if not first.startswith("WEBVTT"):
        raise IngestError("not a WebVTT file: the first line must start with WEBVTT", line=1)
    title = _header_title(first[len("WEBVTT") :])
    header_end = 1
    while header_end < len(lines) and lines[header_end].strip() and "-->" not in lines[header_end]:
        header_end += 1
    header = "\n".join(lines[1:header_end])
    cues = scan_cues(lines, header_end, warnings, skip_blocks=True)
    cues = in_time_order(cues)
    if not cues:
        raise IngestError("WebVTT file has no cues (no 'start --> end' timing lines)")
    turns = rolling_window_turns(cues) if is_rolling_window(cues, header) else cue_turns(cues)
    return Parsed(turns=turns, title=title)


def _header_title(rest: str) -> str | None:
    """`WEBVTT - Episode 12` -> `Episode 12`; header text must be separated by a space or tab."""
    if not rest or rest[0] not in " \t":
        return None
    title = rest.strip().lstrip("-").strip()
    return title or None
