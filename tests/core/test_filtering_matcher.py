"""Matching rows: free text (exact and typo-tolerant), fields, flags, negation, spans, and incremental
narrowing giving exactly the answers of a fresh search."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.filtering import FilterIndex, FilterRow, IncrementalFilter, filter_rows

ROWS = [
    FilterRow("t0", "Welcome back, three papers today.", {"speaker": "Ana", "verdict": "unsorted"}),
    FilterRow("t1", "First up is LongCat-Flash-Omni, a big attention model.",
              {"speaker": "Lily", "paper": ["LongCat-Flash-Omni", "arxiv:2511.00279"], "verdict": "skip",
               "tag": ["multimodal"]}, frozenset({"note"})),
    FilterRow("t2", "They claim a 12.98x speedup with linear attention.",
              {"speaker": "Ana", "paper": ["InfiniteVL"], "kind": ["efficiency"], "verdict": "deploy-ready"},
              frozenset({"claim", "number"})),
    FilterRow("t3", "I'm not sold on that attension trick.", {"speaker": "Lily", "paper": ["InfiniteVL"]},
              frozenset({"pushback"})),
    FilterRow("t4", "Straße und Maße: ﬁne print.", {"speaker": "Dr. Halvorsen"}),
]


def ids(text: str, rows=ROWS) -> list[str]:
    return filter_rows(rows, text).ids


def test_empty_and_half_typed_queries_match_everything_in_order():
    everything = [row.id for row in ROWS]
    assert ids("") == everything
    assert ids("speaker:") == everything
    assert ids("-") == everything


def test_free_text_is_a_casefolded_substring():
    assert ids("TENT") == ["t1", "t2"]  # inside "attention"; "attension" has no "tent"
    assert ids("12.98x") == ["t2"]
    assert ids("welcome papers") == ["t0"]
    assert ids("welcome attention") == []


def test_typos_match_from_five_characters():
    # "attension" in t3 is within one edit of "attention".
    assert ids("attention") == ["t1", "t2", "t3"]
    assert ids("ATTENSION") == ["t1", "t2", "t3"]
    assert ids("atten") == ["t1", "t2", "t3"]
    # Short terms are exact: "tin" must not match "tion".
    assert ids("tin") == []


def test_quoted_text_is_exact():
    assert ids('"attention"') == ["t1", "t2"]
    assert ids('"linear attention"') == ["t2"]


def test_field_tokens_and_negation():
    assert ids("speaker:lily") == ["t1", "t3"]
    assert ids("-speaker:lily") == ["t0", "t2", "t4"]
    assert ids("speaker:ana attention") == ["t2"]
    assert ids("verdict:deploy") == ["t2"]
    assert ids("kind:eff") == ["t2"]
    assert ids("tag:multi") == ["t1"]
    assert ids("-attention") == ["t0", "t3", "t4"]


def test_paper_field_matches_normalised_names_and_keys():
    assert ids('paper:"long cat"') == ["t1"]
    assert ids("paper:2511.00279") == ["t1"]
    assert ids("paper:infinite") == ["t2", "t3"]


def test_has_tests_flags_by_prefix():
    assert ids("has:note") == ["t1"]
    assert ids("has:no") == ["t1"]
    assert ids("-has:note speaker:lily") == ["t3"]
    assert ids("has:pushback") == ["t3"]


def test_spans_point_into_the_original_text():
    result = filter_rows(ROWS, "speedup linear")
    text = ROWS[2].text
    assert [text[s:e] for s, e in result.spans("t2")] == ["speedup", "linear"]
    # Typo words are highlighted whole.
    result = filter_rows(ROWS, "attention")
    assert [ROWS[3].text[s:e] for s, e in result.spans("t3")] == ["attension"]
    assert result.spans("no-such-row") == []


def test_spans_survive_casefolding_that_changes_length():
    # "ß".casefold() == "ss" and "ﬁ".casefold() == "fi": spans must map back to the original characters.
    result = filter_rows(ROWS, "print")
    text = ROWS[4].text
    assert [text[s:e] for s, e in result.spans("t4")] == ["print"]
    result = filter_rows(ROWS, "masse")
    assert [text[s:e] for s, e in result.spans("t4")] == ["Maße"]


def test_ranked_ids_put_the_best_match_first():
    rows = [FilterRow("a", "Sparse mixture routing"), FilterRow("b", "LongCat Flash Omni technical report")]
    assert filter_rows(rows, "flash omni").ranked_ids() == ["b"]
    assert filter_rows(rows, "").ranked_ids(limit=1) == ["a"]


def test_incremental_filter_narrows_and_backspaces():
    flt = IncrementalFilter(ROWS)
    first = flt.update("att")
    assert first.searched == len(ROWS)
    second = flt.update("atten")
    assert second.ids == ["t1", "t2", "t3"]
    assert second.searched == len(first)  # only the previous matches were searched
    assert flt.update("att").ids == first.ids  # backspace: remembered
    assert flt.update("atten speaker:lily").ids == ["t1", "t3"]


def test_cancelled_update_returns_none_and_caches_nothing():
    flt = IncrementalFilter(ROWS)
    assert flt.update("speaker:ana", should_stop=lambda: True) is None
    assert flt.update("speaker:ana").ids == ["t0", "t2"]


WORDS = ["attention", "attension", "atten", "model", "modal", "speedup", "lily", "ana", "route", "router"]


@st.composite
def corpora(draw):
    rows = []
    for i in range(draw(st.integers(1, 25))):
        text = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=6)))
        speaker = draw(st.sampled_from(["Ana", "Lily", "Ben"]))
        flags = frozenset(draw(st.sets(st.sampled_from(["note", "claim"]))))
        rows.append(FilterRow(f"r{i}", text, {"speaker": speaker}, flags))
    return rows


@settings(max_examples=60, deadline=None)
@given(corpora(), st.lists(st.sampled_from(["attention", "-speaker:lily", "has:note", "modal router", "-atten",
                                            'speaker:"an', "ro"]), min_size=1, max_size=4))
def test_typing_char_by_char_gives_the_same_answer_as_a_fresh_search(rows, tokens):
    index = FilterIndex(rows)
    flt = IncrementalFilter(index)
    target = " ".join(tokens)
    for end in range(1, len(target) + 1):
        typed = target[:end]
        assert flt.update(typed).ids == filter_rows(index, typed).ids, typed
    for end in range(len(target), 0, -1):  # and back with backspace
        typed = target[:end]
        assert flt.update(typed).ids == filter_rows(index, typed).ids, typed
