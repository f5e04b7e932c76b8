"""A small, tolerant BibTeX reader: what Zotero, Google Scholar and arXiv export, into PaperMeta.

Written here rather than depending on a parser at runtime: the subset users have is small (entries,
@string macros, braces, quotes, `#` concatenation), and a broken entry must be reported with its line and
skipped while the rest of the file still loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tui.core.identity import normalise_arxiv_id
from tui.core.metadata.catalog import arxiv_id_from_url, dedupe, record_to_meta
from tui.core.models import PaperMeta, Problem

_MONTHS = {m: str(i) for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_IDENT = re.compile(r"[A-Za-z0-9_:\-+./'!?*&$^|<>~`]+")
_ENTRY_START = re.compile(r"^[ \t]*@", re.MULTILINE)
_ACCENTS = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303",
    "=": "\u0304", ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b",
}  # fmt: skip
_SYMBOLS = {"&": "&", "%": "%", "_": "_", "$": "$", "#": "#", "{": "{", "}": "}", "ss": "ß", "o": "ø", "O": "Ø",
            "ae": "æ", "AE": "Æ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı"}  # fmt: skip
_ARXIV_DOI = re.compile(r"10\.48550/arxiv\.(.+)", re.IGNORECASE)


@dataclass
class BibEntry:
    type: str
    key: str
    line: int
    fields: dict[str, str] = field(default_factory=dict)


class _BibSyntaxError(Exception):
    def __init__(self, message: str, pos: int) -> None:
        super().__init__(message)
        self.pos = pos


def load_bibtex(path: Path) -> tuple[list[PaperMeta], list[Problem]]:
    source = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as exc:
        return [], [Problem(source=source, message=f"cannot read BibTeX file: {exc.strerror or exc}")]
    return parse_bibtex_catalog(text, source)


def parse_bibtex_catalog(text: str, source: str) -> tuple[list[PaperMeta], list[Problem]]:
    entries, problems = parse_bibtex(text, source)
    papers: list[PaperMeta] = []
    for entry in entries:
        meta, entry_problems = entry_to_meta(entry, source)
        problems.extend(entry_problems)
        if meta is not None:
            papers.append(meta)
    return dedupe(papers, problems, source)


def parse_bibtex(text: str, source: str) -> tuple[list[BibEntry], list[Problem]]:
    """Entries in file order; a malformed entry becomes a Problem at its line and parsing resumes after it."""
    reader = _Reader(text)
    entries: list[BibEntry] = []
    problems: list[Problem] = []
    pos = text.find("@")
    while pos != -1:
        try:
            entry, pos = reader.entry(pos)
        except _BibSyntaxError as exc:
            problems.append(
                Problem(
                    source=source,
                    line=reader.line_of(pos),
                    message=f"malformed entry: {exc} (at line {reader.line_of(exc.pos)}); skipped",
                )
            )
            resume = _ENTRY_START.search(text, max(exc.pos, pos + 1))
            pos = resume.end() - 1 if resume else -1
            continue
        if entry is not None:
            entries.append(entry)
        pos = text.find("@", pos)
    return entries, problems


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.macros: dict[str, str] = dict(_MONTHS)
        self._newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def line_of(self, pos: int) -> int:
        import bisect

        return bisect.bisect_left(self._newlines, pos) + 1

    def entry(self, at: int) -> tuple[BibEntry | None, int]:
        text = self.text
        match = _IDENT.match(text, at + 1)
        if not match:
            raise _BibSyntaxError("expected an entry type after @", at)
        kind = match.group(0).lower()
        pos = self._ws(match.end())
        if pos >= len(text) or text[pos] not in "{(":
            raise _BibSyntaxError(f"expected {{ after @{kind}", pos)
        close = "}" if text[pos] == "{" else ")"
        if kind in ("comment", "preamble"):
            return None, self._skip_group(pos)
        pos = self._ws(pos + 1)
        if kind == "string":
            name, value, pos = self._field(pos)
            self.macros[name] = value
            return None, self._expect(pos, close)
        key_match = re.compile(r"[^,\s{}()]+").match(text, pos)
        if not key_match:
            raise _BibSyntaxError("missing citation key", pos)
        entry = BibEntry(type=kind, key=key_match.group(0), line=self.line_of(at))
        pos = self._ws(key_match.end())
        if pos < len(text) and text[pos] not in f",{close}":
            raise _BibSyntaxError(f"expected , after the citation key {entry.key!r}", pos)
        while True:
            if pos < len(text) and text[pos] == ",":
                pos = self._ws(pos + 1)
            if pos < len(text) and text[pos] == close:
                return entry, pos + 1
            if pos >= len(text):
                raise _BibSyntaxError(f"entry {entry.key!r} is not closed", len(text))
            name, value, pos = self._field(pos)
            entry.fields.setdefault(name, value)
            pos = self._ws(pos)
            if pos < len(text) and text[pos] not in f",{close}":
                raise _BibSyntaxError(f"expected , or {close} after field {name!r} in {entry.key!r}", pos)

    def _field(self, pos: int) -> tuple[str, str, int]:
        match = _IDENT.match(self.text, pos)
        if not match:
            raise _BibSyntaxError("expected a field name", pos)
        name = match.group(0).lower()
        pos = self._ws(match.end())
        if pos >= len(self.text) or self.text[pos] != "=":
            raise _BibSyntaxError(f"expected = after field name {name!r}", pos)
        parts: list[str] = []
        pos = self._ws(pos + 1)
        while True:
            value, pos = self._value(pos)
            parts.append(value)
            pos = self._ws(pos)
            if pos < len(self.text) and self.text[pos] == "#":
                pos = self._ws(pos + 1)
                continue
            return name, "".join(parts), pos

    def _value(self, pos: int) -> tuple[str, int]:
        text = self.text
        if pos >= len(text):
            raise _BibSyntaxError("expected a value", pos)
        if text[pos] == "{":
            end = self._skip_group(pos)
            return text[pos + 1 : end - 1], end
        if text[pos] == '"':
            depth, i = 0, pos + 1
            while i < len(text):
                ch = text[i]
                if ch == "\\":
                    i += 2
                    continue
                if ch == "{":
                    depth += 1
                elif ch == "}":
                    depth -= 1
                elif ch == '"' and depth == 0:
                    return text[pos + 1 : i], i + 1
                elif ch == "@" and depth == 0 and text[i - 1] == "\n":
                    break
                i += 1
            raise _BibSyntaxError("unterminated quoted value", pos)
        match = _IDENT.match(text, pos)
        if not match:
            raise _BibSyntaxError(f"unexpected {text[pos]!r} where a value should be", pos)
        word = match.group(0)
        if word.isdigit():
            return word, match.end()
        return self.macros.get(word.lower(), word), match.end()

    def _skip_group(self, pos: int) -> int:
        """Position after the brace (or parenthesis) group that opens at pos."""
        text = self.text
        opening = text[pos]
        closing = "}" if opening == "{" else ")"
        depth, i = 0, pos
        while i < len(text):
            ch = text[i]
            if ch == "\\":
                i += 2
                continue
            if ch == opening or (opening == "(" and ch == "{"):
                depth += 1
            elif ch == closing or (opening == "(" and ch == "}"):
                depth -= 1
                if depth == 0:
                    return i + 1
            elif ch == "@" and i > 0 and text[i - 1] == "\n" and depth <= 1:
                break  # a new entry starts: this one was never closed
            i += 1
        raise _BibSyntaxError(f"the {opening} here is never closed", pos)

    def _expect(self, pos: int, char: str) -> int:
        pos = self._ws(pos)
        if pos >= len(self.text) or self.text[pos] != char:
            raise _BibSyntaxError(f"expected {char}", pos)
        return pos + 1

    def _ws(self, pos: int) -> int:
        text = self.text
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return pos


# ---------------------------------------------------------------------------------- entry -> PaperMeta


def entry_to_meta(entry: BibEntry, source: str) -> tuple[PaperMeta | None, list[Problem]]:
    f = entry.fields
    record: dict[str, object] = {}
    if "title" in f:
        record["title"] = delatex(f["title"])
    authors = f.get("author") or f.get("editor")
    if authors:
        record["authors"] = split_authors(authors)
    year = f.get("year") or (f.get("date", "")[:4])
    if year:
        record["year"] = delatex(year).strip()
    if f.get("abstract"):
        record["abstract"] = delatex(f["abstract"])
    url = f.get("url")
    if url:
        record["url"] = url.strip()
    doi = f.get("doi")
    if doi:
        record["doi"] = doi.strip()
    venue = f.get("journal") or f.get("booktitle") or f.get("journaltitle")
    if venue and "arxiv" not in venue.lower():
        record["venue"] = delatex(venue)
    keywords = f.get("keywords")
    if keywords:
        record["tags"] = [k.strip() for k in re.split(r"[,;]", delatex(keywords)) if k.strip()]
    if f.get("shorttitle"):
        record["aliases"] = [delatex(f["shorttitle"])]
    arxiv_id = bib_arxiv_id(f)
    if arxiv_id:
        record["arxiv_id"] = arxiv_id
    if isinstance(record.get("year"), str) and not str(record["year"]).isdigit():
        record.pop("year")  # "in press" and friends: keep the paper, drop the year
    return record_to_meta(record, source=source, line=entry.line, label=f"@{entry.type}{{{entry.key}}}", origin="bibtex")


def bib_arxiv_id(fields: dict[str, str]) -> str | None:
    """eprint (arXiv's own export), arxivid (Mendeley), an arxiv.org url, an arXiv DOI, or "arXiv:..." journal."""
    for name in ("arxivid", "arxiv_id", "arxiv"):
        if fields.get(name):
            return normalise_arxiv_id(fields[name])
    eprint = fields.get("eprint")
    prefix = (fields.get("archiveprefix") or fields.get("eprinttype") or "arxiv").lower()
    if eprint and prefix == "arxiv":
        found = normalise_arxiv_id(eprint)
        if found:
            return found
    for name in ("url", "howpublished", "note"):
        if fields.get(name):
            found = arxiv_id_from_url(fields[name])
            if found:
                return found
    doi = _ARXIV_DOI.search(fields.get("doi", ""))
    if doi:
        return normalise_arxiv_id(doi.group(1))
    venue = fields.get("journal", "")
    if "arxiv" in venue.lower():
        return normalise_arxiv_id(venue)
    return None


def split_authors(text: str) -> list[str]:
    """`Last, First and {Org Name} and First Last` -> ["First Last", "Org Name", "First Last"]."""
    names: list[str] = []
    for part in _split_top_level(text, " and "):
        part = " ".join(part.split())
        if not part or part.lower() == "others":
            continue
        pieces = _split_top_level(part, ",")
        if len(pieces) == 2:
            part = f"{pieces[1].strip()} {pieces[0].strip()}"
        elif len(pieces) == 3:  # Last, Jr, First
            part = f"{pieces[2].strip()} {pieces[0].strip()} {pieces[1].strip()}"
        names.append(delatex(part))
    return names


def _split_top_level(text: str, separator: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    lowered = text.lower()
    while i < len(text):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and lowered.startswith(separator, i):
            parts.append(text[start:i])
            i += len(separator)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


_COMMAND = re.compile(r"\\([A-Za-z]+(?=[\s{])\s*|[A-Za-z]+|[^A-Za-z])(\{([^{}]*)\}|(?<=[\"'`^~=.])[A-Za-z])?")


def delatex(text: str) -> str:
    """Enough LaTeX for titles and names: accents, escaped symbols, dashes; braces dropped."""

    def replace(match: re.Match[str]) -> str:
        command = match.group(1).strip()
        argument = match.group(3) if match.group(3) is not None else match.group(2)
        if command in _ACCENTS and argument:
            import unicodedata

            return unicodedata.normalize("NFC", argument.strip("{}") + _ACCENTS[command])
        if command in _SYMBOLS:
            return _SYMBOLS[command] + (argument or "")
        if command in ("textendash",):
            return "\u2013"
        if command in ("textemdash",):
            return "\u2014"
        return argument.strip("{}") if argument else ""

    text = _COMMAND.sub(replace, text)
    text = text.replace("---", "\u2014").replace("--", "\u2013").replace("~", " ")
    text = text.replace("{", "").replace("}", "")
    return " ".join(text.split())
