"""Every user action, once: its binding id (for keymap.toml), default key, palette title and help.

One class per action (the shape davep's apps use): the dashboard's BINDINGS, the command palette, the
footer and the `?` key reference are all generated from this list, so they can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import ClassVar

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content


class Command:
    """An action the user can take. Subclasses set the class variables; the docstring is the help text."""

    ID: ClassVar[str]
    KEY: ClassVar[str]
    ACTION: ClassVar[str]
    TITLE: ClassVar[str]
    FOOTER: ClassVar[bool] = False
    PRIORITY: ClassVar[bool] = False
    GROUP: ClassVar[str] = "General"

    @classmethod
    def help(cls) -> str:
        return " ".join((cls.__doc__ or cls.TITLE).split())

    @classmethod
    def binding(cls) -> Binding:
        return Binding(
            cls.KEY,
            cls.ACTION,
            cls.TITLE,
            show=cls.FOOTER,
            id=cls.ID,
            priority=cls.PRIORITY,
            tooltip=cls.help(),
        )

    @classmethod
    def key_display(cls, keymap: Mapping[str, str] | None = None) -> str:
        """The key(s) as the user has them: their keymap entry, else the default."""
        keys = (keymap or {}).get(cls.ID, cls.KEY)
        return ", ".join(_pretty_key(key) for key in keys.split(","))


def _pretty_key(key: str) -> str:
    key = key.strip()
    names = {"question_mark": "?", "slash": "/", "left_square_bracket": "[", "right_square_bracket": "]",
             "exclamation_mark": "!", "number_sign": "#", "escape": "esc"}
    return names.get(key, key)


# ---------------------------------------------------------------------------------------- navigation


class NextPanel(Command):
    """Move to the next panel (episodes, dialogue, claims, board, details)."""

    ID, KEY, ACTION, TITLE, GROUP = "panel.next", "tab", "next_panel", "Next panel", "Navigate"


class PreviousPanel(Command):
    """Move to the previous panel."""

    ID, KEY, ACTION, TITLE, GROUP = "panel.previous", "shift+tab", "previous_panel", "Previous panel", "Navigate"


class FocusEpisodes(Command):
    """Show and focus the episode picker."""

    ID, KEY, ACTION, TITLE, GROUP = "panel.episodes", "1", "focus_panel('episodes')", "Episodes panel", "Navigate"


class FocusDialogue(Command):
    """Show and focus the dialogue."""

    ID, KEY, ACTION, TITLE, GROUP = "panel.dialogue", "2", "focus_panel('dialogue')", "Dialogue panel", "Navigate"


class FocusClaims(Command):
    """Show and focus the claims of the selected paper."""

    ID, KEY, ACTION, TITLE, GROUP = "panel.claims", "3", "focus_panel('claims')", "Claims panel", "Navigate"


class FocusBoard(Command):
    """Show and focus the verdict board."""

    ID, KEY, ACTION, TITLE, GROUP = "panel.board", "4", "focus_panel('board')", "Verdict board", "Navigate"


class FocusDetail(Command):
    """Show and focus the paper details (metadata, episodes, note)."""

    ID, KEY, ACTION, TITLE, GROUP = "panel.detail", "5", "focus_panel('detail')", "Paper details", "Navigate"


class NextSpan(Command):
    """Jump the dialogue to the next span where the selected paper is discussed."""

    ID, KEY, ACTION, TITLE, GROUP = "span.next", "right_square_bracket", "span(1)", "Next span of paper", "Navigate"


class PreviousSpan(Command):
    """Jump the dialogue to the previous span of the selected paper."""

    ID, KEY, ACTION, TITLE, GROUP = "span.previous", "left_square_bracket", "span(-1)", "Previous span of paper", "Navigate"


class ToggleClaimScope(Command):
    """Show the claims of the whole episode, or only those of the selected paper."""

    ID, KEY, ACTION, TITLE, GROUP = "claims.scope", "c", "toggle_claim_scope", "All claims / paper claims", "Navigate"


class GoToPushback(Command):
    """Jump the dialogue to the turn that doubts the highlighted claim (again: the next one)."""

    ID, KEY, ACTION, TITLE, GROUP = "claims.pushback", "b", "go_to_pushback", "Go to pushback", "Navigate"


# ------------------------------------------------------------------------------------------ verdicts


class SetDeployReady(Command):
    """Mark the selected paper deploy-ready."""

    ID, KEY, ACTION, TITLE, FOOTER, GROUP = "verdict.deploy", "d", "verdict('deploy-ready')", "Deploy-ready", True, "Verdicts"


class SetResearchOnly(Command):
    """Mark the selected paper research-only."""

    ID, KEY, ACTION, TITLE, FOOTER, GROUP = "verdict.research", "r", "verdict('research-only')", "Research-only", True, "Verdicts"


class SetSkip(Command):
    """Mark the selected paper skip."""

    ID, KEY, ACTION, TITLE, FOOTER, GROUP = "verdict.skip", "s", "verdict('skip')", "Skip", True, "Verdicts"


class SetUnsorted(Command):
    """Put the selected paper back to unsorted."""

    ID, KEY, ACTION, TITLE, GROUP = "verdict.unsorted", "u", "verdict('unsorted')", "Unsorted", "Verdicts"


class AcceptSuggestion(Command):
    """Set the selected paper's verdict to the one the analysis suggests."""

    ID, KEY, ACTION, TITLE, GROUP = "verdict.accept", "a", "accept_suggestion", "Accept suggestion", "Verdicts"


class VerdictWithReason(Command):
    """Set the selected paper's verdict with a reason you type."""

    ID, KEY, ACTION, TITLE, GROUP = "verdict.reason", "v", "verdict_with_reason", "Verdict with reason", "Verdicts"


class MoveCardLeft(Command):
    """Move the selected paper's card one column left on the board."""

    ID, KEY, ACTION, TITLE, GROUP = "verdict.move-left", "shift+left", "move_card(-1)", "Move card left", "Verdicts"


class MoveCardRight(Command):
    """Move the selected paper's card one column right on the board."""

    ID, KEY, ACTION, TITLE, GROUP = "verdict.move-right", "shift+right", "move_card(1)", "Move card right", "Verdicts"


class UndoVerdict(Command):
    """Undo the last verdict change."""

    ID, KEY, ACTION, TITLE, FOOTER, GROUP = "verdict.undo", "ctrl+z", "undo", "Undo", True, "Verdicts"


# ----------------------------------------------------------------------------------- notes & filter


class EditNote(Command):
    """Write a note on the selected turn (dialogue), claim (claims) or paper (elsewhere); it saves as you type."""

    ID, KEY, ACTION, TITLE, FOOTER, GROUP = "note.edit", "n", "note", "Note", True, "Notes"


class EditTags(Command):
    """Edit the tags of the selected paper."""

    ID, KEY, ACTION, TITLE, GROUP = "note.tags", "number_sign", "tags", "Tags", "Notes"


class Filter(Command):
    """Filter the focused panel: words, speaker:, paper:, verdict:, kind:, has:note, tag:, -negation."""

    ID, KEY, ACTION, TITLE, FOOTER, GROUP = "filter.open", "slash", "filter", "Filter", True, "Filter"


class ClearFilter(Command):
    """Clear the filter of the focused panel."""

    ID, KEY, ACTION, TITLE, GROUP = "filter.clear", "escape", "clear_filter", "Clear filter", "Filter"


# --------------------------------------------------------------------------------------------- other


class OpenLink(Command):
    """Open the selected paper's arXiv page in the browser."""

    ID, KEY, ACTION, TITLE, GROUP = "paper.open", "o", "open_link", "Open paper link", "Papers"


class ResolveMetadata(Command):
    """Look up the selected paper's metadata (local catalog, then arXiv/Semantic Scholar when online)."""

    ID, KEY, ACTION, TITLE, GROUP = "paper.resolve", "m", "resolve_metadata", "Look up metadata", "Papers"


class ChooseMetadata(Command):
    """Choose the right paper when the metadata lookup found several candidates (or none of them)."""

    ID, KEY, ACTION, TITLE, GROUP = "paper.choose", "M", "choose_metadata", "Choose metadata", "Papers"


class ShowProblems(Command):
    """List the files that failed to load, with the reason."""

    ID, KEY, ACTION, TITLE, GROUP = "app.problems", "exclamation_mark", "problems", "Problems", "General"


class Export(Command):
    """Export verdicts and notes (Markdown, Obsidian, JSON, CSV, BibTeX)."""

    ID, KEY, ACTION, TITLE, GROUP = "app.export", "e", "export", "Export", "General"


class CancelWork(Command):
    """Cancel the running scan or metadata lookup."""

    ID, KEY, ACTION, TITLE, GROUP = "app.cancel", "ctrl+x", "cancel_work", "Cancel background work", "General"


class Rescan(Command):
    """Scan the library again (changed files only)."""

    ID, KEY, ACTION, TITLE, GROUP = "app.rescan", "ctrl+r", "rescan", "Rescan library", "General"


class ChangeTheme(Command):
    """Pick a colour theme; your choice is remembered."""

    ID, KEY, ACTION, TITLE, GROUP = "app.theme", "ctrl+t", "app.change_theme", "Change theme", "General"


class Help(Command):
    """Show the searchable key reference."""

    ID, KEY, ACTION, TITLE, FOOTER, GROUP = "app.help", "question_mark", "help", "Keys", True, "General"


class Quit(Command):
    """Quit papertui (everything is already saved)."""

    ID, KEY, ACTION, TITLE, FOOTER, GROUP = "app.quit", "q", "app.quit", "Quit", True, "General"


DASHBOARD_COMMANDS: tuple[type[Command], ...] = (
    NextPanel, PreviousPanel, FocusEpisodes, FocusDialogue, FocusClaims, FocusBoard, FocusDetail,
    NextSpan, PreviousSpan, ToggleClaimScope, GoToPushback,
    SetDeployReady, SetResearchOnly, SetSkip, SetUnsorted, AcceptSuggestion, VerdictWithReason,
    MoveCardLeft, MoveCardRight, UndoVerdict,
    EditNote, EditTags, Filter, ClearFilter,
    OpenLink, ResolveMetadata, ChooseMetadata, ShowProblems, Export, CancelWork, Rescan, ChangeTheme, Help, Quit,
)  # fmt: skip

# Keys that widgets handle themselves (listed in the key reference, not palette actions).
WIDGET_KEYS: tuple[tuple[str, str], ...] = (
    ("j / k, ↓ / ↑", "move down / up in any list or the dialogue"),
    ("g / G, home / end", "first / last item or turn"),
    ("pgup / pgdn, space", "page through the dialogue"),
    ("h / l, ← / →", "move between board columns"),
    ("enter", "open the highlighted episode"),
    ("ctrl+p", "command palette: every action by name"),
    ("ctrl+s / esc", "in the note editor: save and close"),
)


def bindings(commands: Iterable[type[Command]]) -> list[Binding]:
    return [command.binding() for command in commands]


class CommandsProvider(Provider):
    """The command palette entries: every dashboard action with its current key."""

    def _commands(self) -> list[type[Command]]:
        return list(getattr(self.screen, "COMMAND_CLASSES", ()))

    def _keymap(self) -> Mapping[str, str]:
        return getattr(self.app, "user_keymap", {})

    async def _run(self, command: type[Command]) -> None:
        await self.app.run_action(command.ACTION, self.screen)

    async def discover(self) -> Hits:
        keymap = self._keymap()
        for command in self._commands():
            title = f"{command.TITLE} ({command.key_display(keymap)})"
            yield DiscoveryHit(Content(title), partial(self._run, command), text=title, help=command.help())

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        keymap = self._keymap()
        for command in self._commands():
            title = f"{command.TITLE} ({command.key_display(keymap)})"
            score = max(matcher.match(title), matcher.match(command.help()) * 0.8)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, command), text=title, help=command.help())
