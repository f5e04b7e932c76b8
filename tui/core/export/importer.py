"""`papertui import FILE.json`: merge a teammate's JSON export into the store.

Per item (a paper's verdict, one note), the newer timestamp wins; the losing side stays in the history
(verdict history rows, note history rows). Every item where both sides had different values is reported
as a conflict, saying which side won. Tags are united. Library data in the file (titles, claims) is not
imported: it comes from the transcripts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from tui.core.export.bundle import EXPORT_VERSION, ExportBundle, ExportNote
from tui.core.models import NoteTarget


@dataclass
class ImportReport:
    verdicts_added: int = 0
    verdicts_updated: int = 0
    notes_added: int = 0
    notes_updated: int = 0
    tags_added: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"verdicts: {self.verdicts_added} added, {self.verdicts_updated} updated; "
            f"notes: {self.notes_added} added, {self.notes_updated} updated; tags: {self.tags_added} added; "
            f"{self.unchanged} unchanged; {len(self.conflicts)} conflicts"
        )


class ImportFileError(Exception):
    """The file is not a papertui JSON export; the message says where it went wrong."""


def read_bundle(path: Path) -> ExportBundle:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFileError(f"{path}: cannot read: {error}") from error
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ImportFileError(f"{path}:{error.lineno}:{error.colno}: not JSON: {error.msg}") from error
    if not isinstance(data, dict) or data.get("format") != "papertui-export":
        raise ImportFileError(f"{path}: not a papertui export (expected \"format\": \"papertui-export\")")
    if isinstance(data.get("version"), int) and data["version"] > EXPORT_VERSION:
        raise ImportFileError(f"{path}: export version {data['version']} is newer than this papertui understands")
    try:
        return ExportBundle.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ImportFileError(f"{path}: {where}: {first['msg']} ({error.error_count()} problems)") from error


def _target(note: ExportNote) -> NoteTarget:
    return NoteTarget(
        kind=note.kind, paper_key=note.paper_key, episode_key=note.episode_key, turn_index=note.turn_index,
        turn_hash=note.turn_hash, claim_id=note.claim_id,
    )


def import_bundle(bundle: ExportBundle, store) -> ImportReport:
    report = ImportReport()
    for paper in bundle.papers:
        _import_verdict(paper, store, report)
        before = set(store.get_tags(paper.key))
        for tag in sorted(set(paper.tags) - before):
            store.add_tag(paper.key, tag)
            report.tags_added += 1
        for note in paper.notes:
            _import_note(note, store, report)
    for note in bundle.notes:
        _import_note(note, store, report)
    return report


def _import_verdict(paper, store, report: ImportReport) -> None:
    incoming = paper.verdict
    if incoming is None:
        return
    local = store.get_verdict(paper.key)
    if local is None:
        store.import_verdict(paper.key, incoming.verdict, incoming.reason, incoming.at)
        report.verdicts_added += 1
        return
    if (local.verdict, local.reason) == (incoming.verdict, incoming.reason):
        report.unchanged += 1
        return
    if incoming.at > local.at:
        store.import_verdict(paper.key, incoming.verdict, incoming.reason, incoming.at)
        report.verdicts_updated += 1
        report.conflicts.append(
            f"{paper.key}: verdict {local.verdict.value} replaced by the newer {incoming.verdict.value} from the file"
        )
    else:
        report.conflicts.append(
            f"{paper.key}: kept the newer local verdict {local.verdict.value} over {incoming.verdict.value} from the file"
        )


def _import_note(note: ExportNote, store, report: ImportReport) -> None:
    target = _target(note)
    where = note.paper_key or f"{note.episode_key} turn {note.turn_index}"
    local = store.get_note(target)
    if local is not None and local.body == note.body:
        report.unchanged += 1
        return
    if local is not None and local.updated >= note.updated:
        report.conflicts.append(f"{where}: kept the newer local {note.kind} note over the one in the file")
        return
    store.import_note(
        target, note.body, created=note.created, updated=note.updated, turn_text=note.turn_text,
        claim_text=note.claim_text, orphaned=note.orphaned,
    )
    if local is None:
        report.notes_added += 1
    else:
        report.notes_updated += 1
        report.conflicts.append(f"{where}: local {note.kind} note replaced by the newer one from the file")
