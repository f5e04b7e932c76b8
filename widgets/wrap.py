"""Word wrapping as offsets into the text, so a 20,000-turn dialogue can be measured without rendering it.

The dialogue view needs the height of every turn at the current width (for the scrollbar) but renders only
the turns on screen; wrapping to (start, end) offsets is cheap and lets rendering slice the styled text later.
"""

from __future__ import annotations

from rich.cells import get_character_cell_size


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of `text` into lines of at most `width` cells, as (start, end) offsets.

    Newlines end a line; words longer than a line are cut; the space a line breaks on is dropped.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    fast = text.isascii()
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        if fast:
            _wrap_ascii(text, start, end, width, lines)
        else:
            _wrap_cells(text, start, end, width, lines)
        start = end + 1
    return lines


def _wrap_ascii(text: str, start: int, end: int, width: int, lines: list[tuple[int, int]]) -> None:
    if end - start <= width:
        lines.append((start, end))
        return
    pos = start
    while end - pos > width:
        cut = text.rfind(" ", pos, pos + width + 1)
        if cut <= pos:
            lines.append((pos, pos + width))
            pos += width
        else:
            lines.append((pos, cut))
            pos = cut + 1
    lines.append((pos, end))


def _wrap_cells(text: str, start: int, end: int, width: int, lines: list[tuple[int, int]]) -> None:
    """The same greedy wrap, counting cells, for text with wide characters (CJK, emoji)."""
    line_start = start
    cells = 0
    last_space = -1
    pos = start
    while pos < end:
        char = text[pos]
        size = get_character_cell_size(char)
        if cells + size > width and pos > line_start:
            if last_space > line_start:
                lines.append((line_start, last_space))
                line_start = last_space + 1
            else:
                lines.append((line_start, pos))
                line_start = pos
            cells = sum(get_character_cell_size(c) for c in text[line_start:pos])
            last_space = -1
            continue
        if char == " ":
            last_space = pos
        cells += size
        pos += 1
    lines.append((line_start, end))
