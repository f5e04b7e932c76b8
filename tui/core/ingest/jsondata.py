"""Loading JSON transcripts with errors that say where: line/column for syntax, a path for shape.

Shape errors name the path in the document (`segments[3].startTime`) and what was expected there.
"""

from __future__ import annotations

import json
import math
from typing import Any

from tui.core.ingest.errors import IngestError


def load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise IngestError(f"malformed JSON: {err.msg}", line=err.lineno, column=err.colno) from None
    except RecursionError:
        raise IngestError("malformed JSON: nested too deeply to be a transcript") from None


def describe(value: Any) -> str:
    """A short description of what was found, for 'expected X, got Y' messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f"a string ({shown!r})"
    if isinstance(value, list):
        return f"an array of {len(value)}"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def shape_error(path: str, expected: str, value: Any) -> IngestError:
    return IngestError(f"{path}: expected {expected}, got {describe(value)}")


def seconds(value: Any) -> float | None:
    """A time in seconds: numbers, and numeric strings ("1.5") to be lenient. None when absent or unusable."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    if not math.isfinite(number) or number < 0:
        return None
    return round(number, 3)


def text_value(value: Any) -> str | None:
    """Speech text: a string, or a list of strings joined; None for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return " ".join(value)
    return None


def title_of(data: Any) -> str | None:
    if isinstance(data, dict):
        title = data.get("title")
        if isinstance(title, str) and title.strip():
            return " ".join(title.split())
    return None
