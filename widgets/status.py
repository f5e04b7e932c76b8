"""The status line: what long work is running (scan, metadata), how far it is, and how to cancel it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import ProgressBar, Static

from widgets.text import literal_line


class StatusBar(Horizontal):
    DEFAULT_CSS = """
    StatusBar {
        height: 1;
        background: $panel;
        color: $text-muted;
        padding: 0 1;
        & > #status-text { width: 1fr; height: 1; }
        & > ProgressBar { width: 30; height: 1; display: none; }
        &.-busy > ProgressBar { display: block; }
    }
    """

    def __init__(self, message: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._first_message = message

    def compose(self) -> ComposeResult:
        yield Static(literal_line(self._first_message), id="status-text")
        yield ProgressBar(total=None, show_eta=False, show_percentage=True, id="status-progress")

    def show_message(self, text: str) -> None:
        """A one-line message (user text allowed: rendered literally)."""
        self.remove_class("-busy")
        self._set_text(literal_line(text))

    def show_progress(self, label: str, done: int, total: int | None, hint: str = "") -> None:
        self.add_class("-busy")
        text = literal_line(label)
        if hint:
            text = text + Content.styled("  " + hint, "$text-muted")
        self._set_text(text)
        self.query_one("#status-progress", ProgressBar).update(total=total, progress=done)

    def _set_text(self, text: Content) -> None:
        # The text's box is fixed (1fr x 1 line), so a new text needs no layout: a layout pass reflows and
        # repaints the whole screen, which during a scan (progress ten times a second) costs the scan itself.
        self.query_one("#status-text", Static).update(text, layout=False)
