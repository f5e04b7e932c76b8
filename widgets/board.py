"""The verdict board: Unsorted / Deploy-ready / Research-only / Skip, one card per paper.

The board renders `BoardCard`s handed to it and reports what the user highlights or moves; the screen
writes verdicts to the store. Cards show the chosen verdict (the column) beside the suggested one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.models import Verdict
from widgets.lazy_options import LazyOption, LazyOptionList
from widgets.text import highlighted, literal_line

COLUMNS: tuple[Verdict, ...] = (Verdict.UNSORTED, Verdict.DEPLOY_READY, Verdict.RESEARCH_ONLY, Verdict.SKIP)
COLUMN_TITLES = {
    Verdict.UNSORTED: "Unsorted",
    Verdict.DEPLOY_READY: "Deploy-ready",
    Verdict.RESEARCH_ONLY: "Research-only",
    Verdict.SKIP: "Skip",
}
SHORT_TITLES = {
    Verdict.UNSORTED: "Unsorted",
    Verdict.DEPLOY_READY: "Deploy",
    Verdict.RESEARCH_ONLY: "Research",
    Verdict.SKIP: "Skip",
}
SHORT = {"deploy-ready": "deploy", "research-only": "research", "skip": "skip", "unsorted": "unsorted"}
TINY = {"deploy-ready": "dep", "research-only": "res", "skip": "skip", "unsorted": "uns"}
# The suggestion line's mark: not decided yet (a hint), agreed with, or overruled by the user's choice.
MARKS = {"hint": ("→", "$text-accent"), "agreed": ("✓", "$text-success"), "overruled": ("≠", "$text-warning")}


@dataclass(frozen=True)
class BoardCard:
    """What a card shows about one paper."""

    key: str
    name: str
    verdict: Verdict = Verdict.UNSORTED
    suggested: str | None = None  # a Verdict value, or None when the analysis makes no call
    episodes: int = 0
    claims: int = 0
    has_note: bool = False
    tags: tuple[str, ...] = field(default_factory=tuple)
    confidence: float | None = None  # of the suggestion, 0..1


def suggestion_text(card: BoardCard, width: int | None = None) -> tuple[str, str] | None:
    """The suggested-vs-chosen line, as short as the column needs: "→ deploy 95%", "→ dep 95%", "→ dep".
    The mark says: → not decided yet, ✓ you agreed, ≠ you chose otherwise (the column is your choice)."""
    if not card.suggested:
        return None
    if card.verdict == Verdict.UNSORTED:
        mark, style = MARKS["hint"]
    elif card.verdict.value == card.suggested:
        mark, style = MARKS["agreed"]
    else:
        mark, style = MARKS["overruled"]
    percent = f" {card.confidence:.0%}" if card.confidence else ""
    words = (SHORT.get(card.suggested, card.suggested), TINY.get(card.suggested, card.suggested))
    choices = [f"{mark} {word}{percent}" for word in words] + [f"{mark} {words[1]}"]
    for text in choices:
        if width is None or len(text) <= width:
            return text, style
    return choices[-1], style


def card_content(card: BoardCard, width: int | None = None, spans: list[tuple[int, int]] | None = None) -> Content:
    """Lines cut to the column: note marker + name, counts, suggested vs chosen, tags. The note marker
    comes first and the suggestion has its own line, so neither is cut away in a narrow column."""
    name_spans = [(start, end) for start, end in spans or [] if end <= len(card.name)]
    first = (Content.styled("✎ ", "$accent") if card.has_note else Content("")) + highlighted(
        card.name, name_spans, "bold", one_line=True
    )
    lines = [first, Content.styled(f"{card.episodes} ep · {card.claims} cl", "$text-muted")]
    suggestion = suggestion_text(card, width)
    if suggestion is not None:
        lines.append(Content.styled(*suggestion))
    if card.tags:
        lines.append(literal_line(" ".join(f"#{tag}" for tag in card.tags), "$text-secondary"))
    if width is not None:
        lines = [line.truncate(max(4, width), ellipsis=True) for line in lines]
    return Content("\n").join(lines)


def card_option(card: BoardCard, width: int | None, spans: list[tuple[int, int]] | None) -> Option:
    """A card as an option; at a known width its lines are cut to it, so its height is its line count."""
    if width is None:
        return Option(card_content(card, width, spans), id=card.key)
    height = 2 + (suggestion_text(card, width) is not None) + bool(card.tags)
    return LazyOption(partial(card_content, card, width, spans), height, id=card.key)


class BoardColumn(LazyOptionList):
    """One verdict column. Left/right hand the cursor to the neighbour column."""

    BINDINGS = [
        Binding("left,h", "neighbour(-1)", "Column left", show=False, id="board.left"),
        Binding("right,l", "neighbour(1)", "Column right", show=False, id="board.right"),
        Binding("j", "cursor_down", "Down", show=False, id="board.down"),
        Binding("k", "cursor_up", "Up", show=False, id="board.up"),
        Binding("g", "first", "First", show=False, id="board.first"),
        Binding("G", "last", "Last", show=False, id="board.last"),
    ]

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(markup=False, id=f"column-{verdict.value}", classes="board-column")
        self.verdict = verdict
        self.cards: list[BoardCard] = []
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self.border_title = COLUMN_TITLES[verdict]

    def show_cards(
        self, cards: list[BoardCard], keep: str | None = None, spans: dict[str, list[tuple[int, int]]] | None = None
    ) -> None:
        self.cards = cards
        self._spans = spans or {}
        highlighted = keep if keep is not None else self.highlighted_key
        width = self.scrollable_content_region.width - 2 if self.size.width else None
        self.set_options(card_option(card, width, self._spans.get(card.key)) for card in cards)
        self.border_title = f"{SHORT_TITLES[self.verdict]} {len(cards)}"
        if highlighted is not None and any(card.key == highlighted for card in cards):
            self.highlighted = next(i for i, card in enumerate(cards) if card.key == highlighted)
        elif cards:
            self.highlighted = 0

    @property
    def highlighted_key(self) -> str | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.cards)):
            return None
        return self.cards[self.highlighted].key

    def on_resize(self) -> None:
        if self.cards:
            self.show_cards(self.cards, spans=self._spans)

    def action_neighbour(self, step: int) -> None:
        self.post_message(VerdictBoard.ColumnStep(self, step))


class VerdictBoard(Horizontal):
    """Four columns of paper cards."""

    DEFAULT_CSS = """
    VerdictBoard {
        height: 1fr;
        & > BoardColumn {
            width: 1fr;
            height: 1fr;
            border: round $panel-lighten-2;
            border-title-color: $text-muted;
            padding: 0;
            &:focus { border: round $primary; border-title-color: $text; }
            & > .option-list--option { padding: 0 1; }
        }
    }
    """

    class PaperHighlighted(Message):
        def __init__(self, paper_key: str) -> None:
            super().__init__()
            self.paper_key = paper_key

    class ColumnStep(Message):
        def __init__(self, column: BoardColumn, step: int) -> None:
            super().__init__()
            self.column = column
            self.step = step

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._cards: list[BoardCard] = []
        self._shown: set[str] | None = None
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._selected: str | None = None

    def compose(self) -> ComposeResult:
        for verdict in COLUMNS:
            yield BoardColumn(verdict)

    @property
    def columns(self) -> list[BoardColumn]:
        return list(self.query(BoardColumn))

    def column(self, verdict: Verdict) -> BoardColumn:
        return self.query_one(f"#column-{verdict.value}", BoardColumn)

    @property
    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def card(self, key: str) -> BoardCard | None:
        return next((card for card in self._cards if card.key == key), None)

    def set_cards(self, cards: Sequence[BoardCard]) -> None:
        self._cards = list(cards)
        self._refresh_columns()

    def update_card(self, card: BoardCard) -> None:
        self._cards = [card if existing.key == card.key else existing for existing in self._cards]
        self._refresh_columns()

    def set_filter(self, keys: set[str] | None, spans: dict[str, list[tuple[int, int]]] | None = None) -> None:
        """Show only these papers (None: all), highlighting the matched ranges of their names."""
        self._shown = keys
        self._spans = spans or {}
        self._refresh_columns()

    def _refresh_columns(self) -> None:
        for column in self.columns:
            cards = [c for c in self._cards if c.verdict == column.verdict and (self._shown is None or c.key in self._shown)]
            keep = self._selected if any(c.key == self._selected for c in cards) else None
            column.show_cards(cards, keep=keep, spans=self._spans)

    def select(self, paper_key: str, *, focus: bool = False) -> None:
        """Put the cursor on a paper's card (in whichever column it is)."""
        self._selected = paper_key
        for column in self.columns:
            for index, card in enumerate(column.cards):
                if card.key == paper_key:
                    with column.prevent(OptionList.OptionHighlighted):
                        column.highlighted = index
                    if focus or (self.has_focus_within and not column.has_focus):
                        column.focus()
                    return

    @property
    def selected(self) -> str | None:
        return self._selected

    def focus_board(self) -> None:
        """Focus the column holding the selected card, else the first non-empty column."""
        for column in self.columns:
            if self._selected is not None and any(c.key == self._selected for c in column.cards):
                column.focus()
                return
        for column in self.columns:
            if column.cards:
                column.focus()
                return
        self.columns[0].focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id and event.option_list.has_focus:
            self._selected = event.option.id
            self.post_message(self.PaperHighlighted(event.option.id))

    def on_descendant_focus(self) -> None:
        focused = self.screen.focused
        if isinstance(focused, BoardColumn) and focused.highlighted_key:
            if focused.highlighted_key != self._selected:
                self._selected = focused.highlighted_key
                self.post_message(self.PaperHighlighted(focused.highlighted_key))

    def on_verdict_board_column_step(self, event: VerdictBoard.ColumnStep) -> None:
        event.stop()
        columns = self.columns
        index = columns.index(event.column)
        row = event.column.highlighted or 0
        target = index + event.step
        while 0 <= target < len(columns):
            if columns[target].cards:
                column = columns[target]
                column.focus()
                column.highlighted = min(row, len(column.cards) - 1)
                return
            target += event.step
