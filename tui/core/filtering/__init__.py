"""The filter engine behind `/`: one query language and one matcher for turns, claims and paper cards.

Query language (see query.py): fuzzy free text plus `speaker:` `paper:` `verdict:` `kind:` `tag:` `has:note`,
ANDed, `-` negates, `"..."` quotes; half-typed tokens match everything and parsing never raises.

Use from the UI (pure Python, no Textual; run it in a thread worker):

    from tui.core.filtering import IncrementalFilter, turn_rows, claim_rows, paper_rows

    flt = IncrementalFilter(turn_rows(episode, analysis, verdicts=..., tags=..., noted_turns=...))
    result = flt.update(query_text, should_stop=lambda: worker.is_cancelled)   # per keystroke
    if result is not None:             # None: cancelled midway
        result.ids                     # matched row ids, in row order
        result.spans(row_id)           # [(start, end)] in that row's text, to highlight (compute for visible rows)
        result.ranked_ids(limit)       # best first, for small sets (paper cards)

Rows of your own: `FilterRow(id, text, fields={"speaker": "Ana", "paper": [...]}, flags=frozenset({"note"}))`.
Building the index (IncrementalFilter(rows) or FilterIndex(rows)) costs about a second per 150k rows; after
that a keystroke costs milliseconds. Rebuild when the rows change (new notes change flags).
"""

from tui.core.filtering.incremental import FilterResult, IncrementalFilter, filter_rows
from tui.core.filtering.index import FUZZY_MIN_LENGTH, FilterIndex, FilterRow
from tui.core.filtering.matcher import Cancelled, evaluate, match_spans
from tui.core.filtering.query import FIELDS, Query, Term, parse_query
from tui.core.filtering.rows import claim_rows, paper_rows, turn_id, turn_rows

__all__ = [
    "FIELDS",
    "FUZZY_MIN_LENGTH",
    "Cancelled",
    "FilterIndex",
    "FilterResult",
    "FilterRow",
    "IncrementalFilter",
    "Query",
    "Term",
    "claim_rows",
    "evaluate",
    "filter_rows",
    "match_spans",
    "paper_rows",
    "parse_query",
    "turn_id",
    "turn_rows",
]
