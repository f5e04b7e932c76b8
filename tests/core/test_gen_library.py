"""The synthetic library generator: deterministic, every format readable by the real readers, sane shape."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_generator():
    spec = importlib.util.spec_from_file_location("gen_library", ROOT / "scripts" / "gen_library.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


STAGE = re.compile(r"^[\[(](?:laughs|pauses|sighs|chuckles)[\])] ")
STAMP = re.compile(r"\\?\[\d\d:\d\d\\?\]")


def _plain(text: str) -> str:
    """Text without the Markdown timestamps the writer inserts, whitespace folded."""
    return " ".join(STAMP.sub("", text).split())


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_other_seed_other_library(tmp_path):
    gen.generate_library(tmp_path / "a", 10, seed=3)
    gen.generate_library(tmp_path / "b", 10, seed=3)
    gen.generate_library(tmp_path / "c", 10, seed=4)
    assert _snapshot(tmp_path / "a") == _snapshot(tmp_path / "b")
    assert _snapshot(tmp_path / "a") != _snapshot(tmp_path / "c")


def test_an_episode_does_not_depend_on_how_many_are_generated():
    papers = gen.make_papers(50, 5)
    assert gen.render(gen.generate_episode(7, 5, papers)) == gen.render(gen.generate_episode(7, 5, papers))
    small, large = tuple(gen.make_papers(n, 5) for n in (20, 50))
    assert [p.name for p in small] == [p.name for p in large[:20]]


def test_turn_counts_respect_bounds_and_average_near_75():
    papers = gen.make_papers(200, 1)
    counts = [len(gen.generate_episode(n, 1, papers).turns) for n in range(1, 201)]
    assert min(counts) >= 30 and max(counts) <= 400
    assert 60 <= sum(counts) / len(counts) <= 90
    long = gen.generate_episode(1, 1, papers, turns_min=2000, turns_max=2000)
    assert len(long.turns) == 2000


def test_episodes_have_papers_intros_claims_pushback_and_wrap_up():
    papers = gen.make_papers(40, 2)
    episode = gen.generate_episode(3, 2, papers, turns_min=120, turns_max=120)
    text = "\n".join(t.text for t in episode.turns)
    assert 2 <= len(episode.papers) <= 5
    for paper in episode.papers:
        assert paper.name in text
    assert any(c.doubted for c in episode.claims)
    assert any(ch.isdigit() for c in episode.claims for ch in c.text)
    assert "verdict" in text.lower() or "judgement" in text.lower() or "wrap up" in text.lower()
    # Speakers alternate, so each written turn is a turn again after parsing.
    assert all(a.speaker != b.speaker for a, b in zip(episode.turns, episode.turns[1:]))


def test_catalog_lists_every_paper(tmp_path):
    counts = gen.generate_library(tmp_path, 12, seed=9)
    catalog = json.loads((tmp_path / "papers.json").read_text(encoding="utf-8"))
    assert len(catalog["papers"]) == counts["papers"] == 12
    record = catalog["papers"][0]
    assert {"arxiv_id", "title", "authors", "year", "abstract", "url", "aliases", "tags"} <= set(record)


def test_every_format_is_read_back_by_the_real_readers(tmp_path):
    ingest = pytest.importorskip("tui.core.ingest")
    formats = gen.FORMATS
    gen.generate_library(tmp_path, len(formats) * 2, seed=11, formats=formats)
    papers = gen.make_papers(max(12, len(formats) * 2), 11)
    result = ingest.load_paths([tmp_path])
    assert result.problems == []
    by_source = {Path(e.source).name: e for e in result.episodes}
    assert len(by_source) == len(formats) * 2  # papers.json is a catalog, not an episode
    for number in range(1, len(formats) * 2 + 1):
        spec = gen.generate_episode(number, 11, papers, fmt=formats[(number - 1) % len(formats)])
        episode = by_source[spec.filename]
        if spec.format == "whisper":  # no speakers in Whisper JSON: turns cannot be told apart
            assert episode.turns
            continue
        assert len(episode.turns) == len(spec.turns), spec.filename
        for read, written in zip(episode.turns, spec.turns):
            assert _plain(read.text) == _plain(STAGE.sub("", written.text)), spec.filename
        if spec.format != "whisperx":  # WhisperX only has SPEAKER_nn labels
            assert set(episode.speakers) == set(spec.speakers), spec.filename


def test_command_line_writes_the_library_and_rejects_bad_arguments(tmp_path, capsys):
    assert gen.main(["--episodes", "3", "--seed", "2", "--out", str(tmp_path)]) == 0
    assert "wrote 3 episodes" in capsys.readouterr().out
    assert len(list(tmp_path.iterdir())) == 4
    with pytest.raises(SystemExit):
        gen.main(["--episodes", "3", "--out", str(tmp_path), "--formats", "docx"])
    assert "unknown format" in capsys.readouterr().err
