"""Board cards stay readable in narrow columns: the suggestion line and the note marker are never cut away."""

from __future__ import annotations

from tests.ui.conftest import dashboard, settle, wait_loaded
from tui.core.models import Verdict
from widgets.board import BoardCard, VerdictBoard, card_content, suggestion_text


def test_suggestion_line_shortens_instead_of_being_cut() -> None:
    card = BoardCard(key="k", name="A paper", suggested="research-only", confidence=0.95)
    assert suggestion_text(card)[0] == "→ research 95%"
    assert suggestion_text(card, 13)[0] == "→ res 95%"
    assert suggestion_text(card, 6)[0] == "→ res"
    agreed = BoardCard(key="k", name="A", verdict=Verdict.RESEARCH_ONLY, suggested="research-only", confidence=0.5)
    overruled = BoardCard(key="k", name="A", verdict=Verdict.SKIP, suggested="deploy-ready", confidence=0.5)
    assert suggestion_text(agreed, 20)[0] == "✓ research 50%"
    assert suggestion_text(overruled, 20)[0] == "≠ deploy 50%"
    assert suggestion_text(BoardCard(key="k", name="A")) is None


def test_note_marker_survives_a_long_name() -> None:
    card = BoardCard(key="k", name="An extremely long paper name that will not fit", has_note=True)
    first = str(card_content(card, 12)).splitlines()[0]
    assert first.startswith("✎ ") and first.endswith("…") and len(first) <= 12


async def test_cards_at_80_columns_keep_the_suggestion_readable(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, app)
        dashboard(app).select_paper("name:flashdecode", origin="command")
        await pilot.press("4")
        await settle(pilot)
        column = app.query_one(VerdictBoard).column(Verdict.UNSORTED)
        lines = [str(column.get_option_at_index(i).prompt).splitlines() for i in range(column.option_count)]
        suggestions = [line for card in lines for line in card if line.startswith("→")]
        assert sorted(suggestions) == ["→ deploy 70%", "→ research 80%"]  # whole, not cut with "…"
        width = column.scrollable_content_region.width - 2
        assert all(len(line) <= width for card in lines for line in card)
