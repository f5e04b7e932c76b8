"""The note editor: Markdown in a TextArea, saved while you type and again when you leave.

A note must survive anything: every pause in typing (0.4 s) saves, leaving saves, and if the screen is torn
down with unsaved text (the app quits or crashes) the last text is queued to the store thread.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Static, TextArea

from tui.core.models import Note, NoteTarget
from widgets.text import literal_line

AUTOSAVE_DELAY = 0.4


class NoteEditorScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Save and close", id="note.close", priority=True),
        Binding("ctrl+s", "close", "Save and close", show=False, id="note.save", priority=True),
    ]

    def __init__(
        self,
        target: NoteTarget,
        title: str,
        body: str,
        extra: dict[str, str] | None = None,
        on_saved: Callable[[Note], None] | None = None,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.target = target
        self.note_title = title
        self.initial = body
        self.saved_body = body
        self.extra = extra or {}
        self.on_saved = on_saved
        self._timer: Timer | None = None
        self._text_area = TextArea(body, soft_wrap=True, tab_behavior="indent", id="note-text")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog note-dialog"):
            yield Static(literal_line(self.note_title, "bold"), markup=False, id="note-title")
            yield self._text_area
            yield Static(Content.styled("Markdown · saves as you type · esc closes", "$text-muted"), markup=False, id="note-status")

    def on_mount(self) -> None:
        text_area = self._text_area
        text_area.focus()
        text_area.move_cursor(text_area.document.end)

    @property
    def text(self) -> str:
        return self._text_area.text

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(AUTOSAVE_DELAY, self.save)
        self.query_one("#note-status", Static).update(Content.styled("editing…", "$text-muted"))

    async def save(self) -> None:
        body = self.text
        if body == self.saved_body:
            return
        backend = self.app.backend  # type: ignore[attr-defined]
        if backend.store is None:
            return
        try:
            note = await backend.call(backend.store.save_note, self.target, body, **self.extra)
        except Exception as exc:  # noqa: BLE001 - keep the text in the editor and say why
            self.app.notify(f"Could not save the note: {exc}", severity="error", markup=False)
            return
        self.saved_body = body
        if self.is_mounted:
            self.query_one("#note-status", Static).update(Content.styled("saved", "$text-success"))
        if self.on_saved is not None:
            self.on_saved(note)

    async def action_close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        await self.save()
        self.dismiss()

    def on_unmount(self) -> None:
        """Last chance: the app is going away with unsaved text."""
        body = self._text_area.text
        backend = getattr(self.app, "backend", None)
        if body != self.saved_body and backend is not None and backend.store is not None:
            backend.submit(backend.store.save_note, self.target, body, **self.extra)
            self.saved_body = body
