"""Pilot tests of the dashboard flows: open, navigate, verdicts, undo, persistence."""

from __future__ import annotations

from tests.ui.conftest import dashboard, settle, wait_loaded
from tui.core.models import Verdict
from widgets.board import VerdictBoard
from widgets.claims import ClaimsList
from widgets.dialogue import DialogueView


async def test_open_selects_first_episode_and_shows_every_paper(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        screen = dashboard(app)
        assert screen.episode is not None and screen.episode.key == "ep1key"
        dialogue = app.query_one(DialogueView)
        assert dialogue.turn_count == 9
        assert "Welcome back" in dialogue.render_line(0).text + dialogue.render_line(1).text + dialogue.render_line(2).text
        board = app.query_one(VerdictBoard)
        assert {card.key for card in board.cards} == {"arxiv:2307.02486", "name:flashdecode"}
        flash = board.card("name:flashdecode")
        assert flash is not None and flash.episodes == 2 and flash.claims == 3


async def test_selecting_a_paper_jumps_to_its_span_and_filters_claims(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        screen = dashboard(app)
        await pilot.press("4")  # board
        board = app.query_one(VerdictBoard)
        column = board.column(Verdict.UNSORTED)
        assert column.has_focus
        index = next(i for i, card in enumerate(column.cards) if card.key == "name:flashdecode")
        column.highlighted = index
        await settle(pilot)
        assert screen.selected_paper == "name:flashdecode"
        assert app.query_one(DialogueView).cursor_turn == 5
        claims = app.query_one(ClaimsList).claims
        assert [c.turn for c in claims] == [5, 6]
        await pilot.press("right_square_bracket")
        assert app.query_one(DialogueView).cursor_turn == 5  # only one span: wraps to itself


async def test_claim_highlight_scrolls_dialogue_and_pushback_key(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        screen = dashboard(app)
        screen.select_paper("arxiv:2307.02486", origin="command")
        await pilot.press("3")
        claims = app.query_one(ClaimsList)
        assert claims.has_focus and claims.current is not None
        await settle(pilot)
        assert app.query_one(DialogueView).cursor_turn == 2
        await pilot.press("b")
        assert app.query_one(DialogueView).cursor_turn == 3


async def test_dialogue_keys_move_the_cursor(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        await pilot.press("2")
        dialogue = app.query_one(DialogueView)
        assert dialogue.has_focus
        await pilot.press("j", "j", "down")
        assert dialogue.cursor_turn == 3
        await pilot.press("k")
        assert dialogue.cursor_turn == 2
        await pilot.press("G")
        assert dialogue.cursor_turn == 8
        await pilot.press("g")
        assert dialogue.cursor_turn == 0
        # The cursor entering a paper's span selects that paper.
        await pilot.press("j")
        assert dashboard(app).selected_paper == "arxiv:2307.02486"


async def test_verdict_keys_undo_and_persistence(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        screen = dashboard(app)
        screen.select_paper("name:flashdecode", origin="command")
        await pilot.press("d")
        await settle(pilot)
        board = app.query_one(VerdictBoard)
        assert board.card("name:flashdecode").verdict == Verdict.DEPLOY_READY
        await pilot.press("shift+right")
        await settle(pilot)
        assert board.card("name:flashdecode").verdict == Verdict.RESEARCH_ONLY
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert board.card("name:flashdecode").verdict == Verdict.DEPLOY_READY
        screen.select_paper("arxiv:2307.02486", origin="command")
        await pilot.press("a")  # accept the suggestion: research-only
        await settle(pilot)
        assert board.card("arxiv:2307.02486").verdict == Verdict.RESEARCH_ONLY
    # Reopen on the same data dir: everything is as we left it.
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, again)
        board = again.query_one(VerdictBoard)
        assert board.card("name:flashdecode").verdict == Verdict.DEPLOY_READY
        assert board.card("arxiv:2307.02486").verdict == Verdict.RESEARCH_ONLY
