"""Stable keys that notes and verdicts hang off, so they survive re-analysis, renames and re-imports."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_ARXIV_NEW = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")
_ARXIV_OLD = re.compile(r"\b([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\b")


# Spelled out before folding, so "LoRA+" is not "LoRA" and "π0" is not "0".
_SPELL_OUT = {"+": "plus", "\u03c0": "pi", "\u03b1": "alpha", "\u03b2": "beta", "\u03b3": "gamma", "\u03bc": "mu"}


def normalise_name(name: str) -> str:
    """Lower-case, accents folded, possessives dropped, `+` and Greek letters spelled out, only a-z0-9 kept."""
    for char, word in _SPELL_OUT.items():
        if char in name:
            name = name.replace(char, word)
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    return re.sub(r"[^a-z0-9]+", "", text)


def normalise_arxiv_id(value: str) -> str | None:
    """`2512.08829v2`, `arXiv:2512.08829`, `https://arxiv.org/abs/2512.08829` -> `2512.08829`."""
    match = _ARXIV_NEW.search(value) or _ARXIV_OLD.search(value)
    return match.group(1) if match else None


def paper_key(*, arxiv_id: str | None = None, name: str | None = None) -> str:
    """`arxiv:<id>` when the id is known, else `name:<normalised name>`."""
    if arxiv_id:
        norm = normalise_arxiv_id(arxiv_id) or arxiv_id.strip()
        return f"arxiv:{norm}"
    if not name or not normalise_name(name):
        raise ValueError("a paper key needs an arXiv id or a name")
    return f"name:{normalise_name(name)}"


def normalise_content(text: str) -> str:
    """The form of a transcript that identity is computed over: line endings and whitespace folded."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def episode_key(text: str) -> str:
    """An episode's identity: a hash of its normalised content (the path is metadata, not identity)."""
    return hashlib.sha256(normalise_content(text).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def text_hash(text: str) -> str:
    """A short hash of a turn's or claim's text, whitespace- and case-insensitive."""
    folded = " ".join(text.lower().split())
    return hashlib.sha256(folded.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def claim_anchor(episode: str, turn_index: int, sentence: str) -> str:
    """`<episode key>:<turn index>:<hash of the claim sentence>`."""
    return f"{episode}:{turn_index}:{text_hash(sentence)}"
