"""Behaviour of the episode analysis on small hand-written dialogues (not the seed transcripts)."""

from __future__ import annotations

import json

import pytest

from tui.core.analysis import ANALYSIS_VERSION, analyze
from tui.core.analysis.numbers import find_numbers
from tui.core.identity import episode_key, paper_key
from tui.core.models import Episode, PaperMeta, Turn

DIALOGUE = [
    ("Ana", "Three papers this week. First up is QuillNet-2, which claims a 3.5x speedup over GPT-4 on an A100."),
    ("Ben", "3.5x sounds optimistic. Did they compare against ResNet50 or anything sane?"),
    ("Ana", "They report 41% fewer parameters and they trained on eleven benchmarks."),
    ("Ben", "If you can cut your serving bill by 30-40% that would matter. Still, I am skeptical."),
    ("Ana", "Moving on - DeltaFold. It treats protein contacts as a graph and predicts them with 560 billion parameters."),
    ("Ben", "That's a lot of parameters for a contact map. They use PESQ-style scores? No, sorry, BLEU-4 for the captions."),
    ("Ana", "And they say it is the first application of sparse routing to folding."),
    ("Ben", "Last one - the tiny robot grasping paper."),
    ("Ana", "The tiny robot grasping work uses a six-class gripper taxonomy and only 27B active parameters."),
    ("Ben", "Let's go back to QuillNet-2 for a second, because its memory numbers are odd."),
    ("Ana", "Right, QuillNet-2 also halves memory, they say."),
    ("Ben", "Alright, to wrap up - QuillNet-2 might actually have legs for enterprise search. "
            "DeltaFold is academically interesting but not immediately practical. "
            "And the tiny robot grasping paper is solving a problem that mostly doesn't exist."),
    ("Ana", "Agreed. See you next week."),
]


def make_episode(rows=DIALOGUE) -> Episode:
    text = "\n".join(f"{s}: {t}" for s, t in rows)
    return Episode(
        key=episode_key(text),
        source="mem.txt",
        format="speaker-lines",
        title="test",
        speakers=sorted({s for s, _ in rows}),
        turns=[Turn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(rows)],
    )


@pytest.fixture(scope="module")
def analysis():
    return analyze(make_episode())


def by_name(analysis, name):
    return next(p for p in analysis.papers if p.name == name)


def test_finds_introduced_papers_and_not_the_name_drops(analysis):
    names = [p.name for p in analysis.papers]
    assert names == ["QuillNet-2", "DeltaFold", "tiny robot grasping"]
    for dropped in ("GPT-4", "A100", "ResNet50", "BLEU-4", "PESQ"):
        assert dropped not in names


def test_paper_keys_follow_identity(analysis):
    paper = by_name(analysis, "QuillNet-2")
    assert paper.key == paper_key(name="QuillNet-2")
    assert all(c.paper == paper.key for c in paper.claims)
    assert analysis.analysis_version == ANALYSIS_VERSION


def test_segments_follow_transitions_and_revisits(analysis):
    quill = by_name(analysis, "QuillNet-2")
    assert quill.spans[0] == (0, 3)
    assert (9, 10) in quill.spans  # the return to the paper is its own span
    assert by_name(analysis, "DeltaFold").spans == [(4, 6)]
    assert by_name(analysis, "tiny robot grasping").spans[0] == (7, 8)
    labels = {(s.first_turn, s.last_turn): s.label for s in analysis.segments}
    assert labels[(11, 12)] == "wrap-up"
    covered = [t for s in analysis.segments for t in range(s.first_turn, s.last_turn + 1)]
    assert covered == list(range(len(DIALOGUE)))


def test_claims_carry_numbers_with_units_and_qualifiers(analysis):
    quill = by_name(analysis, "QuillNet-2")
    figures = {(n.value, n.unit) for c in quill.claims for n in c.numbers}
    assert (3.5, "x") in figures and (41.0, "%") in figures and (11.0, "benchmarks") in figures
    fold = by_name(analysis, "DeltaFold")
    assert any(n.value == 560e9 for c in fold.claims for n in c.numbers)
    assert any(c.kind.value == "novelty" for c in fold.claims)
    grasp = by_name(analysis, "tiny robot grasping")
    assert {n.value for c in grasp.claims for n in c.numbers} >= {6.0, 27e9}


def test_hypotheticals_are_marked_not_claimed(analysis):
    quill = by_name(analysis, "QuillNet-2")
    hypothetical = [c for c in quill.claims if c.hypothetical]
    assert hypothetical and all(c.turn == 3 for c in hypothetical)
    assert not any(c.hypothetical for c in quill.claims if c.turn == 2)


def test_pushback_links_to_the_doubted_claim(analysis):
    quill = by_name(analysis, "QuillNet-2")
    first = next(c for c in quill.claims if c.turn == 0)
    assert 1 in first.pushback


def test_suggested_verdicts_from_the_wrap_up(analysis):
    assert by_name(analysis, "QuillNet-2").suggested_verdict.verdict == "deploy-ready"
    assert by_name(analysis, "DeltaFold").suggested_verdict.verdict == "research-only"
    grasp = by_name(analysis, "tiny robot grasping").suggested_verdict
    assert grasp.verdict == "skip"
    assert grasp.evidence and grasp.evidence[0].turn == 11 and 0 < grasp.confidence <= 1


def test_no_verdict_when_the_hosts_do_not_make_a_call():
    rows = [
        ("Ana", "First up is OrbitLM, a model that claims 2x faster decoding."),
        ("Ben", "Interesting idea. They say it keeps quality on their benchmarks."),
        ("Ana", "We'll see. Let's leave that one open."),
    ]
    paper = analyze(make_episode(rows)).papers[0]
    assert paper.name == "OrbitLM"
    assert paper.suggested_verdict.verdict is None


def test_catalog_sets_arxiv_id_and_title():
    catalog = [PaperMeta(arxiv_id="2501.00001", title="QuillNet-2: Writing Fast", aliases=["Quill 2"])]
    paper = analyze(make_episode(), catalog).papers[0]
    assert paper.arxiv_id == "2501.00001" and paper.title == "QuillNet-2: Writing Fast"
    assert paper.key == "arxiv:2501.00001"


def test_possessives_fold_into_the_name():
    rows = [
        ("Ana", "Next up - InfiniteFoo. It claims unlimited context."),
        ("Ben", "InfiniteFoo's memory story is the point; they report 12.98x less memory."),
    ]
    analysis = analyze(make_episode(rows))
    assert [p.name for p in analysis.papers] == ["InfiniteFoo"]
    assert analysis.papers[0].mentions == [0, 1]


def test_deterministic_and_empty_safe():
    episode = make_episode()
    assert analyze(episode).model_dump() == analyze(episode).model_dump()
    empty = Episode(key="e", source="e.txt", format="speaker-lines", title="", turns=[])
    result = analyze(empty)
    assert result.papers == [] and result.segments == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("less than 2% of the data", [("2%", 2.0, "%", "less than")]),
        ("a 12.98x speedup", [("12.98x", 12.98, "x", None)]),
        ("560 billion parameters", [("560 billion parameters", 560e9, "parameters", None)]),
        ("27B active", [("27B active", 27e9, "parameters", None)]),
        ("it's a six-class problem", [("six-class", 6.0, "class", None)]),
        ("two years ago, one thing", []),
        ("GPT-4 in 2024", []),
    ],
)
def test_numbers(sentence, expected):
    found = [(n.text, n.value, n.unit, n.qualifier) for n in find_numbers(sentence)]
    assert found == expected


def test_ranges_give_both_ends():
    values = sorted(n.value for n in find_numbers("it reaches 50 to 73% of peak"))
    assert values == [50.0, 73.0]


def test_cli_json_shape(tmp_path, capsys):
    from tui.cli import main

    path = tmp_path / "ep.txt"
    path.write_text("\n\n".join(f"{s}: {t}" for s, t in DIALOGUE), encoding="utf-8")
    assert main(["analyze", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    episode = data["episodes"][0]
    assert {"source", "format", "speakers", "turns", "papers", "segments"} <= set(episode)
    paper = episode["papers"][0]
    assert {"name", "aliases", "arxiv_id", "title", "spans", "mentions", "claims", "suggested_verdict"} <= set(paper)
    assert {"turn", "speaker", "text", "kind", "numbers", "pushback"} <= set(paper["claims"][0])
    assert {"verdict", "confidence", "evidence"} <= set(paper["suggested_verdict"])
    assert episode["segments"][0]["label"] == "QuillNet-2"  # display name, not the key
    assert len(episode["turns"]) == len(DIALOGUE)


def test_cli_exit_codes_and_schema(tmp_path, capsys):
    from tui.cli import main

    assert main(["analyze"]) == 2
    assert main(["analyze", str(tmp_path / "missing.txt")]) == 1
    capsys.readouterr()
    assert main(["analyze", "--schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "episodes" in schema["properties"]
