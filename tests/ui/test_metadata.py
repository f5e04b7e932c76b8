"""Ambiguous metadata: the picker lists the candidates, the choice is saved, applied and remembered."""

from __future__ import annotations

from tests.ui.conftest import dashboard, until, wait_loaded
from tests.ui.library_fixture import CATALOG
from tui.core.models import PaperMeta
from tui.screens.metadata_picker import MetadataPickerScreen
from widgets.paper_detail import PaperDetail

TWINS = [
    PaperMeta(arxiv_id="2401.00001", title="FlashDecode: Fast Batch-One Decoding on GPUs", year=2024, source="local"),
    PaperMeta(arxiv_id="2402.00002", title="FlashDecode: Faster Decoding with Speculation", year=2024, source="local"),
]


async def test_pick_a_candidate_then_reopen_and_find_it(make_app) -> None:
    app = make_app(catalog=CATALOG + TWINS)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        screen = dashboard(app)
        screen.select_paper("name:flashdecode", origin="command")
        await pilot.press("m")  # look up: the catalog has two FlashDecode papers, so the picker opens
        await until(pilot, lambda: isinstance(app.screen, MetadataPickerScreen), "the candidate picker")
        assert [meta.arxiv_id for meta in app.screen.candidates] == ["2401.00001", "2402.00002"]
        await pilot.press("down", "enter")  # the second one
        await until(pilot, lambda: screen.papers["name:flashdecode"].meta is not None, "the chosen metadata")
        assert screen.papers["name:flashdecode"].meta.arxiv_id == "2402.00002"
        assert app.query_one(PaperDetail).data.paper.meta.title == "FlashDecode: Faster Decoding with Speculation"
    again = make_app(catalog=CATALOG + TWINS)
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, again)
        paper = dashboard(again).papers["name:flashdecode"]
        assert paper.meta is not None and paper.meta.arxiv_id == "2402.00002"


async def test_none_of_these_and_cancel(make_app) -> None:
    app = make_app(catalog=CATALOG + TWINS)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        screen = dashboard(app)
        screen.select_paper("name:flashdecode", origin="command")
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, MetadataPickerScreen), "the candidate picker")
        await pilot.press("escape")  # cancel: nothing saved, the candidates stay for M
        assert not isinstance(app.screen, MetadataPickerScreen)
        assert await app.backend.call(app.backend.store.get_metadata_choice, "name:flashdecode") is None
        await pilot.press("M")
        assert isinstance(app.screen, MetadataPickerScreen)
        await pilot.press("down", "down", "enter")  # "None of these"
        await until(pilot, lambda: "none of the candidates" in screen._metadata_status.get("name:flashdecode", ""),
                    "'none of these' to be saved")
        assert screen.papers["name:flashdecode"].meta is None
        choices = await app.backend.call(app.backend.store.all_metadata_choices)
        assert choices == {"name:flashdecode": None}
