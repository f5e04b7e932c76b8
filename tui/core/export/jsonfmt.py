"""The JSON export: the bundle itself, with sorted keys and a trailing newline, so it diffs cleanly in git."""

from __future__ import annotations

import json

from tui.core.export.bundle import ExportBundle


def render_json(bundle: ExportBundle) -> str:
    return json.dumps(bundle.model_dump(mode="json"), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
