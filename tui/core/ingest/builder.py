"""Assemble turns from pieces of speech, merging consecutive pieces by the same speaker.

Every reader feeds pieces in order; the builder owns the merge rule, 0-based consecutive indices, millisecond
rounding and where stage directions that stand alone go (the turn in progress, else the next turn).

Speech nobody is named for (plain Whisper output, auto-captions, unlabelled prose) would merge into one turn
of the whole episode, which nobody can read or segment; it is cut into paragraph turns instead: at a blank
line, at a sentence end once a turn has some length or after a pause, and at worst every few hundred words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core.ingest.textutil import round_time
from tui.core.models import Turn


ANONYMOUS = "Speaker"  # what readers call speech with no speaker named anywhere before it
PARAGRAPH_WORDS = 60  # an anonymous turn this long ends at the next sentence end
PAUSE_SECONDS = 1.5  # ... or at a sentence end after a pause this long, once it has a few words
PAUSE_MIN_WORDS = 15
UNPUNCTUATED_WORDS = 150  # auto-captions have no sentence ends at all
_SENTENCE_END = (".", "!", "?", "\u2026", '"', "\u201d")


@dataclass
class _Draft:
    speaker: str
    pieces: list[str] = field(default_factory=list)
    words: int = 0
    start: float | None = None
    end: float | None = None
    stage: list[str] = field(default_factory=list)
    line: int | None = None


class TurnBuilder:
    def __init__(self) -> None:
        self._drafts: list[_Draft] = []
        self._pending_stage: list[str] = []
        self._pending_sep: str | None = None
        # A speaker named with nothing said yet ("Ana:" alone on a line): the next piece is theirs.
        self._pending_speaker: tuple[str, float | None, int | None] | None = None

    @property
    def current_speaker(self) -> str | None:
        if self._pending_speaker is not None:
            return self._pending_speaker[0]
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
            if speaker != self.current_speaker or start is not None:
                self._pending_speaker = (speaker, start, line)
            return
        if self._pending_speaker is not None:
            pending, pending_start, pending_line = self._pending_speaker
            self._pending_speaker = None
            if pending == speaker:
                start = pending_start if pending_start is not None else start
                line = pending_line if pending_line is not None else line
        last = self._drafts[-1] if self._drafts else None
        if last is None or last.speaker != speaker or self._ends_anonymous_paragraph(last, start):
            last = _Draft(speaker=speaker, start=start, line=line)
            self._drafts.append(last)
        elif last.start is None:
            last.start = start
        if self._pending_stage:
            last.stage.extend(self._pending_stage)
            self._pending_stage.clear()
        if text:
            if last.pieces:
                last.pieces.append(self._pending_sep or sep)
            last.pieces.append(text)
            last.words += text.count(" ") + 1
        self._pending_sep = None
        if end is not None:
            last.end = end if last.end is None else max(last.end, end)
        if stage:
            last.stage.extend(stage)

    def _ends_anonymous_paragraph(self, last: _Draft, start: float | None) -> bool:
        """Should the next piece of unnamed speech open a new turn (see the module docstring)?"""
        if last.speaker != ANONYMOUS or not last.pieces:
            return False
        if self._pending_sep == "\n":
            return True
        if last.words >= UNPUNCTUATED_WORDS:
            return True
        if not last.pieces[-1].rstrip().endswith(_SENTENCE_END):
            return False
        if last.words >= PARAGRAPH_WORDS:
            return True
        paused = start is not None and last.end is not None and start - last.end >= PAUSE_SECONDS
        return paused and last.words >= PAUSE_MIN_WORDS

    def add_stage(self, directions: list[str]) -> None:
        """Directions with no speech of their own belong to the turn in progress, else to the next one."""
        if not directions:
            return
        if self._drafts and self._pending_speaker is None:
            self._drafts[-1].stage.extend(directions)
        else:
            self._pending_stage.extend(directions)

    def finish(self) -> list[Turn]:
        if self._pending_stage:
            speaker = self._pending_speaker[0] if self._pending_speaker else "Speaker"
            self._drafts.append(_Draft(speaker=speaker, stage=list(self._pending_stage)))
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
