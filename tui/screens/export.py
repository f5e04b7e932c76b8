"""The export dialog: pick a format and a path; the export runs in a thread worker."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, OptionList, Static
from textual.widgets.option_list import Option

FORMAT_HELP = {
    "markdown": "one Markdown digest",
    "obsidian": "a folder of notes, one per paper (your edits outside the papertui block are kept)",
    "json": "everything, re-importable with `papertui import`",
    "csv": "one row per paper, for spreadsheets",
    "bibtex": "citations of the papers, verdicts in the note field",
}


def default_path(fmt: str) -> Path:
    from tui.core.export import SUFFIXES

    return Path.cwd() / ("papertui-obsidian" if fmt == "obsidian" else f"papertui-export{SUFFIXES.get(fmt, '.txt')}")


def run_export(fmt: str, path: Path, force: bool, papers, store, episodes) -> str:  # noqa: ANN001
    """Blocking: build the bundle and write it. Returns a one-line summary; raises ExportError."""
    from tui.core.export import RENDERERS, atomic_write_text, build_bundle

    bundle = build_bundle(list(papers), store, library_episodes=episodes)
    if fmt == "obsidian":
        from tui.core.export.obsidian import export_obsidian

        report = export_obsidian(bundle, path, force=force)
        return f"{len(report.created)} created, {len(report.updated)} updated, {len(report.unchanged)} unchanged in {path}"
    atomic_write_text(path, RENDERERS[fmt](bundle), force=force)
    return f"{len(bundle.papers)} papers written to {path}"


class ExportScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape", "dismiss", "Close", show=False)]

    def compose(self) -> ComposeResult:
        from tui.core.export import FORMATS

        with Vertical(classes="dialog wide"):
            yield Static(Content.styled("Export verdicts and notes", "bold"), markup=False)
            yield OptionList(
                *(Option(Content.styled(f"{fmt:<10}", "bold") + Content.styled(FORMAT_HELP.get(fmt, ""), "$text-muted"), id=fmt) for fmt in FORMATS),
                markup=False,
                id="export-format",
            )
            yield Input(str(default_path("markdown")), id="export-path")
            yield Checkbox("overwrite an existing file", id="export-force")
            yield Static(Content.styled("enter on the path exports · esc closes", "$text-muted"), markup=False, id="export-status")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self.query_one("#export-path", Input).value = str(default_path(event.option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#export-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        options = self.query_one(OptionList)
        fmt = options.get_option_at_index(options.highlighted or 0).id or "markdown"
        self.query_one("#export-status", Static).update(Content.styled("exporting…", "$text-muted"))
        self.export(fmt, Path(event.value).expanduser(), self.query_one(Checkbox).value)

    @work(thread=True, exclusive=True, group="export")
    def export(self, fmt: str, path: Path, force: bool) -> None:
        dashboard = self.app.get_screen("dashboard") if self.app.is_screen_installed("dashboard") else None
        screen = next((s for s in self.app.screen_stack if getattr(s, "id", None) == "dashboard"), dashboard)
        backend = self.app.backend  # type: ignore[attr-defined]
        papers = list(getattr(screen, "papers", {}).values())
        library = getattr(screen, "library", None)
        # The library holds turns only for opened episodes; the export needs them all (pushback quotes, times),
        # and every claim (a warm start loads claims on demand).
        if library is not None:
            library.ensure_claims()
        episodes = library.iter_full_episodes() if library is not None else list(getattr(screen, "episodes", []))
        try:
            summary = backend.call_blocking(run_export, fmt, path, force, papers, backend.store, episodes)
        except Exception as exc:  # noqa: BLE001 - ExportError and OS errors: say what went wrong
            self.app.call_from_thread(self._finished, f"Export failed: {exc}", "error")
            return
        self.app.call_from_thread(self._finished, summary, "information")

    def _finished(self, message: str, severity: str) -> None:
        style = "$text-error" if severity == "error" else "$text-success"
        if self.is_mounted:
            self.query_one("#export-status", Static).update(Content.styled(message, style))
        self.app.notify(message, severity=severity, markup=False)  # type: ignore[arg-type]
