"""BibTeX export: one @misc entry per paper with the arXiv eprint fields, the verdict in `note` and the user's
notes in `annote`, for Zotero and JabRef.

Values are escaped for (La)TeX: braces become \\textbraceleft{}/\\textbraceright{} because BibTeX counts
braces even after a backslash, so a stray `{` in a title could otherwise swallow the rest of the file.
"""

from __future__ import annotations

import re

from tui.core.export.bundle import ExportBundle, ExportPaper

_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL = re.compile("|".join(re.escape(ch) for ch in _ESCAPES))
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape(text: str, *, multiline: bool = False) -> str:
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SPECIAL.sub(lambda m: _ESCAPES[m.group(0)], text)
    if not multiline:
        return " ".join(text.split())
    # Blank lines end a paragraph in BibTeX field values for some tools: keep lines, drop the blank ones.
    return "\n".join(line.rstrip() for line in text.split("\n") if line.strip())


def _entry(paper: ExportPaper) -> str:
    fields: list[tuple[str, str]] = [("title", "{" + escape(paper.title) + "}")]  # inner braces keep capitals
    if paper.authors:
        fields.append(("author", " and ".join(escape(a) for a in paper.authors)))
    if paper.year:
        fields.append(("year", str(paper.year)))
    if paper.arxiv_id:
        fields += [("eprint", escape(paper.arxiv_id)), ("archivePrefix", "arXiv")]
    if paper.url:
        fields.append(("url", escape(paper.url)))
    if paper.doi:
        fields.append(("doi", escape(paper.doi)))
    verdict = f"papertui verdict: {paper.effective_verdict.value}"
    if paper.verdict and paper.verdict.reason:
        verdict += f" ({escape(paper.verdict.reason)})"
    if paper.suggested.verdict:
        verdict += f"; suggested: {paper.suggested.verdict}"
    fields.append(("note", verdict))
    notes = [escape(n.body, multiline=True) for n in paper.notes if n.body.strip()]
    if notes:
        fields.append(("annote", "\n".join(notes)))
    if paper.all_tags:
        fields.append(("keywords", ", ".join(escape(t) for t in paper.all_tags)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{paper.citekey},\n{body}\n}}\n"


def render_bibtex(bundle: ExportBundle) -> str:
    return "\n".join(_entry(paper) for paper in bundle.papers)
