"""Own dialogue written for the analysis tests, as an Episode: one place for what every round's tests need."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.identity import episode_key
from tui.core.models import Episode, EpisodeAnalysis, PaperDiscussion, Turn


def episode(rows: Sequence[tuple[str, str]], name: str) -> Episode:
    """`(speaker, text)` rows as a speaker-lines episode keyed by its text, like a file `name.txt` would be."""
    text = "\n".join(f"{speaker}: {line}" for speaker, line in rows)
    return Episode(
        key=episode_key(text),
        source=f"{name}.txt",
        format="speaker-lines",
        title=name,
        speakers=sorted({speaker for speaker, _ in rows}),
        turns=[Turn(index=i, speaker=speaker, text=line) for i, (speaker, line) in enumerate(rows)],
    )


def papers_and_labels(result: EpisodeAnalysis) -> tuple[dict[str, PaperDiscussion], dict[int, str]]:
    """The detected papers by name, and each turn's segment label (a paper's name, or intro/wrap-up/...)."""
    names = {paper.key: paper.name for paper in result.papers}
    labels = {
        turn: names.get(segment.label, segment.label)
        for segment in result.segments
        for turn in range(segment.first_turn, segment.last_turn + 1)
    }
    return {paper.name: paper for paper in result.papers}, labels


def detect_and_label(turns: Sequence[str], speakers: tuple[str, ...] = ("Ann", "Bo")) -> tuple[list, list[str]]:
    """Paper detection and segmentation alone on bare turn texts: the detected papers, and each turn's label (a
    paper's name, or intro/wrap-up/...), without the rest of the pipeline."""
    from tui.core.analysis.papers import detect_papers
    from tui.core.analysis.segments import label_turns
    from tui.core.analysis.text import clean, speech_normalised, split_sentences

    texts = [clean(t) for t in turns]
    spoken = [[speech_normalised(s) for s in split_sentences(x)] for x in texts]
    papers = detect_papers(spoken, None, speakers=speakers)
    labels = label_turns(papers, texts)
    return papers, [papers[x].name if isinstance(x, int) else x for x in labels]


def suggested_verdicts(rows: Sequence[tuple[str, str]], name: str) -> dict[str, str | None]:
    """Each detected paper's suggested verdict, by name: what a verdict-reading test asserts on."""
    from tui.core.analysis import analyze

    papers = papers_and_labels(analyze(episode(rows, name)))[0]
    return {n: p.suggested_verdict.verdict for n, p in papers.items()}


def firm_closing_call(text: str) -> str | None:
    """The call a closing-round sentence makes on its own, if it is a firm one (weight 2 or more)."""
    from tui.core.analysis.verdicts import closing_stance

    scored = closing_stance(text)
    return scored[0] if scored and scored[1] >= 2.0 else None
