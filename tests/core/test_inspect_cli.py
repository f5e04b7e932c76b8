"""`papertui inspect`: the summary, --json, exit codes; and every reference/seed file read with the right speakers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "formats"
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference" / "formats"
SEEDS = SHARED / "seeds"

# The reference examples (FORMATS.md beside them is documentation, not a transcript).
REFERENCE_SPEAKERS = {
    "p20_minimal.json": ["Ana", "Ben"],
    "podcastindex_example_p20.json": ["Darth Vader", "Luke"],
    "podcastindex_example_voice-tags_crlf.vtt": ["Sarah", "Gillian"],
    "speaker_lines.txt": ["Ana", "Ben"],
    "speaker_prefix.srt": ["Ana", "Ben"],
    "voice_tags.vtt": ["Ana", "Ben"],
    "voice_tags_bom_crlf.vtt": ["Ana", "Ben"],
    "whisper_minimal.json": ["Speaker"],
    "whisperx_diarized_minimal.json": ["SPEAKER_00", "SPEAKER_01"],
    "youtube_auto.vtt": ["Speaker"],
}
REFERENCE_TURNS = {"speaker_lines.txt": 4, "youtube_auto.vtt": 1, "podcastindex_example_p20.json": 2}


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["inspect", "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_json_output_shape(capsys) -> None:
    code, payload = run_json(capsys, str(FIXTURES / "srt_prefix_bom_crlf.srt"))
    assert code == 0 and payload["problems"] == []
    (episode,) = payload["episodes"]
    assert episode["format"] == "srt" and episode["speakers"] == ["Priya", "Sam"]
    turn = episode["turns"][1]
    assert {k: turn[k] for k in ("index", "speaker", "start", "end")} == {
        "index": 1, "speaker": "Sam", "start": 5.0, "end": 9.0,
    }
    assert turn["text"].startswith("Benchmarks it may have seen?")


def test_summary_lists_format_title_speakers_duration(capsys) -> None:
    assert main(["inspect", str(FIXTURES / "markdown_bold.md")]) == 0
    out = capsys.readouterr().out
    assert "format:   markdown" in out
    assert "title:    Reading Group 7: Quantisation week" in out
    assert "speakers: Maya Chen (3 turns), Theo (2 turns)" in out
    assert "duration: 2:45" in out
    assert out.rstrip().endswith("1 episode loaded")


def test_problems_give_exit_1_and_the_rest_still_prints(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{nope")
    code = main(["inspect", str(FIXTURES / "pairs.json"), str(bad), str(tmp_path / "missing.txt")])
    out = capsys.readouterr().out
    assert code == 1
    assert "speakers: Ana (2 turns), Ben (2 turns)" in out
    assert f"{bad}:1:2: error: malformed JSON" in out
    assert f"{tmp_path / 'missing.txt'}: error: no such file or folder" in out
    code, payload = run_json(capsys, str(bad), str(FIXTURES / "pairs.json"))
    assert code == 1 and len(payload["episodes"]) == 1
    assert payload["problems"][0]["source"] == str(bad) and payload["problems"][0]["line"] == 1


def test_warnings_are_printed_but_exit_0(capsys, tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Ana: caf\u00e9\n".encode("cp1252"))
    assert main(["inspect", str(legacy)]) == 0
    assert "warning: byte 8: not valid UTF-8" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys) -> None:
    assert main(["inspect"]) == 2
    assert "needs at least one file or folder" in capsys.readouterr().err
    assert main(["inspect", "--bogus", "x"]) == 2


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="shared reference files are not beside this checkout")
def test_reference_formats_have_the_right_speakers(capsys) -> None:
    code, payload = run_json(capsys, *(str(REFERENCE / name) for name in REFERENCE_SPEAKERS))
    assert code == 0 and payload["problems"] == []
    by_name = {Path(e["source"]).name: e for e in payload["episodes"]}
    assert {name: e["speakers"] for name, e in by_name.items()} == REFERENCE_SPEAKERS
    for name, turns in REFERENCE_TURNS.items():
        assert len(by_name[name]["turns"]) == turns
    assert all(not e["problems"] for e in payload["episodes"])


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed transcripts are not beside this checkout")
def test_seed_transcripts_alternate_between_their_two_hosts(capsys) -> None:
    code, payload = run_json(capsys, str(SEEDS))
    assert code == 0 and len(payload["episodes"]) == len(list(SEEDS.glob("*.txt")))
    for episode in payload["episodes"]:
        lines = Path(episode["source"]).read_text(encoding="utf-8").splitlines()
        named = [line.split(":", 1)[0] for line in lines if line.strip() and not line[0].isspace()]
        assert sorted(episode["speakers"]) == sorted(set(named))
        assert len(episode["turns"]) == len(named)  # one turn per paragraph: the hosts strictly alternate
        assert any(t["stage_directions"] for t in episode["turns"])
        assert all("[pauses]" not in t["text"] for t in episode["turns"])


def test_real_subprocess_run() -> None:
    targets = [str(FIXTURES)] + ([str(REFERENCE / n) for n in REFERENCE_SPEAKERS] if REFERENCE.is_dir() else [])
    command = "import sys; from tui.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", command, "inspect", "--json", *targets],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert len(payload["episodes"]) == len(targets) - 1 + len(list(FIXTURES.iterdir()))
    assert done.stderr == ""
