"""Small text helpers shared by the Markdown-like exporters."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def one_line(text: str) -> str:
    """Collapse all whitespace (newlines included) so user text cannot break the surrounding structure."""
    return " ".join(text.split())


def md_inline(text: str) -> str:
    """User text as literal Markdown: one line, specials escaped, never markup."""
    escaped = _MD_SPECIAL.sub(r"\\\1", one_line(text))
    return re.sub(r"^([#>+\-=]|\d+\.)", r"\\\1", escaped)


def timestamp(seconds: float | None) -> str:
    if seconds is None:
        return ""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def quote_block(text: str, prefix: str = "> ") -> list[str]:
    """Every line of `text` inside a blockquote (an empty line keeps the bare marker)."""
    return [(prefix + line).rstrip() for line in text.splitlines() or [""]]
