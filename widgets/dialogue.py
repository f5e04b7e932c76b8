"""The dialogue: a virtual view of an episode's turns (Line API), fast at 20,000 turns.

Only the turns on screen are styled and cut into strips; every turn's height at the current width comes
from `wrap_offsets` (cheap). Rendered turn blocks are cached per width and dropped when the theme, the
filter or the marks change. Text is user data: it is sliced into Segments, never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.models import Turn
from widgets.text import format_time, palette_index, visible, visible_line, visible_spans
from widgets.wrap import wrap_offsets

SPEAKER_COLOURS = 8
PAPER_COLOURS = 6
MARGIN = 2  # the paper-span bar
INDENT = 2  # turn text under the speaker name
Spans = list[tuple[int, int]]


@dataclass
class DialogueMarks:
    """What the analysis and the user added to the turns, by turn index."""

    paper_of_turn: dict[int, str] = field(default_factory=dict)  # paper key of the span a turn is in
    span_starts: dict[int, str] = field(default_factory=dict)  # first turn of a span -> paper name
    claims: dict[int, list[str]] = field(default_factory=dict)  # claim sentences per turn
    pushback: set[int] = field(default_factory=set)  # turns that question a claim
    notes: set[int] = field(default_factory=set)  # turns with a note


class DialogueView(ScrollView, can_focus=True):
    """Turns with speakers, times, stage directions, paper spans, claim highlights and note markers."""

    ALLOW_MAXIMIZE = True

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next turn", show=False, id="dialogue.next"),
        Binding("k,up", "cursor_up", "Previous turn", show=False, id="dialogue.previous"),
        Binding("g,home", "cursor_first", "First turn", show=False, id="dialogue.first"),
        Binding("G,end", "cursor_last", "Last turn", show=False, id="dialogue.last"),
        Binding("pagedown,space", "page_down_turns", "Page down", show=False, id="dialogue.page-down"),
        Binding("pageup", "page_up_turns", "Page up", show=False, id="dialogue.page-up"),
    ]

    COMPONENT_CLASSES = {
        *(f"dialogue--speaker-{i}" for i in range(SPEAKER_COLOURS)),
        *(f"dialogue--span-{i}" for i in range(PAPER_COLOURS)),
        "dialogue--time",
        "dialogue--stage",
        "dialogue--claim",
        "dialogue--pushback",
        "dialogue--note",
        "dialogue--match",
        "dialogue--cursor",
        "dialogue--target",
        "dialogue--empty",
    }

    DEFAULT_CSS = """
    DialogueView {
        overflow-x: hidden;
        background: $surface;
        color: $foreground;
        & > .dialogue--speaker-0 { color: $primary; text-style: bold; }
        & > .dialogue--speaker-1 { color: $secondary; text-style: bold; }
        & > .dialogue--speaker-2 { color: $accent; text-style: bold; }
        & > .dialogue--speaker-3 { color: $success; text-style: bold; }
        & > .dialogue--speaker-4 { color: $warning; text-style: bold; }
        & > .dialogue--speaker-5 { color: $error; text-style: bold; }
        & > .dialogue--speaker-6 { color: $text-primary; text-style: bold; }
        & > .dialogue--speaker-7 { color: $text-accent; text-style: bold; }
        & > .dialogue--span-0 { color: $primary; }
        & > .dialogue--span-1 { color: $accent; }
        & > .dialogue--span-2 { color: $success; }
        & > .dialogue--span-3 { color: $secondary; }
        & > .dialogue--span-4 { color: $warning; }
        & > .dialogue--span-5 { color: $error; }
        & > .dialogue--time { color: $text-muted; }
        & > .dialogue--stage { color: $text-disabled; text-style: italic; }
        & > .dialogue--claim { background: $primary 20%; text-style: underline; }
        & > .dialogue--pushback { color: $warning; text-style: bold; }
        & > .dialogue--note { color: $accent; text-style: bold; }
        & > .dialogue--match { background: $warning 40%; text-style: bold; }
        & > .dialogue--cursor { background: $boost; }
        & > .dialogue--target { background: $accent 15%; }
        & > .dialogue--empty { color: $text-muted; text-style: italic; }
        &:focus > .dialogue--cursor { background: $primary 15%; }
    }
    """

    class CursorMoved(Message):
        """The cursor is on another turn (the screen follows it with the selected paper)."""

        def __init__(self, dialogue: DialogueView, turn_index: int | None) -> None:
            super().__init__()
            self.dialogue = dialogue
            self.turn_index = turn_index

        @property
        def control(self) -> DialogueView:
            return self.dialogue

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._turns: Sequence[Turn] = ()
        self._marks = DialogueMarks()
        self._shown: list[int] = []  # positions into _turns that the filter lets through
        self._where: dict[int, int] | None = None  # turn index -> position in _shown (built on demand)
        self._match_spans: Callable[[int], Spans] | None = None  # filter matches of a turn (by index)
        self._heights: list[int] | None = None  # lines of every turn at _layout_width (filters reuse it)
        self._cursor = 0  # position into _shown
        self._target: int | None = None  # a turn index to highlight (a claim's turn)
        self._empty_text = "No episode selected."
        self._offsets: list[int] = [0]  # first line of each shown turn, then the total
        self._layout_width = -1
        self._blocks: LRUCache[tuple[int, bool], list[Strip]] = LRUCache(2048)
        self._styles: dict[str, Style] = {}
        self._base: Style | None = None
        self._blank: Strip | None = None

    # ------------------------------------------------------------------------------------- public API

    @property
    def turn_count(self) -> int:
        return len(self._turns)

    @property
    def shown_turns(self) -> list[int]:
        return [self._turns[pos].index for pos in self._shown]

    @property
    def cursor_turn(self) -> int | None:
        """The index (Turn.index) of the turn under the cursor."""
        if not self._shown:
            return None
        return self._turns[self._shown[min(self._cursor, len(self._shown) - 1)]].index

    def cursor_turn_model(self) -> Turn | None:
        if not self._shown:
            return None
        return self._turns[self._shown[min(self._cursor, len(self._shown) - 1)]]

    def set_dialogue(self, turns: Sequence[Turn], marks: DialogueMarks | None = None, empty_text: str = "") -> None:
        """Show another episode (or none); the cursor goes to its first turn."""
        self._turns = turns
        self._marks = marks or DialogueMarks()
        self._shown = list(range(len(turns)))
        self._where = None
        self._match_spans = None
        self._heights = None
        self._cursor = 0
        self._target = None
        self._empty_text = empty_text or "No episode selected."
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.post_message(self.CursorMoved(self, self.cursor_turn))

    def set_marks(self, marks: DialogueMarks) -> None:
        """New notes or analysis marks for the same turns: keeps the scroll position."""
        self._marks = marks
        self._heights = None
        self._relayout()

    def set_filter(self, shown: Iterable[int] | None, spans: Callable[[int], Spans] | None = None) -> None:
        """Show only the turns with these indices (None: all). `spans(turn_index)` gives the [start, end)
        ranges of the turn's text that matched, to highlight; it is asked only for turns on screen."""
        current = self.cursor_turn
        if shown is None:
            self._shown = list(range(len(self._turns)))
        else:
            wanted = shown if isinstance(shown, (set, frozenset)) else set(shown)
            self._shown = [pos for pos, turn in enumerate(self._turns) if turn.index in wanted]
        self._where = None
        self._match_spans = spans
        self._cursor = 0
        self._relayout()
        if current is not None and self.go_to_turn(current, post=False):
            return
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.post_message(self.CursorMoved(self, self.cursor_turn))

    def go_to_turn(self, turn_index: int, *, highlight: bool = False, post: bool = True) -> bool:
        """Move the cursor to a turn and scroll it to the top; False when the turn is not shown."""
        position = self._position_of(turn_index)
        if position is None:
            return False
        if highlight and self._target != turn_index:
            self._target = turn_index
            self._blocks.clear()
        self._move_cursor(position, top=True, post=post)
        return True

    def clear_target(self) -> None:
        self._target = None
        self._blocks.clear()
        self.refresh()

    # ---------------------------------------------------------------------------------------- actions

    def action_cursor_down(self) -> None:
        self._move_cursor(self._cursor + 1)

    def action_cursor_up(self) -> None:
        self._move_cursor(self._cursor - 1)

    def action_cursor_first(self) -> None:
        self._move_cursor(0)

    def action_cursor_last(self) -> None:
        self._move_cursor(len(self._shown) - 1)

    def action_page_down_turns(self) -> None:
        self._page(+1)

    def action_page_up_turns(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        if not self._shown:
            return
        height = max(1, self.scrollable_content_region.height)
        target_line = max(0, min(self._offsets[-1] - 1, int(self.scroll_y) + direction * height))
        self.scroll_to(y=min(target_line, max(0, self._offsets[-1] - height)), animate=False, immediate=True)
        position = bisect_right(self._offsets, target_line) - 1
        self._move_cursor(max(0, min(position, len(self._shown) - 1)), scroll=False)

    def on_click(self, event: events.Click) -> None:
        line = int(self.scroll_y) + event.y
        position = bisect_right(self._offsets, line) - 1
        if 0 <= position < len(self._shown):
            self._move_cursor(position)

    # ------------------------------------------------------------------------------------ cursor logic

    def _position_of(self, turn_index: int) -> int | None:
        if self._where is None:
            turns = self._turns
            self._where = {turns[pos].index: position for position, pos in enumerate(self._shown)}
        return self._where.get(turn_index)

    def _move_cursor(self, position: int, *, top: bool = False, scroll: bool = True, post: bool = True) -> None:
        if not self._shown:
            return
        position = max(0, min(position, len(self._shown) - 1))
        changed = position != self._cursor
        self._cursor = position
        if scroll:
            first, after = self._offsets[position], self._offsets[position + 1]
            if top:
                self.scroll_to(y=first, animate=False, immediate=True)
            else:
                width = self.scrollable_content_region.width
                self.scroll_to_region(Region(0, first, width, after - first), animate=False, immediate=True)
        self.refresh()
        if post and (changed or top):
            self.post_message(self.CursorMoved(self, self.cursor_turn))

    # -------------------------------------------------------------------------------------- layout

    def _text_width(self, width: int) -> int:
        return max(8, width - MARGIN - INDENT)

    def _turn_heights(self, text_width: int) -> list[int]:
        """Lines of every turn (not only the shown ones) at this width: measured once per width and marks,
        so narrowing by a filter is only a sum, even at 20,000 turns."""
        if self._heights is not None:
            return self._heights
        starts = self._marks.span_starts
        heights = []
        for turn in self._turns:
            text = turn.text
            lines = 1 if len(text) <= text_width and "\n" not in text and text.isascii() else len(
                wrap_offsets(visible(text), text_width)
            )
            heights.append(lines + 2 + (1 if turn.index in starts else 0))
        self._heights = heights
        return heights

    def _relayout(self) -> None:
        """Line offsets of every shown turn at the current width; the rendered blocks are dropped."""
        width = self.scrollable_content_region.width or self.size.width or 80
        if width != self._layout_width:
            self._heights = None
        heights = self._turn_heights(self._text_width(width))
        offsets = [0]
        total = 0
        append = offsets.append
        for pos in self._shown:
            total += heights[pos]
            append(total)
        self._offsets = offsets
        self._layout_width = width
        self._blocks.clear()
        self._blank = None
        self.virtual_size = Size(width, max(total, 1))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._fit_width()

    def watch_show_vertical_scrollbar(self, shown: bool) -> None:
        """The scrollbar came or went: the text has that much less (more) room, and no Resize event says
        so. Without this the turns stay wrapped for the old width (a start-up race: the scrollbar appears
        once the first episode is laid out)."""
        if self.is_attached:
            self._fit_width()

    def _fit_width(self) -> None:
        """Lay the turns out again when the room for text changed, keeping the cursor's turn in view."""
        width = self.scrollable_content_region.width
        if width != self._layout_width:
            turn = self.cursor_turn
            self._relayout()
            if turn is not None:
                position = self._position_of(turn)
                if position is not None:
                    self.scroll_to(y=self._offsets[position], animate=False, immediate=True)

    def notify_style_update(self) -> None:
        """The theme (or CSS) changed. Textual resolves the component styles just after this call, so
        drop the old ones now and resolve the new ones next, before the next page is rendered."""
        super().notify_style_update()
        self._styles = {}
        self._base = None
        self._blocks.clear()
        self._blank = None
        if self.is_attached:
            self.call_next(self.warm_styles)

    def on_mount(self) -> None:
        self.warm_styles()

    def warm_styles(self) -> None:
        """Resolve every component style once (theme variables, partial styles). Rendering then only reads
        this dict; without it the first page after start or a theme change pays for the whole setup."""
        self._blocks.clear()
        self._blank = None
        self._base = None
        self._styles = {}
        if not self.is_attached or not all(name in self._component_styles for name in self.COMPONENT_CLASSES):
            return  # not styled yet: render resolves lazily, and the next style update warms
        self._styles = {name: self.get_component_rich_style(name, partial=True) for name in self.COMPONENT_CLASSES}
        self._base = self.rich_style
        self.refresh()

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(name, partial=True)
        return style

    @property
    def _base_style(self) -> Style:
        base = self._base
        if base is None:
            base = self._base = self.rich_style
        return base

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if not self._shown:
            base = self._base_style
            if y == 1:
                message = self._empty_text if not self._turns else "No turn matches the filter."
                text = Strip([Segment("  " + visible_line(message), base + self._style("dialogue--empty"))])
                return text.adjust_cell_length(width, base)
            return Strip.blank(width, base)
        line = int(self.scroll_y) + y
        offsets = self._offsets
        if line >= offsets[-1]:
            return self._blank_line(width)
        position = bisect_right(offsets, line) - 1
        block = self._block(position, width)
        row = line - offsets[position]
        return block[row] if row < len(block) else self._blank_line(width)

    def _blank_line(self, width: int) -> Strip:
        blank = self._blank
        if blank is None or blank.cell_length != width:
            blank = self._blank = Strip.blank(width, self._base_style)
        return blank

    def _block(self, position: int, width: int) -> list[Strip]:
        key = (self._shown[position], position == self._cursor)
        block = self._blocks.get(key)
        if block is None or (block and block[0].cell_length != width):
            block = self._render_turn(self._turns[key[0]], width, cursor=key[1])
            self._blocks[key] = block
        return block

    def on_focus(self, event: events.Focus) -> None:
        self._restyle_after_focus_change()

    def on_blur(self, event: events.Blur) -> None:
        self._restyle_after_focus_change()

    def _restyle_after_focus_change(self) -> None:
        """The cursor colour depends on :focus, which Textual restyles after this event (without telling
        notify_style_update): render lazily meanwhile, and warm again once the new styles are in."""
        self._styles = {}
        self._blocks.clear()
        self.call_after_refresh(self.warm_styles)

    def _render_turn(self, turn: Turn, width: int, *, cursor: bool = False) -> list[Strip]:
        """The lines of one turn: optional paper label, header, wrapped text, a blank line."""
        base = self._base_style
        if cursor:
            base = base + self._style("dialogue--cursor")
        marks = self._marks
        style = self._style
        paper = marks.paper_of_turn.get(turn.index)
        bar_style = base + style(f"dialogue--span-{palette_index(paper, PAPER_COLOURS)}") if paper else base
        bar = [Segment("┃ ", bar_style)] if paper else [Segment("  ", base)]
        if turn.index == self._target:
            base = base + style("dialogue--target")
        lines: list[list[Segment]] = []

        label = marks.span_starts.get(turn.index)
        if label is not None:
            lines.append([Segment("┏━", bar_style), Segment(" " + visible_line(label) + " ", bar_style + Style(bold=True))])

        speaker_style = base + style(f"dialogue--speaker-{palette_index(turn.speaker, SPEAKER_COLOURS)}")
        header = [*bar, Segment(visible_line(turn.speaker) or "?", speaker_style)]
        stamp = format_time(turn.start)
        if stamp:
            header.append(Segment("  " + stamp, base + style("dialogue--time")))
        if turn.stage_directions:
            stage = " ".join(f"({visible_line(direction)})" for direction in turn.stage_directions)
            header.append(Segment("  " + stage, base + style("dialogue--stage")))
        if turn.index in marks.pushback:
            header.append(Segment("  ⚑ pushback", base + style("dialogue--pushback")))
        claims = marks.claims.get(turn.index, [])
        if claims:
            header.append(Segment(f"  ◆ {len(claims)} claim{'s' if len(claims) != 1 else ''}", base + style("dialogue--time")))
        if turn.index in marks.notes:
            header.append(Segment("  ✎ note", base + style("dialogue--note")))
        lines.append(header)

        text = visible(turn.text)
        spans = self._highlights(turn.index, turn.text, text, claims)
        text_width = self._text_width(width)
        for start, end in wrap_offsets(text, text_width):
            lines.append([*bar, Segment(" " * INDENT, base), *_styled_slice(text, start, end, spans, base)])
        lines.append(list(bar))
        return [Strip(segments).adjust_cell_length(width, base) for segments in lines]

    def _highlights(self, turn_index: int, raw: str, text: str, claims: list[str]) -> list[tuple[int, int, Style]]:
        """Claim sentences and filter matches, as ranges of the visible text."""
        spans: list[tuple[int, int, Style]] = []
        claim_style = self._style("dialogue--claim")
        for claim in claims:
            needle = visible(claim)
            start = text.find(needle)
            if start < 0:
                start = text.casefold().find(needle.casefold())
            if start >= 0:
                spans.append((start, start + len(needle), claim_style))
        matched = self._match_spans
        if matched is not None:
            match_style = self._style("dialogue--match")
            for start, end in visible_spans(raw, matched(turn_index)):
                spans.append((start, end, match_style))
        return spans


def _styled_slice(text: str, start: int, end: int, spans: list[tuple[int, int, Style]], base: Style) -> list[Segment]:
    """Segments for text[start:end] with the highlight spans that overlap it layered on the base style."""
    if not spans:
        return [Segment(text[start:end], base)]
    cuts = {start, end}
    for span_start, span_end, _ in spans:
        if span_start < end and span_end > start:
            cuts.add(max(start, span_start))
            cuts.add(min(end, span_end))
    points = sorted(cuts)
    segments = []
    for left, right in zip(points, points[1:]):
        style = base
        for span_start, span_end, span_style in spans:
            if span_start <= left and span_end >= right:
                style = style + span_style
        segments.append(Segment(text[left:right], style))
    return segments
