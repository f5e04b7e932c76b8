"""Skip a regex cheaply when the text cannot match it: the words any match must contain, found once.

The analysis runs a few dozen large cue regexes (alternations of phrases such as "grain of salt|big if|...")
over every sentence; most sentences contain none of the phrases, yet `re` walks the whole alternation at
every position to find that out. `Prefiltered` reads the regex's parse tree once and derives *needles*:
lower-case runs of ASCII letters and digits, one of which every match must contain ("salt", "big", ...).
A text whose folded form holds none of them is answered with no match without running the regex; any
other text runs the regex as before, so results are identical (tests/core/test_analysis_speed_equivalence.py).

Why exact: a needle's characters each match one text character, and `fold` maps every character that
`re.IGNORECASE` equates with an ASCII letter or digit onto that letter or digit, one character for one.
Blanking a matched phrase with spaces (verdicts.py) never creates a needle, so the fold of the original
text still rules a later cue out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Characters `re.IGNORECASE` treats as an ASCII letter whose `str.lower()` is not that letter.
_ODD_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """Lower-case text in which every character `re.I` equates with an ASCII letter or digit is that character."""
    if text.isascii():
        return text.lower()
    return text.translate(_ODD_CASE).lower()


def _needle_char(op, arg) -> str | None:
    """The lower-case ASCII letter/digit a node matches (a literal, or a class like [Tt]), else None."""
    if op is sre.LITERAL:
        char = chr(arg)
        return char.lower() if char.isascii() and char.isalnum() else None
    if op is sre.IN and arg:
        chars = {_needle_char(o, a) for o, a in arg}
        if len(chars) == 1 and None not in chars:
            return chars.pop()
    return None


# Words in nearly every sentence: a needle set holding one of them rules out almost nothing.
_COMMON = frozenset(
    "a an the this that these those it its is are was be to of in on for with and or but not no so as at by "
    "we you they i he she my our your their there then now just all one get use let ll re ve do does".split()
)


def _rank(needles: frozenset[str]) -> tuple[bool, int, int]:
    return (not needles & _COMMON, min(map(len, needles)), -len(needles))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two alternative requirements, the more selective: no very common word, longer needles, fewer of them."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _rank(a) >= _rank(b) else b


def _required(nodes) -> frozenset[str] | None:
    """Needles one of which every match of this node sequence contains; None when there is no such set."""
    best: frozenset[str] | None = None
    run = ""
    for op, arg in nodes:
        char = _needle_char(op, arg)
        if char is not None:
            run += char
            continue
        if run:
            best, run = _better(best, frozenset([run])), ""
        best = _better(best, _required_node(op, arg))
    if run:
        best = _better(best, frozenset([run]))
    return best


def _required_node(op, arg) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _required(arg[-1])
    if op is sre.ATOMIC_GROUP:
        return _required(arg)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            needles = _required(branch)
            if needles is None:
                return None
            union |= needles
        return frozenset(union)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _required(arg[2])
    return None  # classes, anchors, look-arounds, back-references, optional parts: no requirement


def needles(pattern: re.Pattern) -> frozenset[str] | None:
    """The needles of a compiled pattern, or None when some match could contain none of them."""
    return _required(sre_parse.parse(pattern.pattern, pattern.flags))


class Prefiltered:
    """A compiled regex with its needles; `search`, `finditer` and `sub` behave exactly like the regex's."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        found = needles(pattern)
        self.needles: tuple[str, ...] | None = tuple(sorted(found, key=len)) if found else None

    def may_match(self, folded: str) -> bool:
        """False only when `folded` (a `fold`ed text) cannot hold a match."""
        if self.needles is None:
            return True
        for needle in self.needles:
            if needle in folded:
                return True
        return False

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        if not self.may_match(fold(text) if folded is None else folded):
            return None
        return self.pattern.search(text)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match]:
        if not self.may_match(fold(text) if folded is None else folded):
            return iter(())
        return self.pattern.finditer(text)

    def sub(self, repl, text: str, folded: str | None = None) -> str:
        if not self.may_match(fold(text) if folded is None else folded):
            return text
        return self.pattern.sub(repl, text)


def prefiltered(pattern: str | re.Pattern, flags: int = 0) -> Prefiltered:
    return Prefiltered(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))
