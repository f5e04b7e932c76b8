"""Matching detected papers against a metadata catalog (names, aliases, titles) with rapidfuzz."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from tui.core.analysis.names import norm
from tui.core.analysis.papers import DetectedPaper
from tui.core.models import PaperMeta

_SHORT_TITLE = re.compile(r"^\s*([^:]{2,40}?)\s*:")
_CONTENT = re.compile(r"[a-z0-9]{4,}")


def catalog_names(catalog: Sequence[PaperMeta]) -> dict[str, str]:
    """normalised name -> display name, for every alias and short title ("InfiniteVL: ..." -> "InfiniteVL")."""
    names: dict[str, str] = {}
    for meta in catalog:
        for name in _names_of(meta):
            key = norm(name)
            if len(key) >= 3:
                names.setdefault(key, name)
    return names


def _names_of(meta: PaperMeta) -> list[str]:
    names = list(meta.aliases)
    short = _SHORT_TITLE.match(meta.title)
    if short and len(short.group(1).split()) <= 4:
        names.insert(0, short.group(1))
    return names


def match(paper: DetectedPaper, catalog: Sequence[PaperMeta]) -> PaperMeta | None:
    """The catalog entry for a detected paper: exact/fuzzy on names, word overlap with titles for descriptions."""
    if paper.arxiv_id:
        for meta in catalog:
            if meta.arxiv_id and meta.arxiv_id == paper.arxiv_id:
                return meta
    names = [paper.name, *[a for a in paper.aliases if not a.startswith("the ")]]
    keys = [norm(n) for n in names if len(norm(n)) >= 2]
    best: tuple[float, PaperMeta] | None = None
    for meta in catalog:
        for candidate in _names_of(meta) + [meta.title]:
            ckey = norm(candidate)
            for key in keys:
                if key == ckey:
                    return meta
                score = fuzz.ratio(key, ckey)
                if score >= 90 and (best is None or score > best[0]):
                    best = (score, meta)
    if best:
        return best[1]
    if paper.descriptive:
        words = set(_CONTENT.findall(paper.name.lower()))
        if len(words) >= 2:
            for meta in catalog:
                title = meta.title.lower() + " " + " ".join(meta.aliases).lower()
                title_words = {w[:6] for w in _CONTENT.findall(title)}
                if {w[:6] for w in words} <= title_words and fuzz.token_set_ratio(paper.name, title) >= 80:
                    return meta
    return None
