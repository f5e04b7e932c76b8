"""The engine behind the line-based readers (plain `Name: text` and Markdown): lines in, turns out.

Two passes: the first collects every `Name:` prefix so the second can tell a speaker ("Ana:" seen twelve
times) from a colon in speech ("Note:"); a line without an accepted prefix continues the current speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.ingest.builder import TurnBuilder
from tui.core.ingest.errors import WarningList
from tui.core.ingest.speakers import Prefix, SpeakerVocabulary, find_prefix, is_pseudo_speaker
from tui.core.ingest.textutil import clean_text, format_clock, leading_timestamp, parse_timestamp
from tui.core.models import Turn

UNNAMED = "Speaker"
LONG_LINE = 200_000


@dataclass
class Line:
    """One source line. `strong` is a name given by markup (Markdown bold), trusted without heuristics."""

    number: int
    text: str
    strong: Prefix | None = None


def read_lines(lines: list[Line], warnings: WarningList, *, detect_names: bool = True) -> list[Turn]:
    vocabulary = SpeakerVocabulary()
    prefixes: list[Prefix | None] = []
    for line in lines:
        prefix = line.strong or (find_prefix(line.text) if detect_names and ":" in line.text[:200] else None)
        prefixes.append(prefix)
        if prefix is not None:
            vocabulary.see(prefix.name)
        if len(line.text) > LONG_LINE:
            warnings.add(
                f"line {line.number} is {len(line.text):,} characters long; it was read, "
                "but a transcript line this long suggests the file is not a transcript",
                line=line.number,
            )

    builder = TurnBuilder()
    for line, prefix in zip(lines, prefixes, strict=True):
        if prefix is not None and (line.strong is not None or vocabulary.accepts(prefix)):
            _speaker_line(builder, vocabulary, line, prefix)
        elif not line.text.strip():
            builder.paragraph_break()
        else:
            _continuation(builder, line)
    return builder.finish()


def _speaker_line(builder: TurnBuilder, vocabulary: SpeakerVocabulary, line: Line, prefix: Prefix) -> None:
    start = parse_timestamp(prefix.timestamp) if prefix.timestamp else None
    rest_start, rest = leading_timestamp(prefix.rest)
    text, stage = clean_text(rest)
    if is_pseudo_speaker(prefix.name):
        # "**Break:** [34:40]" is a marker between turns, not a person: kept as a stage direction.
        at = start if start is not None else rest_start
        label = prefix.name.lower() + (f" at {format_clock(at)}" if at is not None else "")
        label += f": {text}" if text else ""
        builder.add_stage([label, *stage])
        return
    speaker = vocabulary.display(prefix.name)
    sep = "\n" if builder.current_speaker == speaker else " "
    start = start if start is not None else rest_start
    builder.add(speaker, text, start=start, line=line.number, stage=stage, sep=sep)


def _continuation(builder: TurnBuilder, line: Line) -> None:
    start, rest = leading_timestamp(line.text)
    text, stage = clean_text(rest)
    if not text:
        builder.add_stage(stage)
        return
    speaker = builder.current_speaker or UNNAMED
    builder.add(speaker, text, start=start, line=line.number, stage=stage, sep=" ")
