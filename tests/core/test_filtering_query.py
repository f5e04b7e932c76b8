"""The filter language: tokens, negation, quotes, half-typed input, and when one query narrows another."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.core.filtering import Term, parse_query


def test_free_text_words_and_field_tokens_are_separated():
    query = parse_query("Attention speaker:Lily kind:performance")
    assert query.terms == (
        Term(None, "attention"),
        Term("speaker", "lily"),
        Term("kind", "performance"),
    )


def test_negation_and_quoted_values():
    query = parse_query('-speaker:lily paper:"Long  Cat" "exact phrase" -hype')
    assert query.terms == (
        Term("speaker", "lily", negated=True),
        Term("paper", "long cat", quoted=True),
        Term(None, "exact phrase", quoted=True),
        Term(None, "hype", negated=True),
    )


def test_unknown_prefixes_stay_free_text():
    query = parse_query("arXiv:2512.08829 at 10:30")
    assert [t.field for t in query.terms] == [None, None, None]
    assert query.terms[0].value == "arxiv:2512.08829"


def test_half_typed_tokens_constrain_nothing():
    for text in ["speaker:", "-", '""', "-speaker:", 'paper:"', "  ", ""]:
        query = parse_query(text)
        assert query.is_empty, text


def test_unclosed_quote_runs_to_the_end():
    query = parse_query('paper:"long ca')
    assert query.terms == (Term("paper", "long ca", quoted=True),)


def test_field_names_are_case_insensitive():
    assert parse_query("SPEAKER:Ana").terms == (Term("speaker", "ana"),)


@given(st.text(max_size=40))
def test_parsing_never_raises(text):
    query = parse_query(text)
    assert query.text == text
    for term in query.terms:
        assert term.value == term.value.casefold()


def test_growing_a_value_narrows_and_growing_a_negation_does_not():
    assert parse_query("speaker:lily").narrows(parse_query("speaker:li"))
    assert parse_query("atten").narrows(parse_query("att"))
    assert parse_query("att speaker:a").narrows(parse_query("att"))
    assert parse_query("has:note").narrows(parse_query("has:no"))
    assert not parse_query("-speaker:lily").narrows(parse_query("-speaker:li"))
    assert parse_query("-speaker:li").narrows(parse_query("-speaker:lily"))
    assert not parse_query("att").narrows(parse_query("atten"))
    assert not parse_query("speaker:li").narrows(parse_query("paper:li"))
    # A quoted phrase is exact, unquoted text is fuzzy: different meanings, no narrowing.
    assert not parse_query('"attention"').narrows(parse_query("att"))
