"""Match a paper name said in a transcript ("InfiniteVL", "the LFM2 report") to catalog metadata.

Scores run 0-100. A name is *matched* only when the best paper scores at least MATCH_THRESHOLD and no
other paper comes within AMBIGUITY_MARGIN; anything from CANDIDATE_THRESHOLD up is offered as a
candidate for the user to pick, never applied silently. Version and variant near-misses ("LFM2" vs
"LFM2-VL", "BabyVLM" vs "BabyVLM-V2") are capped below the match threshold: they are different papers.
Thresholds were tuned on tests/fixtures/catalogs/match_pairs.json (see docs/METADATA.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from tui.core.identity import normalise_arxiv_id, normalise_name
from tui.core.models import PaperMeta

MATCH_THRESHOLD = 90.0
CANDIDATE_THRESHOLD = 70.0
AMBIGUITY_MARGIN = 4.0
NEAR_MISS_CAP = 80.0
IN_TITLE_SCORE = 80.0
MAX_CANDIDATES = 5

Status = Literal["matched", "ambiguous", "unmatched"]

_STOPWORDS = frozenset(
    "a an and are as at based by for from in into is of on or the their this to towards toward using via with".split()
)
_ARXIV_IN_TEXT = re.compile(
    r"(?:arxiv\.org/(?:abs|pdf|html)/|\barxiv\s*[:.]?\s*(?:id\s*)?)"
    r"((?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    meta: PaperMeta
    score: float
    reason: str  # arxiv-id | alias | title-head | title | title-prefix | fuzzy | near-miss | in-title | words


@dataclass(frozen=True)
class MatchResult:
    """The outcome for one name: status, best-first candidates, and the applied match when unambiguous."""

    query: str
    status: Status
    candidates: tuple[Candidate, ...] = ()

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def meta(self) -> PaperMeta | None:
        """The matched paper, only when the match is unambiguous."""
        return self.candidates[0].meta if self.status == "matched" else None

    @property
    def score(self) -> float:
        return self.candidates[0].score if self.candidates else 0.0


@dataclass
class _Keys:
    meta: PaperMeta
    aliases: list[str]
    head: str  # normalised title before the first colon, when short enough to be a name
    title: str
    prefixes: list[str]  # normalised first 1..4 title words
    words: set[str]  # content words of the title
    tokens: dict[str, str] = field(default_factory=dict)  # normalised title token -> original token


class CatalogIndex:
    """Normalised keys of every catalog paper, computed once and reused for every name."""

    def __init__(self, catalog: Iterable[PaperMeta]) -> None:
        self.papers: list[_Keys] = [_keys(meta) for meta in catalog]
        self.by_arxiv: dict[str, PaperMeta] = {}
        for keys in self.papers:
            if keys.meta.arxiv_id:
                self.by_arxiv.setdefault(keys.meta.arxiv_id, keys.meta)

    def __len__(self) -> int:
        return len(self.papers)


def match_name(
    name: str,
    catalog: Sequence[PaperMeta] | CatalogIndex,
    *,
    aliases: Iterable[str] = (),
    arxiv_id: str | None = None,
    threshold: float = MATCH_THRESHOLD,
) -> MatchResult:
    """Best catalog paper for a detected name (and its aliases, and an arXiv id if the analysis found one)."""
    index = catalog if isinstance(catalog, CatalogIndex) else CatalogIndex(catalog)
    ids = [i for i in (normalise_arxiv_id(arxiv_id) if arxiv_id else None, *find_arxiv_ids(name)) if i]
    for found in ids:
        if found in index.by_arxiv:
            return MatchResult(name, "matched", (Candidate(index.by_arxiv[found], 100.0, "arxiv-id"),))
    queries = name_variants([name, *aliases])
    best: dict[int, Candidate] = {}
    for number, keys in enumerate(index.papers):
        for query in queries:
            candidate = _score(query, keys)
            if candidate and (number not in best or candidate.score > best[number].score):
                best[number] = candidate
    ranked = sorted(
        (c for c in best.values() if c.score >= CANDIDATE_THRESHOLD), key=lambda c: (-c.score, c.meta.title)
    )[:MAX_CANDIDATES]
    return MatchResult(name, _status(ranked, threshold), tuple(ranked))


def match_papers(
    names: Iterable[str | object], catalog: Sequence[PaperMeta] | CatalogIndex, *, threshold: float = MATCH_THRESHOLD
) -> list[MatchResult]:
    """match_name for many names; items may be plain names or objects with name/aliases/arxiv_id
    (a PaperDiscussion)."""
    index = catalog if isinstance(catalog, CatalogIndex) else CatalogIndex(catalog)
    results = []
    for item in names:
        if isinstance(item, str):
            results.append(match_name(item, index, threshold=threshold))
        else:
            results.append(
                match_name(
                    str(getattr(item, "name")),
                    index,
                    aliases=getattr(item, "aliases", ()) or (),
                    arxiv_id=getattr(item, "arxiv_id", None),
                    threshold=threshold,
                )
            )
    return results


def find_arxiv_ids(text: str) -> list[str]:
    """arXiv ids written or spoken with context: arxiv.org links, "arXiv:2512.08829", "arXiv 2512.08829".

    A bare "2512.08829" is not taken: in a transcript it is as likely to be a number as an id.
    """
    found: list[str] = []
    for match in _ARXIV_IN_TEXT.finditer(text):
        arxiv_id = normalise_arxiv_id(match.group(1))
        if arxiv_id and arxiv_id not in found:
            found.append(arxiv_id)
    return found


# ------------------------------------------------------------------------------------------ scoring


def _status(ranked: list[Candidate], threshold: float) -> Status:
    if not ranked:
        return "unmatched"
    top = ranked[0]
    if top.score < threshold:
        return "ambiguous"
    if len(ranked) > 1 and ranked[1].score >= top.score - AMBIGUITY_MARGIN and ranked[1].score >= threshold - 10:
        return "ambiguous"
    return "matched"


def _score(query: str, keys: _Keys) -> Candidate | None:
    norm = normalise_name(query)
    if len(norm) < 2:
        return None
    meta = keys.meta
    if norm in keys.aliases:
        return Candidate(meta, 100.0, "alias")
    if keys.head and norm == keys.head:
        return Candidate(meta, 100.0, "title-head")
    if norm == keys.title:
        return Candidate(meta, 100.0, "title")
    if norm in keys.prefixes:
        return Candidate(meta, 95.0, "title-prefix")
    scores: list[Candidate] = []
    for key in {*keys.aliases, keys.head, *keys.prefixes[:1]} - {""}:
        scores.append(Candidate(meta, *_identifier_score(norm, key)))
    if norm in keys.tokens and _distinctive(keys.tokens[norm]) and _distinctive(query):
        scores.append(Candidate(meta, IN_TITLE_SCORE, "in-title"))
    words = _content_words(query)
    if len(words) >= 3:
        scores.append(Candidate(meta, _words_score(words, keys.words), "words"))
    return max(scores, key=lambda c: c.score, default=None)


def _identifier_score(norm: str, key: str) -> tuple[float, str]:
    """Fuzzy similarity of two names, with variants and version changes capped as near-misses."""
    score = fuzz.ratio(norm, key)
    shorter, longer = sorted((norm, key), key=len)
    if norm != key and (longer.startswith(shorter) or re.findall(r"\d+", norm) != re.findall(r"\d+", key)):
        return min(score, NEAR_MISS_CAP), "near-miss"
    if len(shorter) < 5:
        return min(score, CANDIDATE_THRESHOLD + 5), "fuzzy"
    return score, "fuzzy"


def _words_score(words: list[str], title_words: set[str]) -> float:
    """Descriptive names ("CNN age and gender classification of pedestrians"): how many words the title has."""
    hits = sum(1 for w in words if w in title_words or _fuzzy_word_in(w, title_words))
    coverage = hits / len(words)
    if hits < 3:
        return coverage * 60
    return 50 + 45 * coverage if len(words) >= 4 else 40 + 45 * coverage


def _fuzzy_word_in(word: str, title_words: set[str]) -> bool:
    return len(word) >= 6 and any(len(t) >= 6 and fuzz.ratio(word, t) >= 88 for t in title_words)


def _keys(meta: PaperMeta) -> _Keys:
    title = meta.title
    head = title.split(":", 1)[0] if ":" in title else ""
    head_norm = normalise_name(head) if head and len(head.split()) <= 6 else ""
    raw_tokens = title.replace(":", " ").split()
    # "LFM2 Technical Report": a title that opens with a coined name; "Can Slow-thinking ..." does not.
    opens_with_name = bool(raw_tokens) and _distinctive(raw_tokens[0])
    prefixes = [normalise_name(" ".join(raw_tokens[:k])) for k in range(1, min(4, len(raw_tokens)) + 1)]
    prefixes = prefixes if opens_with_name else []
    tokens = {normalise_name(t): t.strip(".,;:()[]") for t in raw_tokens[1:] if len(normalise_name(t)) >= 4}
    return _Keys(
        meta=meta,
        aliases=[normalise_name(a) for a in meta.aliases if normalise_name(a)],
        head=head_norm,
        title=normalise_name(title),
        prefixes=[p for p in prefixes if p],
        words=set(_content_words(title)),
        tokens=tokens,
    )


def name_variants(names: Iterable[str]) -> list[str]:
    """A name, the name without its parenthetical, and the parenthetical: "LFM2 (Liquid Foundation Models 2)"."""
    out: list[str] = []
    for name in names:
        for variant in (name, re.sub(r"\([^)]*\)", " ", name), *re.findall(r"\(([^)]*)\)", name)):
            variant = " ".join(variant.split())
            variant = re.sub(r"^(?:the|a|an)\s+", "", variant, flags=re.IGNORECASE)
            variant = re.sub(r"\s+(?:paper|model|report|benchmark)$", "", variant, flags=re.IGNORECASE)
            if variant and variant not in out:
                out.append(variant)
    return out


def _content_words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    for word in words:
        if word in _STOPWORDS or len(word) < 2:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if word not in out:
            out.append(word)
    return out


def _distinctive(token: str) -> bool:
    """Looks like a coined name (InfiniteVL, LFM2, fMRI-LM), not an ordinary word."""
    token = token.strip()
    if len(normalise_name(token)) < 4:
        return False
    return any(ch.isdigit() for ch in token) or any(ch.isupper() for ch in token[1:])
