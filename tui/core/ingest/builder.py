"""Assemble turns from pieces of speech, merging consecutive pieces by the same speaker.

Every reader feeds pieces in order; the builder owns the merge rule, 0-based consecutive indices, millisecond
rounding and where stage directions that stand alone go (the turn in progress, else the next turn).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core.ingest.textutil import round_time
from tui.core.models import Turn


@dataclass
class _Draft:
    speaker: str
    pieces: list[str] = field(default_factory=list)
    start: float | None = None
    end: float | None = None
    stage: list[str] = field(default_factory=list)
    line: int | None = None


class TurnBuilder:
    def __init__(self) -> None:
        self._drafts: list[_Draft] = []
        self._pending_stage: list[str] = []
        self._pending_sep: str | None = None

    @property
    def current_speaker(self) -> str | None:
        return self._drafts[-1].speaker if self._drafts else None

    def paragraph_break(self) -> None:
        """The next piece by the same speaker starts a new paragraph (joined with a newline)."""
        self._pending_sep = "\n"

    def add(
        self,
        speaker: str,
        text: str,
        *,
        start: float | None = None,
        end: float | None = None,
        line: int | None = None,
        stage: list[str] | None = None,
        sep: str = " ",
    ) -> None:
        text = text.strip()
        if not text and not stage:
            return
        last = self._drafts[-1] if self._drafts else None
        if last is None or last.speaker != speaker:
            last = _Draft(speaker=speaker, start=start, line=line)
            last.stage.extend(self._pending_stage)
            self._pending_stage.clear()
            self._drafts.append(last)
        elif last.start is None:
            last.start = start
        if text:
            if last.pieces:
                last.pieces.append(self._pending_sep or sep)
            last.pieces.append(text)
        self._pending_sep = None
        if end is not None:
            last.end = end if last.end is None else max(last.end, end)
        if stage:
            last.stage.extend(stage)

    def add_stage(self, directions: list[str]) -> None:
        """Directions with no speech of their own belong to the turn in progress, else to the next one."""
        if not directions:
            return
        if self._drafts:
            self._drafts[-1].stage.extend(directions)
        else:
            self._pending_stage.extend(directions)

    def finish(self) -> list[Turn]:
        if self._pending_stage:
            self._drafts.append(_Draft(speaker="Speaker", stage=list(self._pending_stage)))
            self._pending_stage.clear()
        turns = []
        for index, draft in enumerate(self._drafts):
            turns.append(
                Turn(
                    index=index,
                    speaker=draft.speaker,
                    text="".join(draft.pieces),
                    start=round_time(draft.start),
                    end=round_time(draft.end),
                    stage_directions=draft.stage,
                    source_line=draft.line,
                )
            )
        return turns
