"""`?`: a searchable reference of every key, generated from the same commands as the bindings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.commands import WIDGET_KEYS, Command


def key_rows(commands: Sequence[type[Command]], keymap: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(key, title, help) for every command, then the keys widgets handle themselves."""
    rows = [(command.key_display(keymap), command.TITLE, command.help()) for command in commands]
    rows.extend((keys, "", description) for keys, description in WIDGET_KEYS)
    return rows


def row_content(key: str, title: str, help_text: str) -> Content:
    line = Content.styled(f"{key:>14}", "bold $text-accent") + Content("  ")
    if title:
        line = line + Content.styled(title, "bold") + Content(" — ")
    return line + Content(help_text)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape", "dismiss", "Close", show=False)]

    def __init__(self, commands: Sequence[type[Command]], keymap: Mapping[str, str]) -> None:
        super().__init__(classes="dialog-screen")
        self.rows = key_rows(commands, keymap)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Static(Content.styled("Keys", "bold") + Content.styled("  (type to search, esc closes; ctrl+p runs any action by name)", "$text-muted"), markup=False)
            yield Input(placeholder="search keys and actions", id="help-search")
            yield OptionList(markup=False, id="help-keys")

    def on_mount(self) -> None:
        self.show_rows("")
        self.query_one(Input).focus()

    def show_rows(self, query: str) -> None:
        words = query.casefold().split()
        rows = [row for row in self.rows if all(word in " ".join(row).casefold() for word in words)]
        options = [Option(row_content(*row)) for row in rows] or [Option(Content.styled("No key matches.", "italic $text-muted"), disabled=True)]
        self.query_one(OptionList).set_options(options)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show_rows(event.value)
