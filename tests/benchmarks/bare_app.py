"""The yardstick for cold start: a bare Textual app that paints one widget and follows the same first-paint
protocol as papertui (docs/PERFORMANCE.md): with PAPERTUI_BENCH_FIRST_PAINT=<file> set, it writes
time.time() to <file> after its first refresh, and exits then when PAPERTUI_BENCH_EXIT=1."""

from __future__ import annotations

import os
import time
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Hello from a bare Textual app.")

    def on_mount(self) -> None:
        self.call_after_refresh(self._painted)

    def _painted(self) -> None:
        marker = os.environ.get("PAPERTUI_BENCH_FIRST_PAINT")
        if marker:
            Path(marker).write_text(repr(time.time()), encoding="utf-8")
        if os.environ.get("PAPERTUI_BENCH_EXIT") == "1":
            self.exit()


if __name__ == "__main__":
    BareApp().run()
