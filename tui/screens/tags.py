"""Edit a paper's tags: space- or comma-separated words."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from widgets.text import literal_line


def parse_tags(text: str) -> list[str]:
    """`#vision, long-context  video` -> ["vision", "long-context", "video"] (order kept, duplicates dropped)."""
    tags: list[str] = []
    for word in text.replace(",", " ").split():
        tag = word.lstrip("#").strip()
        if tag and tag not in tags:
            tags.append(tag)
    return tags


class TagsScreen(ModalScreen[list[str] | None]):
    BINDINGS = [Binding("escape", "dismiss_none", "Cancel", show=False)]

    def __init__(self, paper_name: str, tags: list[str]) -> None:
        super().__init__(classes="dialog-screen")
        self.paper_name = paper_name
        self.tags = tags

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("Tags of ") + literal_line(self.paper_name, "bold"), markup=False)
            yield Input(" ".join(self.tags), placeholder="vision long-context … — enter saves, esc cancels", id="tags-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(parse_tags(event.value))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
