"""Rows built from the shared models carry the fields and flags the query language filters on."""

from __future__ import annotations

from tui.core.filtering import claim_rows, filter_rows, paper_rows, turn_rows
from tui.core.models import (
    Claim,
    ClaimKind,
    Discussion,
    Episode,
    EpisodeAnalysis,
    LibraryPaper,
    NumberMention,
    PaperDiscussion,
    PaperMeta,
    Turn,
    Verdict,
)

EPISODE = Episode(key="ep1", source="ep1.txt", format="speaker-lines", title="Ep 1", speakers=["Ana", "Ben"],
                  turns=[Turn(index=0, speaker="Ana", text="Welcome back."),
                         Turn(index=1, speaker="Ben", text="First up, InfiniteVL. It is 3x faster."),
                         Turn(index=2, speaker="Ana", text="Faster than what, though?"),
                         Turn(index=3, speaker="Ben", text="Bye.")])
CLAIM = Claim(id="ep1:1:abcd1234", paper="arxiv:2512.08829", turn=1, speaker="Ben", text="It is 3x faster.",
              kind=ClaimKind.EFFICIENCY, numbers=[NumberMention(text="3x", value=3, unit="x")], pushback=[2])
PAPER = PaperDiscussion(key="arxiv:2512.08829", name="InfiniteVL", aliases=["Infinite VL"], spans=[(1, 2)],
                        claims=[CLAIM])
ANALYSIS = EpisodeAnalysis(episode_key="ep1", analysis_version="t", papers=[PAPER])
VERDICTS = {"arxiv:2512.08829": Verdict.RESEARCH_ONLY}
TAGS = {"arxiv:2512.08829": ["vision"]}


def test_turn_rows_know_papers_claims_pushback_notes_and_verdicts():
    rows = turn_rows(EPISODE, ANALYSIS, verdicts=VERDICTS, tags=TAGS, noted_turns={3})
    assert [r.id for r in rows] == ["ep1:0", "ep1:1", "ep1:2", "ep1:3"]
    assert filter_rows(rows, "paper:infinite").ids == ["ep1:1", "ep1:2"]
    assert filter_rows(rows, "kind:efficiency").ids == ["ep1:1"]
    assert filter_rows(rows, "has:pushback").ids == ["ep1:2"]
    assert filter_rows(rows, "has:number").ids == ["ep1:1"]
    assert filter_rows(rows, "has:note").ids == ["ep1:3"]
    assert filter_rows(rows, "verdict:research").ids == ["ep1:1", "ep1:2"]
    assert filter_rows(rows, "verdict:unsorted").ids == ["ep1:0", "ep1:3"]
    assert filter_rows(rows, "tag:vision -speaker:ben").ids == ["ep1:2"]


def test_turn_rows_without_analysis_still_filter_on_speaker_and_text():
    rows = turn_rows(EPISODE)
    assert filter_rows(rows, "speaker:ana faster").ids == ["ep1:2"]


def test_claim_rows():
    rows = claim_rows(ANALYSIS, verdicts=VERDICTS, noted_claims={CLAIM.id})
    assert [r.id for r in rows] == [CLAIM.id]
    assert filter_rows(rows, "has:note has:pushback kind:eff paper:2512.08829 verdict:research").ids == [CLAIM.id]


def test_paper_rows_search_name_and_title():
    paper = LibraryPaper(key=PAPER.key, name="InfiniteVL",
                         meta=PaperMeta(title="Synergizing linear and sparse attention", tags=["efficiency"]),
                         discussions=[Discussion(episode_key="ep1", episode_title="Ep 1", source="ep1.txt",
                                                 paper=PAPER)])
    other = LibraryPaper(key="name:lfm2", name="LFM2")
    rows = paper_rows([paper, other], noted_papers={"name:lfm2"})
    assert filter_rows(rows, "sparse").ids == [PAPER.key]
    assert filter_rows(rows, "tag:efficiency speaker:ben has:metadata").ids == [PAPER.key]
    assert filter_rows(rows, "has:note verdict:unsorted").ids == ["name:lfm2"]
