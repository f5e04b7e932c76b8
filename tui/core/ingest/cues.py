"""Timed caption cues (WebVTT and SRT share them): find the cues, then turn their payloads into speech.

Cue scanning is driven by timing lines (`start --> end`), not by blank lines alone: real files put
whitespace-only lines inside payloads (YouTube) or forget the blank line before the next index (SRT).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.ingest.builder import TurnBuilder
from tui.core.ingest.errors import WarningList
from tui.core.ingest.speakers import SpeakerVocabulary, find_prefix, is_pseudo_speaker, name_key
from tui.core.ingest.textutil import clean_text, parse_timestamp, strip_tags, unescape
from tui.core.models import Turn

_TIMING = re.compile(r"[ \t]*(\S{1,20})[ \t]+-->[ \t]+(\S{1,20})")
_VOICE = re.compile(r"<v(?:\.[^\s<>]{0,60})?[ \t]+([^<>\n]{1,120})>")
_INLINE_TIME_TAG = re.compile(r"<\d{1,2}:\d{2}")
UNNAMED = "Speaker"


@dataclass
class Cue:
    line: int  # 1-based line of the timing line
    start: float | None
    end: float | None
    payload: list[tuple[int, str]]  # (line number, raw text)


def is_timing_line(line: str) -> bool:
    return "-->" in line and _TIMING.match(line) is not None


def scan_cues(lines: list[str], first: int, warnings: WarningList, *, skip_blocks: bool) -> list[Cue]:
    """Cues from lines[first:]. `skip_blocks` skips WebVTT NOTE/STYLE/REGION blocks."""
    cues: list[Cue] = []
    current: Cue | None = None
    in_block = False
    orphan_reported = False
    for index in range(first, len(lines)):
        raw = lines[index]
        number = index + 1
        if not raw.strip():
            if not raw:
                in_block = False
                if current is not None and current.payload:
                    current = None
            elif current is not None:
                current.payload.append((number, ""))
            continue
        if in_block:
            continue
        if "-->" in raw and (match := _TIMING.match(raw)):
            if current is not None and current.payload and _looks_like_cue_id(current.payload[-1][1]):
                current.payload.pop()  # the next cue's id, when no blank line separated them
            start, end = parse_timestamp(match.group(1)), parse_timestamp(match.group(2))
            if start is None or end is None:
                shown = raw.strip()[:60]
                message = f"line {number}: cannot read the cue timing {shown!r}; kept its text without times"
                warnings.add(message, line=number)
            current = Cue(line=number, start=start, end=end, payload=[])
            cues.append(current)
            continue
        if current is None:
            if skip_blocks and raw.split(" ", 1)[0].split("\t", 1)[0] in ("NOTE", "STYLE", "REGION"):
                in_block = True
            elif not _looks_like_cue_id(raw) and not orphan_reported and len(lines) > index + 1:
                nxt = lines[index + 1]
                if not is_timing_line(nxt):
                    message = f"line {number}: text outside any cue (no timing line before it) was skipped"
                    warnings.add(message, line=number)
                    orphan_reported = True
            continue
        current.payload.append((number, raw))
    return cues


def in_time_order(cues: list[Cue]) -> list[Cue]:
    """Teams writes cues out of order (ids like `uuid/18-0`); the conversation is in start-time order.
    Stable, and cues without a readable start keep their place after the cue before them."""
    keyed, last = [], 0.0
    for position, cue in enumerate(cues):
        last = cue.start if cue.start is not None else last
        keyed.append((last, position, cue))
    if all(a[0] <= b[0] for a, b in zip(keyed, keyed[1:])):
        return cues
    return [cue for _, _, cue in sorted(keyed, key=lambda item: (item[0], item[1]))]


def _looks_like_cue_id(line: str) -> bool:
    stripped = line.strip()
    if stripped.isdigit():
        return True
    return 0 < len(stripped) <= 60 and " " not in stripped and "-->" not in stripped and not stripped[0].isalpha()


def is_rolling_window(cues: list[Cue], header: str = "") -> bool:
    """YouTube auto-captions: inline word timing tags, or the `Kind: captions` header with 10 ms settle cues."""
    for cue in cues[:50]:
        for _, text in cue.payload:
            if "<" in text and _INLINE_TIME_TAG.search(text):
                return True
    return "Kind: captions" in header and any(_duration(c) is not None and _duration(c) < 0.05 for c in cues[:50])


def _duration(cue: Cue) -> float | None:
    return None if cue.start is None or cue.end is None else cue.end - cue.start


def rolling_window_turns(cues: list[Cue]) -> list[Turn]:
    """Drop settle cues and lines repeated from the previous cue, then join the new lines into one speaker."""
    builder = TurnBuilder()
    previous_last = ""
    for cue in cues:
        duration = _duration(cue)
        if duration is not None and duration < 0.05:
            continue
        lines = [" ".join(unescape(strip_tags(text)).split()) for _, text in cue.payload]
        lines = [line for line in lines if line]
        if not lines:
            continue
        fresh = lines[1:] if lines[0] == previous_last else lines
        previous_last = lines[-1]
        for line in fresh:
            text, stage = clean_text(line)
            builder.add(UNNAMED, text, start=cue.start, end=cue.end, line=cue.line, stage=stage)
    return builder.finish()


@dataclass
class _Piece:
    speaker: str | None  # None: carry the previous speaker forward
    text: str
    dash: bool  # a leading "- ": a change of speaker in files without names
    line: int


def cue_turns(cues: list[Cue]) -> list[Turn]:
    """Speakers from `<v Name>` tags, `Name:` / `[SPEAKER_00]:` prefixes or `- ` change marks, carried forward."""
    vocabulary = SpeakerVocabulary()
    per_cue: list[list[_Piece]] = []
    for cue in cues:
        pieces = _split_payload(cue)
        per_cue.append(pieces)
        for piece in pieces:
            if piece.speaker is None and (prefix := find_prefix(piece.text)) is not None:
                vocabulary.see(prefix.name)

    # With voice tags, the tags name the speakers: a "DPO: deploy-ready" line in an untagged follow-on cue is
    # speech, not a new speaker, unless the prefix is a name the tags already use.
    voiced = {name_key(p.speaker) for pieces in per_cue for p in pieces if p.speaker is not None}
    named = False
    previous_text = ""
    for pieces in per_cue:
        for piece in pieces:
            prefix = find_prefix(piece.text) if piece.speaker is None else None
            if prefix is not None and voiced and name_key(prefix.name) not in voiced:
                prefix = None
            if prefix is not None and _mid_sentence_label(prefix.name, previous_text, vocabulary):
                prefix = None
            if prefix is not None and vocabulary.accepts(prefix):
                piece.speaker = vocabulary.display(prefix.name)
                piece.text = prefix.rest
            named = named or piece.speaker is not None
            previous_text = piece.text
    anonymous_changes = not named and any(p.dash for pieces in per_cue for p in pieces)

    builder = TurnBuilder()
    current = "Speaker 1" if anonymous_changes else UNNAMED
    for cue, pieces in zip(cues, per_cue, strict=True):
        for piece in pieces:
            if piece.dash and piece.speaker is None and not anonymous_changes and builder.current_speaker is not None:
                # Names mark the changes here, so a card opening on "- " is the speaker's own dash, cut there
                # by the subtitle tool ("Moving on - | - StruQ"): keep it, it carries meaning.
                piece.text = "- " + piece.text
            text, stage = clean_text(piece.text)
            if piece.speaker is not None and is_pseudo_speaker(piece.speaker):
                builder.add_stage([piece.speaker.lower() + (f": {text}" if text else ""), *stage])
                continue
            if piece.speaker is not None:
                current = piece.speaker
            elif anonymous_changes and piece.dash and builder.current_speaker is not None:
                current = "Speaker 2" if current == "Speaker 1" else "Speaker 1"
            if not text:
                builder.add_stage(stage)
                continue
            builder.add(current, text, start=cue.start, end=cue.end, line=piece.line, stage=stage)
    return builder.finish()


_SENTENCE_END = (".", "!", "?", "\u2026", '"', "\u201d", "'", ")", "]")


def _mid_sentence_label(name: str, previous_text: str, vocabulary: SpeakerVocabulary) -> bool:
    """Is this one-off `Word Word:` the continuation of the previous cue's sentence rather than a speaker?

    Subtitle tools cut speech into cards at any word, so a card can start "Structure Queries: the model...".
    A name said once in a file whose speakers recur, right after a card that stops mid-sentence, is speech.
    """
    if vocabulary.count(name) != 1 or not previous_text.strip():
        return False
    if previous_text.rstrip().endswith(_SENTENCE_END):
        return False
    return vocabulary.has_recurring_speaker()


def _split_payload(cue: Cue) -> list[_Piece]:
    lines = [(number, text) for number, text in cue.payload if text.strip()]
    if not lines:
        return []
    joined_has_voice = any("<v" in text for _, text in lines)
    if joined_has_voice:
        return _voice_pieces(lines)
    pieces: list[_Piece] = []
    for number, text in lines:
        stripped = strip_tags(text).strip()  # "<font>Priya: ...</font>": the prefix sits inside the tag
        if not stripped:
            continue
        dash = stripped.startswith("- ") or stripped == "-"
        if dash:
            stripped = stripped[1:].lstrip()
        starts_piece = dash or not pieces or find_prefix(stripped) is not None
        if starts_piece:
            pieces.append(_Piece(None, stripped, dash, number))
        else:
            pieces[-1].text += " " + stripped
    return pieces


def _voice_pieces(lines: list[tuple[int, str]]) -> list[_Piece]:
    """Split on `<v Name>` spans; text before the first span keeps the previous speaker."""
    pieces: list[_Piece] = []
    for number, text in lines:
        position = 0
        for match in _VOICE.finditer(text):
            before = text[position : match.start()]
            if before.strip():
                _append(pieces, None, before, number)
            pieces.append(_Piece(" ".join(unescape(match.group(1)).split()), "", False, number))
            position = match.end()
        rest = text[position:]
        if rest.strip() or not pieces:
            _append(pieces, None, rest, number)
    return [p for p in pieces if p.text.strip() or p.speaker]


def _append(pieces: list[_Piece], speaker: str | None, text: str, number: int) -> None:
    if pieces and speaker is None:
        pieces[-1].text = (pieces[-1].text + " " + text) if pieces[-1].text else text
    else:
        pieces.append(_Piece(speaker, text, False, number))
