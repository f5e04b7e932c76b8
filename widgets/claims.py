"""The claims of the selected paper (or the whole episode): who said it, what kind, which numbers, doubted?"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.models import Claim
from widgets.text import highlighted, literal_line


def claim_content(
    claim: Claim, *, paper_name: str | None = None, has_note: bool = False, spans: list[tuple[int, int]] | None = None
) -> Content:
    """A claim as two or more lines: a marker line (doubted/claimed, speaker, kind, numbers), then the text."""
    if claim.pushback:
        turns = ", ".join(f"t{index}" for index in claim.pushback[:4])
        marker = Content.styled(f"⚑ doubted ({turns})", "bold $text-warning")
    else:
        marker = Content.styled("◆ claimed", "$text-success")
    parts = [marker, Content(" · "), literal_line(claim.speaker, "bold"), Content.styled(f" · {claim.kind.value}", "$text-muted")]
    if claim.hypothetical:
        parts.append(Content.styled(" · hypothetical", "italic $text-muted"))
    if claim.numbers:
        parts.append(Content(" · "))
        parts.append(literal_line(", ".join(number.text for number in claim.numbers[:4]), "bold $text-accent"))
    if paper_name:
        parts.append(Content(" · "))
        parts.append(literal_line(paper_name, "$text-secondary"))
    if has_note:
        parts.append(Content.styled(" ✎", "$accent"))
    header = Content("").join(parts)
    return Content("\n").join([header, highlighted(claim.text, spans or [])])


class ClaimsList(OptionList):
    """Claims as a list; highlighting one asks the screen to show its turn."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="claims.down"),
        Binding("k", "cursor_up", "Up", show=False, id="claims.up"),
        Binding("g", "first", "First", show=False, id="claims.first"),
        Binding("G", "last", "Last", show=False, id="claims.last"),
    ]

    DEFAULT_CSS = """
    ClaimsList {
        height: 1fr;
        border: none;
        &:focus { border: none; }
        & > .option-list--option { padding: 0 1; }
    }
    """

    class ClaimHighlighted(Message):
        def __init__(self, claim: Claim) -> None:
            super().__init__()
            self.claim = claim

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(markup=False, id=id, classes=classes)
        self.claims: list[Claim] = []
        self._empty = "No claims."

    def show_claims(
        self,
        claims: Sequence[Claim],
        *,
        paper_names: dict[str, str] | None = None,
        noted: set[str] | None = None,
        empty: str = "No claims.",
        spans: Callable[[str], list[tuple[int, int]]] | None = None,
    ) -> None:
        """Replace the list. `paper_names` adds the paper to each line (episode-wide view); `spans(claim id)`
        gives the filter's matches in a claim's text, to highlight."""
        self.claims = list(claims)
        noted = noted or set()
        if not self.claims:
            self.set_options([Option(Content.styled(empty, "italic $text-muted"), disabled=True)])
            return
        self.set_options(
            Option(
                claim_content(
                    claim,
                    paper_name=paper_names.get(claim.paper) if paper_names else None,
                    has_note=claim.id in noted,
                    spans=spans(claim.id) if spans else None,
                ),
                id=f"claim-{index}",
            )
            for index, claim in enumerate(self.claims)
        )
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = 0

    @property
    def current(self) -> Claim | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.claims)):
            return None
        return self.claims[self.highlighted]

    def on_focus(self) -> None:
        claim = self.current
        if claim is not None:
            self.post_message(self.ClaimHighlighted(claim))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        claim = self.current
        if claim is not None and self.has_focus:
            self.post_message(self.ClaimHighlighted(claim))
