"""Obsidian export: one Markdown file per paper in a vault folder, re-exportable without losing the user's edits.

papertui owns two parts of each file: the frontmatter keys in `OWNED_KEYS` (other properties the user adds
are kept) and the text between `BEGIN` and `END`. Everything else is the user's. Re-exporting rewrites only
the owned parts; a file without intact markers is left alone unless `force` is given. Rules: docs/EXPORT.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tui.core.export import yamlfront
from tui.core.export.bundle import ExportBundle, ExportPaper
from tui.core.export.files import ExportError, atomic_write_text, sanitise_filename
from tui.core.export.markdown import VERDICT_TITLES
from tui.core.export.text import md_inline, one_line, quote_block, timestamp

BEGIN = "<!-- papertui:begin -->"
END = "<!-- papertui:end -->"
OWNED_NOTICE = "<!-- papertui rewrites everything between these markers on export; write your own notes outside them. -->"
OWNED_KEYS = ("title", "authors", "year", "arxiv", "verdict", "tags", "episodes", "aliases", "papertui-key", "citekey")
USER_SECTION = "\n## My notes\n\n"


@dataclass
class ObsidianReport:
    created: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one message per file left alone


def filename_for(paper: ExportPaper) -> str:
    return sanitise_filename(paper.citekey or paper.arxiv_id or paper.name, suffix=".md", fallback="paper")


def frontmatter(paper: ExportPaper) -> list[str]:
    tags = sorted({t.replace(" ", "-") for t in paper.all_tags} | {f"papertui/{paper.effective_verdict.value}"})
    episodes = sorted({d.episode_title for d in paper.discussions})
    fields = [
        ("title", paper.title), ("authors", paper.authors), ("year", paper.year), ("arxiv", paper.arxiv_id),
        ("verdict", paper.effective_verdict.value), ("tags", tags), ("episodes", episodes),
        ("aliases", paper.aliases), ("papertui-key", paper.key), ("citekey", paper.citekey),
    ]
    return yamlfront.emit(fields)


def _safe_body(text: str) -> str:
    """Note and quote text must not be able to close or open the owned region."""
    return text.replace("<!--", "&lt;!--")


def owned_region(paper: ExportPaper) -> str:
    lines = [BEGIN, OWNED_NOTICE, f"# {md_inline(paper.title)}", ""]
    facts = []
    if paper.authors:
        facts.append(md_inline(", ".join(paper.authors)))
    if paper.year:
        facts.append(str(paper.year))
    if paper.arxiv_id:
        facts.append(f"[arXiv:{paper.arxiv_id}](https://arxiv.org/abs/{paper.arxiv_id})")
    if facts:
        lines += [" · ".join(facts), ""]
    verdict = paper.verdict
    line = f"**Verdict:** {VERDICT_TITLES[paper.effective_verdict.value]}"
    if verdict and verdict.reason:
        line += f" — {md_inline(verdict.reason)}"
    lines.append(line)
    if paper.suggested.verdict:
        lines.append(f"**Suggested:** {paper.suggested.verdict} (confidence {paper.suggested.confidence:.2f})")
    lines.append("")
    for discussion in paper.discussions:
        if not discussion.claims:
            continue
        lines += [f"## Claims in {md_inline(discussion.episode_title)}", ""]
        for claim in discussion.claims:
            when = f" · {timestamp(claim.start)}" if claim.start is not None else ""
            lines.append(f"> [!quote] {md_inline(claim.speaker)}{when} · {claim.kind}")
            lines += quote_block(_safe_body(one_line(claim.text)))
            for push in claim.pushback:
                who = md_inline(push.speaker) if push.speaker else f"turn {push.turn}"
                said = f": {_safe_body(one_line(push.text))}" if push.text else ""
                lines += [">", f"> *Pushback from {who}*{said}"]
            lines.append("")
    if paper.notes:
        lines += ["## Notes", ""]
        for note in paper.notes:
            if note.kind != "paper":
                label = f"On turn {note.turn_index} of episode {note.episode_key}"
                lines.append(f"*{label}{' (orphaned)' if note.orphaned else ''}:*")
                lines.append("")
            lines += [_safe_body(note.body).rstrip(), ""]
    lines.append(END)
    return "\n".join(lines)


def render_new(paper: ExportPaper) -> str:
    return "\n".join(["---", *frontmatter(paper), "---", owned_region(paper)]) + "\n" + USER_SECTION


def render_update(paper: ExportPaper, existing: str) -> str | None:
    """The file with its owned parts replaced, or None when the markers are missing or broken."""
    front, body = yamlfront.split_frontmatter(existing)
    if body.count(BEGIN) != 1 or body.count(END) != 1 or body.index(BEGIN) > body.index(END):
        return None
    before, rest = body.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    kept = [line for key, group in yamlfront.top_level_groups(front or []) if key not in OWNED_KEYS for line in group]
    head = "\n".join(["---", *frontmatter(paper), *kept, "---"])
    return head + "\n" + before + owned_region(paper) + after


def export_obsidian(bundle: ExportBundle, folder: Path, *, force: bool = False) -> ObsidianReport:
    report = ObsidianReport()
    folder.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for paper in bundle.papers:
        name = filename_for(paper)
        while name.lower() in used:  # case-insensitive filesystems: never let two papers share a file
            name = name[:-3] + "-2.md"
        used.add(name.lower())
        path = folder / name
        try:
            if not path.exists():
                atomic_write_text(path, render_new(paper))
                report.created.append(path)
                continue
            existing = path.read_text(encoding="utf-8")
            updated = render_update(paper, existing)
            if updated is None:
                if not force:
                    report.skipped.append(
                        f"{path}: no intact papertui markers ({BEGIN} ... {END}); left alone (use --force to replace it)"
                    )
                    continue
                updated = render_new(paper)
            if updated == existing:
                report.unchanged.append(path)
                continue
            atomic_write_text(path, updated, force=True)
            report.updated.append(path)
        except (OSError, UnicodeDecodeError, ExportError) as error:
            report.skipped.append(f"{path}: {error}")
    return report
