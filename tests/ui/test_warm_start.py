"""A second start on the same data dir reads the library from the store's cache: episodes come without turns
and load when shown. The dialogue, the episode list and the export must not notice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.ui.conftest import dashboard, until, wait_loaded
from tui.app import PaperTuiApp
from tui.core.paths import demo_library_dir
from widgets.dialogue import DialogueView


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    target = tmp_path / "lib"
    shutil.copytree(demo_library_dir(), target)
    return target


async def _open(demo_copy: Path, dirs: tuple[Path, Path]) -> PaperTuiApp:
    data, config = dirs
    return PaperTuiApp([demo_copy], data_dir=data, config_dir=config, offline=True)


async def test_warm_start_shows_the_dialogue_of_a_cached_episode(demo_copy: Path, dirs) -> None:  # noqa: ANN001
    first = await _open(demo_copy, dirs)
    async with first.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, first)
        expected_turns = dashboard(first).query_one(DialogueView).turn_count
        expected_key = dashboard(first).episode.key
    assert expected_turns > 0

    second = await _open(demo_copy, dirs)
    async with second.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, second)
        screen = dashboard(second)
        assert screen.library is not None and screen.library.analyses  # loaded from the cache
        assert any(not e.turns for e in screen.library.episodes)  # other episodes stay light
        await until(pilot, lambda: screen.query_one(DialogueView).turn_count, "the cached episode's turns")
        assert screen.episode.key == expected_key
        assert screen.query_one(DialogueView).turn_count == expected_turns
        # Another cached episode opens too.
        other = next(e.key for e in screen.episodes if e.key != expected_key)
        screen.show_episode(other)
        await until(pilot, lambda: screen.episode.key == other and screen.query_one(DialogueView).turn_count,
                    "the other cached episode's turns")
        assert screen.episode.key == other
        assert screen.query_one(DialogueView).turn_count == screen.library.turn_count(other) > 0


async def test_warm_start_claims_load_on_demand_and_in_the_background(demo_copy: Path, dirs) -> None:  # noqa: ANN001
    """Cached heads carry no claims: the claims panel, the cards' counts and a board filter on claim flags
    must still show exactly what the first start showed."""
    from tests.ui.conftest import filtered, paste
    from widgets.board import VerdictBoard
    from widgets.claims import ClaimsList

    def board_state(app: PaperTuiApp) -> dict[str, int]:
        return {key: paper.claim_count for key, paper in dashboard(app).papers.items()}

    async def claims_text(pilot, app: PaperTuiApp) -> list[str]:  # noqa: ANN001
        """The claims panel for one chosen paper (the last selection is remembered across starts)."""
        screen = dashboard(app)
        screen.select_paper(chosen, origin="episode")
        await until(pilot, lambda: app.query_one(ClaimsList).claims, "the paper's claims")
        return [claim.text for claim in app.query_one(ClaimsList).claims]

    async def pushback_cards(pilot, app: PaperTuiApp) -> list[str]:  # noqa: ANN001
        dashboard(app).action_focus_panel("board")
        await pilot.press("slash")
        await paste(pilot, app, "has:pushback")
        await filtered(pilot, app, "board", "has:pushback")
        board = app.query_one(VerdictBoard)
        return sorted(card.key for column in board.columns for card in column.cards)

    first = await _open(demo_copy, dirs)
    async with first.run_test(size=(160, 50)) as pilot:
        await wait_loaded(pilot, first)
        expected_counts = board_state(first)
        expected_cards = await pushback_cards(pilot, first)
        screen = dashboard(first)
        in_episode = {screen.resolve.get(p.key, p.key) for p in screen.analyses[screen.episode.key].papers}
        chosen = next(key for key in sorted(in_episode) if screen.papers[key].claim_count > 3)
        expected_claims = await claims_text(pilot, first)
    assert sum(expected_counts.values()) > 20 and expected_claims and expected_cards

    second = await _open(demo_copy, dirs)
    async with second.run_test(size=(160, 50)) as pilot:
        await wait_loaded(pilot, second)
        screen = dashboard(second)
        assert board_state(second) == expected_counts
        assert await claims_text(pilot, second) == expected_claims
        assert screen.library.claims_pending() == 0  # the background load finished (settle waits for it)
        assert await pushback_cards(pilot, second) == expected_cards
