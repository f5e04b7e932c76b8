"""An OptionList for thousands of rows: each option's height is known up front and its content is built
only when the option is first drawn.

A plain OptionList measures every option by wrapping its content (about 0.2 ms each), on every
`set_options` and resize: 2,000 episodes or papers cost most of a second per refresh. Here a row's height
is given by the caller (rows are cut to one line per field, so it is a count of lines), and only the
options on screen ever build their Content.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content
from textual.geometry import Size
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class LazyOption(Option):
    """An option of a known height whose prompt is built the first time it is needed."""

    def __init__(self, build: Callable[[], Content], height: int, id: str | None = None) -> None:
        super().__init__("", id=id)
        self._build: Callable[[], Content] | None = build
        self.height = height

    @property
    def prompt(self) -> Content:  # type: ignore[override]
        if self._build is not None:
            self._prompt, self._build = self._build(), None
        return self._prompt  # type: ignore[return-value]


class LazyOptionList(OptionList):
    """An OptionList that takes a LazyOption's height as given instead of measuring its content."""

    def _update_lines(self) -> None:
        # Textual's own (8.2.x) with one change: a LazyOption's height is not measured.
        if not self.scrollable_content_region:
            return
        line_cache = self._line_cache
        lines = line_cache.lines
        next_index = lines[-1][0] + 1 if lines else 0
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        if next_index < len(self.options):
            padding = self.get_component_styles("option-list--option").padding
            for index, option in enumerate(self.options[next_index:], next_index):
                line_cache.index_to_line[index] = len(lines)
                if isinstance(option, LazyOption):
                    height = option.height
                else:
                    height = self._get_visual(option).get_height(self.styles, width - padding.width)
                line_count = height + option._divider
                line_cache.heights[index] = line_count
                lines.extend([(index, line_no) for line_no in range(line_count)])
        last_divider = self.options and self.options[-1]._divider
        virtual_size = Size(width, len(lines) - (1 if last_divider else 0))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)
