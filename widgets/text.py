"""Turning user text into something that can only ever be shown, never interpreted.

Transcripts, names, titles and notes are data. Textual's markup and the terminal's escape sequences must not
reach the screen from them: every widget builds `Content`/`Segment`s from `visible()` text, never markup.
"""

from __future__ import annotations

from textual.content import Content

# C0 controls become their Unicode "control picture" (ESC -> "␛"), DEL becomes "␡", and C1 controls
# (0x80-0x9f, which some terminals treat like ESC sequences) become a visible "\x9b"-style escape.
_VISIBLE = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_VISIBLE[0x7F] = "\u2421"
_VISIBLE.update({code: f"\\x{code:02x}" for code in range(0x80, 0xA0)})
_VISIBLE[0x09] = "    "  # a tab is whitespace, but a fixed width keeps wrapping predictable
# Bidirectional overrides can reorder what a reader sees; show them as their code point instead.
_VISIBLE.update({code: f"<U+{code:04X}>" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_TABLE = str.maketrans(_VISIBLE)
_TABLE_ONE_LINE = str.maketrans({**_VISIBLE, 0x0A: " "})


def visible(text: str) -> str:
    """The text with every control character replaced by a visible stand-in; newlines kept."""
    return text.translate(_TABLE)


def visible_line(text: str) -> str:
    """Like `visible`, for one-line places (names, titles, list rows): newlines become spaces."""
    return text.translate(_TABLE_ONE_LINE)


def literal(text: str, style: str = "") -> Content:
    """User text as Content: literal (no markup), control characters made visible, optionally styled."""
    content = Content(visible(text), strip_control_codes=False)
    return content.stylize(style) if style else content


def literal_line(text: str, style: str = "") -> Content:
    content = Content(visible_line(text), strip_control_codes=False)
    return content.stylize(style) if style else content


def visible_spans(text: str, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Ranges of `text` moved onto `visible(text)` / `visible_line(text)` (a control character may become
    several visible ones, which shifts what follows). The filter engine's match spans index the raw text."""
    if not spans:
        return []
    shown = visible(text)
    if len(shown) == len(text):  # every replacement was one character for one: positions are unchanged
        return [(start, end) for start, end in spans if 0 <= start < end <= len(text)]
    starts = [0]
    for char in text:
        replacement = _VISIBLE.get(ord(char))
        starts.append(starts[-1] + (len(replacement) if replacement is not None else 1))
    return [(starts[start], starts[end]) for start, end in spans if 0 <= start < end <= len(text)]


MATCH_STYLE = "bold $text-warning on $warning-muted"


def highlighted(text: str, spans: list[tuple[int, int]], style: str = "", *, one_line: bool = False) -> Content:
    """User text as literal Content with the filter's match spans (ranges of the raw text) highlighted."""
    content = literal_line(text, style) if one_line else literal(text, style)
    for start, end in visible_spans(text, spans):
        content = content.stylize(MATCH_STYLE, start, end)
    return content


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters, with an ellipsis when cut."""
    line = visible_line(text)
    return line if len(line) <= limit else line[: max(0, limit - 1)] + "…"


def format_time(seconds: float | None) -> str:
    """`1:02:03` / `02:03` for a turn's start; empty when the transcript has no timing."""
    if seconds is None or seconds < 0:
        return ""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def palette_index(name: str, size: int) -> int:
    """A stable colour slot for a name (speaker, paper): the same name gets the same colour in every run."""
    value = 0
    for char in name.casefold():
        value = (value * 131 + ord(char)) % 1_000_003
    return value % size
