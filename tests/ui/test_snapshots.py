"""SVG snapshots of the main screen (wide and 80x24), the note editor and the key reference.

Fixed data (tests/ui/library_fixture.py) and fixed sizes; nothing time- or path-dependent is on screen.
Every picture is taken once what it shows is there (a condition, not a delay) and nothing is left to run:
no worker, no pending message, no animation, no blinking cursor. A busy machine only makes that take longer.
Update with `pytest tests/ui/test_snapshots.py --snapshot-update` after an intended change.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.ui.conftest import dashboard, settle, until, wait_loaded


def _loaded(*keys: str, paper: str | None = None, shows: Callable[[object], bool], what: str):  # noqa: ANN202
    """Load the library, select `paper`, press `keys`, then wait until `shows(app)` is true and all is still."""

    async def run_before(pilot) -> None:  # noqa: ANN001
        app = pilot.app
        await wait_loaded(pilot, app)
        if paper:
            dashboard(app).select_paper(paper, origin="command")
        for key in keys:
            await pilot.press(key)
        await until(pilot, lambda: shows(app), what)
        for widget in app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # a blinking cursor would make the picture depend on timing
        app.clear_notifications()
        await pilot.wait_for_scheduled_animations()
        for widget in app.screen.query("TextArea"):
            # The TextArea caches lines without the cursor state once blinking is off: drop a line
            # rendered in a blink's "off" phase so the cursor shows the same in every run.
            widget._line_cache.clear()
            widget.refresh()
        await settle(pilot)

    return run_before


def _claims_of(app, paper: str) -> bool:  # noqa: ANN001
    """The claims panel lists the paper's claims (and only them) and the dialogue is at its first span."""
    screen = dashboard(app)
    claims = screen.built("claims")
    keys = {screen.resolve.get(claim.paper, claim.paper) for claim in claims.claims} if claims is not None else set()
    return screen.selected_paper == paper and keys == {paper} and screen.dialogue.cursor_turn == 1


def _dialogue_at(turn: int):  # noqa: ANN202
    def shows(app) -> bool:  # noqa: ANN001
        dialogue = dashboard(app).dialogue
        return dialogue.has_focus and dialogue.cursor_turn == turn

    return shows


def _board_focused(app) -> bool:  # noqa: ANN001
    board = dashboard(app).built("board")
    return board is not None and board.has_focus_within and len(board.cards) == 2


def _note_saved(app) -> bool:  # noqa: ANN001
    return getattr(app.screen, "saved_body", None) == "hi" and bool(dashboard(app).notes.papers)


def _help_listed(app) -> bool:  # noqa: ANN001
    from textual.widgets import OptionList

    from tui.screens.help import HelpScreen

    return isinstance(app.screen, HelpScreen) and app.screen.query_one(OptionList).option_count > 0


def test_main_screen_wide(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_loaded(
        paper="arxiv:2307.02486", shows=lambda app: _claims_of(app, "arxiv:2307.02486"),
        what="LongNet's claims and its first span"))


def test_main_screen_80x24(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_loaded(
        "2", "j", "j", shows=_dialogue_at(2), what="the dialogue cursor on turn 2"))


def test_main_screen_80x24_board(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_loaded(
        "4", shows=_board_focused, what="the board, built and focused"))


def test_note_editor(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=_loaded(
        "4", "n", "h", "i", paper="name:flashdecode", shows=_note_saved, what="the note autosaved"))


def test_help(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_loaded(
        "question_mark", shows=_help_listed, what="the key reference listed"))
