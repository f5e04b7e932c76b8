"""Transcript readers: every format our users have, chosen by content, into `Episode`s.

Public API (see docs/ARCHITECTURE.md): `load_paths`, `load_file`, `parse_text`, `parse_bytes`,
`is_catalog_file`, `collect_files`, `TRANSCRIPT_SUFFIXES`, `FORMATS`, `IngestError`.
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
