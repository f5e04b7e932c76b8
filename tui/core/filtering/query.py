"""The filter language: fuzzy free text plus field tokens, parsed leniently because it is parsed per keystroke.

    attention speaker:lily -kind:limitation paper:"long cat" has:note tag:vision "exact phrase" -hype

- A bare word is fuzzy free text (typos tolerated from 5 characters on); words are ANDed.
- `field:value` with a known field (`speaker`, `paper`, `verdict`, `kind`, `tag`, `has`) restricts a field;
  an unknown prefix (`arXiv:2512.08829`, `10:30`) stays free text.
- `-` in front negates a token; `"..."` quotes a value or an exact phrase; an unclosed quote runs to the end.
- Half-typed tokens constrain nothing: `speaker:`, `-`, `""` match everything. Parsing never raises.
"""

from __future__ import annotations

from dataclasses import dataclass

FIELDS = ("speaker", "paper", "verdict", "kind", "tag", "has")


@dataclass(frozen=True, slots=True)
class Term:
    """One token of a query. `field` is None for free text; `value` is casefolded; `quoted` means exact."""

    field: str | None
    value: str
    negated: bool = False
    quoted: bool = False

    @property
    def is_empty(self) -> bool:
        """A half-typed token (`speaker:`, `-`, `""`): it constrains nothing."""
        return not self.value

    def implies(self, other: Term) -> bool:
        """True when every row matching self also matches `other` (used to narrow incrementally).

        Positive terms get stricter as their value grows (`lil` -> `lily`); negated ones as it shrinks.
        Fuzzy free text is not monotone, so the matcher re-checks fuzzy additions (see matcher.py).
        """
        if (self.field, self.negated, self.quoted) != (other.field, other.negated, other.quoted):
            return False
        if self.negated:
            return self.value in other.value
        if self.field == "has":
            return self.value.startswith(other.value)
        return other.value in self.value


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: its source text and its terms in order (empty terms included, for round-trips)."""

    text: str
    terms: tuple[Term, ...]

    @property
    def constraints(self) -> tuple[Term, ...]:
        """The terms that constrain something, duplicates dropped."""
        seen: list[Term] = []
        for term in self.terms:
            if not term.is_empty and term not in seen:
                seen.append(term)
        return tuple(seen)

    @property
    def is_empty(self) -> bool:
        return not self.constraints

    @property
    def free_text(self) -> tuple[Term, ...]:
        """Positive free-text terms: what highlighting and ranking use."""
        return tuple(t for t in self.constraints if t.field is None and not t.negated)

    def narrows(self, older: Query) -> bool:
        """True when every row matching self matches `older`, so self can search older's results."""
        return all(any(new.implies(old) for new in self.constraints) for old in older.constraints)


def _read_value(text: str, pos: int) -> tuple[str, bool, int]:
    """Read a bare or quoted value starting at pos; return (value, quoted, position after it)."""
    if pos < len(text) and text[pos] == '"':
        end = text.find('"', pos + 1)
        if end < 0:
            return text[pos + 1 :], True, len(text)
        return text[pos + 1 : end], True, end + 1
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[pos:end], False, end


def parse_query(text: str) -> Query:
    """Parse a filter query. Never raises: whatever cannot be a token is free text."""
    terms: list[Term] = []
    pos, size = 0, len(text)
    while pos < size:
        if text[pos].isspace():
            pos += 1
            continue
        negated = text[pos] == "-"
        start = pos + 1 if negated else pos
        field = None
        colon = -1
        if start < size and text[start] != '"':
            word_end = start
            while word_end < size and not text[word_end].isspace() and text[word_end] not in ':"':
                word_end += 1
            if word_end < size and text[word_end] == ":" and text[start:word_end].casefold() in FIELDS:
                field, colon = text[start:word_end].casefold(), word_end
        value_start = colon + 1 if field else start
        value, quoted, pos = _read_value(text, value_start)
        terms.append(Term(field, " ".join(value.split()).casefold(), negated, quoted))
    return Query(text, tuple(terms))
