"""Round 11 speed-ups answer exactly like the code they replace (no wall-clock assertions here).

- prefilter: the per-text needle index (`present`), alternatives chosen through it, and the memos of
  `fold`, `search`, `search_folded` and `finditer`;
- text: `clean`, `split_sentences` and `speech_normalised` remembered per text;
- catalog: `CatalogIndex.fuzzy` scores only keys whose length allows the cut-off; `index_for` finds the index
  of a new list of the same entries; descriptions compare with stems worked out once per catalog.

Byte equality of whole analyses, before/after, is checked by `scripts/bench_analysis.py --compare-trees`.
"""

from __future__ import annotations

import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from tui.core.analysis import catalog_index, catalog_match, lexicon, prefilter, pushback, text, verdicts
from tui.core.analysis.catalog_index import build, index_for
from tui.core.analysis.papers import DetectedPaper
from tui.core.analysis.prefilter import Prefiltered, fold, present, prefiltered
from tui.core.models import PaperMeta

from tests.core.test_analysis_speed_equivalence import PATTERNS, _corpus_sentences, _spans

SENTENCES = _corpus_sentences()
# many-alternative regexes: the ones that choose their alternatives through the needle index
MANY = [p.prepare() for p in PATTERNS.values() if p.prepare()._part_of is not None]


def test_some_regexes_choose_alternatives_by_needle():
    assert pushback.DOUBT_SHAPES.prepare()._part_of is not None
    assert lexicon.OPENING_CUES.prepare()._part_of is not None
    assert MANY


def _registered_naively(folded: str) -> frozenset[str]:
    return frozenset(n for n in prefilter._REGISTERED if n in folded)


def test_present_is_every_registered_needle_in_the_text():
    for pattern in PATTERNS.values():
        pattern.prepare()
    for sentence in SENTENCES[:400]:
        folded = fold(sentence)
        assert frozenset(present(folded)) == _registered_naively(folded), sentence
        assert len(set(present(folded))) == len(present(folded))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + " -'.,\u0130\u0131\u017f\u00e9", max_size=60))
def test_present_on_any_text(raw):
    for pattern in PATTERNS.values():
        pattern.prepare()
    folded = fold(raw)
    assert frozenset(present(folded)) == _registered_naively(folded)


def test_registering_a_needle_forgets_what_was_worked_out():
    folded = fold("a zqxjvkw sentence")
    before = present(folded)
    pattern = prefiltered(r"\bzqxjvkw\b|\bqqzzyy\b|\bwwxxv\b|\bvvzzq\b|\bzzkkq\b|\bjjqq\b", 2)
    pattern.prepare()
    assert "zqxjvkw" not in before
    assert "zqxjvkw" in present(folded)
    assert pattern.search("a Zqxjvkw sentence").group(0) == "Zqxjvkw"


def _assert_same(pattern: Prefiltered, sentence: str) -> None:
    plain = pattern.pattern
    expected = plain.search(sentence)
    got = pattern.search(sentence)
    assert (got and got.span()) == (expected and expected.span()), sentence
    got_folded = pattern.search_folded(sentence, fold(sentence))
    assert (got_folded and got_folded.span()) == (expected and expected.span()), sentence
    assert _spans(pattern.finditer(sentence)) == _spans(plain.finditer(sentence)), sentence
    assert _spans(pattern.finditer(sentence)) == _spans(plain.finditer(sentence)), sentence  # remembered


def test_many_alternative_regexes_match_like_the_plain_regex_on_the_corpus():
    for pattern in MANY:
        for sentence in SENTENCES:
            _assert_same(pattern, sentence)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3), st.integers(0, 2**31))
def test_many_alternative_regexes_on_spliced_sentences(chosen, seed):
    rng = random.Random(seed)
    words = " ".join(chosen).split()
    rng.shuffle(words)
    sentence = " ".join(words[: rng.randint(1, len(words))])
    for pattern in MANY:
        _assert_same(pattern, sentence)


def test_finditer_partly_consumed_is_not_remembered():
    pattern = prefiltered(r"\b(?:red\s+flag|grain\s+of\s+salt|big\s+if)\b", 2)
    sentence = "A red flag, a grain of salt and a big if."
    first = next(iter(pattern.finditer(sentence)))
    assert first.group(0) == "red flag"
    assert [m.group(0) for m in pattern.finditer(sentence)] == ["red flag", "grain of salt", "big if"]
    assert [m.group(0) for m in pattern.finditer(sentence)] == ["red flag", "grain of salt", "big if"]


def test_search_folded_on_blanked_text_shares_the_memo_exactly():
    # verdicts blank used-up phrases and pass the fold of the original text
    for sentence in SENTENCES[:300]:
        folded = fold(sentence)
        blanked = sentence
        for pattern, _, _ in verdicts._CUES:
            expected = pattern.pattern.search(blanked)
            got = pattern.search_folded(blanked, folded)
            assert (got and got.span()) == (expected and expected.span()), blanked
            if got is not None:
                blanked = blanked[: got.start()] + " " * (got.end() - got.start()) + blanked[got.end():]


def test_fold_is_remembered_and_unchanged():
    for sentence in SENTENCES[:200] + ["\u0130stanbul \u017fo", "Stra\u00dfe"]:
        assert fold(sentence) == prefilter._fold(sentence)
        assert fold(sentence) is fold(sentence)


def test_a_per_text_memo_hands_back_the_same_object_and_forgets_when_full(monkeypatch):
    from tui.core.analysis import memo

    calls = []
    upper = memo.per_text(lambda t: calls.append(t) or t.upper())
    first = upper("abc")
    assert upper("abc") is first and calls == ["abc"]
    monkeypatch.setattr(memo, "TEXTS_KEPT", 2)
    upper("d"), upper("e")  # full: the next new text starts the memo afresh
    upper("abc")
    assert calls == ["abc", "d", "e", "abc"]


def test_text_helpers_answer_like_their_uncached_selves():
    for sentence in SENTENCES:
        assert text.speech_normalised(sentence) == text.speech_normalised.uncached(sentence)
        assert text.speech_normalised(sentence) == text.speech_normalised.uncached(sentence)
    turn = "I mean, the - the paper, um, gets like, 3x. [pauses] E.g. this one. Next up is X!"
    first = text.split_sentences(turn)
    assert first == text._split_sentences(turn)
    first.append("mutated")
    assert text.split_sentences(turn) == text._split_sentences(turn)  # a fresh list each call
    assert text.clean(" a  [laughs]  b ") == "a b"


def _naive_fuzzy(index, key: str, cutoff: float):
    best = None
    for i, candidate in enumerate(index.keys):
        score = fuzz.ratio(key, candidate)
        if score >= cutoff:
            owner = index.owners[i]
            if best is None or score > best[0] or (score == best[0] and owner < best[1]):
                best = (score, owner)
    return best


def _catalog(rng: random.Random, size: int) -> list[PaperMeta]:
    def word() -> str:
        return "".join(rng.choice("abcdeklmnorst") for _ in range(rng.randint(2, 9)))

    metas = []
    for i in range(size):
        name = word().capitalize() + rng.choice(["", "-2", "VL", "-Net"])
        title = f"{name}: " + " ".join(word() for _ in range(rng.randint(2, 8)))
        aliases = [word() for _ in range(rng.randint(0, 2))]
        metas.append(PaperMeta(arxiv_id=f"2401.{i:05d}", title=title, aliases=aliases))
    return metas


def test_fuzzy_with_length_window_equals_scoring_every_key():
    rng = random.Random(11)
    index = build(_catalog(rng, 300))
    queries = list(index.keys[::7]) + ["".join(rng.choice("abcdeklmnorst") for _ in range(n)) for n in range(1, 40)]
    queries += [k[:-1] for k in index.keys[::11] if len(k) > 2] + [k + "x" for k in index.keys[::13]]
    for key in queries:
        for cutoff in (90, 80, 95, 100, 50):
            assert index.fuzzy(key, cutoff) == _naive_fuzzy(index, key, cutoff), (key, cutoff)


def test_index_for_a_new_list_of_the_same_entries():
    rng = random.Random(5)
    metas = _catalog(rng, 50)
    first = index_for(list(metas))
    assert index_for(list(metas)) is first
    assert index_for(tuple(metas)) is first
    copies = [PaperMeta.model_validate(m.model_dump()) for m in metas]
    assert index_for(copies) is first  # equal entries, same index
    assert index_for(list(copies)) is first
    other = list(metas)
    other[10] = PaperMeta(arxiv_id="2402.00001", title="Other: a different paper", aliases=[])
    assert index_for(other) is not first
    assert index_for(other).metas[10].title == "Other: a different paper"


def test_description_match_uses_the_callers_entries():
    metas = [
        PaperMeta(arxiv_id="2401.00001", title="Pedestrian Classification with Tiny Convolutional Networks", aliases=[]),
        PaperMeta(arxiv_id="2401.00002", title="Something Else Entirely Here", aliases=[]),
    ]
    paper = DetectedPaper(name="pedestrian classification", aliases=[], mentions=[], score=1.0, descriptive=True)
    found = catalog_match.match(paper, metas)
    assert found is metas[0]
    copies = [PaperMeta.model_validate(m.model_dump()) for m in metas]
    assert catalog_match.match(paper, copies) is copies[0]
    assert catalog_index.index_for(copies).title_words()[0][1] >= {"pedest", "classi"}
