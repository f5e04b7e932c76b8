"""The Markdown digest: one document, papers grouped by verdict, with claims, pushback and the user's notes."""

from __future__ import annotations

from tui.core.export.bundle import ExportBundle, ExportPaper
from tui.core.export.text import md_inline, quote_block, timestamp

VERDICT_TITLES = {
    "deploy-ready": "Deploy-ready",
    "research-only": "Research-only",
    "skip": "Skip",
    "unsorted": "Not decided yet",
}


def render_markdown(bundle: ExportBundle, title: str = "papertui digest") -> str:
    lines = [f"# {md_inline(title)}", ""]
    if not bundle.papers:
        lines += ["No papers to export.", ""]
    for verdict, papers in bundle.grouped():
        lines += [f"## {VERDICT_TITLES[verdict.value]} ({len(papers)})", ""]
        for paper in papers:
            lines += _paper(paper)
    if bundle.notes:
        lines += ["## Notes on other turns", ""]
        for note in bundle.notes:
            where = f"episode {note.episode_key}, turn {note.turn_index}"
            lines += [f"- {where}:", *quote_block(note.body, "  > "), ""]
    return "\n".join(lines).rstrip() + "\n"


def _paper(paper: ExportPaper) -> list[str]:
    lines = [f"### {md_inline(paper.title)}", ""]
    facts = []
    if paper.authors:
        facts.append(md_inline(", ".join(paper.authors)))
    if paper.year:
        facts.append(str(paper.year))
    if paper.arxiv_id:
        facts.append(f"[arXiv:{paper.arxiv_id}](https://arxiv.org/abs/{paper.arxiv_id})")
    elif paper.url:
        facts.append(f"<{paper.url}>")
    if facts:
        lines += [" · ".join(facts), ""]
    verdict = paper.verdict
    chosen = f"**Verdict:** {verdict.verdict.value}" if verdict else "**Verdict:** not decided yet"
    if verdict and verdict.reason:
        chosen += f" — {md_inline(verdict.reason)}"
    lines.append(f"- {chosen}")
    suggested = paper.suggested
    if suggested.verdict:
        lines.append(f"- **Suggested:** {suggested.verdict} (confidence {suggested.confidence:.2f})")
    else:
        lines.append("- **Suggested:** no call from the discussion")
    if paper.all_tags:
        lines.append("- **Tags:** " + ", ".join(md_inline(t) for t in paper.all_tags))
    lines.append("")
    for discussion in paper.discussions:
        if not discussion.claims:
            continue
        lines += [f"Claims in *{md_inline(discussion.episode_title)}*:", ""]
        for claim in discussion.claims:
            when = f" [{timestamp(claim.start)}]" if claim.start is not None else ""
            lines.append(f"- **{md_inline(claim.speaker)}**{when} ({claim.kind}): “{md_inline(claim.text)}”")
            for push in claim.pushback:
                who = md_inline(push.speaker) if push.speaker else f"turn {push.turn}"
                said = f": “{md_inline(push.text)}”" if push.text else ""
                lines.append(f"  - pushback from {who}{said}")
        lines.append("")
    for note in paper.notes:
        label = {"paper": "Note", "claim": "Note on a claim", "turn": "Note on a turn"}[note.kind]
        if note.orphaned:
            label += " (orphaned: its turn was edited away)"
        lines += [f"**{label}:**", "", *quote_block(note.body), ""]
    return lines
