"""The scripting CLI on a fresh data dir: verdicts and notes in, every format out, JSON re-imported elsewhere."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.core.test_export import make_papers
from tui.cli import main
from tui.cli import verdict_cmd
from tui.core.library import Library
from tui.core.store import Store

CATALOG = {
    "papers": [
        {"arxiv_id": "2401.11111", "title": "Lightning Decoding: Speculation Without Drafts", "authors": ["Ada Byron"],
         "year": 2024, "aliases": ["Lightning Decoding"]},
        {"arxiv_id": "2403.33333", "title": "Granite Quantisation", "authors": ["Bo Chen"], "year": 2024,
         "aliases": ["Granite"]},
    ]
}
SHOW = """Ana: Welcome to the show. Two papers today.
Ben: First up, Lightning Decoding. They claim a 3x speedup over standard decoding on an A100.
Ana: I doubt that 3x holds for long prompts though.
Ana: Then Granite Quantisation, which says 4-bit weights lose less than 1% accuracy.
Ben: Lightning Decoding is deploy-ready. Granite is research-only for now.
"""


def make_data_dir(root: Path) -> Path:
    library = root / "library"
    library.mkdir(parents=True)
    (library / "papers.json").write_text(json.dumps(CATALOG), encoding="utf-8")
    (library / "show.txt").write_text(SHOW, encoding="utf-8")
    return root


def cli(data: Path, *args: str) -> int:
    return main([*args, "--data-dir", str(data)])


def test_fresh_data_dir_verdicts_notes_every_format_and_reimport(tmp_path, capsys):
    data = tmp_path / "one"  # no library of its own: the bundled demo, as on a fresh install
    assert cli(data, "verdict", "set", "2401.11111", "deploy-ready", "--reason", "drop-in") == 0
    assert cli(data, "verdict", "set", "arxiv:2403.33333", "research") == 0
    assert cli(data, "verdict", "set", "name:unlisted", "skip") == 0
    assert cli(data, "note", "add", "2401.11111", "Benchmark on *our* prompts.") == 0
    assert cli(data, "note", "add", "2401.11111", "Second thought.") == 0
    capsys.readouterr()
    assert cli(data, "verdict", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["paper_key"], r["verdict"]) for r in listed] == [
        ("arxiv:2401.11111", "deploy-ready"), ("arxiv:2403.33333", "research-only"), ("name:unlisted", "skip"),
    ]
    with Store.open(data) as store:
        (note,) = store.notes_for_paper("arxiv:2401.11111")
        assert note.body == "Benchmark on *our* prompts.\n\nSecond thought."

    out = tmp_path / "out"
    for fmt, name in [("markdown", "d.md"), ("json", "e.json"), ("csv", "e.csv"), ("bibtex", "e.bib")]:
        assert cli(data, "export", "--format", fmt, "--out", str(out / name)) == 0
    assert cli(data, "export", "--format", "obsidian", "--out", str(out / "vault")) == 0
    assert (out / "vault").is_dir() and any((out / "vault").glob("*.md"))
    assert "drop-in" in (out / "d.md").read_text() and "@misc{" in (out / "e.bib").read_text()

    # Refuses to overwrite without --force; --out - goes to stdout.
    assert cli(data, "export", "--format", "csv", "--out", str(out / "e.csv")) == 1
    capsys.readouterr()
    assert cli(data, "export", "--format", "json", "--out", "-", "--verdict", "skip") == 0
    only_skip = json.loads(capsys.readouterr().out)
    assert [p["key"] for p in only_skip["papers"]] == ["name:unlisted"]

    second = tmp_path / "two"
    assert cli(second, "import", str(out / "e.json")) == 0
    assert cli(second, "export", "--format", "json", "--out", str(out / "again.json")) == 0
    assert (out / "again.json").read_bytes() == (out / "e.json").read_bytes()


def test_user_library_in_the_data_dir_is_used_for_names(tmp_path, capsys):
    data = make_data_dir(tmp_path)
    assert verdict_cmd.library_paths(type("Args", (), {"data_dir": str(data)})()) == [data / "library"]
    assert cli(data, "verdict", "set", "2403.33333", "skip") == 0
    assert "Granite" in capsys.readouterr().out  # labelled from the user's catalog


def _ambiguous_library(tmp_path: Path) -> Library:
    library = Library([tmp_path / "nothing"])
    fast, _ = make_papers()
    twin = fast.model_copy(update={"key": "arxiv:2401.00002", "name": "Fast Decoding 2", "meta": None, "aliases": []})
    library.papers = {fast.key: fast, twin.key: twin}
    return library


def test_ambiguous_name_lists_candidates_and_changes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(verdict_cmd, "load_library", lambda args, store: _ambiguous_library(tmp_path))
    assert cli(tmp_path, "verdict", "set", "fast decod", "skip") == 1
    err = capsys.readouterr().err
    assert "ambiguous" in err and "arxiv:2401.00001" in err and "arxiv:2401.00002" in err
    assert cli(tmp_path, "note", "add", "fast decod", "text") == 1
    with Store.open(tmp_path) as store:
        assert store.all_verdicts() == {} and store.all_notes() == []
    # An exact alias is not ambiguous.
    assert cli(tmp_path, "verdict", "set", "FD", "skip") == 0
    with Store.open(tmp_path) as store:
        assert list(store.all_verdicts()) == ["arxiv:2401.00001"]


def test_unknown_name_and_bad_verdict_fail_cleanly(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(verdict_cmd, "load_library", lambda args, store: _ambiguous_library(tmp_path))
    assert cli(tmp_path, "verdict", "set", "zzzz qqqq", "skip") == 1
    assert "no paper" in capsys.readouterr().err
    assert cli(tmp_path, "verdict", "set", "arxiv:1", "maybe") == 2
    assert "unknown verdict" in capsys.readouterr().err


def test_undo_and_history(tmp_path, capsys):
    assert cli(tmp_path, "verdict", "set", "name:x", "skip") == 0
    assert cli(tmp_path, "verdict", "set", "name:x", "deploy-ready") == 0
    assert cli(tmp_path, "verdict", "undo") == 0
    capsys.readouterr()
    assert cli(tmp_path, "verdict", "history", "name:x", "--json") == 0
    history = json.loads(capsys.readouterr().out)
    assert [h["verdict"] for h in history] == ["skip", "deploy-ready", "skip"]


def test_backup_writes_a_consistent_copy_and_will_not_overwrite(tmp_path, capsys):
    assert cli(tmp_path, "verdict", "set", "name:x", "skip", "--reason", "kept") == 0
    dest = tmp_path / "copy.db"
    assert cli(tmp_path, "backup", str(dest)) == 0
    conn = sqlite3.connect(dest)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT reason FROM verdicts").fetchall() == [("kept",)]
    conn.close()
    assert cli(tmp_path, "backup", str(dest)) == 1
    assert cli(tmp_path, "backup", str(dest), "--force") == 0
    assert cli(tmp_path, "backup") == 0
    assert len(list((tmp_path / "backups").glob("papertui-*.db"))) == 1


def test_import_of_a_bad_file_is_a_clear_problem(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    assert cli(tmp_path, "import", str(bad)) == 1
    assert "bad.json:1:" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["markdown", "json", "csv", "bibtex"])
def test_empty_store_exports_every_format(tmp_path, capsys, monkeypatch, fmt):
    monkeypatch.setattr(verdict_cmd, "load_library", lambda args, store: Library([tmp_path / "none"]))
    assert cli(tmp_path, "export", "--format", fmt) == 0


def test_an_export_from_the_cache_has_every_claim_of_a_fresh_scan(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """The second run reads cached heads (claims load on demand): its export must equal the first's."""
    data = make_data_dir(tmp_path / "data")
    outputs = []
    for _ in range(2):
        assert cli(data, "export", "--format", "json") == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    exported = json.loads(outputs[0])
    claims = [c["text"] for p in exported["papers"] for d in p["discussions"] for c in d["claims"]]
    assert any("3x speedup" in text for text in claims)
