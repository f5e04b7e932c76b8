"""The problems view: every file that failed to load (or loaded with warnings), and why."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.models import Problem
from widgets.text import literal_line


def problem_content(problem: Problem) -> Content:
    where = ""
    if problem.line is not None:
        where = f":{problem.line}" + (f":{problem.column}" if problem.column is not None else "")
    severity = Content.styled(problem.severity, "bold $text-error" if problem.severity == "error" else "bold $text-warning")
    return Content("\n").join([literal_line(problem.source + where, "bold"), severity + Content("  ") + literal_line(problem.message)])


class ProblemsScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,exclamation_mark", "dismiss", "Close", show=False)]

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(classes="dialog-screen")
        self.problems = list(problems)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            count = len(self.problems)
            title = f"{count} problem{'s' if count != 1 else ''} while loading the library" if count else "No problems: every file loaded."
            yield Static(Content.styled(title, "bold"), markup=False)
            yield OptionList(*(Option(problem_content(p)) for p in self.problems), markup=False, id="problems-list")
            yield Static(Content.styled("esc closes", "$text-muted"), markup=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
