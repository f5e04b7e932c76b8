"""Stable keys: names, arXiv ids, episode content hashes."""

from __future__ import annotations

import pytest

from tui.core.identity import claim_anchor, episode_key, normalise_arxiv_id, normalise_name, paper_key, text_hash


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("InfiniteVL", "name:infinitevl"),
        ("InfiniteVL's", "name:infinitevl"),
        ("LongCat-Flash-Omni", "name:longcatflashomni"),
        ("Qwen2.5-VL", "name:qwen25vl"),
        ("LoRA+", "name:loraplus"),
        ("π0", "name:pi0"),
        ("Café", "name:cafe"),
    ],
)
def test_name_keys(name: str, key: str) -> None:
    assert paper_key(name=name) == key


def test_lora_and_lora_plus_are_different_papers() -> None:
    assert normalise_name("LoRA") != normalise_name("LoRA+")


@pytest.mark.parametrize(
    "value",
    ["2512.08829", "2512.08829v2", "arXiv:2512.08829", "https://arxiv.org/abs/2512.08829v1", "see arxiv.org/pdf/2512.08829"],
)
def test_arxiv_ids_in_any_spelling(value: str) -> None:
    assert normalise_arxiv_id(value) == "2512.08829"
    assert paper_key(arxiv_id=value, name="ignored") == "arxiv:2512.08829"


def test_old_style_arxiv_id() -> None:
    assert normalise_arxiv_id("hep-th/9901001v3") == "hep-th/9901001"


def test_a_key_needs_something() -> None:
    with pytest.raises(ValueError):
        paper_key(name="  ")


def test_episode_key_ignores_line_endings_bom_and_edge_whitespace() -> None:
    text = "Ana: hello\nBen: hi\n"
    assert episode_key(text) == episode_key("\ufeffAna: hello  \r\nBen: hi\r\n\r\n")
    assert episode_key(text) != episode_key("Ana: hello\nBen: hey\n")


def test_text_hash_and_claim_anchor_are_case_and_space_insensitive() -> None:
    assert text_hash("It is  2x faster") == text_hash("it is 2x faster")
    assert claim_anchor("abc", 3, "It is 2x faster") == f"abc:3:{text_hash('it is 2x faster')}"
