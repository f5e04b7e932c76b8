"""Which tokens look like paper names, and how to fold their surface forms together.

Paper names are coined words: camel case (`InfiniteVL`), letters with digits (`LFM2`, `Qwen2.5-VL`),
hyphenated capitalised parts (`LongCat-Flash-Omni`, `MMA-Bench`). A token is a candidate when it has
such a shape; whether it is a *paper* is decided later from context (papers.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.identity import normalise_name

# A name-like token: letters/digits joined by hyphens or dots, optionally possessive.
# Letters include Greek and other scripts ("π0"); a trailing "+" or "#" is part of a name ("LoRA+", "QuIP#").
TOKEN = re.compile(
    r"(?<![\w@/\\.-])((?:\d(?=[A-Z]{3,}\b))?[^\W\d_][^\W_]*(?:[-.][^\W_]+)*(?:\+|#(?![\w#]))?)(?:['\u2019]s\b|['\u2019](?=\s))?"
)
# Lower-case tails that qualify a name rather than belong to it: "CNN-based", "LFM2-style".
_QUALIFIER_TAIL = re.compile(
    r"-(?:based|style|like|level|driven|powered|aware|only|free|scale|sized|size|class|specific|type|"
    r"grade|ready|native|centric|first|heavy|friendly|focused|compatible|inspired|esque|ish|text|"
    r"generated|augmented|conditioned|tuned|trained|guided|enhanced|oriented|related|wise|time)$"
)
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
_HAS_DIGIT = re.compile(r"\d")
_HAS_ALPHA = re.compile(r"[^\W\d_]")
_UPPER_RUN = re.compile(r"[A-Z].*[A-Z]")
_DIGIT_LED = re.compile(r"\d[A-Z]{3,}(?:-[A-Za-z0-9]+)*$")
_VERSION_TAIL = re.compile(r"^(?:[-.]?v?\d+(?:\.\d+)*[a-z]?|-v\d+)$", re.I)


# Ordinary nouns that number the parts of something ("Version 2 trains on real recordings", "Table 3", "Stage 2"):
# with a number after them they point at a part, a version or a step, never at a paper of their own.
ENUMERATING_NOUNS = frozenset(
    "Version Table Figure Fig Section Stage Phase Step Part Round Level Season Episode Chapter Appendix Option "
    "Tier Day Week Experiment Setting Variant Iteration Attempt Trial Case Page Line Row Column Item Number Task".split()
)

# Pure per-token functions, called for every token of every turn: memoised (a library repeats its names).
_TOKEN_CACHE = 1 << 16


@lru_cache(maxsize=_TOKEN_CACHE)
def strip_token(token: str) -> str:
    """"CNN-based" -> "CNN"; trailing dots and possessives are already off."""
    token = token.rstrip(".-")
    if token.endswith(("+", "#")):
        return token
    while True:
        stripped = _QUALIFIER_TAIL.sub("", token)
        if stripped == token:
            return token
        token = stripped


@lru_cache(maxsize=_TOKEN_CACHE)
def is_name_shaped(token: str) -> bool:
    """Camel case, letters mixed with digits, several capitals, or capitalised hyphen parts."""
    if token[:1].isdigit():
        # "2DGS", "3DGS": one digit opening a run of capitals is a coined name; "8GB", "4K", "3D" are not
        return bool(_DIGIT_LED.match(token))
    if len(token) < 2 or not _HAS_ALPHA.search(token):
        return False
    if _HAS_DIGIT.search(token) or (token.endswith(("+", "#")) and len(token) >= 3):
        return True
    if _CAMEL.search(token):
        return True
    if _UPPER_RUN.search(token):
        return True
    parts = token.split("-")
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts)


def is_acronym(token: str) -> bool:
    """All capitals, no digits, short: PESQ, OCR, NISQA. Usually a metric or a field term."""
    letters = token.replace("-", "").replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 6


def depluralise(token: str, known: set[str]) -> str:
    """"VLMs" -> "VLM" when the singular is a known candidate or the plural is of an acronym."""
    if token.endswith("s") and len(token) > 2:
        singular = token[:-1]
        if singular in known or singular.isupper() or singular[-1].isdigit():
            return singular
    return token


def is_version_extension(short: str, long: str) -> bool:
    """"BabyVLM" / "BabyVLM-V2", "LongCat" / "LongCat-Flash-Omni", "fMRI" / "fMRI-LM"."""
    if not long.startswith(short) or len(long) <= len(short):
        return False
    rest = long[len(short) :]
    return rest[0] in "-." or bool(_VERSION_TAIL.match(rest))


@lru_cache(maxsize=_TOKEN_CACHE)
def norm(name: str) -> str:
    """The identity key (`identity.normalise_name` spells out "+" and Greek letters)."""
    return normalise_name(name)
