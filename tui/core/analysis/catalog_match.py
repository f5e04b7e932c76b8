"""Matching detected papers against a metadata catalog (names, aliases, titles) with rapidfuzz."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from tui.core.analysis.catalog_index import index_for
from tui.core.analysis.names import norm
from tui.core.analysis.papers import DetectedPaper
from tui.core.models import PaperMeta

_CONTENT = re.compile(r"[a-z0-9]{4,}")


def catalog_names(catalog: Sequence[PaperMeta]) -> dict[str, str]:
    """normalised name -> display name, for every alias and short title ("InfiniteVL: ..." -> "InfiniteVL")."""
    return index_for(catalog).names


def match(paper: DetectedPaper, catalog: Sequence[PaperMeta]) -> PaperMeta | None:
    """The catalog entry for a detected paper: exact/fuzzy on names, word overlap with titles for descriptions."""
    index = index_for(catalog)
    if paper.arxiv_id and paper.arxiv_id in index.by_arxiv:
        return index.metas[index.by_arxiv[paper.arxiv_id]]
    names = [paper.name, *[a for a in paper.aliases if not a.startswith("the ")]]
    keys = [norm(n) for n in names if len(norm(n)) >= 2]
    exact = [index.exact[key] for key in keys if key in index.exact]
    if exact:
        return index.metas[min(exact)]
    best: tuple[float, int] | None = None
    for key in keys:
        found = index.fuzzy(key, 90)
        if found and (best is None or found[0] > best[0] or (found[0] == best[0] and found[1] < best[1])):
            best = found
    if best:
        return index.metas[best[1]]
    if paper.descriptive:
        words = set(_CONTENT.findall(paper.name.lower()))
        if len(words) >= 2:
            stems = {w[:6] for w in words}
            # the entries' titles and stems, worked out once per catalog (same order as `catalog`)
            for position, (title, title_words) in enumerate(index.title_words()):
                if stems <= title_words and fuzz.token_set_ratio(paper.name, title) >= 80:
                    return catalog[position]
    return None
