"""Markdown transcripts: `**Name:** text` paragraphs, `# Title`, escaped `\\[03:57\\]` timestamps, entities.

Choices: paragraphs without a bold name continue the previous speaker; pseudo-speakers such as
`**Break:**` become a stage direction ("break at 34:40") on the turn in progress instead of a speaker, so
speaker lists and per-speaker counts stay about people. Plain `Name:` lines are recognised only in files
that have no bold names at all.
"""

from __future__ import annotations

import re

from tui.core.ingest.errors import WarningList
from tui.core.ingest.lines import Line, read_lines
from tui.core.ingest.parsed import Parsed
from tui.core.ingest.speakers import STOP_LABELS, Prefix, name_key
from tui.core.ingest.textutil import unescape

FORMAT = "markdown"

# **Name:** text | **Name**: text | __Name:__ text, optionally after a list marker or a timestamp.
BOLD_NAME = re.compile(
    r"[ \t]*(?:[-*>][ \t]+)?(?:\\?\[(?P<ts>\d{1,4}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?)\\?\][ \t]*)?"
    r"(?:\*\*|__)(?P<name>[^*_\n:]{1,60}?)[ \t]*(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)"
)
_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,200}?)(?<=\S)\1")


def has_bold_names(text: str) -> bool:
    for line in text.split("\n", 400)[:400]:
        match = BOLD_NAME.match(line[:120])
        if match and name_key(match.group("name")) not in STOP_LABELS:
            return True
    return False


def read(text: str, warnings: WarningList) -> Parsed:
    title: str | None = None
    lines: list[Line] = []
    any_bold = False
    for number, raw in enumerate(text.split("\n"), start=1):
        heading = _HEADING.match(raw[:500]) if raw.lstrip().startswith("#") else None
        if heading:
            if title is None and len(heading.group(1)) == 1:
                title = _inline(heading.group(2)).strip() or None
            lines.append(Line(number, ""))  # a heading ends a paragraph
            continue
        match = BOLD_NAME.match(raw[:120])
        if match and name_key(match.group("name")) not in STOP_LABELS:
            any_bold = True
            ts = match.group("ts")
            rest = _inline(raw[match.end() :])
            name = " ".join(match.group("name").split())
            lines.append(Line(number, rest, strong=Prefix(name=name, rest=rest, timestamp=ts, bracketed=False)))
        else:
            lines.append(Line(number, _inline(raw)))
    return Parsed(turns=read_lines(lines, warnings, detect_names=not any_bold), title=title)


def _inline(text: str) -> str:
    """Markdown escapes and bold markers off, HTML entities decoded; links and other markup kept as text."""
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _EMPHASIS.sub(r"\2", text)
    return unescape(text)
