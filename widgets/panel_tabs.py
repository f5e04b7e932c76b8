"""The tab strip shown on narrow terminals, where the dashboard shows one panel at a time."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static


def tabs_content(titles: Sequence[tuple[str, str]], current: str) -> Content:
    parts = []
    for number, (panel_id, title) in enumerate(titles, start=1):
        label = f" {number} {title} "
        parts.append(Content.styled(label, "reverse bold $primary" if panel_id == current else "$text-muted"))
    parts.append(Content.styled("  tab: next panel", "$text-muted"))
    return Content("").join(parts)


class PanelTabs(Static):
    DEFAULT_CSS = """
    PanelTabs { height: 1; background: $panel; }
    """

    def __init__(self, titles: Sequence[tuple[str, str]], *, id: str | None = None) -> None:
        super().__init__("", markup=False, id=id)
        self.titles = list(titles)

    def show_current(self, current: str) -> None:
        self.update(tabs_content(self.titles, current))
