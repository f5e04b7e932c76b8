"""Just enough YAML to write Obsidian frontmatter safely without a YAML library at runtime.

Every string is double-quoted with escapes for anything that is not plainly printable, so a title such as
`"yes": no # [x]` or one with control characters stays one string for any YAML parser. Reading is limited to
splitting an existing frontmatter into top-level keys, so the user's own properties survive a re-export.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLAIN = re.compile(r"[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_KEY_LINE = re.compile(r"""^(?:"([^"]*)"|'([^']*)'|([^\s#'"\-][^:]*?))\s*:(?:\s|$)""")


def quote(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif _PLAIN.fullmatch(ch):
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) < 0x10000:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


def scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return quote(str(value))


def emit(fields: Sequence[tuple[str, object]]) -> list[str]:
    """`key: value` lines; lists become block sequences of quoted scalars."""
    lines = []
    for key, value in fields:
        if isinstance(value, (list, tuple)):
            if not value:
                lines.append(f"{key}: []")
            else:
                lines.append(f"{key}:")
                lines.extend(f"  - {scalar(item)}" for item in value)
        else:
            lines.append(f"{key}: {scalar(value)}")
    return lines


def split_frontmatter(text: str) -> tuple[list[str] | None, str]:
    """(frontmatter lines, rest of the document); None when the document has no frontmatter."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != "---":
        return None, text
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r") in ("---", "..."):
            return lines[1:index], "\n".join(lines[index + 1 :])
    return None, text


def top_level_groups(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """Frontmatter lines grouped under their top-level key (continuation lines stay with their key)."""
    groups: list[tuple[str | None, list[str]]] = []
    for line in lines:
        match = _KEY_LINE.match(line)
        if match and not line[:1].isspace():
            key = next(g for g in match.groups() if g is not None).strip()
            groups.append((key, [line]))
        elif groups:
            groups[-1][1].append(line)
        else:
            groups.append((None, [line]))
    return groups
