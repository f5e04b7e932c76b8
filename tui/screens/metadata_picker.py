"""Choose among ambiguous metadata candidates: up/down, enter chooses, the last row is "none of these".

The matcher never applies an ambiguous match by itself (issue 4); the user decides here and the store
remembers the decision (`set_metadata_choice`), so the next start shows the chosen metadata at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.models import PaperMeta
from widgets.text import literal_line

NONE_ID = "none"


@dataclass(frozen=True)
class MetadataChoice:
    """What the user picked: a candidate's metadata, or None for "none of these"."""

    meta: PaperMeta | None


def candidate_content(meta: PaperMeta, score: float | None = None) -> Content:
    """Title on the first line; arXiv id, year, first author, source and score below (all literal)."""
    facts = [f"arXiv:{meta.arxiv_id}" if meta.arxiv_id else "no arXiv id"]
    if meta.year:
        facts.append(str(meta.year))
    if meta.authors:
        facts.append(meta.authors[0] + (" et al." if len(meta.authors) > 1 else ""))
    if meta.source:
        facts.append(meta.source)
    if score is not None:
        facts.append(f"score {score:.0f}")
    return Content("\n").join([literal_line(meta.title or "(untitled)", "bold"), literal_line(" · ".join(facts), "$text-muted")])


class MetadataPickerScreen(ModalScreen[MetadataChoice | None]):
    """Dismisses with a MetadataChoice, or None when cancelled (esc)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, paper_name: str, candidates: Sequence[tuple[PaperMeta, float | None]]) -> None:
        super().__init__(classes="dialog-screen")
        self.paper_name = paper_name
        self.candidates = [meta for meta, _ in candidates]
        self._scores = [score for _, score in candidates]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("Which paper is ") + literal_line(self.paper_name, "bold") + Content("?"), markup=False)
            options = [
                Option(candidate_content(meta, score), id=str(index))
                for index, (meta, score) in enumerate(zip(self.candidates, self._scores))
            ]
            options.append(Option(Content.styled("None of these (keep no metadata)", "italic"), id=NONE_ID))
            yield OptionList(*options, markup=False, id="metadata-candidates")
            yield Static(Content.styled("↑/↓ move · enter chooses (remembered) · esc cancels", "$text-muted"), markup=False)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == NONE_ID:
            self.dismiss(MetadataChoice(None))
        elif event.option.id is not None:
            self.dismiss(MetadataChoice(self.candidates[int(event.option.id)]))

    def action_cancel(self) -> None:
        self.dismiss(None)
