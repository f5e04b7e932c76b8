"""Obsidian vault export: frontmatter, quote callouts, and re-export that keeps the user's edits."""

from __future__ import annotations

import yaml

from tests.core.test_export import HOSTILE, make_episode, make_papers
from tui.core.export import build_bundle
from tui.core.export.obsidian import BEGIN, END, export_obsidian
from tui.core.models import NoteTarget, Verdict
from tui.core.store import Store


def _front(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def _export(store, vault, **kwargs):
    bundle = build_bundle(make_papers(), store, library_episodes=[make_episode()], include_store_only=False)
    return export_obsidian(bundle, vault, **kwargs)


def test_one_file_per_paper_with_frontmatter_and_callouts(tmp_path):
    with Store.open(tmp_path / "data") as store:
        store.set_verdict("arxiv:2401.00001", Verdict.DEPLOY_READY, "ships")
        store.save_note(NoteTarget(kind="paper", paper_key="arxiv:2401.00001"), "My **plan**.")
        report = _export(store, tmp_path / "vault")
    assert sorted(p.name for p in report.created) == ["muller2024fast.md", "slowmodel.md"]
    text = (tmp_path / "vault" / "muller2024fast.md").read_text()
    meta = _front(text)
    assert meta["title"] == "Fast Decoding for Everyone" and meta["authors"] == ["Jane Müller", "Li Wei"]
    assert meta["year"] == 2024 and meta["arxiv"] == "2401.00001" and meta["verdict"] == "deploy-ready"
    assert meta["episodes"] == ["Episode one"] and meta["aliases"] == ["FD"]
    assert "papertui/deploy-ready" in meta["tags"]
    assert "> [!quote] Ben · 1:02 · efficiency" in text and "My **plan**." in text
    assert text.count(BEGIN) == 1 and text.count(END) == 1


def test_reexport_updates_owned_parts_and_keeps_user_edits(tmp_path):
    vault = tmp_path / "vault"
    with Store.open(tmp_path / "data") as store:
        store.set_verdict("arxiv:2401.00001", Verdict.RESEARCH_ONLY)
        _export(store, vault)
        path = vault / "muller2024fast.md"
        text = path.read_text()
        head, body = text.split("---\n", 2)[1:]
        edited = "---\n" + head + "rating: 5\nreading-list:\n  - later\n---\n" + "Intro I wrote.\n" + body
        edited += "My own conclusion, below the region.\n"
        path.write_text(edited)

        store.set_verdict("arxiv:2401.00001", Verdict.SKIP, "changed")
        report = _export(store, vault)
        assert path in report.updated
        new = path.read_text()
        meta = _front(new)
        assert meta["verdict"] == "skip" and meta["rating"] == 5 and meta["reading-list"] == ["later"]
        assert "Intro I wrote." in new and "My own conclusion, below the region." in new
        assert "changed" in new and new.count(BEGIN) == 1
        assert path in _export(store, vault).unchanged  # nothing new: the file is not rewritten


def test_file_without_markers_is_left_alone_unless_forced(tmp_path):
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "muller2024fast.md").write_text("my own page, no markers\n")
    with Store.open(tmp_path / "data") as store:
        report = _export(store, vault)
        assert any("left alone" in message for message in report.skipped)
        assert (vault / "muller2024fast.md").read_text() == "my own page, no markers\n"
        forced = _export(store, vault, force=True)
    assert vault / "muller2024fast.md" in forced.updated
    assert BEGIN in (vault / "muller2024fast.md").read_text()


def test_note_text_cannot_break_the_owned_region(tmp_path):
    with Store.open(tmp_path / "data") as store:
        store.save_note(NoteTarget(kind="paper", paper_key="arxiv:2401.00001"), HOSTILE)
        _export(store, tmp_path / "vault")
        text = (tmp_path / "vault" / "muller2024fast.md").read_text()
        assert text.count(END) == 1
        assert _export(store, tmp_path / "vault").skipped == []
