"""A fixed, hand-built library for UI tests and snapshots: no parsing or analysis, so the pictures are stable.

`FixedLibrary` is a real `Library` whose scan returns these episodes and analyses; paper merging, verdict
lookups and everything after the scan are the real code.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from tui.core.identity import claim_anchor
from tui.core.library import Library, ScanProgress
from tui.core.models import (
    Claim,
    ClaimKind,
    Episode,
    EpisodeAnalysis,
    Evidence,
    NumberMention,
    PaperDiscussion,
    PaperMeta,
    Problem,
    Segment,
    SuggestedVerdict,
    Turn,
)

HOSTILE = "[bold red]x[/] [@click=app.quit]quit[/] [link=file:///etc/passwd]pw[/link] \x1b[31mred\x1b]8;;http://e\x07"

EP1_TURNS = [
    ("Maya", "Welcome back to Paper Cuts. Today we look at two papers on long context.", 0.0, []),
    ("Theo", "First up is LongNet, which claims attention over a billion tokens.", 12.5, []),
    ("Maya", "LongNet says it scales to 1 billion tokens with dilated attention.", 30.0, []),
    ("Theo", "I doubt that holds up; they never show quality at that length.", 48.0, ["laughs"]),
    ("Maya", "Fair. It is research-only for me until someone reproduces it.", 61.0, []),
    ("Theo", "Next, FlashDecode reports a 3.2x speedup for batch-one decoding.", 80.0, []),
    ("Maya", "And it ships as a drop-in kernel, so teams can deploy it today.", 95.0, []),
    ("Theo", "The speedup is measured on one GPU type only, though.", 110.0, ["pauses"]),
    ("Maya", "Still, deploy-ready in my book. That is our show.", 124.0, []),
]

EP2_TURNS = [
    ("Priya", "Quick episode: FlashDecode again, now with the new benchmarks.", None, []),
    ("Theo", "The new numbers show 2.9x on smaller GPUs as well.", None, []),
]


def _turns(rows) -> list[Turn]:  # noqa: ANN001
    return [
        Turn(index=i, speaker=speaker, text=text, start=start, stage_directions=list(stage))
        for i, (speaker, text, start, stage) in enumerate(rows)
    ]


def _claim(episode: str, paper: str, turn: Turn, sentence: str, kind: ClaimKind, numbers=(), pushback=()) -> Claim:  # noqa: ANN001
    return Claim(
        id=claim_anchor(episode, turn.index, sentence),
        paper=paper,
        turn=turn.index,
        speaker=turn.speaker,
        text=sentence,
        kind=kind,
        numbers=[NumberMention(text=t, value=v, unit=u) for t, v, u in numbers],
        pushback=list(pushback),
    )


def big_episode(turns: int = 20_000) -> Episode:
    """A long episode (a year of a daily show): every 100th turn mentions a 'kernel', every 7th is Ana's."""
    rows = []
    for i in range(turns):
        speaker = "Ana" if i % 7 == 0 else "Ben"
        text = f"Turn {i}: we talk about the kernel again." if i % 100 == 0 else f"Turn {i}: more chatter about scaling."
        rows.append(Turn(index=i, speaker=speaker, text=text))
    return Episode(key="bigkey", source="fixtures/big.txt", format="speaker-lines", title="Ep 0: the long one",
                   speakers=["Ana", "Ben"], turns=rows)


def build_episodes(hostile: bool = False) -> tuple[list[Episode], dict[str, EpisodeAnalysis]]:
    ep1_turns = _turns(EP1_TURNS)
    if hostile:
        ep1_turns[1] = Turn(index=1, speaker="[b]Eve[/b]", text=HOSTILE, start=12.5)
    ep1 = Episode(key="ep1key", source="fixtures/ep1.txt", format="speaker-lines", title="Ep 1: Long context",
                  speakers=["Maya", "Theo"], turns=ep1_turns)
    ep2 = Episode(key="ep2key", source="fixtures/ep2.txt", format="speaker-lines", title="Ep 2: Decoding redux",
                  speakers=["Priya", "Theo"], turns=_turns(EP2_TURNS))
    longnet_name = "[red]LongNet[/]" if hostile else "LongNet"
    longnet = PaperDiscussion(
        key="arxiv:2307.02486", name=longnet_name, arxiv_id="2307.02486", spans=[(1, 4)], mentions=[1, 2],
        claims=[
            _claim("ep1key", "arxiv:2307.02486", ep1_turns[2], "LongNet says it scales to 1 billion tokens with dilated attention.",
                   ClaimKind.SCALE, numbers=[("1 billion", 1e9, "tokens")], pushback=[3]),
        ],
        suggested_verdict=SuggestedVerdict(verdict="research-only", confidence=0.8, evidence=[Evidence(turn=4, quote="It is research-only for me")]),
    )
    flash1 = PaperDiscussion(
        key="name:flashdecode", name="FlashDecode", spans=[(5, 8)], mentions=[5],
        claims=[
            _claim("ep1key", "name:flashdecode", ep1_turns[5], "Next, FlashDecode reports a 3.2x speedup for batch-one decoding.",
                   ClaimKind.EFFICIENCY, numbers=[("3.2x", 3.2, "x")], pushback=[7]),
            _claim("ep1key", "name:flashdecode", ep1_turns[6], "And it ships as a drop-in kernel, so teams can deploy it today.",
                   ClaimKind.CAPABILITY),
        ],
        suggested_verdict=SuggestedVerdict(verdict="deploy-ready", confidence=0.7),
    )
    ep2_turns = ep2.turns
    flash2 = PaperDiscussion(
        key="name:flashdecode", name="FlashDecode", spans=[(0, 1)], mentions=[0],
        claims=[_claim("ep2key", "name:flashdecode", ep2_turns[1], "The new numbers show 2.9x on smaller GPUs as well.",
                       ClaimKind.PERFORMANCE, numbers=[("2.9x", 2.9, "x")])],
        suggested_verdict=SuggestedVerdict(verdict="deploy-ready", confidence=0.6),
    )
    analyses = {
        "ep1key": EpisodeAnalysis(episode_key="ep1key", analysis_version="test", papers=[longnet, flash1],
                                  segments=[Segment(first_turn=0, last_turn=0, label="intro")]),
        "ep2key": EpisodeAnalysis(episode_key="ep2key", analysis_version="test", papers=[flash2]),
    }
    return [ep1, ep2], analyses


CATALOG = [
    PaperMeta(arxiv_id="2307.02486", title="LongNet: Scaling Transformers to 1,000,000,000 Tokens",
              authors=["A. Author", "B. Author"], year=2023, abstract="A fixed abstract for tests.",
              url="https://arxiv.org/abs/2307.02486"),
]


class FixedLibrary(Library):
    """A Library whose scan yields the fixture episodes (and optionally some problems)."""

    def __init__(self, paths, store=None, *, hostile: bool = False, problems: list[Problem] | None = None,  # noqa: ANN001
                 big: bool = False, catalog: list[PaperMeta] | None = None,
                 gate: threading.Event | None = None) -> None:
        super().__init__(paths, store=store)
        self._gate = gate  # when given, the scan reports its episodes, then waits for it before finishing
        self._hostile = hostile
        self._big = big
        self._catalog = CATALOG if catalog is None else catalog
        self._fixed_problems = problems or []

    def scan(
        self,
        on_progress: Callable[[ScanProgress], None] | None = None,
        cancel: threading.Event | None = None,
        on_episode=None,  # noqa: ANN001
    ) -> None:
        episodes, analyses = build_episodes(self._hostile)
        if self._big:
            episodes.insert(0, big_episode())
        for done, episode in enumerate(episodes, start=1):
            if on_episode:
                on_episode(episode, analyses.get(episode.key))
            if on_progress:
                on_progress(ScanProgress(done=done, total=len(episodes), path=episode.source, phase="parsed"))
        if self._gate is not None:
            self._gate.wait(10)
        with self._lock:
            self.catalog = list(self._catalog)
            self.episodes = episodes
            self.analyses = analyses
            self.problems = list(self._fixed_problems)
            self.papers = self._merge_papers()


def fixed_factory(**options):  # noqa: ANN001, ANN201
    def factory(paths: list[Path], store):  # noqa: ANN001, ANN202
        return FixedLibrary(paths, store, **options)

    return factory
