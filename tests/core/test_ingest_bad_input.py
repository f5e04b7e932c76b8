"""Bad input gives problems that name the file, what is wrong and where; other files still load."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui.core.ingest import IngestError, load_file, load_paths, parse_bytes, parse_text

GOOD = "Ana: Hello there.\nBen: Hi.\n"


def only_problem(path: Path):
    episode, problems = load_file(path)
    assert episode is None
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.source == str(path) and problem.severity == "error"
    return problem


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    assert "empty" in only_problem(write(tmp_path, "empty.txt", b"")).message
    assert "empty" in only_problem(write(tmp_path, "blank.vtt", b" \n\r\n\t")).message
    assert "empty" in only_problem(write(tmp_path, "bom.txt", b"\xef\xbb\xbf")).message


def test_binary_file_names_the_nul_offset(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))))
    assert "binary" in problem.message and problem.offset == 8
    assert "image.txt (byte 8)" in problem.describe()


def test_control_character_soup_is_binary(tmp_path: Path) -> None:
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 65]) * 50
    assert "binary" in only_problem(write(tmp_path, "blob.srt", data)).message


def test_invalid_utf8_falls_back_with_a_warning(tmp_path: Path) -> None:
    data = "Ana: caf\u00e9 and cr\u00e8me\nBen: \u201cquoted\u201d\n".encode("cp1252")
    path = write(tmp_path, "legacy.txt", data)
    episode, problems = load_file(path)
    assert episode is not None and episode.turns[0].text == "caf\u00e9 and cr\u00e8me"
    assert episode.turns[1].text == "\u201cquoted\u201d"
    (warning,) = problems
    assert warning.severity == "warning" and warning.offset == 8
    assert "0xE9" in warning.message and "Windows-1252" in warning.message
    assert warning in episode.problems


def test_utf16_with_bom_and_utf8_bom(tmp_path: Path) -> None:
    for name, data in [
        ("u16.txt", b"\xff\xfe" + GOOD.encode("utf-16-le")),
        ("u16be.txt", b"\xfe\xff" + GOOD.encode("utf-16-be")),
        ("u8.txt", b"\xef\xbb\xbf" + GOOD.encode()),
        ("u16nobom.txt", GOOD.encode("utf-16-le")),
    ]:
        episode, problems = load_file(write(tmp_path, name, data))
        assert episode is not None and episode.speakers == ["Ana", "Ben"], (name, problems)
        assert problems == []


def test_broken_utf8_after_a_bom_is_replaced_with_a_warning(tmp_path: Path) -> None:
    episode, problems = load_file(write(tmp_path, "bom.txt", b"\xef\xbb\xbfAna: ok \xff\n"))
    assert episode is not None and episode.turns[0].text == "ok \ufffd"
    assert [(p.severity, p.offset) for p in problems] == [("warning", 11)]
    assert "utf-8 (from its byte-order mark) at byte offset 11" in problems[0].message


def test_unreadable_cue_timing_is_a_warning_with_the_line(tmp_path: Path) -> None:
    text = "WEBVTT\n\n00:99.000 --> 00:02.000\n<v Ana>Odd timing.\n\n00:02.000 --> 00:03.000\n<v Ben>Fine.\n"
    episode, problems = load_file(write(tmp_path, "odd.vtt", text))
    assert episode is not None and episode.turns[0].start is None and episode.turns[1].start == 2.0
    assert [(p.line, p.severity) for p in problems] == [(3, "warning")]
    assert "cannot read the cue timing '00:99.000 --> 00:02.000'" in problems[0].message


def test_malformed_json_has_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.json", '{"version": "1.0.0",\n "segments": [\n  {"body": "hi",}\n]}')
    problem = only_problem(path)
    assert "malformed JSON" in problem.message
    assert (problem.line, problem.column) == (3, 17)
    assert problem.describe().startswith(f"{path}:3:17: error: malformed JSON")


def test_wrong_json_shape_says_what_and_where(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, "config.json", '{"name": "x", "settings": {}}'))
    assert "expected an object with a \"segments\" array" in problem.message and "'name'" in problem.message
    problem = only_problem(write(tmp_path, "numbers.json", "[1, 2, 3]"))
    assert "an array of 3 (int)" in problem.message
    problem = only_problem(write(tmp_path, "records.json", '[{"id": "a1", "title": "A paper", "url": "https://x"}]'))
    assert "got an array of 1 (dict)" in problem.message  # records are not speaker -> line pairs
    problem = only_problem(write(tmp_path, "segs.json", '{"version": "1", "segments": {"a": 1}}'))
    assert problem.message == "segments: expected an array of segments, got an object"


def test_bad_segment_fields_are_warnings_with_their_path(tmp_path: Path) -> None:
    segments = [{"speaker": "Ana", "startTime": i, "endTime": i + 1, "body": "word"} for i in range(5)]
    segments[3]["startTime"] = "soon"
    segments[4]["body"] = 42
    path = write(tmp_path, "p20.json", json.dumps({"version": "1.0.0", "segments": segments}))
    episode, problems = load_file(path)
    assert episode is not None and episode.turns[0].text == "word word word word"
    messages = [p.message for p in problems]
    assert messages == [
        "segments[3].startTime: expected a number of seconds, got a string ('soon'); time ignored",
        "segments[4].body: expected a string, got a number (42); skipped",
    ]
    assert all(p.severity == "warning" and p.source == str(path) for p in problems)


def test_warnings_are_capped(tmp_path: Path) -> None:
    segments = [{"speaker": "Ana", "startTime": "x", "body": "w"} for _ in range(100)]
    episode, problems = load_file(write(tmp_path, "many.json", json.dumps({"version": "1", "segments": segments})))
    assert episode is not None and len(problems) == 21
    assert problems[-1].message == "... and 80 more warnings like these"


def test_json_nested_too_deeply(tmp_path: Path) -> None:
    assert "nested too deeply" in only_problem(write(tmp_path, "deep.json", "[" * 100_000)).message


def test_no_cues_and_not_a_catalog(tmp_path: Path) -> None:
    episode, problems = load_file(write(tmp_path, "x.vtt", "WEBVTT\n\njust words\n"))
    assert episode is None
    assert [(p.severity, p.message) for p in problems] == [
        ("warning", "line 3: text outside any cue (no timing line before it) was skipped"),
        ("error", "WebVTT file has no cues (no 'start --> end' timing lines)"),
    ]
    problem = only_problem(write(tmp_path, "papers.json", '{"papers": [{"title": "A"}]}'))
    assert "paper catalog" in problem.message


def test_file_over_the_size_limit_is_refused_without_reading(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PAPERTUI_MAX_TRANSCRIPT_MB", "1")
    path = write(tmp_path, "huge.txt", b"Ana: " + b"x" * (2 * 1024 * 1024))
    problem = only_problem(path)
    assert "2.0 MB, over the 1 MB limit" in problem.message and "PAPERTUI_MAX_TRANSCRIPT_MB" in problem.message


def test_a_single_five_megabyte_line(tmp_path: Path) -> None:
    line = ("Ana: " + "tokens and [more] text (and asides) : <b> 10:30 & " * 100_000)[: 5 * 1024 * 1024]
    episode, problems = load_file(write(tmp_path, "oneline.txt", line))
    assert episode is not None and episode.speakers == ["Ana"]
    (warning,) = problems
    assert warning.line == 1 and "characters long" in warning.message


def test_unreadable_file_and_folder_do_not_stop_the_rest(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, "a_good.txt", GOOD)
    secret = write(tmp_path, "b_secret.txt", GOOD)
    locked = tmp_path / "c_locked"
    locked.mkdir()
    write(locked, "inside.txt", GOOD)
    real_open, real_scandir = open, os.scandir

    def fake_open(path, *args, **kwargs):
        if str(path) == str(secret):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def fake_scandir(path):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("builtins.open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)
    result = load_paths([tmp_path])
    assert [Path(e.source).name for e in result.episodes] == ["a_good.txt"]
    assert [(p.source, p.message) for p in result.problems] == [
        (str(locked), "cannot read folder: permission denied"),
        (str(secret), "cannot read: permission denied"),
    ]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_really_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.txt", GOOD)
    path.chmod(0)
    try:
        assert only_problem(path).message == "cannot read: permission denied"
    finally:
        path.chmod(0o644)


def test_missing_paths_and_folders(tmp_path: Path) -> None:
    result = load_paths([tmp_path / "nope.txt"])
    assert [(p.source, p.message) for p in result.problems] == [(str(tmp_path / "nope.txt"), "no such file or folder")]
    episode, problems = load_file(tmp_path)
    assert episode is None and problems[0].message == "is a folder, not a file"


def test_folder_walk_skips_hidden_catalogs_and_other_suffixes(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", ".hidden.txt", "papers.json", "x.papers.json", "refs.bib", "notes.pdf", "README.md"]:
        write(tmp_path, name, "**Ana:** hi" if name.endswith(".md") else GOOD)
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "c.txt", GOOD)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>hi\n")
    result = load_paths([tmp_path])
    assert [Path(e.source).relative_to(tmp_path).as_posix() for e in result.episodes] == ["a.md", "b.txt", "sub/c.vtt"]
    assert result.problems == []
    explicit = load_paths([tmp_path / "notes.pdf"])  # named explicitly: always tried
    assert len(explicit.episodes) == 1


def test_parse_text_raises_ingest_error_and_parse_bytes_does_not() -> None:
    with pytest.raises(IngestError) as info:
        parse_text("{oops", "bad.json")
    assert (info.value.line, info.value.column) == (1, 2)
    episode, problems = parse_bytes(b"{oops", "bad.json")
    assert episode is None and problems[0].line == 1
    with pytest.raises(IngestError, match="unknown format"):
        parse_text(GOOD, "a.txt", format="docx")
