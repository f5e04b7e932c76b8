"""Pilot tests: notes, filter, themes, keymap, problems, help and the palette."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import dashboard, filtered, paste, settle, type_text, until, wait_loaded
from tui.core.models import Problem
from tui.screens.note_editor import NoteEditorScreen
from widgets.board import VerdictBoard
from widgets.claims import ClaimsList
from widgets.dialogue import DialogueView


async def test_note_on_paper_autosaves_and_survives_reopen(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        dashboard(app).select_paper("name:flashdecode", origin="command")
        await pilot.press("4", "n")
        assert isinstance(app.screen, NoteEditorScreen)
        await type_text(pilot, "try it")
        editor = app.screen
        await until(pilot, lambda: editor.saved_body == "try it", "the autosave while the editor is open")
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, NoteEditorScreen)
        assert app.query_one(VerdictBoard).card("name:flashdecode").has_note
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, again)
        screen = dashboard(again)
        assert again.query_one(VerdictBoard).card("name:flashdecode").has_note
        screen.select_paper("name:flashdecode", origin="command")
        await pilot.press("4", "n")
        assert again.screen.text == "try it"


async def test_note_typed_then_quit_at_once_is_not_lost(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        await pilot.press("2", "j", "n")  # a note on the dialogue's turn 1
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.target.kind == "turn" and app.screen.target.turn_index == 1
        await type_text(pilot, "quick")
        # no pause for the autosave: the app goes away now
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, again)
        screen = dashboard(again)
        assert ("ep1key", 1) in screen.notes.turns
        dialogue = again.query_one(DialogueView)
        header = "".join(dialogue.render_line(y).text for y in range(12))
        assert "✎ note" in header


async def test_claim_note_marks_the_claim(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        dashboard(app).select_paper("arxiv:2307.02486", origin="command")
        await pilot.press("3", "n")
        assert app.screen.target.kind == "claim"
        await type_text(pilot, "doubtful")
        await pilot.press("escape")
        await settle(pilot)
        claim = app.query_one(ClaimsList).claims[0]
        assert claim.id in dashboard(app).notes.claims


async def test_filter_dialogue_by_speaker_and_negation_then_clear(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        await pilot.press("2", "slash")
        await paste(pilot, app, "speaker:theo")
        await filtered(pilot, app, "dialogue", "speaker:theo")
        dialogue = app.query_one(DialogueView)
        assert dialogue.shown_turns == [1, 3, 5, 7]
        await pilot.press("enter")
        assert dialogue.has_focus
        await pilot.press("slash", "space")
        await type_text(pilot, "-speed")
        await filtered(pilot, app, "dialogue", "speaker:theo -speed")
        assert dialogue.shown_turns == [1, 3]  # turns 5 and 7 say "speedup"
        await pilot.press("escape")
        await filtered(pilot, app, "dialogue", "")
        assert dialogue.shown_turns == list(range(9))


async def test_filter_board_by_verdict_and_free_text(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        dashboard(app).select_paper("name:flashdecode", origin="command")
        await pilot.press("d", "4", "slash")
        await paste(pilot, app, "verdict:deploy")
        await filtered(pilot, app, "board", "verdict:deploy")
        board = app.query_one(VerdictBoard)
        shown = [card.key for column in board.columns for card in column.cards]
        assert shown == ["name:flashdecode"]
        await pilot.press("escape")
        await filtered(pilot, app, "board", "")
        assert len([card for column in board.columns for card in column.cards]) == 2


async def test_theme_switch_is_remembered(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        assert app.theme == "papertui-ink"
        assert {"papertui-ink", "papertui-paper", "papertui-dusk"} <= set(app.available_themes)
        app.theme = "papertui-paper"
        await settle(pilot)  # the setting is saved by a worker
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, again)
        assert again.theme == "papertui-paper"


async def test_user_theme_and_keymap_from_config_dir(make_app, dirs) -> None:
    _, config = dirs
    (config / "themes").mkdir(parents=True)
    (config / "themes" / "mine.toml").write_text('name = "mine"\nprimary = "#123456"\n', encoding="utf-8")
    (config / "themes" / "broken.toml").write_text('name = "x"\nprimary = "not a colour"\n', encoding="utf-8")
    (config / "keymap.toml").write_text('"verdict.deploy" = "D"\n', encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        assert "mine" in app.available_themes
        assert any("broken.toml" in p.source for p in app.config_problems)
        dashboard(app).select_paper("name:flashdecode", origin="command")
        await pilot.press("d")  # no longer bound
        await settle(pilot)
        board = app.query_one(VerdictBoard)
        assert board.card("name:flashdecode").verdict.value == "unsorted"
        await pilot.press("D")
        await settle(pilot)
        assert board.card("name:flashdecode").verdict.value == "deploy-ready"


async def test_problems_view_lists_file_and_reason(make_app) -> None:
    from textual.widgets import OptionList

    from tui.screens.problems import ProblemsScreen

    problems = [Problem(source="library/bad.vtt", message="not a WebVTT file", line=3)]
    app = make_app(problems=problems)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ProblemsScreen)
        option = app.screen.query_one(OptionList).get_option_at_index(0)
        assert "library/bad.vtt:3" in str(option.prompt) and "not a WebVTT file" in str(option.prompt)
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_help_is_searchable(make_app) -> None:
    from textual.widgets import OptionList

    from tui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await type_text(pilot, "undo")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        texts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert len(texts) == 1 and "ctrl+z" in texts[0]


async def test_palette_lists_actions_with_keys(make_app) -> None:
    from tui.commands import CommandsProvider

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        provider = CommandsProvider(app.screen)
        titles = [hit.text async for hit in provider.discover()]
        assert "Deploy-ready (d)" in titles and "Undo (ctrl+z)" in titles and "Filter (/)" in titles


async def test_export_dialog_writes_markdown(make_app, tmp_path: Path) -> None:
    from textual.widgets import Input

    from tui.screens.export import ExportScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        dashboard(app).select_paper("name:flashdecode", origin="command")
        await pilot.press("d", "e")
        assert isinstance(app.screen, ExportScreen)
        target = tmp_path / "out.md"
        app.screen.query_one("#export-path", Input).value = str(target)
        app.screen.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await until(pilot, lambda: target.exists() and "FlashDecode" in target.read_text(encoding="utf-8"),
                    "the export file")
        assert "FlashDecode" in target.read_text(encoding="utf-8")


async def test_verdict_with_reason_up_down_picks_while_typing(make_app) -> None:
    from tui.screens.reason import ReasonScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot, app)
        screen = dashboard(app)
        screen.select_paper("name:flashdecode", origin="command")
        await pilot.press("v")
        assert isinstance(app.screen, ReasonScreen)
        await type_text(pilot, "one gpu")
        await pilot.press("down", "enter")  # suggested deploy-ready -> research-only
        await until(pilot, lambda: "name:flashdecode" in screen.verdicts, "the verdict to be saved")
        record = screen.verdicts["name:flashdecode"]
        assert record.verdict.value == "research-only" and record.reason == "one gpu"
