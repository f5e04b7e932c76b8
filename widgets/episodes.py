"""The episode picker: one row per transcript of the library."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from widgets.lazy_options import LazyOption, LazyOptionList
from widgets.text import highlighted


@dataclass(frozen=True)
class EpisodeRow:
    key: str
    title: str
    papers: int
    turns: int
    has_note: bool = False
    analysed: bool = True


def episode_content(
    row: EpisodeRow, spans: list[tuple[int, int]] | None = None, width: int | None = None
) -> Content:
    """Title (with a note marker) over papers and turns; at a known width each line is cut to it."""
    title = highlighted(row.title, spans or [], "bold", one_line=True) if row.title else Content.styled("(untitled)", "bold")
    if row.has_note:
        title = title + Content.styled(" ✎", "$accent")
    papers = f"{row.papers} paper{'s' if row.papers != 1 else ''}" if row.analysed else "not analysed"
    detail = Content.styled(f"{papers} · {row.turns} turns", "$text-muted")
    lines = [title, detail]
    if width is not None:
        lines = [line.truncate(max(4, width), ellipsis=True) for line in lines]
    return Content("\n").join(lines)


def episode_option(row: EpisodeRow, spans: list[tuple[int, int]] | None, width: int | None) -> Option:
    """A row as an option: two lines once the width is known (lines are cut to it), built when drawn."""
    if width is None:
        return Option(episode_content(row, spans), id=row.key)
    return LazyOption(partial(episode_content, row, spans, width), 2, id=row.key)


class EpisodeList(LazyOptionList):
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
        old, self.rows = self.rows, list(rows)
        if self._grew(old) and (current is None or self.highlighted_key == current):
            # A scan adding episodes: append the new rows, leave the shown ones (and the cursor) as they are.
            width = self.scrollable_content_region.width - 2
            self.add_options(episode_option(row, None, width) for row in self.rows[len(old):])
            return
        self._render_rows(current)

    def _grew(self, old: list[EpisodeRow]) -> bool:
        """The rows only gained some at the end, unfiltered, and the shown options are exactly the old rows."""
        return (
            bool(old)
            and len(self.rows) > len(old)
            and self._shown is None
            and self.size.width > 0
            and self.option_count == len(old)
            and self.rows[: len(old)] == old
        )

    @property
    def highlighted_key(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

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
        width = self.scrollable_content_region.width - 2 if self.size.width else None
        self.set_options(episode_option(row, self._spans.get(row.key), width) for row in rows)
        index = next((i for i, row in enumerate(rows) if row.key == current), 0)
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = index

    def on_resize(self) -> None:
        """Rows are cut to the width: cut them again, keeping the cursor on its episode."""
        if self.rows:
            self._render_rows(self.highlighted_key)

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
