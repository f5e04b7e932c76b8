"""How readers report bad input: an exception inside the package, a Problem at its edge.

Readers raise `IngestError` for input they cannot read at all; `load_file` turns it into a Problem that names
the file, what is wrong and where. Readers add `Warning`s for parts they skipped and go on.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.models import Problem

# A reader stops listing per-item warnings after this many, and says how many more there were.
MAX_WARNINGS = 20


class IngestError(ValueError):
    """Input that cannot be read as a transcript. Carries where, so the Problem can point at it."""

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset

    def to_problem(self, source: str) -> Problem:
        return Problem(
            source=source, message=self.message, line=self.line, column=self.column, offset=self.offset
        )


@dataclass
class Warning_:
    """A non-fatal issue found while reading (a skipped cue, a fallback encoding, ...)."""

    message: str
    line: int | None = None
    column: int | None = None
    offset: int | None = None


class WarningList:
    """Collects warnings, capped so that a file with 100k bad segments does not give 100k problems."""

    def __init__(self) -> None:
        self.items: list[Warning_] = []
        self.dropped = 0

    def add(self, message: str, *, line: int | None = None, offset: int | None = None) -> None:
        if len(self.items) < MAX_WARNINGS:
            self.items.append(Warning_(message, line=line, offset=offset))
        else:
            self.dropped += 1

    def extend(self, other: WarningList) -> None:
        for item in other.items:
            self.add(item.message, line=item.line, offset=item.offset)
        self.dropped += other.dropped

    def to_problems(self, source: str) -> list[Problem]:
        problems = [
            Problem(
                source=source,
                message=w.message,
                line=w.line,
                column=w.column,
                offset=w.offset,
                severity="warning",
            )
            for w in self.items
        ]
        if self.dropped:
            problems.append(
                Problem(source=source, message=f"... and {self.dropped} more warnings like these", severity="warning")
            )
        return problems
