"""SVG snapshots of the main screen (wide and 80x24), the note editor and the key reference.

Fixed data (tests/ui/library_fixture.py) and fixed sizes; nothing time- or path-dependent is on screen.
The note editor snapshot waits past the autosave delay, so the board behind it always shows the note marker.
Update with `pytest tests/ui/test_snapshots.py --snapshot-update` after an intended change.
"""

from __future__ import annotations

from tests.ui.conftest import dashboard, wait_loaded


def _loaded(*keys: str, paper: str | None = None, settle: float = 0.1):  # noqa: ANN202
    async def run_before(pilot) -> None:  # noqa: ANN001
        await wait_loaded(pilot, pilot.app)
        if paper:
            dashboard(pilot.app).select_paper(paper, origin="command")
        for key in keys:
            await pilot.press(key)
        await pilot.pause(settle)
        for widget in pilot.app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # a blinking cursor would make the picture depend on timing
        pilot.app.clear_notifications()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause(0.1)

    return run_before


def test_main_screen_wide(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_loaded(paper="arxiv:2307.02486"))


def test_main_screen_80x24(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_loaded("2", "j", "j"))


def test_main_screen_80x24_board(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_loaded("4"))


def test_note_editor(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=_loaded("4", "n", "h", "i", paper="name:flashdecode", settle=0.8))


def test_help(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_loaded("question_mark"))
