"""Local paper catalogs: JSON files of PaperMeta records, folders of them, and BibTeX files.

A catalog never raises on bad input: each malformed record is reported as a Problem (file, line, what)
and skipped, so one typo does not hide the rest of the user's papers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tui.core.identity import normalise_arxiv_id
from tui.core.models import PaperMeta, Problem

CATALOG_SUFFIXES = (".json", ".bib")
_LIST_FIELDS = ("authors", "aliases", "tags")
_TEXT_FIELDS = ("title", "abstract", "url", "doi", "venue", "s2_id")
_KNOWN_FIELDS = {"arxiv_id", "year", "source", *_LIST_FIELDS, *_TEXT_FIELDS}
_MAX_CATALOG_BYTES = 50_000_000


def load_catalog(path: str | Path) -> tuple[list[PaperMeta], list[Problem]]:
    """A JSON catalog, a .bib file, or a folder of them (recursive, hidden files skipped)."""
    path = Path(path)
    if path.is_dir():
        return _load_folder(path)
    if path.suffix.lower() == ".bib":
        from tui.core.metadata.bibtex import load_bibtex

        return load_bibtex(path)
    return load_json_catalog(path)


def is_catalog_name(path: Path) -> bool:
    """The library's naming rule (papers.json, *.papers.json, *.bib), for when ingest is not importable."""
    try:
        from tui.core.ingest import is_catalog_file
    except ImportError:
        name = path.name.lower()
        return name == "papers.json" or name.endswith(".papers.json") or name.endswith(".bib")
    return bool(is_catalog_file(path))


def _load_folder(folder: Path) -> tuple[list[PaperMeta], list[Problem]]:
    papers: list[PaperMeta] = []
    problems: list[Problem] = []
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in CATALOG_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    for file in files:
        found, file_problems = load_catalog(file)
        papers.extend(found)
        problems.extend(file_problems)
    return dedupe(papers, problems, str(folder))


def load_json_catalog(path: Path) -> tuple[list[PaperMeta], list[Problem]]:
    source = str(path)
    try:
        if path.stat().st_size > _MAX_CATALOG_BYTES:
            return [], [Problem(source=source, message=f"catalog is larger than {_MAX_CATALOG_BYTES} bytes")]
        raw = path.read_bytes()
    except OSError as exc:
        return [], [Problem(source=source, message=f"cannot read catalog: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [Problem(source=source, message="catalog is not UTF-8 text", offset=exc.start)]
    return parse_json_catalog(text, source)


def parse_json_catalog(text: str, source: str) -> tuple[list[PaperMeta], list[Problem]]:
    """`{"papers": [...]}` or a bare list of records."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [Problem(source=source, message=f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno)]
    if isinstance(document, dict) and isinstance(document.get("papers"), list):
        records = document["papers"]
    elif isinstance(document, list):
        records = document
    else:
        message = 'expected {"papers": [...]} or a list of paper records'
        return [], [Problem(source=source, message=message, line=1)]
    lines = _record_lines(text, len(records))
    papers: list[PaperMeta] = []
    problems: list[Problem] = []
    for index, record in enumerate(records):
        line = lines[index] if index < len(lines) else None
        meta, record_problems = record_to_meta(record, source=source, line=line, label=f"record {index + 1}")
        problems.extend(record_problems)
        if meta is not None:
            papers.append(meta)
    return dedupe(papers, problems, source)


def record_to_meta(
    record: Any, *, source: str, line: int | None, label: str, origin: str = "local"
) -> tuple[PaperMeta | None, list[Problem]]:
    """Validate one record. Errors skip it; unknown fields and unusable ids are warnings."""

    def problem(message: str, severity: str = "error") -> Problem:
        return Problem(source=source, line=line, message=f"{label}: {message}", severity=severity)  # type: ignore[arg-type]

    if not isinstance(record, dict):
        return None, [problem(f"expected an object, got {type(record).__name__}; skipped")]
    problems: list[Problem] = []
    unknown = sorted(set(record) - _KNOWN_FIELDS)
    if unknown:
        problems.append(problem(f"unknown field(s) ignored: {', '.join(unknown)}", "warning"))
    fields: dict[str, Any] = {"source": origin}
    title = record.get("title")
    if not isinstance(title, str) or not " ".join(title.split()):
        return None, [*problems, problem("missing or empty title; skipped")]
    fields["title"] = " ".join(title.split())
    for name in _TEXT_FIELDS[1:]:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return None, [*problems, problem(f"{name} must be text, got {type(value).__name__}; skipped")]
        fields[name] = value.strip() if name != "abstract" else " ".join(value.split())
    for name in _LIST_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            value = _split_people(value) if name == "authors" else [v for v in value.split(",")]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return None, [*problems, problem(f"{name} must be a list of text; skipped")]
        fields[name] = [" ".join(v.split()) for v in value if v.strip()]
    year = record.get("year")
    if year is not None:
        parsed = _parse_year(year)
        if parsed is None:
            return None, [*problems, problem(f"year {year!r} is not a year; skipped")]
        fields["year"] = parsed
    raw_id = record.get("arxiv_id")
    if raw_id is not None:
        arxiv_id = normalise_arxiv_id(str(raw_id)) if isinstance(raw_id, str | int | float) else None
        if arxiv_id is None:
            problems.append(problem(f"arxiv_id {raw_id!r} is not an arXiv id; ignored", "warning"))
        else:
            fields["arxiv_id"] = arxiv_id
    if "arxiv_id" not in fields and fields.get("url"):
        fields["arxiv_id"] = arxiv_id_from_url(fields["url"])
    if fields.get("arxiv_id") and not fields.get("url"):
        fields["url"] = f"https://arxiv.org/abs/{fields['arxiv_id']}"
    return PaperMeta(**fields), problems


def arxiv_id_from_url(url: str) -> str | None:
    """Only arxiv.org links count: a DOI or a random URL with digits in it is not an arXiv id."""
    lowered = url.lower()
    if "arxiv.org/" not in lowered:
        return None
    return normalise_arxiv_id(url)


def dedupe(papers: list[PaperMeta], problems: list[Problem], source: str) -> tuple[list[PaperMeta], list[Problem]]:
    """The first record for an arXiv id wins; later ones are reported, since they are usually copy-paste slips."""
    seen: dict[str, PaperMeta] = {}
    kept: list[PaperMeta] = []
    for meta in papers:
        if meta.arxiv_id and meta.arxiv_id in seen:
            problems.append(
                Problem(
                    source=source,
                    severity="warning",
                    message=f"arXiv {meta.arxiv_id} listed twice ({meta.title!r}); the first record is kept",
                )
            )
            continue
        if meta.arxiv_id:
            seen[meta.arxiv_id] = meta
        kept.append(meta)
    return kept, problems


def _parse_year(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        year = value
    elif isinstance(value, str) and value.strip().isdigit():
        year = int(value.strip())
    else:
        return None
    return year if 1000 <= year <= 2999 else None


def _split_people(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", " and ").split(" and ") if p.strip()]


def _record_lines(text: str, count: int) -> list[int]:
    """1-based line of each record of the papers array, so problems can say where a bad record is."""
    decoder = json.JSONDecoder()
    pos = _skip_ws(text, 0)
    if pos < len(text) and text[pos] == "{":
        pos = _find_papers_value(text, pos, decoder)
        if pos is None:
            return []
    if pos >= len(text) or text[pos] != "[":
        return []
    offsets: list[int] = []
    pos = _skip_ws(text, pos + 1)
    while pos < len(text) and text[pos] != "]" and len(offsets) < count:
        offsets.append(pos)
        try:
            _, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            break
        pos = _skip_ws(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
    return _offsets_to_lines(text, offsets)


def _find_papers_value(text: str, pos: int, decoder: json.JSONDecoder) -> int | None:
    pos = _skip_ws(text, pos + 1)
    while pos < len(text) and text[pos] == '"':
        key, pos = decoder.raw_decode(text, pos)
        pos = _skip_ws(text, pos)
        pos = _skip_ws(text, pos + 1)  # the colon
        if key == "papers":
            return pos
        _, pos = decoder.raw_decode(text, pos)
        pos = _skip_ws(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
    return None


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _offsets_to_lines(text: str, offsets: Iterable[int]) -> list[int]:
    lines: list[int] = []
    line, last = 1, 0
    for offset in offsets:
        line += text.count("\n", last, offset)
        last = offset
        lines.append(line)
    return lines
