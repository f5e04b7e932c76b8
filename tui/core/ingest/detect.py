"""Which reader a file needs: by content first, by extension only when the content does not say."""

from __future__ import annotations

import re
from typing import Any

from tui.core.ingest import json_pairs, markdown, podcast20, whisper
from tui.core.ingest.cues import is_timing_line
from tui.core.ingest.errors import IngestError
from tui.core.ingest.jsondata import shape_error

TEXT_FORMATS = ("speaker-lines", "markdown", "vtt", "srt")
JSON_FORMATS = ("json-pairs", "podcast20-json", "whisper-json", "whisperx-json", "diarized-json")
FORMATS = TEXT_FORMATS + JSON_FORMATS
JSON = "json"

_JSON_ARRAY_START = re.compile(r"\[\s*[\[{\]\"]")
_SUFFIX_FORMATS = {".vtt": "vtt", ".webvtt": "vtt", ".srt": "srt", ".md": "markdown", ".markdown": "markdown"}


def sniff(text: str, suffix: str = "") -> str:
    """A text format name, or JSON when the content is JSON (its flavour needs the parsed data)."""
    head = text[:4096].lstrip("\ufeff \t\n")
    if head.startswith("{") or (head.startswith("[") and (_JSON_ARRAY_START.match(head) or suffix == ".json")):
        return JSON
    if head.startswith("WEBVTT"):
        return "vtt"
    first_lines = [line for line in head.split("\n", 8)[:8] if line.strip()][:3]
    if any(is_timing_line(line) for line in first_lines):
        return "srt"
    if markdown.has_bold_names(text):
        return "markdown"
    return _SUFFIX_FORMATS.get(suffix, "speaker-lines")


def json_format(data: Any) -> str:
    """The JSON flavour of parsed data, or IngestError saying what shapes are understood."""
    if isinstance(data, dict) and ("segments" in data or "version" in data):
        if not isinstance(data.get("segments"), list):
            if "segments" not in data:
                raise IngestError('segments: expected an array of segments, but the object has no "segments" key')
            raise shape_error("segments", "an array of segments", data["segments"])
    if podcast20.matches(data):
        return podcast20.FORMAT
    flavour = whisper.classify(data)
    if flavour is not None:
        return flavour
    if json_pairs.matches(data):
        return json_pairs.FORMAT
    raise IngestError(
        "JSON is not a transcript format papertui reads: expected an object with a \"segments\" array "
        "(Podcasting 2.0, Whisper, WhisperX) or an array of {speaker: line} objects; got "
        + _outline(data)
    )


def _outline(data: Any) -> str:
    if isinstance(data, dict):
        keys = ", ".join(repr(k) for k in list(data)[:6])
        return f"an object with keys {keys}" if keys else "an empty object"
    if isinstance(data, list):
        if not data:
            return "an empty array"
        kinds = sorted({type(item).__name__ for item in data[:50]})
        return f"an array of {len(data)} ({'/'.join(kinds)})"
    return f"a {type(data).__name__}"
