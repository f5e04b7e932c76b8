"""Whisper-family JSON: `segments` of start/end/text, with or without speakers.

- whisper-json: OpenAI Whisper, no speakers: everything is said by "Speaker".
- whisperx-json: WhisperX after diarization: `speaker` on segments and on words; segments without overlap
  have no speaker key (they continue the previous speaker), and a speaker change inside a segment is
  split using the words' speakers.
- diarized-json: a `speakers` map (label -> name) and a per-segment label whose key varies by tool
  (`speakerLabel`, `speaker_label`, `spk`, ...). A label missing from the map is shown as itself.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tui.core.ingest.builder import TurnBuilder
from tui.core.ingest.errors import IngestError, WarningList
from tui.core.ingest.jsondata import describe, seconds, shape_error, title_of
from tui.core.ingest.parsed import Parsed
from tui.core.ingest.textutil import clean_text

WHISPER, WHISPERX, DIARIZED = "whisper-json", "whisperx-json", "diarized-json"
LABEL_KEYS = ("speaker", "speakerLabel", "speaker_label", "spk", "speaker_id", "speakerId", "speaker_name")
UNNAMED = "Speaker"


def classify(data: Any) -> str | None:
    """Which Whisper-family format `data` is, or None when it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
        return None
    segments = [s for s in data["segments"][:200] if isinstance(s, dict)]
    if segments and not any("text" in s or "start" in s for s in segments):
        return None
    if isinstance(data.get("speakers"), (dict, list)):
        return DIARIZED
    keys = _label_key(segments)
    if keys is not None and keys != "speaker":
        return DIARIZED
    if keys == "speaker" or any(_word_speakers(s) for s in segments):
        return WHISPERX
    return WHISPER


def _label_key(segments: list[dict[str, Any]]) -> str | None:
    counts = Counter(key for s in segments for key in LABEL_KEYS if key in s)
    return counts.most_common(1)[0][0] if counts else None


def _word_speakers(segment: dict[str, Any]) -> bool:
    words = segment.get("words")
    return isinstance(words, list) and any(isinstance(w, dict) and "speaker" in w for w in words[:50])


def _speaker_map(data: dict[str, Any], warnings: WarningList) -> dict[str, str]:
    raw = data.get("speakers")
    names: dict[str, str] = {}
    if isinstance(raw, dict):
        for label, name in raw.items():
            if isinstance(name, str) and name.strip():
                names[str(label)] = " ".join(name.split())
            elif isinstance(name, dict) and isinstance(name.get("name"), str):
                names[str(label)] = " ".join(name["name"].split())
            else:
                warnings.add(f"speakers.{label}: expected a name (string), got {describe(name)}; label kept")
    elif isinstance(raw, list):
        for i, item in enumerate(raw):
            label = item.get("id", item.get("label")) if isinstance(item, dict) else None
            name = item.get("name") if isinstance(item, dict) else None
            if label is not None and isinstance(name, str) and name.strip():
                names[str(label)] = " ".join(name.split())
            else:
                warnings.add(f"speakers[{i}]: expected an object with id/label and name, got {describe(item)}")
    return names


def read(data: Any, warnings: WarningList) -> Parsed:
    if not isinstance(data, dict):
        raise shape_error("top level", 'an object with "segments"', data)
    segments = data.get("segments")
    if not isinstance(segments, list):
        raise shape_error("segments", "an array of segments", segments)
    names = _speaker_map(data, warnings)
    label_key = _label_key([s for s in segments[:200] if isinstance(s, dict)])
    builder = TurnBuilder()
    speaker = UNNAMED
    for i, segment in enumerate(segments):
        where = f"segments[{i}]"
        if not isinstance(segment, dict):
            warnings.add(f"{where}: expected an object, got {describe(segment)}; skipped")
            continue
        text = segment.get("text")
        if not isinstance(text, str):
            if "text" in segment:
                warnings.add(f"{where}.text: expected a string, got {describe(text)}; skipped")
            else:
                warnings.add(f"{where}: no \"text\"; skipped")
            continue
        start = _time(segment, "start", where, warnings)
        end = _time(segment, "end", where, warnings)
        runs = _word_runs(segment, names) if _word_speakers(segment) else None
        if runs and len({run[0] for run in runs if run[0] is not None}) > 1:
            for run_speaker, run_text, run_start, run_end in runs:
                speaker = run_speaker or speaker
                cleaned, stage = clean_text(run_text)
                builder.add(speaker, cleaned, start=run_start, end=run_end, stage=stage)
            continue
        label = segment.get(label_key) if label_key else None
        if label is None and runs:
            label = next((run[0] for run in runs if run[0] is not None), None)
            speaker = label or speaker
        elif isinstance(label, (str, int)) and not isinstance(label, bool) and str(label).strip():
            speaker = _speaker_name(label, names)
        elif label is not None:
            got = describe(label)
            warnings.add(f"{where}.{label_key}: expected a speaker label, got {got}; previous speaker kept")
        cleaned, stage = clean_text(text)
        builder.add(speaker, cleaned, start=start, end=end, stage=stage)
    turns = builder.finish()
    if not turns:
        raise IngestError("segments: no segment had text" if segments else "segments: the array is empty")
    return Parsed(turns=turns, title=title_of(data))


def _speaker_name(label: str | int, names: dict[str, str]) -> str:
    """The mapped name; else the label itself, with bare numbers made readable (0 -> "Speaker 0")."""
    key = " ".join(str(label).split())
    if key in names:
        return names[key]
    return f"Speaker {key}" if key.isdigit() else key


def _time(segment: dict[str, Any], key: str, where: str, warnings: WarningList) -> float | None:
    if key not in segment or segment[key] is None:
        return None
    value = seconds(segment[key])
    if value is None:
        warnings.add(f"{where}.{key}: expected a number of seconds, got {describe(segment[key])}; time ignored")
    return value


def _word_runs(
    segment: dict[str, Any], names: dict[str, str]
) -> list[tuple[str | None, str, float | None, float | None]]:
    """Consecutive words by one speaker; words without a speaker (unaligned numerals) join the run they are in."""
    runs: list[list[Any]] = []
    for word in segment.get("words") or []:
        if not isinstance(word, dict) or not isinstance(word.get("word"), str):
            continue
        label = word.get("speaker")
        who = _speaker_name(label, names) if isinstance(label, (str, int)) and not isinstance(label, bool) else None
        start, end = seconds(word.get("start")), seconds(word.get("end"))
        if runs and (who is None or who == runs[-1][0] or runs[-1][0] is None):
            run = runs[-1]
            run[0] = run[0] or who
            run[1].append(word["word"].strip())
            run[3] = end if end is not None else run[3]
            if run[2] is None:
                run[2] = start
        else:
            runs.append([who, [word["word"].strip()], start, end])
    return [(who, " ".join(w for w in words if w), start, end) for who, words, start, end in runs]
