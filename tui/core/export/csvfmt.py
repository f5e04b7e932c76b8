"""CSV export: one row per paper, for spreadsheets.

Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab/CR) get a leading `'`,
the usual defence against CSV injection; the text is otherwise unchanged.
"""

from __future__ import annotations

import csv
import io

from tui.core.export.bundle import ExportBundle

COLUMNS = [
    "key", "citekey", "title", "authors", "year", "arxiv_id", "verdict", "reason", "suggested",
    "suggested_confidence", "claim_count", "episodes", "tags", "notes",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(bundle: ExportBundle) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for paper in bundle.papers:
        notes = "\n\n".join(note.body.strip() for note in paper.notes if note.body.strip())
        row = [
            paper.key, paper.citekey, paper.title, "; ".join(paper.authors), paper.year, paper.arxiv_id,
            paper.effective_verdict.value, paper.verdict.reason if paper.verdict else None,
            paper.suggested.verdict, f"{paper.suggested.confidence:.2f}", paper.claim_count,
            "; ".join(sorted({d.episode_title for d in paper.discussions})), "; ".join(paper.all_tags), notes,
        ]
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()
