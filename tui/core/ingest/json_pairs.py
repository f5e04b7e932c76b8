"""JSON speaker-pairs: `[{"Ana": "line", "Ben": "line"}, ...]`, keys are speakers in speaking order.

Also accepted, because tools write it: `{"title": ..., "dialogue": [...]}` around the array, values that
are lists of lines, and records `{"speaker": "Ana", "text": "...", "start": 1.0, "end": 2.0}`.
"""

from __future__ import annotations

from typing import Any

from tui.core.ingest.builder import TurnBuilder
from tui.core.ingest.errors import IngestError, WarningList
from tui.core.ingest.jsondata import describe, seconds, shape_error, text_value, title_of
from tui.core.ingest.parsed import Parsed
from tui.core.ingest.textutil import clean_text

FORMAT = "json-pairs"
CONTAINER_KEYS = ("dialogue", "transcript", "turns", "conversation", "lines", "messages")
_RECORD_KEYS = {"speaker", "text"}


def _items(data: Any) -> tuple[list[Any], str] | None:
    if isinstance(data, list):
        return data, ""
    if isinstance(data, dict):
        for key in CONTAINER_KEYS:
            if isinstance(data.get(key), list):
                return data[key], key
    return None


# Keys of data records (a paper catalog, a config): an array of these is not a dialogue.
_RECORD_FIELDS = frozenset(
    "id title url type date year authors abstract description tags arxiv_id doi created updated version "
    "config value key label count aliases venue".split()
)


def matches(data: Any) -> bool:
    """Every sampled object maps names to lines (all values text), and the names are not record fields."""
    found = _items(data)
    if found is None:
        return False
    items = [item for item in found[0][:50] if isinstance(item, dict) and item]
    if not items:
        return False
    keys: set[str] = set()
    for item in items:
        if _is_record(item):
            continue
        if not all(text_value(v) is not None for v in item.values()):
            return False
        keys.update(item)
    return not keys or sum(k.lower() in _RECORD_FIELDS for k in keys) * 2 < len(keys)


def _is_record(item: dict[str, Any]) -> bool:
    return _RECORD_KEYS <= item.keys() and isinstance(item.get("speaker"), str)


def read(data: Any, warnings: WarningList) -> Parsed:
    found = _items(data)
    if found is None:
        raise shape_error(
            "top level", "an array of {speaker: line} objects (or an object with a \"dialogue\" array)", data
        )
    items, container = found
    prefix = container
    builder = TurnBuilder()
    for i, item in enumerate(items):
        where = f"{prefix}[{i}]"
        if not isinstance(item, dict):
            warnings.add(f"{where}: expected an object of speaker -> line, got {describe(item)}; skipped")
            continue
        if _is_record(item):
            text = text_value(item.get("text"))
            if text is None:
                warnings.add(f"{where}.text: expected a string, got {describe(item.get('text'))}; skipped")
                continue
            cleaned, stage = clean_text(text)
            speaker = " ".join(item["speaker"].split()) or "Speaker"
            builder.add(speaker, cleaned, start=seconds(item.get("start")), end=seconds(item.get("end")), stage=stage)
            continue
        for name, value in item.items():
            text = text_value(value)
            if text is None:
                warnings.add(f"{where}.{name}: expected a line of speech (string), got {describe(value)}; skipped")
                continue
            speaker = " ".join(str(name).split()) or "Speaker"
            cleaned, stage = clean_text(text)
            builder.add(speaker, cleaned, stage=stage, sep="\n")
    turns = builder.finish()
    if not turns:
        raise IngestError(f"{prefix or 'top level'}: no speaker had a line of text")
    return Parsed(turns=turns, title=title_of(data))
