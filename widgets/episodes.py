"""The episode picker: one row per transcript of the library."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from widgets.text import highlighted


@dataclass(frozen=True)
class EpisodeRow:
    key: str
    title: str
    papers: int
    turns: int
    has_note: bool = False
    analysed: bool = True


def episode_content(row: EpisodeRow, spans: list[tuple[int, int]] | None = None) -> Content:
    title = highlighted(row.title, spans or [], "bold", one_line=True) if row.title else Content.styled("(untitled)", "bold")
    if row.has_note:
        title = title + Content.styled(" ✎", "$accent")
    papers = f"{row.papers} paper{'s' if row.papers != 1 else ''}" if row.analysed else "not analysed"
    detail = Content.styled(f"{papers} · {row.turns} turns", "$text-muted")
    return Content("\n").join([title, detail])


class EpisodeList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="episodes.down"),
        Binding("k", "cursor_up", "Up", show=False, id="episodes.up"),
        Binding("g", "first", "First", show=False, id="episodes.first"),
        Binding("G", "last", "Last", show=False, id="episodes.last"),
    ]

    DEFAULT_CSS = """
    EpisodeList {
        height: 1fr;
        border: none;
        &:focus { border: none; }
        & > .option-list--option { padding: 0 1; }
    }
    """

    class EpisodeChosen(Message):
        def __init__(self, episode_key: str) -> None:
            super().__init__()
            self.episode_key = episode_key

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(markup=False, id=id, classes=classes)
        self.rows: list[EpisodeRow] = []
        self._shown: set[str] | None = None
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def show_rows(self, rows: Sequence[EpisodeRow], current: str | None = None) -> None:
        self.rows = list(rows)
        self._render_rows(current)

    def set_filter(
        self, keys: set[str] | None, current: str | None = None, spans: dict[str, list[tuple[int, int]]] | None = None
    ) -> None:
        """Show only these episodes (None: all), highlighting the matched ranges of their titles."""
        self._shown = keys
        self._spans = spans or {}
        self._render_rows(current)

    def _render_rows(self, current: str | None) -> None:
        rows = [row for row in self.rows if self._shown is None or row.key in self._shown]
        if not rows:
            self.set_options([Option(Content.styled("No episodes.", "italic $text-muted"), disabled=True)])
            return
        self.set_options(Option(episode_content(row, self._spans.get(row.key)), id=row.key) for row in rows)
        index = next((i for i, row in enumerate(rows) if row.key == current), 0)
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = index

    def select_key(self, key: str) -> None:
        try:
            index = self.get_option_index(key)
        except Exception:  # noqa: BLE001 - the episode may be filtered out
            return
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = index

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id and self.has_focus:
            self.post_message(self.EpisodeChosen(event.option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EpisodeChosen(event.option.id))
