"""Long lists (thousands of episodes and papers) build only the rows on screen, with heights known up front:
the declared height must be the drawn height, and a scan that adds episodes must not move the cursor."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tui.core.models import Verdict
from widgets.board import BoardCard, card_content, card_option
from widgets.episodes import EpisodeList, EpisodeRow, episode_content, episode_option
from widgets.lazy_options import LazyOption


def _lines(content) -> int:  # noqa: ANN001 - a Content
    return len(str(content).split("\n"))


def test_card_height_is_its_line_count_at_a_known_width() -> None:
    cards = [
        BoardCard(key="a", name="Plain"),
        BoardCard(key="b", name="Suggested", suggested="skip", confidence=0.4),
        BoardCard(key="c", name="Tagged", tags=("rag", "eval")),
        BoardCard(key="d", name="Both " * 20, verdict=Verdict.SKIP, suggested="skip", tags=("x",), has_note=True),
    ]
    for card in cards:
        option = card_option(card, 14, None)
        assert isinstance(option, LazyOption)
        assert option.height == _lines(card_content(card, 14))


def test_episode_row_is_two_lines_cut_to_the_width() -> None:
    row = EpisodeRow(key="e", title="A very long episode title that would wrap over several lines", papers=3,
                     turns=120, has_note=True)
    option = episode_option(row, None, 20)
    assert option.height == 2
    lines = str(option.prompt).split("\n")
    assert len(lines) == 2 and all(len(line) <= 20 for line in lines) and lines[0].endswith("…")
    assert str(episode_content(row)).startswith("A very long episode title that would wrap")  # no width: whole


def test_lazy_option_builds_its_prompt_once_and_only_when_asked() -> None:
    built: list[int] = []

    def build():  # noqa: ANN202
        built.append(1)
        return card_content(BoardCard(key="k", name="K"), 10)

    option = LazyOption(build, 2, id="k")
    assert built == []
    assert str(option.prompt) == str(option.prompt)
    assert built == [1]


class _Episodes(App[None]):
    def compose(self) -> ComposeResult:
        yield EpisodeList(id="episodes")


def _rows(count: int) -> list[EpisodeRow]:
    return [EpisodeRow(key=f"e{i}", title=f"Episode {i}", papers=i % 4, turns=10 * i) for i in range(count)]


async def test_a_growing_list_appends_and_keeps_the_cursor() -> None:
    app = _Episodes()
    async with app.run_test(size=(60, 20)) as pilot:
        episodes = app.query_one(EpisodeList)
        episodes.show_rows(_rows(5), current="e3")
        await pilot.pause()
        first_options = [episodes.get_option_at_index(i) for i in range(5)]
        episodes.show_rows(_rows(2000), current="e3")
        await pilot.pause()
        assert episodes.option_count == 2000
        assert [episodes.get_option_at_index(i) for i in range(5)] == first_options  # appended, not rebuilt
        assert episodes.highlighted_key == "e3"
        assert episodes.virtual_size.height == 2 * 2000
        episodes.highlighted = 1999
        await pilot.pause()
        assert str(episodes.get_option_at_index(1999).prompt).startswith("Episode 1999")


async def test_changed_rows_are_rebuilt() -> None:
    app = _Episodes()
    async with app.run_test(size=(60, 20)) as pilot:
        episodes = app.query_one(EpisodeList)
        episodes.show_rows(_rows(5))
        await pilot.pause()
        renamed = [EpisodeRow(key="e0", title="Renamed", papers=0, turns=0), *_rows(6)[1:]]
        episodes.show_rows(renamed, current="e2")
        await pilot.pause()
        assert episodes.option_count == 6
        assert str(episodes.get_option_at_index(0).prompt).startswith("Renamed")
        assert episodes.highlighted_key == "e2"
