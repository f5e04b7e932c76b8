"""Remember a pure function of one text per text: the analysis stages ask for the same sentence's folding, cleaning,
splitting and normalising many times over (pipeline, detection and segmentation each walk every turn)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

TEXTS_KEPT = 4096  # a few episodes' sentences and clauses; forgotten all at once when full

_UNSEEN = object()


def per_text(compute: Callable[[str], T]) -> Callable[[str], T]:
    """`compute(text)` remembered for the last TEXTS_KEPT texts. Hands back the same object for the same text, which
    later memos keyed on it (the needle index on folded text) rely on. A `None` answer is remembered too (most
    sentences carry no verdict cue: `verdicts.stance` answers None for them)."""
    memo: dict[str, T] = {}

    def remembered(text: str) -> T:
        found = memo.get(text, _UNSEEN)
        if found is _UNSEEN:
            found = compute(text)
            if len(memo) >= TEXTS_KEPT:
                memo.clear()
            memo[text] = found
        return found

    remembered.__doc__ = compute.__doc__
    remembered.__name__ = compute.__name__
    remembered.uncached = compute  # type: ignore[attr-defined]  # what tests compare the memo against
    return remembered
