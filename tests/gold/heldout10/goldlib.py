"""`goldlib` for the tenth held-out folder, so tools that take a gold folder can score it.

`scripts/eval_analysis.py --gold DIR` scores the `*.gold.json` files in DIR; this module lists this
folder's gold files the same way and re-exports everything else from `tests/gold/goldlib.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.gold.goldlib import (  # noqa: F401  (re-exported for scoring scripts)
    MULTIPLIERS,
    NON_PAPER_LABELS,
    REPO,
    UNITS,
    VERDICTS,
    WORD_NUMBERS,
    GoldFile,
    parse_number,
)

HELDOUT_DIR = Path(__file__).resolve().parent
GOLD_DIR = HELDOUT_DIR


def gold_files(include_seeds: bool = True) -> list[GoldFile]:
    """Every gold file in this folder (no seeds here; the flag is accepted for compatibility)."""
    return [GoldFile(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(HELDOUT_DIR.glob("*.gold.json"))]
