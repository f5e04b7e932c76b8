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

from tui.core.analysis.memo import TEXTS_KEPT, per_text

# Characters `re.IGNORECASE` treats as an ASCII letter whose `str.lower()` is not that letter.
_ODD_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    return text.translate(_ODD_CASE).lower()


# Remembered per text: every stage folds the same sentences, and handing back the same string object lets the
# needle index below find it again without hashing a new string.
fold = per_text(_fold)
fold.__doc__ = """Lower-case text in which every character `re.I` equates with an ASCII letter or digit is that character."""

# ---------------------------------------------------------------------------------------------------------------
# Which needles a folded text holds, worked out once per text for every prefiltered regex at once.
#
# A needle is a run of lower-case ASCII letters and digits, so each of its occurrences lies inside one maximal
# run of such characters of the folded text (a "word" here). The needles a text holds are therefore the union,
# over its words, of the registered needles that are substrings of the word; that is worked out once per
# distinct word (the vocabulary of a library is small) and once per text. A regex with many needles then asks
# one set question (`isdisjoint`) instead of one substring search per needle, and a regex split into many
# alternatives runs only the alternatives whose needles occur. Every needle of every prepared regex is
# registered before it is asked about, and registering a new one forgets what was worked out, so a text's set
# always holds exactly the registered needles it contains.

_RUN = re.compile(r"[a-z0-9]+")
_REGISTERED: set[str] = set()
_LONGEST = 0
# Tuples, not sets: a tuple of strings is dropped from the cyclic GC's watch, so thousands of remembered words and
# texts do not make the worker's full collections slower.
_WORD_NEEDLES: dict[str, tuple[str, ...]] = {}
_TEXT_NEEDLES: dict[str, tuple[str, ...]] = {}
_NONE: frozenset[str] = frozenset()

# A regex with at most this many needles checks them one by one (as cheap as the set question).
_FEW_NEEDLES = 4


def _register(found: frozenset[str] | tuple[str, ...]) -> None:
    global _LONGEST
    new = set(found) - _REGISTERED
    if new:
        _REGISTERED.update(new)
        _LONGEST = max(_LONGEST, max(map(len, new)))
        _WORD_NEEDLES.clear()
        _TEXT_NEEDLES.clear()


def _needles_of_word(word: str) -> tuple[str, ...]:
    registered, longest, n = _REGISTERED, _LONGEST, len(word)
    found = {
        word[i:j] for i in range(n) for j in range(i + 1, min(n, i + longest) + 1) if word[i:j] in registered
    }
    return tuple(found)


def present(folded: str) -> tuple[str, ...]:
    """The registered needles `folded` (a folded text) contains, each once."""
    found = _TEXT_NEEDLES.get(folded)
    if found is None:
        words = _WORD_NEEDLES
        acc: set[str] = set()
        for word in set(_RUN.findall(folded)):
            held = words.get(word)
            if held is None:
                held = _needles_of_word(word)
                if len(words) >= 65536:
                    words.clear()
                words[word] = held
            acc.update(held)
        found = tuple(acc)
        if len(_TEXT_NEEDLES) >= TEXTS_KEPT:
            _TEXT_NEEDLES.clear()
        _TEXT_NEEDLES[folded] = found
    return found


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
    "we you they i he she my our your their there then now just all one get use let ll re ve do does actually "
    "really very like think know about what which would could should more most some been have has had was were "
    "can will into than them also only even still much many other got make made see go going".split()
)


def _rank(needles: frozenset[str]) -> tuple[bool, int, int]:
    shortest = min(map(len, needles))
    return (shortest >= 3 and not needles & _COMMON, shortest, -len(needles))


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
    return _through_node(op, arg, _required)


def _through_node(op, arg, walk) -> frozenset[str] | None:
    """`walk`'s needles for one node that holds others: a group, an alternation (every branch must have some)
    or a repeat done at least once; None for classes, anchors, look-arounds, back-references, optional parts."""
    if op is sre.SUBPATTERN:
        return walk(arg[-1])
    if op is sre.ATOMIC_GROUP:
        return walk(arg)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = walk(branch)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return walk(arg[2])
    return None


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _zero_width(op, arg) -> bool:
    """The node consumes nothing: an anchor, a look-around, or a group of such ("(?:(?<!a)(?<!b)|(?!c))")."""
    if op in _ZERO_WIDTH:
        return True
    if op is sre.SUBPATTERN:
        return all(_zero_width(o, a) for o, a in arg[-1])
    if op is sre.BRANCH:
        return all(all(_zero_width(o, a) for o, a in branch) for branch in arg[1])
    return False


def _leading(nodes) -> frozenset[str] | None:
    """Needles one of which every match of this node sequence *starts* with; None when there is no such set."""
    run = ""
    for op, arg in nodes:
        char = _needle_char(op, arg)
        if char is not None:
            run += char
            continue
        if run:
            break
        if _zero_width(op, arg):
            continue  # "\b", "^", look-arounds consume nothing: the match still starts at the next node
        return _leading_node(op, arg)
    return frozenset([run]) if run else None


def _opens_at_a_word(nodes) -> bool:
    """Every match starts at a word boundary: a "\\b" among the zero-width nodes the regex opens with."""
    for op, arg in nodes:
        if op is sre.AT and arg is sre.AT_BOUNDARY:
            return True
        if not _zero_width(op, arg):
            return False
    return False


def _look_arounds_first(nodes) -> int:
    """How many look-arounds the regex opens with: `re` tests them at every position of the text."""
    count = 0
    for op, arg in nodes:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            count += 1
        elif op is not sre.AT:
            break
    return count


def _leading_node(op, arg) -> frozenset[str] | None:
    return _through_node(op, arg, _leading)


def anchors(pattern: re.Pattern) -> frozenset[str] | None:
    """Needles every match of a compiled pattern starts with, or None."""
    return _leading(sre_parse.parse(pattern.pattern, pattern.flags))


def needles(pattern: re.Pattern) -> frozenset[str] | None:
    """The needles of a compiled pattern, or None when some match could contain none of them."""
    return source_needles(pattern.pattern, pattern.flags)


def source_needles(source: str, flags: int) -> frozenset[str] | None:
    """`needles` of a regex given by its source and flags: it reads the parse tree only, no need to compile."""
    return _required(sre_parse.parse(source, flags))


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|b(?:c|d)" -> ["a", "b(?:c|d)"])."""
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(source)
    while i < n:
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: "]" right after "[" or "[^" is a member, escapes skip
            i += 2 if source[i + 1 : i + 2] == "^" else 1
            i += 1 if source[i : i + 1] == "]" else 0
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _lower_case_only(nodes) -> bool:
    """No upper-case ASCII and no cased non-ASCII character among the regex's literals and ranges, no back-reference."""
    for op, arg in nodes:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            char = chr(arg)
            if char.isupper() if char.isascii() else char.lower() != char.upper():
                return False
        elif op is sre.RANGE:
            low, high = arg
            if high >= 0x80 or (low <= ord("Z") and high >= ord("A")):
                return False
        elif op is sre.IN:
            if not _lower_case_only(arg):
                return False
        elif op in (sre.SUBPATTERN, sre.ASSERT, sre.ASSERT_NOT):
            if not _lower_case_only(arg[-1]):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _lower_case_only(arg):
                return False
        elif op is sre.BRANCH:
            if not all(_lower_case_only(branch) for branch in arg[1]):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _lower_case_only(arg[2]):
                return False
        elif op not in (sre.AT, sre.ANY, sre.CATEGORY, sre.NEGATE):
            return False  # back-references and anything unforeseen: no twin
    return True


def lower_case_twin(regex: re.Pattern) -> re.Pattern | None:
    """The regex without IGNORECASE, to run on ASCII text already lower-cased: on such text it matches exactly
    where the regex matches the original (ASCII letters are its only cased characters, and the regex names
    none in upper case). The C engine then skips alternatives by their first letter, which it cannot do
    ignoring case. None when that equivalence is not certain."""
    if not regex.flags & re.IGNORECASE or re.search(r"\(\?[aiLmsux-]", regex.pattern):
        return None
    if not _lower_case_only(sre_parse.parse(regex.pattern, regex.flags)):
        return None
    return re.compile(regex.pattern, regex.flags & ~re.IGNORECASE)


# Characters beyond ASCII that have no case ("’", "—", "…", a no-break space): a text holding only these
# besides ASCII is, lower-cased, what the twin needs. Any other character sends the text the slow way.
_CASED_BEYOND_ASCII = re.compile(r"[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]")


def lowers_plainly(text: str) -> bool:
    """Whether `fold(text)` is `text` with only its ASCII letters lower-cased (what a lower-case twin needs)."""
    return text.isascii() or _CASED_BEYOND_ASCII.search(text) is None


# An alternative with more leading needles than this is faster searched by its lower-case twin.
_MANY_ANCHORS = 8


class _Part:
    """One top-level alternative of a cue regex, with the needles any match holds and the ones it starts with."""

    __slots__ = ("regex", "needles", "anchors", "twin", "starts")

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        found = needles(regex)
        self.needles: tuple[str, ...] | None = tuple(sorted(found, key=len)) if found else None
        starts = anchors(regex)
        self.anchors: tuple[str, ...] | None = tuple(sorted(starts)) if starts else None
        tree = sre_parse.parse(regex.pattern, regex.flags)
        # (not past many leading look-arounds, "(?<!\bthey\s)(?<!\bthey\sjust\s)...": the twin would test them
        # at every position, the anchors only where they occur)
        many = self.anchors is None or (len(self.anchors) > _MANY_ANCHORS and _look_arounds_first(tree) <= _MANY_ANCHORS)
        self.twin = lower_case_twin(regex) if many else None
        # Where an anchor occurs in the folded text, found by one scan in C; only at a word's start when every match
        # begins at one. Exact: a character that is no word character folds to none, so "\b" holds in the fold
        # wherever it holds in the text before an anchor (an ASCII letter or digit).
        self.starts: re.Pattern | None = None
        if self.anchors is not None:
            at_word = _opens_at_a_word(tree) and not regex.flags & re.ASCII
            self.starts = re.compile((r"\b" if at_word else "") + "(?:" + "|".join(self.anchors) + ")")

    def may_match(self, folded: str) -> bool:
        if self.needles is None:
            return True
        for needle in self.needles:
            if needle in folded:
                return True
        return False

    def search(self, text: str, folded: str, pos: int, lowered: bool = False) -> re.Match | None:
        """The leftmost match at or after `pos` (the text before `pos` still counts for "\\b" and look-behinds).

        `lowered`: `folded` is `text` with only ASCII letters lower-cased (`lowers_plainly`), so the lower-case
        twin may find the start."""
        if lowered and self.twin is not None:
            found = self.twin.search(folded, pos)
            if found is None:
                return None
            # The same match on the text itself (its groups and spelling); the fallback never runs in practice.
            return self.regex.match(text, found.start()) or self.regex.search(text, pos)
        if self.anchors is None:
            return self.regex.search(text, pos)
        # Every match starts with an anchor: try only the places one occurs, leftmost first.
        starts, match = self.starts.search, self.regex.match  # type: ignore[union-attr]
        while (anchor := starts(folded, pos)) is not None:
            pos = anchor.start()
            found = match(text, pos)
            if found is not None:
                return found
            pos += 1
        return None


# A flag set for the whole pattern ("(?i)"); a scoped one ("(?-i:[a-z])") stays inside its alternative.
_GLOBAL_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _parts(pattern: re.Pattern) -> list[_Part] | None:
    """The alternatives as separate regexes, when that is safe: no groups to renumber, no flags set inline for the
    whole pattern."""
    if pattern.groups or _GLOBAL_INLINE_FLAGS.search(pattern.pattern):
        return None
    flags = pattern.flags & ~re.UNICODE
    parts = [_Part(re.compile(source, flags)) for source in split_alternatives(pattern.pattern)]
    if any(part.needles is None for part in parts):
        return None  # an alternative that may match anywhere: the whole regex is as cheap
    return parts


_UNSEEN = object()


class Prefiltered:
    """A compiled regex with its needles; `search`, `finditer` and `sub` behave exactly like the regex's.

    `search` and `finditer` run each top-level alternative on its own, only when its needles occur, and
    only where its leading needles occur; the leftmost start wins, the earlier alternative on a tie,
    which is how `re` chooses among alternatives. Matches carry no groups (none are allowed).

    What `search` and `finditer` find depends on the text alone (they equal the plain regex's), so both are
    remembered per text: the stages ask about the same sentences again and again. (`search_folded` shares
    `search`'s memo: on a text made by blanking phrases it still finds what the plain regex finds.)
    """

    __slots__ = ("pattern", "needles", "parts", "_cache", "_iter_cache", "_needle_set", "_few", "_part_of")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        # Worked out on first use, not at import: importing the analysis stays cheap for those who only read it.
        self.needles: tuple[str, ...] | None | object = _UNSEEN
        self.parts: list[_Part] | None = None
        self._cache: dict[str, re.Match | None] = {}
        self._iter_cache: dict[str, tuple[re.Match, ...]] = {}
        self._needle_set: frozenset[str] = _NONE
        self._few = True
        # needle -> positions of the alternatives holding it, when there are many alternatives to choose from
        self._part_of: dict[str, tuple[int, ...]] | None = None

    def prepare(self) -> Prefiltered:
        if self.needles is _UNSEEN:
            found = needles(self.pattern)
            parts = _parts(self.pattern) if found else None
            if parts is not None and len(parts) == 1:
                parts[0].needles = None  # the same needles as the whole: checked once, by `may_match`
            self.parts = parts
            if found:
                _register(found)
                self._needle_set = frozenset(found)
                self._few = len(found) <= _FEW_NEEDLES
            if parts is not None and len(parts) > _FEW_NEEDLES:
                part_of: dict[str, list[int]] = {}
                for position, part in enumerate(parts):
                    for needle in part.needles or ():
                        part_of.setdefault(needle, []).append(position)
                _register(frozenset(part_of))
                self._part_of = {needle: tuple(at) for needle, at in part_of.items()}
            self.needles = tuple(sorted(found, key=len)) if found else None
        return self

    def may_match(self, folded: str) -> bool:
        """False only when `folded` (a `fold`ed text) cannot hold a match."""
        needles = self.needles
        if needles is _UNSEEN:
            needles = self.prepare().needles
        if needles is None:
            return True
        if self._few:
            for needle in needles:  # type: ignore[union-attr]
                if needle in folded:
                    return True
            return False
        return not self._needle_set.isdisjoint(present(folded))

    def _search(self, text: str, folded: str, pos: int = 0, lowered: bool = False) -> re.Match | None:
        parts = self.parts
        if parts is None or len(folded) != len(text):
            return self.pattern.search(text, pos)
        best: re.Match | None = None
        part_of = self._part_of
        if part_of is not None:
            # only the alternatives one of whose needles the text holds, in their order
            chosen: set[int] = set()
            for needle in present(folded):
                at = part_of.get(needle)
                if at is not None:
                    chosen.update(at)
            for position in sorted(chosen):
                found = parts[position].search(text, folded, pos, lowered)
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            return best
        for part in parts:
            if not part.may_match(folded):
                continue
            found = part.search(text, folded, pos, lowered)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def search_folded(self, text: str, folded: str) -> re.Match | None:
        """`search` given the fold of `text`, or of a text `text` was made from by blanking phrases with spaces."""
        cache = self._cache
        found = cache.get(text, _UNSEEN)
        if found is not _UNSEEN:
            return found  # type: ignore[return-value]
        found = self._search(text, folded) if self.may_match(folded) else None
        if len(cache) >= 512:
            cache.clear()
        cache[text] = found
        return found

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        # Turn texts are asked about by several stages: remember the last few hundred answers.
        cache = self._cache
        found = cache.get(text, _UNSEEN)
        if found is not _UNSEEN:
            return found  # type: ignore[return-value]
        if folded is None:
            folded = fold(text)
        found = self._search(text, folded, 0, lowers_plainly(text)) if self.may_match(folded) else None
        if len(cache) >= 512:
            cache.clear()
        cache[text] = found
        return found

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match]:
        known = self._iter_cache.get(text)
        if known is not None:
            return iter(known)
        if folded is None:
            folded = fold(text)
        if not self.may_match(folded):
            return iter(())
        return self._finditer(text, folded)

    def _finditer(self, text: str, folded: str) -> Iterator[re.Match]:
        """The matches, remembered for the text once all of them have been asked for."""
        found: list[re.Match] = []
        if self.parts is None:
            for match in self.pattern.finditer(text):
                found.append(match)
                yield match
        else:
            pos = 0  # matches hold a needle, so none is empty: the next search starts where one ends
            lowered = lowers_plainly(text)
            while (match := self._search(text, folded, pos, lowered)) is not None:
                found.append(match)
                yield match
                pos = match.end()
        cache = self._iter_cache
        if len(cache) >= 512:
            cache.clear()
        cache[text] = tuple(found)

    def findall(self, text: str, folded: str | None = None) -> list[str]:
        if self.pattern.groups:
            return self.pattern.findall(text) if self.may_match(fold(text) if folded is None else folded) else []
        return [found.group(0) for found in self.finditer(text, folded)]

    def sub(self, repl, text: str, folded: str | None = None) -> str:
        if not self.may_match(fold(text) if folded is None else folded):
            return text
        return self.pattern.sub(repl, text)


def prefiltered(pattern: str | re.Pattern, flags: int = 0) -> Prefiltered:
    return Prefiltered(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))
