"""Property tests: random bytes and near-valid variants of every format give problems, never exceptions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.ingest import parse_bytes
from tui.core.ingest.builder import ANONYMOUS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
SAMPLES = {path.name: path.read_bytes() for path in sorted(FIXTURES.iterdir())}
JSON_SAMPLES = {name: json.loads(data.decode("utf-8-sig")) for name, data in SAMPLES.items() if name.endswith(".json")}
SUFFIXES = [".txt", ".md", ".vtt", ".srt", ".json", ""]
# Characters that matter to the readers: separators, brackets, tags, timing arrows, JSON punctuation.
TRICKY = st.sampled_from(
    [":", "::", "[", "]", "(", ")", "<", ">", "</v>", "<v ", "-->", " --> ", "\n", "\r", "\r\n", "\n\n", "{", "}",
     '"', ",", "- ", "**", "\\[", "&", "&#", "\ufeff", "\x00", "\xff", "WEBVTT", "NOTE", "00:00:01,000", "9" * 30,
     "Ana:", "[SPEAKER_00]:", "\u00e9", "\ud7ff"]
)
RELAXED = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(data: bytes, source: str) -> None:
    episode, problems = parse_bytes(data, source)
    assert all("internal error" not in p.message for p in problems), [p.message for p in problems]
    if episode is None:
        assert any(p.severity == "error" for p in problems)
        assert all(p.source == source for p in problems)
    else:
        assert [t.index for t in episode.turns] == list(range(len(episode.turns)))
        assert episode.speakers == list(dict.fromkeys(t.speaker for t in episode.turns))
        # One speaker's pieces are one turn; only speech nobody is named for is cut into paragraph turns.
        assert all(a.speaker != b.speaker or a.speaker == ANONYMOUS for a, b in zip(episode.turns, episode.turns[1:]))
        assert all(t.start is None or t.start >= 0 for t in episode.turns)


@RELAXED
@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_random_bytes(data: bytes, suffix: str) -> None:
    check(data, f"random{suffix}")


@st.composite
def mutated(draw: st.DrawFn) -> tuple[bytes, str]:
    name = draw(st.sampled_from(sorted(SAMPLES)))
    text = SAMPLES[name].decode("utf-8", errors="replace")
    for _ in range(draw(st.integers(1, 6))):
        size = len(text)
        at = draw(st.integers(0, size))
        kind = draw(st.sampled_from(["insert", "delete", "duplicate", "truncate", "swap"]))
        if kind == "insert":
            piece = draw(st.one_of(TRICKY, st.text(max_size=8)))
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif kind == "duplicate":
            text = text[:at] + text[at : at + 60] + text[at:]
        elif kind == "truncate":
            text = text[:at]
        else:
            other = draw(st.integers(0, size))
            low, high = sorted((at, other))
            text = text[:low] + text[high:high + 20] + text[low + 20:high] + text[low:low + 20] + text[high + 20:]
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252-ish"]))
    if encoding == "cp1252-ish":
        data = text.encode("cp1252", errors="replace")
    else:
        data = text.encode(encoding, errors="surrogatepass")
    return data, name


@RELAXED
@given(mutated())
def test_near_valid_text_variants(sample: tuple[bytes, str]) -> None:
    data, name = sample
    check(data, name)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _replace_somewhere(value: Any, path: list[int], replacement: Any) -> Any:
    """Walk containers by the given choices and replace the value reached."""
    if not path or not isinstance(value, (list, dict)) or not value:
        return replacement
    choice, rest = path[0], path[1:]
    if isinstance(value, list):
        index = choice % len(value)
        copy = list(value)
        copy[index] = _replace_somewhere(value[index], rest, replacement)
        return copy
    key = list(value)[choice % len(value)]
    return {**value, key: _replace_somewhere(value[key], rest, replacement)}


@RELAXED
@given(
    st.sampled_from(sorted(JSON_SAMPLES)),
    st.lists(st.integers(0, 50), min_size=0, max_size=5),
    JSON_VALUES,
)
def test_near_valid_json_shapes(name: str, path: list[int], replacement: Any) -> None:
    data = _replace_somewhere(JSON_SAMPLES[name], path, replacement)
    check(json.dumps(data).encode(), name)
