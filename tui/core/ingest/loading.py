"""The package's edge: files and folders in, episodes and problems out; nothing raises on bad input."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tui.core.identity import episode_key
from tui.core.ingest import json_pairs, markdown, podcast20, speaker_lines, srt, vtt, whisper
from tui.core.ingest.decoding import decode_bytes
from tui.core.ingest.detect import FORMATS, JSON, JSON_FORMATS, json_format, sniff
from tui.core.ingest.errors import IngestError, WarningList
from tui.core.ingest.jsondata import load_json
from tui.core.ingest.parsed import Parsed
from tui.core.ingest.textutil import title_from_stem
from tui.core.models import Episode, LoadResult, Problem

TRANSCRIPT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".vtt", ".webvtt", ".srt", ".json"})
# Files a folder scan passes over; naming one explicitly still reads it.
_NOT_TRANSCRIPTS = ("readme", "license", "licence", "changelog", "contributing")
MAX_MB_ENV = "PAPERTUI_MAX_TRANSCRIPT_MB"
DEFAULT_MAX_MB = 25

_TEXT_READERS: dict[str, Callable[[str, WarningList], Parsed]] = {
    "speaker-lines": speaker_lines.read,
    "markdown": markdown.read,
    "vtt": vtt.read,
    "srt": srt.read,
}
_JSON_READERS: dict[str, Callable[[Any, WarningList], Parsed]] = {
    "json-pairs": json_pairs.read,
    "podcast20-json": podcast20.read,
    "whisper-json": whisper.read,
    "whisperx-json": whisper.read,
    "diarized-json": whisper.read,
}


def is_catalog_file(path: str | os.PathLike[str]) -> bool:
    """`papers.json`, `*.papers.json` and `*.bib` hold paper metadata, not transcripts."""
    name = Path(path).name.lower()
    return name == "papers.json" or name.endswith(".papers.json") or name.endswith(".bib")


def max_file_bytes() -> int:
    """The size limit for one transcript: $PAPERTUI_MAX_TRANSCRIPT_MB, else 25 MB (a 2 h word-level file is ~5)."""
    raw = os.environ.get(MAX_MB_ENV, "")
    try:
        megabytes = float(raw) if raw.strip() else DEFAULT_MAX_MB
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    return int(max(megabytes, 0.001) * 1024 * 1024)


def parse_text(text: str, source: str, format: str | None = None) -> Episode:
    """Parse decoded text. Raises IngestError (a ValueError) when it cannot be read as a transcript."""
    warnings = WarningList()
    return _parse(text, source, format, warnings, Path(source).suffix.lower())


def _parse(text: str, source: str, format: str | None, warnings: WarningList, suffix: str) -> Episode:
    if format is not None and format not in FORMATS:
        raise IngestError(f"unknown format {format!r}; known formats: {', '.join(FORMATS)}")
    normalised = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not normalised.strip():
        raise IngestError("file is empty (no text)")
    kind = format or sniff(normalised, suffix)
    if kind == JSON or kind in JSON_FORMATS:
        data = load_json(normalised)
        kind = format or json_format(data)
        parsed = _JSON_READERS[kind](data, warnings)
    else:
        parsed = _TEXT_READERS[kind](normalised, warnings)
    if not parsed.turns:
        raise IngestError(f"no dialogue found (read as {kind})")
    speakers = list(dict.fromkeys(turn.speaker for turn in parsed.turns))
    return Episode(
        key=episode_key(text),
        source=source,
        format=kind,
        title=parsed.title or title_from_stem(Path(source).stem),
        speakers=speakers,
        turns=parsed.turns,
        problems=warnings.to_problems(source),
    )


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Parsing allocates hundreds of thousands of small objects and no cycles; the cyclic collector would
    re-walk them again and again (a 50 MB file parses about twice as fast without it). Re-entrant across
    threads: the collector comes back when the last parse ends, and only if it was on before."""
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()


def parse_bytes(data: bytes, source: str, format: str | None = None) -> tuple[Episode | None, list[Problem]]:
    """Decode and parse; bad input gives problems (which file, what, where), never an exception."""
    warnings = WarningList()
    try:
        with _gc_paused():
            text = decode_bytes(data, warnings)
            episode = _parse(text, source, format, warnings, Path(source).suffix.lower())
    except IngestError as err:
        problem = err.to_problem(source)
        if is_catalog_file(source):
            problem.message += " (this is a paper catalog file, not a transcript)"
        return None, [*warnings.to_problems(source), problem]
    except Exception as err:  # noqa: BLE001 - a reader bug must not crash a library scan
        message = f"internal error while reading this file ({type(err).__name__}: {err}); please report it"
        return None, [*warnings.to_problems(source), Problem(source=source, message=message)]
    return episode, list(episode.problems)


def load_file(path: str | os.PathLike[str], format: str | None = None) -> tuple[Episode | None, list[Problem]]:
    source = str(path)
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            return None, [Problem(source=source, message="is a folder, not a file")]
        limit = max_file_bytes()
        if size > limit:
            return None, [
                Problem(
                    source=source,
                    message=f"file is {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB limit for one "
                    f"transcript; raise it with {MAX_MB_ENV}=<megabytes> if this really is one",
                )
            ]
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        return None, [Problem(source=source, message="no such file")]
    except PermissionError:
        return None, [Problem(source=source, message="cannot read: permission denied")]
    except OSError as err:
        return None, [Problem(source=source, message=f"cannot read: {err.strerror or err}")]
    return parse_bytes(data, source, format)


def collect_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """The transcript files under the given paths, in order; folders are walked recursively and sorted.

    A folder scan skips hidden files and folders, paper catalogs, files without a transcript suffix and
    README/LICENSE-like files; a file named explicitly is always tried.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = Path(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            files.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            _walk(path, add, problems)
        elif path.exists() or path.is_symlink():
            add(path)
        else:
            problems.append(Problem(source=str(path), message="no such file or folder"))
    return files, problems


def _walk(folder: Path, add: Callable[[Path], None], problems: list[Problem]) -> None:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except PermissionError:
        problems.append(Problem(source=str(folder), message="cannot read folder: permission denied"))
        return
    except OSError as err:
        problems.append(Problem(source=str(folder), message=f"cannot read folder: {err.strerror or err}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _walk(path, add, problems)
        elif _is_transcript_name(entry.name):
            add(path)


def _is_transcript_name(name: str) -> bool:
    lowered = name.lower()
    if is_catalog_file(lowered) or lowered.startswith(_NOT_TRANSCRIPTS):
        return False
    return Path(lowered).suffix in TRANSCRIPT_SUFFIXES


def load_paths(
    paths: Iterable[str | os.PathLike[str]], on_file: Callable[[Path], None] | None = None
) -> LoadResult:
    """Load every transcript under paths. Problems of files that did not load go in `problems`; warnings of
    files that did stay on their episode. `on_file` is called before each file (for progress)."""
    files, problems = collect_files(paths)
    episodes: list[Episode] = []
    for path in files:
        if on_file is not None:
            on_file(path)
        episode, file_problems = load_file(path)
        if episode is None:
            problems.extend(file_problems)
        else:
            episodes.append(episode)
    return LoadResult(episodes=episodes, problems=problems)
