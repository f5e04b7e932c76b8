"""Writing export files safely: atomic replacement, no silent overwrite, filenames that are safe everywhere."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

MAX_NAME_BYTES = 120  # well under the 255-byte limit of common filesystems, leaving room for suffixes
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*\u2028\u2029\u200b-\u200f\u202a-\u202e\ufeff]')


class ExportError(Exception):
    """An export could not be written; the message names the file and the reason."""


def sanitise_filename(name: str, *, suffix: str = "", fallback: str = "untitled") -> str:
    """A single safe path component: no separators, control characters, `..`, reserved or overlong names."""
    text = unicodedata.normalize("NFC", name)
    text = _UNSAFE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")  # Windows drops trailing dots/spaces; leading dots hide files
    text = re.sub(r"\.{2,}", ".", text)
    if not text:
        text = fallback
    stem = text.split(".", 1)[0].strip().upper()
    if stem in _WINDOWS_RESERVED:
        text = f"_{text}"
    budget = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    encoded = text.encode("utf-8")
    if len(encoded) > budget:
        text = encoded[:budget].decode("utf-8", errors="ignore").rstrip(" .")
    return text + suffix


def atomic_write_text(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path` via a temp file in the same folder and os.replace: readers see old or new, never half."""
    if path.exists() and not force:
        raise ExportError(f"{path} exists; use --force to overwrite it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as error:
        Path(tmp_name).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
