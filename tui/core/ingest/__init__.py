"""Transcript readers: every format our users have, chosen by content, into `Episode`s.

Public API (see docs/ARCHITECTURE.md): `load_paths`, `load_file`, `parse_text`, `parse_bytes`,
`is_catalog_file`, `collect_files`, `TRANSCRIPT_SUFFIXES`, `FORMATS`, `IngestError`, `max_file_bytes`.

Decisions every reader shares:
- consecutive pieces by one speaker are one turn; a piece with no speaker continues the previous one;
  speech nobody is named for at all is cut into paragraph turns (see `builder.py`);
- nobody named anywhere -> "Speaker"; nameless `- ` changes (captions) -> "Speaker 1"/"Speaker 2";
  diarization labels are kept as they are ("SPEAKER_00", "spk_2"), bare numbers become "Speaker 0";
- stage directions ("pauses", "laughs", "Music", "silence") leave the text and go to Turn.stage_directions,
  with no brackets; pseudo-speakers such as "Break:" become a stage direction ("break at 2:00"), not a speaker;
- unreadable parts (a bad cue, a segment of the wrong type) are warnings on the episode; a file that cannot
  be read at all is an error Problem and no episode; files over $PAPERTUI_MAX_TRANSCRIPT_MB (25) are refused.
"""

from __future__ import annotations

from tui.core.ingest.detect import FORMATS
from tui.core.ingest.errors import IngestError
from tui.core.ingest.loading import (
    TRANSCRIPT_SUFFIXES,
    collect_files,
    is_catalog_file,
    load_file,
    load_paths,
    max_file_bytes,
    parse_bytes,
    parse_text,
)

__all__ = [
    "FORMATS",
    "IngestError",
    "TRANSCRIPT_SUFFIXES",
    "collect_files",
    "is_catalog_file",
    "load_file",
    "load_paths",
    "max_file_bytes",
    "parse_bytes",
    "parse_text",
]
