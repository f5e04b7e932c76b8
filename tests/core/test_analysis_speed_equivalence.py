"""The analysis's speed-ups give the same answers as the straightforward code they replace.

Prefiltered cue regexes (tui/core/analysis/prefilter.py) must find exactly what the plain regex finds,
memoised per-token helpers must answer like their uncached selves, and verdict scoring with prefilters
must equal scoring clause by clause with every plain regex. Corpus-wide byte equality of the whole
analysis is checked by `scripts/bench_analysis.py --check`.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.core import identity
from tui.core.analysis import claims, lexicon, names, numbers, papers, pipeline, pushback, segments, verdicts
from tui.core.analysis.prefilter import (
    Prefiltered,
    anchors,
    fold,
    lower_case_twin,
    lowers_plainly,
    needles,
    prefiltered,
    split_alternatives,
)
from tui.core.analysis.text import split_sentences

REPO = Path(__file__).resolve().parents[2]


def _all_prefiltered() -> dict[str, Prefiltered]:
    found: dict[str, Prefiltered] = {}
    for module in (lexicon, pushback, verdicts, claims, papers, segments, numbers, pipeline):
        for attr, value in vars(module).items():
            if isinstance(value, Prefiltered):
                found[f"{module.__name__}.{attr}"] = value
    for i, (pattern, _, _) in enumerate(verdicts._CUES):
        found[f"verdicts._CUES[{i}]"] = pattern
    for kind, pattern in claims._KIND_RULES:
        found[f"claims._KIND_RULES[{kind.value}]"] = pattern
    return found


PATTERNS = _all_prefiltered()


def _corpus_sentences() -> list[str]:
    sentences: list[str] = []
    for folder in ("data/episodes", "tests/gold/episodes"):
        for path in sorted((REPO / folder).iterdir()):
            text = path.read_text(encoding="utf-8")
            for line in text.splitlines():
                sentences.extend(split_sentences(line))
    return sentences


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def _same_as_plain(prefilter: Prefiltered, text: str) -> None:
    plain = prefilter.pattern
    expected = plain.search(text)
    got = prefilter.search(text)
    assert (got and (got.span(), got.group(0))) == (expected and (expected.span(), expected.group(0))), text
    assert _spans(prefilter.finditer(text)) == _spans(plain.finditer(text)), text
    assert prefilter.sub("#", text) == plain.sub("#", text), text
    assert prefilter.findall(text) == plain.findall(text), text


def test_the_cue_regexes_are_prefiltered():
    assert {"tui.core.analysis.lexicon.OPENING_CUES", "tui.core.analysis.pushback.PUSHBACK"} <= set(PATTERNS)
    assert len(PATTERNS) >= 20


def test_prefiltered_cues_match_like_plain_regexes_on_the_corpus():
    sentences = list(dict.fromkeys(_corpus_sentences()))
    assert len(sentences) > 300
    sample = sentences[::2] + [" ".join(sentences[i : i + 4]) for i in range(1, len(sentences), 12)]
    for prefilter in PATTERNS.values():
        for text in sample:
            _same_as_plain(prefilter, text)


def _vocabulary() -> list[str]:
    words: set[str] = set()
    for prefilter in PATTERNS.values():
        prefilter.prepare()
        words |= set(prefilter.needles or ())
        for part in prefilter.parts or ():
            words |= set(part.anchors or ()) | set(part.needles or ())
    return sorted(words) + ["paper", "X-Net", "LoRA+", "it", "we'd", "don\u2019t", "really", "not", "one", "2x"]


_WORDS = _vocabulary()
_SEPARATORS = [" ", " ", " ", ", ", ". ", " - ", ": ", "'", "\u2019", "? ", " \u2014 ", "-"]


@st.composite
def _cue_texts(draw) -> str:
    tokens = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
    text = ""
    for token in tokens:
        style = draw(st.sampled_from(["lower", "lower", "title", "upper", "odd"]))
        if style == "title":
            token = token.title()
        elif style == "upper":
            token = token.upper()
        elif style == "odd":  # characters `re.I` equates with ASCII letters
            token = token.replace("i", "\u0131").replace("s", "\u017f").replace("I", "\u0130")
        text += token + draw(st.sampled_from(_SEPARATORS))
    return text.strip()


@settings(max_examples=250, deadline=None)
@given(_cue_texts())
def test_prefiltered_cues_match_like_plain_regexes_on_generated_text(text):
    for prefilter in PATTERNS.values():
        _same_as_plain(prefilter, text)


def test_fold_maps_every_character_re_ignorecase_equates_with_an_ascii_letter_or_digit():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    folded = fold(every)
    assert len(folded) == len(every)  # one character for one: positions carry over
    for target in string.ascii_lowercase + string.digits:
        for pattern in (re.compile(re.escape(target), re.I), re.compile(f"[{target}]", re.I)):
            for match in pattern.finditer(every):
                assert folded[match.start()] == target, hex(ord(match.group()))


def test_needles_and_anchors_of_simple_patterns():
    assert needles(re.compile(r"\bgrain\s+of\s+salt\b", re.I)) in ({"grain"}, {"salt"})
    assert needles(re.compile(r"\b(?:big\s+if|red\s+flag)\b", re.I)) == {"big", "red"} or needles(
        re.compile(r"\b(?:big\s+if|red\s+flag)\b", re.I)
    ) == {"big", "flag"}
    assert needles(re.compile(r"\b(?:so|and)?\s*\w+")) is None  # may match any word
    assert anchors(re.compile(r"\b(?:next\s+up|first)\b", re.I)) == {"next", "first"}
    assert anchors(re.compile(r"(?:^|[.!?]\s+)next\b", re.I)) is None  # may start at punctuation
    assert anchors(re.compile(r"(?:the\s+)?paper", re.I)) is None  # may start at "paper" or "the"
    assert anchors(re.compile(r"[Tt]he\s+end")) == {"the"}


def test_a_text_without_needles_is_ruled_out_and_one_with_them_is_not():
    salt = prefiltered(r"\bgrain\s+of\s+salt\b", re.I)
    assert not salt.may_match(fold("a perfectly ordinary sentence"))
    assert salt.may_match(fold("Take it with a GRAIN of salt"))
    assert salt.search("Take it with a GRAIN of salt").group(0) == "GRAIN of salt"


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"\bnext\b|\bnext\s+up\b", "And next up, the big one. Next up again."),  # a tie: the earlier alternative wins
        (r"\bup\s+next\b|\bnext\b", "next, then up next"),  # the leftmost start wins over the order
        (r"(?<!before )\bwrap\s+up\b|\bsum\s+up\b", "before wrap up, to sum up, wrap up"),  # look-behind before a start
        (r"\bon\b|\bone\b|\bonto\b", "one on onto oneon on"),  # anchors inside other words
        (r"\bab|\bba", "abba ba ab"),  # overlapping candidates
        (r"(?:^|[.!?]\s+)next\b|\bfirst\s+up\b", "First up. Next is X. next"),  # an alternative without anchors
    ],
)
def test_alternatives_run_apart_choose_like_re(source, text):
    prefilter = prefiltered(source, re.I).prepare()
    assert prefilter.parts is not None and len(prefilter.parts) >= 2
    _same_as_plain(prefilter, text)


def test_a_group_of_look_arounds_opening_a_regex_leaves_its_anchors():
    ranked = r"\b(?:(?<!it's\s)(?<!that's\s)|(?!\w+\s+I\s))(?:next|first)\s+one\b"
    assert anchors(re.compile(ranked, re.I)) == {"next", "first"}
    assert anchors(re.compile(r"(?:(?<!a)|b)next", re.I)) is None  # "b" consumes: the match may start there


@pytest.mark.parametrize(
    ("source", "text"),
    [
        # a flag scoped to one alternative does not stop the split (a flag for the whole pattern does)
        (r"\b(?:the|our) last(?!\s+(?-i:[a-z]))|\bnext\b", "The last One, our last word, the last. Next, the LAST x"),
        # look-arounds before the word boundary the anchors must start at
        (r"(?<!\bof\s)(?<!\bthey\s)\b(?:on|one)\b|\bzzz\b", "none on. of one, they one, One on\u0130, _one, \u0131on one"),
        (r"\b(?:(?<!it's\s)|(?!\w+\s+I\s))(?:next|first)\s+one\b|\bzzz", "it's next one, next one I said. first one"),
    ],
)
def test_anchored_alternatives_choose_like_re(source, text):
    prefilter = prefiltered(source, re.I).prepare()
    assert prefilter.parts is not None and all(part.anchors for part in prefilter.parts)
    _same_as_plain(prefilter, text)
    for start in range(len(text)):
        _same_as_plain(prefilter, text[start:])


@pytest.mark.parametrize(
    "source",
    [r"a|b", r"\b(?:a|b)\b|c", r"[|(]x|y", r"[]|]|z", r"\||q", r"(?<!a|b)c|d", r"[^]|]x|e"],
)
def test_split_alternatives_splits_only_at_the_top_level(source):
    parts = split_alternatives(source)
    assert "|".join(parts) == source
    for part in parts:
        re.compile(part)
    assert len(parts) == 2 or source == r"\||q" and parts == [r"\|", "q"]


@pytest.mark.parametrize(
    "source",
    [r"\b(?:first\s+up|next)\b", r"[a-z-]+\s+paper", r"(?<!before )\bwrap\s+up", r"\bnot\s+[\w-]+\b", r"[^a-c]x"],
)
def test_the_lower_case_twin_finds_what_the_regex_finds_on_ascii_text(source):
    regex = re.compile(source, re.I)
    twin = lower_case_twin(regex)
    assert twin is not None
    for text in ["First Up, NEXT", "The LoRA-Plus Paper", "before wrap up. Wrap Up", "NOT-A thing, not x-y", "Ax CX dx"]:
        for start in range(len(text)):
            got, expected = twin.search(text.lower(), start), regex.search(text, start)
            assert (got and got.span()) == (expected and expected.span()), (text, start)


def test_only_ascii_and_caseless_punctuation_count_as_plainly_lowered():
    assert lowers_plainly("It\u2019s \u201cfine\u201d \u2014 mostly\u2026")
    assert not lowers_plainly("Tom\u00e1s") and not lowers_plainly("\u03c00") and not lowers_plainly("\u017fkip")
    for code in range(0x80, 0x3000):
        char = chr(code)
        if lowers_plainly(char):  # a character let through must be its own fold, with no case at all
            assert char.lower() == char == char.upper() == fold(char), hex(code)


@pytest.mark.parametrize(
    ("source", "flags"),
    [(r"\bFirst\b", re.I), (r"[A-Z]\w+", re.I), (r"(a)\1", re.I), (r"first", 0), (r"(?i)first", 0), (r"\u017fkip", re.I)],
)
def test_no_twin_when_case_matters(source, flags):
    assert lower_case_twin(re.compile(source, flags)) is None


def _score_clause_plain(text: str):
    """verdicts._score_clause as first written: every cue regex, in order, on the blanked clause."""
    hits: dict[str, tuple[float, int]] = {}
    for prefilter, verdict, weight in verdicts._CUES:
        match = prefilter.pattern.search(text)
        if match is None:
            continue
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
        if verdict not in hits:
            hits[verdict] = (weight, match.start())
    if not hits:
        return None
    first = min(hits.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    if len(hits) >= 2 and first[1][0] < 3.0 and verdicts._CONTRAST.search(text):
        return verdicts.MIXED, max(w for w, _ in hits.values())
    return first[0], first[1][0]


def test_verdict_scoring_equals_plain_scoring_on_the_corpus():
    for sentence in _corpus_sentences():
        assert verdicts._score_clause(sentence) == _score_clause_plain(sentence), sentence


@settings(max_examples=200, deadline=None)
@given(_cue_texts())
@example("already obsolete until")  # a time qualifier once re-scored the plain cues (it belongs to `stance`)
def test_verdict_scoring_equals_plain_scoring_on_generated_text(text):
    assert verdicts._score_clause(text) == _score_clause_plain(text)


_TOKENS = st.one_of(
    st.sampled_from(["LoRA+", "π0", "BabyVLM-V2", "CNN-based", "GPT-4", "Qwen2.5-VL", "the", "RT-2-X", "Ω-Net", "a-B"]),
    st.text(alphabet=string.ascii_letters + string.digits + "-.+'\u03c0\u00e9", min_size=0, max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(_TOKENS)
def test_memoised_token_helpers_answer_like_uncached_ones(token):
    assert names.is_name_shaped(token) == names.is_name_shaped.__wrapped__(token)
    assert names.strip_token(token) == names.strip_token.__wrapped__(token)
    assert names.norm(token) == identity.normalise_name(token)
    assert lexicon.is_field_term(token) == lexicon.is_field_term.__wrapped__(token)
    assert lexicon.is_known_non_paper(token) == lexicon.is_known_non_paper.__wrapped__(token)


def _catalog():
    from tui.core.metadata.catalog import load_catalog

    catalog, problems = load_catalog(REPO / "tests" / "gold" / "heldout" / "catalog.papers.json")
    assert catalog and not problems
    return catalog


def test_an_equal_catalog_received_again_reuses_its_index_and_a_changed_one_does_not():
    from tui.core.analysis import catalog_index

    catalog = _catalog()
    first = catalog_index.index_for(catalog)
    again = [meta.model_copy(deep=True) for meta in catalog]  # what a worker unpickles with each batch
    assert catalog_index.index_for(again) is first
    changed = [*again[:-1], again[-1].model_copy(update={"title": again[-1].title + " (v2)"})]
    rebuilt = catalog_index.index_for(changed)
    assert rebuilt is not first
    assert rebuilt.exact == catalog_index.build(changed).exact


def test_catalog_name_patterns_are_built_once_per_catalog_and_as_before():
    from tui.core.analysis import catalog_match

    catalog_names = catalog_match.catalog_names(_catalog())
    expected = [
        (r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", name)
        for name in catalog_names.values()
        if len(name) >= 3 and not names.is_name_shaped.__wrapped__(name)
    ]
    built = papers._catalog_patterns(catalog_names)
    assert ("(?<![\\w-])Chronos(?![\\w-])", "Chronos") in expected  # plain words ("Chronos") need a pattern
    assert [(p.pattern, n) for p, n in built] == expected
    assert papers._catalog_patterns(catalog_names) is built
    assert papers._catalog_patterns(dict(catalog_names)) is not built
