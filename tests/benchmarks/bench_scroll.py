"""Dialogue scrolling: a 20,000-turn episode in the dialogue widget (a Line-API virtual view) at 120x40.
Measures loading the turns (layout), rendering the first page cold, and the frame time of rendering each
page while scrolling through the episode (page by page, then line by line)."""

from __future__ import annotations

import asyncio
import time

from tests.benchmarks.common import Figure, generator, median, ms, p95, require

TURNS = 20_000


def _turns():
    from tui.core.models import Turn

    gen = generator()
    spec = gen.generate_episode(1, 7, gen.make_papers(50, 7), turns_min=TURNS, turns_max=TURNS)
    return [Turn(index=i, speaker=t.speaker, text=t.text, start=t.start, end=t.end)
            for i, t in enumerate(spec.turns)]


def _render_page(view) -> float:
    started = time.perf_counter()
    for y in range(view.size.height):
        view.render_line(y)
    return time.perf_counter() - started


async def _measure(turns) -> dict[str, object]:
    from textual.app import App, ComposeResult

    from widgets.dialogue import DialogueView

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield DialogueView(id="dialogue")

    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(DialogueView)
        started = time.perf_counter()
        view.set_dialogue(turns)
        await pilot.pause()
        load = time.perf_counter() - started
        first_page = _render_page(view)
        height = view.size.height
        pages: list[float] = []
        for page in range(1, 201):
            view.scroll_to(y=page * height * 37 % max(1, view.virtual_size.height - height), animate=False,
                           immediate=True)
            pages.append(_render_page(view))
        lines: list[float] = []
        top = int(view.scroll_y)
        for step in range(1, 301):
            view.scroll_to(y=top + step, animate=False, immediate=True)
            lines.append(_render_page(view))
        return {"load": load, "first": first_page, "pages": pages, "lines": lines,
                "height": view.virtual_size.height}


def run() -> list[Figure]:
    require("widgets.dialogue")
    turns = _turns()
    result = asyncio.run(_measure(turns))
    part = "scrolling"
    pages, lines = result["pages"], result["lines"]
    return [
        Figure(part, f"load {TURNS} turns into the dialogue (layout of {result['height']} lines)",
               ms(result["load"])),
        Figure(part, "first page render, cold (120x40)", ms(result["first"]), "< 16 ms", result["first"] < 0.016),
        Figure(part, "frame while jumping page to page: median / p95",
               f"{ms(median(pages))} / {ms(p95(pages))}", "< 16 ms", p95(pages) < 0.016),
        Figure(part, "frame while scrolling line by line: median / p95",
               f"{ms(median(lines))} / {ms(p95(lines))}", "< 16 ms", p95(lines) < 0.016),
    ]
