"""Exports of verdicts and notes: markdown digest, obsidian vault, json (re-importable), csv, bibtex."""

from __future__ import annotations

from collections.abc import Callable

from tui.core.export.bibtex import render_bibtex
from tui.core.export.bundle import ExportBundle, build_bundle
from tui.core.export.csvfmt import render_csv
from tui.core.export.files import ExportError, atomic_write_text, sanitise_filename
from tui.core.export.jsonfmt import render_json
from tui.core.export.markdown import render_markdown

# Formats that render to one document. "obsidian" writes a folder: tui.core.export.obsidian.export_obsidian.
RENDERERS: dict[str, Callable[[ExportBundle], str]] = {
    "markdown": render_markdown,
    "json": render_json,
    "csv": render_csv,
    "bibtex": render_bibtex,
}
FORMATS = ("markdown", "obsidian", "json", "csv", "bibtex")
SUFFIXES = {"markdown": ".md", "json": ".json", "csv": ".csv", "bibtex": ".bib"}

__all__ = [
    "FORMATS", "RENDERERS", "SUFFIXES", "ExportBundle", "ExportError", "atomic_write_text", "build_bundle",
    "sanitise_filename",
]
