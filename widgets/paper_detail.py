"""The paper detail pane: metadata, the user's verdict and the suggestion, where it is discussed, its note."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.core.models import LibraryPaper, Note, VerdictRecord
from widgets.text import literal, literal_line


@dataclass
class PaperDetailData:
    paper: LibraryPaper
    verdict: VerdictRecord | None = None
    notes: list[Note] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    metadata_status: str = ""  # e.g. "from the local catalog", "looking up on arXiv…", "offline"


def _heading(text: str) -> Content:
    return Content.styled(text, "bold $text-primary")


def detail_content(data: PaperDetailData | None) -> Content:
    """Everything the pane shows, as literal Content (titles, abstracts and notes are user data)."""
    if data is None:
        return Content.styled("Select a paper on the board to see its details.", "italic $text-muted")
    paper = data.paper
    meta = paper.meta
    lines: list[Content] = [literal_line(meta.title if meta else paper.name, "bold")]
    if meta is not None:
        if meta.authors:
            authors = ", ".join(meta.authors[:6]) + (" et al." if len(meta.authors) > 6 else "")
            lines.append(literal_line(authors, "$text-muted"))
        facts = [str(meta.year)] if meta.year else []
        if meta.arxiv_id:
            facts.append(f"arXiv:{meta.arxiv_id}")
        if meta.venue:
            facts.append(meta.venue)
        if facts:
            lines.append(literal_line(" · ".join(facts), "$text-muted"))
        url = meta.url or (f"https://arxiv.org/abs/{meta.arxiv_id}" if meta.arxiv_id else None)
        if url:
            lines.append(Content.styled("link: ", "$text-muted") + literal_line(url, "underline $text-accent") + Content.styled("  (o opens)", "$text-muted"))
    else:
        lines.append(Content.styled("No metadata yet (m looks it up).", "italic $text-muted"))
    if data.metadata_status:
        lines.append(literal_line(data.metadata_status, "italic $text-muted"))
    if paper.aliases:
        lines.append(Content.styled("also: ", "$text-muted") + literal_line(", ".join(paper.aliases[:6])))

    lines.append(Content(""))
    chosen = data.verdict.verdict.value if data.verdict else "unsorted"
    lines.append(_heading("Verdict ") + Content.styled(chosen, "bold"))
    if data.verdict and data.verdict.reason:
        lines.append(Content.styled("because: ", "$text-muted") + literal(data.verdict.reason))
    suggestion = paper.suggested
    if suggestion.verdict:
        lines.append(
            Content.styled("suggested: ", "$text-muted")
            + Content.styled(f"{suggestion.verdict} ({suggestion.confidence:.0%})", "$text-accent")
        )
        for evidence in suggestion.evidence[:3]:
            lines.append(Content.styled(f"  t{evidence.turn}: ", "$text-muted") + literal_line(f"“{evidence.quote}”", "italic"))
    else:
        lines.append(Content.styled("no suggestion from the discussion", "$text-muted"))
    if data.tags:
        lines.append(Content.styled("tags: ", "$text-muted") + literal_line(" ".join(f"#{tag}" for tag in data.tags), "$text-secondary"))

    if meta is not None and meta.abstract:
        lines.append(Content(""))
        lines.append(_heading("Abstract"))
        lines.append(literal(meta.abstract))

    lines.append(Content(""))
    lines.append(_heading(f"Discussed in {paper.episode_count} episode{'s' if paper.episode_count != 1 else ''}"))
    for discussion in paper.discussions:
        claims = discussion.claim_count
        lines.append(
            Content("• ")
            + literal_line(discussion.episode_title or discussion.source)
            + Content.styled(f"  {claims} claim{'s' if claims != 1 else ''}", "$text-muted")
        )

    lines.append(Content(""))
    paper_notes = [note for note in data.notes if note.target.kind == "paper"]
    other_notes = [note for note in data.notes if note.target.kind != "paper"]
    lines.append(_heading("Note ✎" if paper_notes else "Note") + Content.styled("  (n edits)", "$text-muted"))
    if paper_notes:
        lines.append(literal(paper_notes[0].body.strip() or "(empty)"))
    else:
        lines.append(Content.styled("none yet", "italic $text-muted"))
    if other_notes:
        lines.append(Content.styled(f"+ {len(other_notes)} note(s) on claims and turns", "$text-muted"))
    return Content("\n").join(lines)


class PaperDetail(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    PaperDetail {
        height: 1fr;
        padding: 0 1;
        & > Static { width: 1fr; }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.data: PaperDetailData | None = None

    def compose(self) -> ComposeResult:
        yield Static(detail_content(None), markup=False, id="detail-body")

    def show(self, data: PaperDetailData | None) -> None:
        self.data = data
        self.query_one("#detail-body", Static).update(detail_content(data))
