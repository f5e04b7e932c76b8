"""SVG snapshots of the main screen (wide and 80x24), the note editor and the key reference.

Fixed data (tests/ui/library_fixture.py) and fixed sizes; nothing time- or path-dependent is on screen.
The note editor snapshot waits past the autosave delay, so the board behind it always shows the note marker.
Update with `pytest tests/ui/test_snapshots.py --snapshot-update` after an intended change.
"""

from __future__ import annotations

from tests.ui.conftest import dashboard, wait_loaded


def _loaded(*keys: str, paper: str | None = None, settle: float = 0.1, until=None):  # noqa: ANN001, ANN202
    async def run_before(pilot) -> None:  # noqa: ANN001
        await wait_loaded(pilot, pilot.app)
        if paper:
            dashboard(pilot.app).select_paper(paper, origin="command")
        for key in keys:
            await pilot.press(key)
        await pilot.pause(settle)
        for _ in range(100):  # a busy machine can be slower than `settle`
            if until is None or until(pilot.app):
                break
            await pilot.pause(0.05)
        await pilot.pause()
        for widget in pilot.app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # a blinking cursor would make the picture depend on timing
        pilot.app.clear_notifications()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause(0.1)
        for widget in pilot.app.screen.query("TextArea"):
            # The TextArea caches lines without the cursor state once blinking is off: drop a line
            # rendered in a blink's "off" phase so the cursor shows the same in every run.
            widget._line_cache.clear()
            widget.refresh()
        await pilot.pause()

    return run_before


def test_main_screen_wide(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_loaded(paper="arxiv:2307.02486"))


def test_main_screen_80x24(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_loaded("2", "j", "j"))


def test_main_screen_80x24_board(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_loaded("4"))


def test_note_editor(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=_loaded(
        "4", "n", "h", "i", paper="name:flashdecode", settle=0.5,
        until=lambda app: getattr(app.screen, "saved_body", None) == "hi" and dashboard(app).notes.papers,
    ))


def test_help(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_loaded("question_mark"))
