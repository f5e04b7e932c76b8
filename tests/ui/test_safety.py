"""Markup-injection regression: user text with markup, links, actions and escape sequences shows literally."""

from __future__ import annotations

import html
import re

from tests.ui.conftest import dashboard, settle, wait_loaded
from tests.ui.library_fixture import HOSTILE
from widgets.dialogue import DialogueView
from widgets.text import visible


def _segments(strips):  # noqa: ANN001, ANN202
    return [segment for strip in strips for segment in strip]


async def test_hostile_transcript_renders_literally_and_triggers_nothing(make_app) -> None:
    app = make_app(hostile=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        dialogue = app.query_one(DialogueView)
        strips = [dialogue.render_line(y) for y in range(dialogue.size.height)]
        text = "".join(strip.text for strip in strips)
        assert "[bold red]x[/]" in text
        assert "[@click=app.quit]quit[/]" in text
        assert "[link=file:///etc/passwd]pw[/link]" in text
        assert "[b]Eve[/b]" in text  # the speaker name too
        assert "\x1b" not in text and "␛[31mred␛]8;;" in text
        for segment in _segments(strips):
            style = segment.style
            assert style is None or (not style.link and not (style.meta or {}).get("@click"))
        # The whole screen: the board card and the paper pane show the hostile paper name literally.
        dashboard(app).select_paper("arxiv:2307.02486", origin="command")
        await settle(pilot)
        screen_text = app.export_screenshot()
        assert "[red]LongNet[/]" in screen_text.replace("&#160;", " ")
        # Clicking where the fake link is, and pressing keys, must not quit the app.
        await pilot.click(DialogueView, offset=(10, 8))
        await pilot.press("j", "k")
        assert app.is_running
        notes_before = dashboard(app).notes.by_target
        assert notes_before == {}


def test_visible_replaces_every_control_character() -> None:
    shown = visible(HOSTILE + "\x00\x07\x7f\x9b\u202e")
    assert all(ch == "\n" or ch.isprintable() for ch in shown)
    assert "␛" in shown and "\\x9b" in shown and "<U+202E>" in shown


async def test_notifications_and_panel_titles_show_a_hostile_paper_name_literally(make_app) -> None:
    app = make_app(hostile=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        dashboard(app).select_paper("arxiv:2307.02486", origin="command")
        await pilot.press("d")
        await settle(pilot)
        notes = list(app._notifications)
        assert notes and all(note.markup is False for note in notes)
        assert notes[-1].message == "[red]LongNet[/] → deploy-ready"
        svg = app.export_screenshot()
        shown = html.unescape("".join(re.findall(r">([^<]*)</text>", svg))).replace("\xa0", " ")
        assert "Claims · [red]LongNet[/]" in shown and "Paper · [red]LongNet[/]" in shown  # border titles
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert list(app._notifications)[-1].message == "Undone: [red]LongNet[/] is unsorted again"
        assert app.is_running


async def test_a_notification_never_carries_a_raw_escape_sequence(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot, app)
        app.notify("bad file \x1b]8;;file:///etc/passwd\x07click\x1b]8;;\x07 [@click=app.quit]q[/]", markup=True)
        await settle(pilot)
        note = list(app._notifications)[-1]
        assert note.markup is False
        assert "\x1b" not in note.message and "\x07" not in note.message
        assert "[@click=app.quit]q[/]" in note.message
        assert app.is_running
