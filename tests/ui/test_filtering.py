"""The `/` filter runs the domain engine (tui.core.filtering) in a worker and highlights its match spans."""

from __future__ import annotations

import threading

from tests.ui.conftest import dashboard, filtered, paste, type_text, wait_loaded
from tui.screens import filters
from widgets.board import VerdictBoard
from widgets.claims import ClaimsList
from widgets.dialogue import DialogueView


def _matched_text(dialogue: DialogueView, match_bg) -> list[str]:  # noqa: ANN001
    words = []
    for y in range(dialogue.size.height):
        for segment in dialogue.render_line(y):
            if segment.style is not None and segment.style.bgcolor == match_bg:
                words.append(segment.text)
    return words


async def test_typo_finds_and_highlights_the_real_word(make_app) -> None:
    """The engine tolerates a typo ('spedup' finds 'speedup') and its spans highlight the word it found."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        await pilot.press("2", "slash")
        await type_text(pilot, "spedup")
        await filtered(pilot, app, "dialogue", "spedup")
        dialogue = app.query_one(DialogueView)
        assert dialogue.shown_turns == [5, 7]
        match_bg = dialogue._style("dialogue--match").bgcolor
        assert match_bg is not None
        assert _matched_text(dialogue, match_bg) == ["speedup", "speedup"]
        assert "2 matches" in str(app.query_one("#dialogue-panel").border_title)


async def test_claims_and_board_filter_with_the_same_engine_and_highlight(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        screen = dashboard(app)
        screen.claim_scope = "episode"
        screen._show_claims()
        await pilot.press("3", "slash")
        await paste(pilot, app, "kind:efficiency")
        await filtered(pilot, app, "claims", "kind:efficiency")
        claims = app.query_one(ClaimsList)
        assert [claim.turn for claim in claims.claims] == [5]
        await pilot.press("escape")
        await filtered(pilot, app, "claims", "")
        assert [claim.turn for claim in claims.claims] == [2, 5, 6]
        # Board: free text highlights the matched part of the card's name.
        await pilot.press("4", "slash")
        await paste(pilot, app, "flash")
        await filtered(pilot, app, "board", "flash")
        board = app.query_one(VerdictBoard)
        shown = [card.key for column in board.columns for card in column.cards]
        assert shown == ["name:flashdecode"]
        prompt = board.column(board.card("name:flashdecode").verdict).get_option_at_index(0).prompt
        assert any(str(prompt)[span.start : span.end] == "Flash" for span in prompt.spans)


async def test_filter_runs_off_the_ui_thread_and_esc_clears(make_app, monkeypatch) -> None:
    threads: list[threading.Thread] = []
    original = filters.PanelFilter.run

    def recording(self, text, should_stop=None):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread())
        return original(self, text, should_stop)

    monkeypatch.setattr(filters.PanelFilter, "run", recording)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        await pilot.press("2", "slash")
        await paste(pilot, app, "speaker:theo")
        await filtered(pilot, app, "dialogue", "speaker:theo")
        dialogue = app.query_one(DialogueView)
        assert dialogue.shown_turns == [1, 3, 5, 7]
        assert threads and all(thread is not threading.main_thread() for thread in threads)
        await pilot.press("escape")
        await filtered(pilot, app, "dialogue", "")
        assert dialogue.shown_turns == list(range(9))
        assert dashboard(app).filters == {}
        # A late answer of an older query never brings the filter back after a clear.
        assert "matches" not in str(app.query_one("#dialogue-panel").border_title)


async def test_a_20000_turn_dialogue_filters(make_app) -> None:
    app = make_app(big=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        dialogue = app.query_one(DialogueView)
        assert dialogue.turn_count == 20_000
        await pilot.press("2", "slash")
        await type_text(pilot, "kernel")  # narrows one keystroke at a time
        bar = app.query_one("#filter-bar")
        bar.insert_text_at_cursor(" speaker:ana")  # a paste: one change
        await filtered(pilot, app, "dialogue", "kernel speaker:ana")
        # every 100th turn says kernel, every 7th is Ana's: multiples of 700
        assert dialogue.shown_turns == list(range(0, 20_000, 700))
        await pilot.press("backspace", "backspace", "backspace")  # "kernel speaker:" constrains the text only
        await filtered(pilot, app, "dialogue", "kernel speaker:")
        assert len(dialogue.shown_turns) == 200
