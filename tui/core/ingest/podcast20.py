"""Podcasting 2.0 JSON: `{"version", "segments": [{"speaker", "startTime", "endTime", "body"}]}`.

Often one word per segment: consecutive segments of one speaker are joined with spaces, and a body ending
in a newline ends a paragraph. A segment with no speaker continues the previous one.
"""

from __future__ import annotations

from typing import Any

from tui.core.ingest.builder import TurnBuilder
from tui.core.ingest.errors import IngestError, WarningList
from tui.core.ingest.jsondata import describe, seconds, shape_error, title_of
from tui.core.ingest.parsed import Parsed
from tui.core.ingest.textutil import clean_text

FORMAT = "podcast20-json"
UNNAMED = "Speaker"


def matches(data: Any) -> bool:
    if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
        return False
    if "version" in data:
        return True
    return any(isinstance(s, dict) and ("startTime" in s or "body" in s) for s in data["segments"][:20])


def read(data: Any, warnings: WarningList) -> Parsed:
    if not isinstance(data, dict):
        raise shape_error("top level", 'an object with "version" and "segments"', data)
    segments = data.get("segments")
    if not isinstance(segments, list):
        raise shape_error("segments", "an array of segments", segments)
    builder = TurnBuilder()
    speaker = UNNAMED
    for i, segment in enumerate(segments):
        where = f"segments[{i}]"
        if not isinstance(segment, dict):
            warnings.add(f"{where}: expected an object, got {describe(segment)}; skipped")
            continue
        body = segment.get("body")
        if not isinstance(body, str):
            warnings.add(f"{where}.body: expected a string, got {describe(body)}; skipped")
            continue
        start = _time(segment, "startTime", where, warnings)
        end = _time(segment, "endTime", where, warnings)
        named = segment.get("speaker")
        if isinstance(named, (str, int)) and not isinstance(named, bool) and str(named).strip():
            speaker = " ".join(str(named).split())
        paragraph_end = body.endswith("\n")
        text, stage = clean_text(body)
        if text or stage:
            builder.add(speaker, text, start=start, end=end, stage=stage)
        if paragraph_end:
            builder.paragraph_break()
    turns = builder.finish()
    if not turns and segments:
        raise IngestError("segments: none of the segments had text")
    return Parsed(turns=turns, title=title_of(data))


def _time(segment: dict[str, Any], key: str, where: str, warnings: WarningList) -> float | None:
    if key not in segment or segment[key] is None:
        return None
    value = seconds(segment[key])
    if value is None:
        warnings.add(f"{where}.{key}: expected a number of seconds, got {describe(segment[key])}; time ignored")
    return value
