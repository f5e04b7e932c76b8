"""What a format reader returns: the turns and, when the file names one, a title."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.models import Turn


@dataclass
class Parsed:
    turns: list[Turn]
    title: str | None = None
