"""Export of 2,000 papers, each with a verdict, a note and tags and a discussion with claims, to every
format (the store is a temporary one)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Figure, generator, require

PAPERS = 2000


def _library_papers():
    from tui.core.identity import claim_anchor, paper_key
    from tui.core.models import Claim, ClaimKind, Discussion, LibraryPaper, PaperDiscussion, PaperMeta

    gen = generator()
    specs = gen.make_papers(PAPERS, 7)
    by_name = {p.name: p for p in specs}
    claims: dict[str, list[tuple[str, object]]] = {}
    number = 1
    while len(claims) < PAPERS and number < 20 * PAPERS:
        episode = gen.generate_episode(number, 7, specs)
        for claim in episode.claims:
            claims.setdefault(claim.paper, []).append((f"ep{number}", claim))
        number += 1
    papers = []
    for spec in specs:
        key = paper_key(arxiv_id=spec.arxiv_id)
        found = claims.get(spec.name, [])[:6]
        discussion = PaperDiscussion(key=key, name=spec.name, arxiv_id=spec.arxiv_id, claims=[
            Claim(id=claim_anchor(ep, c.turn, c.text), paper=key, turn=c.turn, speaker=c.speaker, text=c.text,
                  kind=ClaimKind(c.kind)) for ep, c in found])
        meta = PaperMeta(**{k: v for k, v in by_name[spec.name].catalog_record().items()})
        papers.append(LibraryPaper(key=key, name=spec.name, meta=meta, discussions=[
            Discussion(episode_key=found[0][0] if found else "ep0", episode_title=f"Episode about {spec.name}",
                       source="generated.txt", paper=discussion)]))
    return papers


def run() -> list[Figure]:
    export = require("tui.core.export")
    store_module = require("tui.core.store")
    models = require("tui.core.models")
    papers = _library_papers()
    figures = []
    with tempfile.TemporaryDirectory(prefix="papertui-bench-") as tmp:
        store = store_module.Store.open(Path(tmp) / "data")
        verdicts = list(models.Verdict)
        for i, paper in enumerate(papers):
            store.set_verdict(paper.key, verdicts[i % len(verdicts)], reason="generated")
            store.save_note(models.NoteTarget(kind="paper", paper_key=paper.key),
                            f"# {paper.name}\n\nWorth a look for the {i % 7}th reason. *Italic* and `code`.")
            store.set_tags(paper.key, ["bench", f"group-{i % 10}"])
        started = time.perf_counter()
        bundle = export.build_bundle(papers, store)
        figures.append(Figure("export", f"gather {len(bundle.papers)} papers with notes (bundle)",
                              f"{(time.perf_counter() - started) * 1000:.0f} ms"))
        for name in export.FORMATS:
            started = time.perf_counter()
            if name == "obsidian":
                from tui.core.export.obsidian import export_obsidian

                export_obsidian(bundle, Path(tmp) / "vault")
            else:
                text = export.RENDERERS[name](bundle)
                export.atomic_write_text(Path(tmp) / f"out{export.SUFFIXES[name]}", text)
            figures.append(Figure("export", f"{name}", f"{(time.perf_counter() - started) * 1000:.0f} ms"))
        store.close()
    return figures
