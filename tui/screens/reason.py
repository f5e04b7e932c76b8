"""Set a verdict with a reason: pick the verdict, type why, enter saves."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.models import Verdict
from widgets.board import COLUMN_TITLES, COLUMNS
from widgets.text import literal_line


class ReasonScreen(ModalScreen[tuple[Verdict, str] | None]):
    BINDINGS = [
        Binding("escape", "dismiss_none", "Cancel", show=False),
        # Typing the reason keeps the focus in the input: up/down still pick the verdict.
        Binding("up", "pick(-1)", "Previous verdict", show=False),
        Binding("down", "pick(1)", "Next verdict", show=False),
    ]

    def __init__(self, paper_name: str, current: Verdict, reason: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.paper_name = paper_name
        self.current = current
        self.reason = reason

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("Verdict for ") + literal_line(self.paper_name, "bold"), markup=False)
            yield OptionList(*(Option(Content(COLUMN_TITLES[v]), id=v.value) for v in COLUMNS), markup=False, id="reason-verdict")
            yield Input(self.reason, placeholder="why? (optional) — enter saves, esc cancels", id="reason-text")

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = COLUMNS.index(self.current)
        self.query_one(Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        index = self.query_one(OptionList).highlighted or 0
        self.dismiss((COLUMNS[index], event.value.strip()))

    def action_pick(self, step: int) -> None:
        options = self.query_one(OptionList)
        options.highlighted = max(0, min(len(COLUMNS) - 1, (options.highlighted or 0) + step))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
