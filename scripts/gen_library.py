#!/usr/bin/env python3
"""Generate a synthetic, seeded transcript library so anyone can reproduce papertui's performance figures.

    python scripts/gen_library.py --episodes 2000 --seed 7 --out /tmp/lib [--turns-min 30 --turns-max 400]

Every episode is a reading-group / podcast conversation about a few invented papers: an intro, a walk
through each paper (an intro phrase such as "First up is X", claims with numbers, pushback, asides), and a
wrap-up with a judgement per paper. Episodes are written in every transcript format the readers support
(plain `Name: text`, Markdown `**Name:**`, WebVTT voice tags, SRT, Podcasting 2.0 JSON, Whisper JSON,
WhisperX JSON, JSON speaker pairs), and a `papers.json` catalog describes the papers.

The output depends only on the arguments: each episode draws from its own `random.Random` seeded with
(seed, episode number), so episode 17 is the same whether 20 or 2,000 are generated. All text is built from
word lists in this file. `generate_episode()` is also used in-process by the benchmark suite, which needs
turns and claims without going through files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("txt", "md", "vtt", "srt", "p20", "whisper", "whisperx", "pairs")
# Whisper JSON has no speakers; keep it rarer than the diarised formats.
FORMAT_WEIGHTS = (18, 14, 16, 14, 12, 6, 10, 10)
SUFFIX = {"txt": ".txt", "md": ".md", "vtt": ".vtt", "srt": ".srt", "p20": ".json", "whisper": ".json",
          "whisperx": ".json", "pairs": ".json"}

HOSTS = ("Ana", "Ben", "Priya", "Tomas", "Mei", "Jonas", "Lily", "Oskar", "Farah", "Dev", "Ines", "Kofi",
         "Rosa", "Yuki", "Marek", "Nadia")
GUESTS = ("Dr. Halvorsen", "Sam Okafor", "Elena Ruiz", "Wen Li", "Grace Ito", "Ravi Menon")

NAME_HEADS = ("Flash", "Omni", "Sparse", "Deep", "Echo", "Lattice", "Quanta", "Hyper", "Meso", "Tiny", "Nova",
              "Vector", "Cipher", "Orbit", "Prism", "Relay", "Signal", "Atlas", "Ember", "Fathom", "Glide",
              "Harbor", "Iris", "Juno", "Kestrel", "Lumen", "Mosaic", "Nimbus", "Onyx", "Pulse", "Quill",
              "Ripple", "Strata", "Tensor", "Umbra", "Vortex", "Willow", "Zephyr", "Long", "Sage")
NAME_TAILS = ("Mamba", "Former", "Net", "VL", "LM", "Diff", "Route", "Gate", "Cat", "Bench", "Seg", "Mind",
              "Flow", "Scope", "Speech", "Coder", "Vision", "Graph", "Mix", "Tune", "Draft", "Probe", "Lens")
NAME_SUFFIXES = ("", "", "", "-2", "-V2", "-3", "-XL", "-Lite", "-Omni", "-Flash", "-Pro", "-R1")
SYLLABLES = ("ka", "ro", "mi", "tel", "van", "dor", "su", "pli", "gra", "ten", "xo", "bel", "qui", "sta", "lum",
             "fer", "no", "zat", "ri", "co", "mel", "dra", "phi", "tor", "gen", "sim", "ul", "ex", "ar", "vo")
TERM_HEADS = ("gated", "sparse", "latent", "residual", "contrastive", "adaptive", "hierarchical", "causal",
              "rotary", "quantised", "stochastic", "masked")
TOPICS = ("linear attention", "speculative decoding", "mixture of experts", "retrieval", "speech quality",
          "time-series forecasting", "deepfake detection", "video understanding", "document OCR",
          "robot control", "code generation", "protein folding", "long-context memory", "quantisation",
          "diffusion sampling", "multimodal fusion", "reward modelling", "tokenisation", "graph learning",
          "on-device inference")
BENCHMARKS = ("MMLU", "GSM8K", "HumanEval", "DocVQA", "LibriSpeech", "ImageNet", "MMMU", "SWE-bench",
              "ChartQA", "LongBench", "TextVQA", "VoxCeleb", "ARC", "HellaSwag")
BASELINES = ("the usual transformer baseline", "last year's state of the art", "a dense model twice its size",
             "the open-weights leader", "their own previous version", "a fine-tuned Llama")
TAGS = ("vision", "speech", "efficiency", "agents", "benchmarks", "theory", "systems", "safety", "data",
        "multimodal")
SURNAMES = ("Abe", "Bauer", "Costa", "Diallo", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen",
            "Kim", "Laurent", "Moreau", "Nakamura", "Olsen", "Patel", "Quinn", "Rossi", "Silva", "Tanaka")

INTROS = (
    "Welcome back, everyone. We have {n} papers today and opinions about all of them.",
    "Okay, we're recording. This week is a {topic} special, more or less.",
    "Hi all, thanks for tuning in. A packed list today, {n} papers, so let's keep it moving.",
    "Right, episode {ep}. I read everything this time, for once.",
)
GREETINGS = (
    "Glad to be here. I have a few bones to pick with this week's list.",
    "Sounds good. Coffee is ready, let's go.",
    "Hi! I skimmed two of them and read one properly, so be gentle.",
    "Hello hello. I think one of these is actually great.",
)
FIRST_INTROS = (
    "First up is {name}.",
    "First up is {name}, which is about {topic}.",
    "Let's start with {name}.",
    "So, to kick things off: {name}.",
)
NEXT_INTROS = (
    "Moving on - {name}.",
    "Moving on - there's this {name} paper on {topic}.",
    "Next up, {name}.",
    "Okay, {name}. This one got a lot of attention online.",
    "Switching gears to {name}, from the {topic} crowd.",
)
LAST_INTROS = ("The last one is {name}.", "Finally, {name}.", "And to close the list, {name}.")
CLAIMS = (
    ("performance", "They claim {pct}% better accuracy than {baseline} on {bench}."),
    ("performance", "On {bench} they report {score} points, which would be a new best."),
    ("efficiency", "The headline is a {x}x speedup at inference with no quality loss."),
    ("efficiency", "Latency drops to {ms} ms per token on a single GPU, they say."),
    ("efficiency", "They say memory use stays flat even at {k}k tokens of context."),
    ("scale", "It's a {b}B parameter model trained on {t} trillion tokens."),
    ("data", "They use less than {small}% of the usual training data."),
    ("capability", "Apparently it can handle {topic} without any task-specific tuning."),
    ("novelty", "The new bit is combining {topic} with a learned router."),
    ("novelty", "The trick is what they call {term}, applied to every layer."),
    ("performance", "{name} beats {baseline} by {pct} points on {bench}, according to table two."),
    ("performance", "With {term} switched on they gain {pct} points on {bench}."),
    ("limitation", "To be fair, the authors admit it falls apart beyond {k}k tokens."),
)
PUSHBACK = (
    "I'm not sold. Have you seen the actual numbers or just the abstract?",
    "Hmm, {pct}% sounds optimistic to me.",
    "But compared to what? The baseline looks weak.",
    "That's a big if. Nobody has reproduced it yet.",
    "Hold on, that benchmark is basically saturated.",
    "I doubt that holds outside their own test set.",
    "Sure, but the ablations are thin.",
)
AGREEMENT = (
    "Fair enough, that's a real result.",
    "Okay, that part I buy.",
    "Yeah, the method section is clean, I'll give them that.",
    "Right, and the code is out, which helps.",
)
ASIDES = (
    "Who is this actually for, though?",
    "It reminds me of the {topic} papers from a couple of years ago.",
    "The figures in this one are beautiful, for what it's worth.",
    "I'd want to try it on our own data before saying more.",
    "There's a lot of hype on social media about it.",
    "The related work section is huge.",
    "The {term} ablation is the part I'd look at first.",
    "Their appendix on {term} is longer than the paper.",
    "I'd compare it with {term} before believing anything.",
    "I think the real story is the training recipe, not the architecture.",
)
STAGE = ("[laughs]", "[pauses]", "[sighs]", "(laughs)", "[chuckles]")
WRAP_INTROS = (
    "Okay, let's wrap up. Verdicts?",
    "That's the list. Quick verdicts before we go.",
    "Right, we're over time. Judgements, please.",
)
VERDICT_LINES = {
    "deploy-ready": ("{name} is deploy-ready, I'd ship it.", "{name}: use it in production, honestly."),
    "research-only": ("{name} is interesting but research only for now.",
                      "{name} is one to watch, not to deploy."),
    "skip": ("Skip {name}.", "{name}, honestly, skip it."),
}
OUTROS = ("Thanks everyone, see you next week.", "That's it from us. Bye!", "Great chat, talk soon.")


@dataclass
class PaperSpec:
    arxiv_id: str
    name: str
    title: str
    topic: str
    authors: list[str]
    year: int
    tags: list[str]
    aliases: list[str] = field(default_factory=list)

    def catalog_record(self) -> dict:
        return {
            "arxiv_id": self.arxiv_id,
            "title": self.title,
            "authors": self.authors,
            "year": self.year,
            "abstract": f"We present {self.name}, an approach to {self.topic}.",
            "url": f"https://arxiv.org/abs/{self.arxiv_id}",
            "aliases": self.aliases,
            "tags": self.tags,
        }


@dataclass
class ClaimSpec:
    """A sentence the generator wrote as a claim: what the benchmark uses as a claim row."""

    turn: int
    speaker: str
    paper: str
    kind: str
    text: str
    doubted: bool = False


@dataclass
class TurnSpec:
    speaker: str
    text: str
    start: float
    end: float
    paper: str | None = None  # paper name when the turn is inside a paper's segment


@dataclass
class EpisodeSpec:
    number: int
    title: str
    format: str
    speakers: list[str]
    turns: list[TurnSpec]
    papers: list[PaperSpec]
    claims: list[ClaimSpec]
    verdicts: dict[str, str]

    @property
    def filename(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", " ".join(p.name for p in self.papers[:3]).lower()).strip("-")
        return f"ep{self.number:05d}-{slug}{SUFFIX[self.format]}"


# ----------------------------------------------------------------------------------------- papers


def make_papers(count: int, seed: int) -> list[PaperSpec]:
    """The catalog: `count` distinct invented papers with arXiv-shaped ids."""
    rng = random.Random(f"papers:{seed}")
    papers: list[PaperSpec] = []
    seen: set[str] = set()
    while len(papers) < count:
        name = rng.choice(NAME_HEADS) + rng.choice(NAME_TAILS) + rng.choice(NAME_SUFFIXES)
        if name.lower() in seen:
            name = f"{name}-{len(papers)}"
        seen.add(name.lower())
        year = rng.choice((2023, 2024, 2025, 2026))
        arxiv_id = f"{year % 100:02d}{rng.randint(1, 12):02d}.{len(papers) + 10000:05d}"
        topic = rng.choice(TOPICS)
        title = f"{name}: {rng.choice(('Scaling', 'Rethinking', 'Efficient', 'Towards', 'Learning'))} {topic}"
        authors = [f"{rng.choice('ABCDEFGHJKLMNPRST')}. {rng.choice(SURNAMES)}" for _ in range(rng.randint(1, 5))]
        aliases = [name.replace("-", " ")] if "-" in name else []
        papers.append(PaperSpec(arxiv_id, name, title, topic, authors, year,
                                sorted(rng.sample(TAGS, rng.randint(1, 3))), aliases))
    return papers


# ---------------------------------------------------------------------------------------- episodes


def make_terms(seed: int, count: int = 4000) -> list[str]:
    """Invented technical terms ("gated telvanri", "kasumel pooling"), so the vocabulary is as large as a
    real library's and a filter benchmark over it is not flattered by a tiny word list."""
    rng = random.Random(f"terms:{seed}")
    terms = set()
    while len(terms) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        shape = rng.random()
        terms.add(f"{rng.choice(TERM_HEADS)} {word}" if shape < 0.5 else
                  f"{word} {rng.choice(('pooling', 'routing', 'loss', 'attention', 'decoding'))}" if shape < 0.8
                  else word)
    return sorted(terms)


def _number_slots(rng: random.Random, topic: str, bench: str, terms: list[str]) -> dict[str, object]:
    return {
        "term": rng.choice(terms),
        "pct": rng.choice((2, 3, 5, 7, 12, 18, 25, 40)) + rng.choice((0, 0.5, 0.3)),
        "score": round(rng.uniform(40, 95), 1),
        "x": rng.choice((1.5, 2, 3.2, 4, 6.5, 12.98)),
        "ms": rng.choice((8, 12, 25, 40, 90)),
        "k": rng.choice((32, 64, 128, 256, 1000)),
        "b": rng.choice((0.5, 1.3, 3, 7, 13, 70)),
        "t": rng.choice((1, 2, 4, 15)),
        "small": rng.choice((1, 2, 5)),
        "bench": bench,
        "baseline": rng.choice(BASELINES),
        "topic": topic,
    }


def _turn_count(rng: random.Random, low: int, high: int) -> int:
    # An exponential tail above the minimum: most episodes are short, a few run long. Mean ~ low + 45.
    return max(low, min(high, low + int(rng.expovariate(1 / 45))))


_TERMS: dict[int, list[str]] = {}


def _terms(seed: int) -> list[str]:
    if seed not in _TERMS:
        _TERMS[seed] = make_terms(seed)
    return _TERMS[seed]


def generate_episode(number: int, seed: int, papers: list[PaperSpec], *, turns_min: int = 30,
                     turns_max: int = 400, fmt: str | None = None) -> EpisodeSpec:
    """One deterministic episode: same (number, seed, papers) -> same episode."""
    rng = random.Random(f"episode:{seed}:{number}")
    fmt = fmt or rng.choices(FORMATS, FORMAT_WEIGHTS)[0]
    speakers = rng.sample(HOSTS, 2) + ([rng.choice(GUESTS)] if rng.random() < 0.2 else [])
    total = _turn_count(rng, turns_min, turns_max)
    # Each paper needs at least 5 turns (intro, body, verdict); fewer papers when turns_max is tiny.
    wanted = min(rng.choice((2, 3, 3, 4, 5)), max(1, (turns_max - 4) // 5))
    chosen = rng.sample(papers, min(len(papers), wanted))
    verdicts = {p.name: rng.choice(("deploy-ready", "research-only", "research-only", "skip")) for p in chosen}

    turns: list[TurnSpec] = []
    claims: list[ClaimSpec] = []
    clock = 0.0
    last = -1

    def say(text: str, paper: str | None = None, speaker: int | None = None) -> int:
        nonlocal clock, last
        if speaker is None or speaker == last:
            speaker = rng.choice([i for i in range(len(speakers)) if i != last])
        last = speaker
        if rng.random() < 0.08:
            text = f"{rng.choice(STAGE)} {text}"
        duration = max(1.0, len(text.split()) / 2.6) + rng.uniform(0, 1.5)
        turns.append(TurnSpec(speakers[speaker], text, round(clock, 2), round(clock + duration, 2), paper))
        clock += duration + rng.uniform(0.1, 0.8)
        return len(turns) - 1

    terms = _terms(seed)
    topic = rng.choice([p.topic for p in chosen])
    say(rng.choice(INTROS).format(n=len(chosen), topic=topic, ep=number), speaker=0)
    say(rng.choice(GREETINGS))
    # Turns left for the papers after intro and wrap-up (2 + 1 per verdict + 1 outro).
    budget = max(len(chosen) * 4, total - 2 - len(chosen) - 2)
    per_paper = [budget // len(chosen)] * len(chosen)
    per_paper[-1] += budget - sum(per_paper)
    for position, (paper, share) in enumerate(zip(chosen, per_paper)):
        intros = FIRST_INTROS if position == 0 else LAST_INTROS if position == len(chosen) - 1 else NEXT_INTROS
        say(rng.choice(intros).format(name=paper.name, topic=paper.topic), paper.name)
        for _ in range(share - 1):
            slots = _number_slots(rng, paper.topic, rng.choice(BENCHMARKS), terms) | {"name": paper.name}
            roll = rng.random()
            if roll < 0.4:
                kind, template = rng.choice(CLAIMS)
                sentence = template.format(**slots)
                extra = rng.choice(("", "", f" {rng.choice(ASIDES).format(**slots)}"))
                index = say(sentence + extra, paper.name)
                claims.append(ClaimSpec(index, turns[index].speaker, paper.name, kind, sentence))
            elif roll < 0.6 and claims and claims[-1].paper == paper.name:
                say(rng.choice(PUSHBACK).format(**slots), paper.name)
                claims[-1].doubted = True
            elif roll < 0.75:
                say(rng.choice(AGREEMENT), paper.name)
            else:
                say(" ".join(a.format(**slots) for a in rng.sample(ASIDES, rng.randint(1, 3))), paper.name)
    say(rng.choice(WRAP_INTROS))
    for paper in chosen:
        say(rng.choice(VERDICT_LINES[verdicts[paper.name]]).format(name=paper.name))
    say(rng.choice(OUTROS))

    title = f"Episode {number}: {', '.join(p.name for p in chosen[:3])}"
    return EpisodeSpec(number, title, fmt, speakers, turns, chosen, claims, verdicts)


# ------------------------------------------------------------------------------------------ writers


def _clock(seconds: float, *, hours: bool = True, sep: str = ".") -> str:
    millis = int(round(seconds * 1000))
    h, rest = divmod(millis, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    if hours or h:
        return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"
    return f"{m:02d}:{s:02d}{sep}{ms:03d}"


def _chunks(text: str, width: int) -> list[str]:
    """Split a turn into caption-sized pieces on word boundaries."""
    pieces, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            pieces.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return pieces + ([current] if current else [])


def _cues(turn: TurnSpec, width: int) -> list[tuple[float, float, str]]:
    pieces = _chunks(turn.text, width)
    step = (turn.end - turn.start) / len(pieces)
    return [(turn.start + i * step, turn.start + (i + 1) * step, p) for i, p in enumerate(pieces)]


def write_txt(ep: EpisodeSpec) -> str:
    lines = []
    for i, turn in enumerate(ep.turns):
        stamp = f"[{_clock(turn.start)[:8]}] " if i % 9 == 0 else ""
        lines.append(f"{stamp}{turn.speaker}: {turn.text}")
    return "\n".join(lines) + "\n"


def write_md(ep: EpisodeSpec) -> str:
    out = [f"# {ep.title}", ""]
    for i, turn in enumerate(ep.turns):
        text = turn.text
        if i % 7 == 3 and ". " in text:
            # Changelog-style escaped timestamp in the middle of a paragraph.
            head, tail = text.split(". ", 1)
            minutes, seconds = divmod(int(turn.start), 60)
            text = f"{head}. \\[{minutes:02d}:{seconds:02d}\\] {tail}"
        out += [f"**{turn.speaker}:** {text}", ""]
    return "\n".join(out)


def write_vtt(ep: EpisodeSpec) -> str:
    out = ["WEBVTT", ""]
    for turn in ep.turns:
        for n, (start, end, piece) in enumerate(_cues(turn, 60)):
            voice = f"<v {turn.speaker}>" if n == 0 or ep.number % 2 else ""
            out += [f"{_clock(start, hours=False)} --> {_clock(end, hours=False)}", f"{voice}{piece}", ""]
    return "\n".join(out)


def write_srt(ep: EpisodeSpec) -> str:
    out, index = [], 1
    for turn in ep.turns:
        for n, (start, end, piece) in enumerate(_cues(turn, 64)):
            prefix = f"{turn.speaker}: " if n == 0 else ""
            lines = _chunks(prefix + piece, 40)
            out += [str(index), f"{_clock(start, sep=',')} --> {_clock(end, sep=',')}", *lines, ""]
            index += 1
    return "\n".join(out)


def write_p20(ep: EpisodeSpec) -> str:
    segments = [{"speaker": t.speaker, "startTime": t.start, "endTime": t.end, "body": t.text} for t in ep.turns]
    return json.dumps({"version": "1.0.0", "segments": segments}, ensure_ascii=False, indent=1)


def write_whisper(ep: EpisodeSpec) -> str:
    segments = [{"id": i, "seek": 0, "start": s, "end": e, "text": " " + p, "temperature": 0.0}
                for i, (s, e, p) in enumerate(c for t in ep.turns for c in _cues(t, 90))]
    return json.dumps({"text": " ".join(t.text for t in ep.turns), "segments": segments, "language": "en"},
                      ensure_ascii=False)


def write_whisperx(ep: EpisodeSpec) -> str:
    labels = {name: f"SPEAKER_{i:02d}" for i, name in enumerate(ep.speakers)}
    segments = []
    for turn in ep.turns:
        for start, end, piece in _cues(turn, 90):
            segments.append({"start": round(start, 3), "end": round(end, 3), "text": " " + piece,
                             "speaker": labels[turn.speaker]})
    return json.dumps({"segments": segments, "language": "en"}, ensure_ascii=False)


def write_pairs(ep: EpisodeSpec) -> str:
    return json.dumps([{t.speaker: t.text} for t in ep.turns], ensure_ascii=False, indent=1)


WRITERS = {"txt": write_txt, "md": write_md, "vtt": write_vtt, "srt": write_srt, "p20": write_p20,
           "whisper": write_whisper, "whisperx": write_whisperx, "pairs": write_pairs}


def render(ep: EpisodeSpec) -> str:
    """The file content of an episode in its format."""
    return WRITERS[ep.format](ep)


# --------------------------------------------------------------------------------------------- main


def generate_library(out: Path, episodes: int, seed: int, *, turns_min: int = 30, turns_max: int = 400,
                     formats: tuple[str, ...] | None = None) -> dict[str, int]:
    """Write `episodes` transcripts and `papers.json` into `out`; return counts."""
    out.mkdir(parents=True, exist_ok=True)
    papers = make_papers(max(12, episodes), seed)
    (out / "papers.json").write_text(
        json.dumps({"papers": [p.catalog_record() for p in papers]}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8")
    turns = claims = 0
    for number in range(1, episodes + 1):
        fmt = formats[(number - 1) % len(formats)] if formats else None
        ep = generate_episode(number, seed, papers, turns_min=turns_min, turns_max=turns_max, fmt=fmt)
        (out / ep.filename).write_text(render(ep), encoding="utf-8")
        turns += len(ep.turns)
        claims += len(ep.claims)
    return {"episodes": episodes, "papers": len(papers), "turns": turns, "claims": claims}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--episodes", type=int, default=100, help="how many episodes (default 100)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into (created)")
    parser.add_argument("--turns-min", type=int, default=30)
    parser.add_argument("--turns-max", type=int, default=400)
    parser.add_argument("--formats", default="", help=f"comma-separated subset of {','.join(FORMATS)}, "
                        "assigned round-robin (default: a weighted random mix)")
    args = parser.parse_args(argv)
    formats = tuple(f for f in args.formats.split(",") if f) or None
    unknown = [f for f in formats or () if f not in FORMATS]
    if unknown:
        parser.error(f"unknown format(s): {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    if args.episodes < 1 or not 2 <= args.turns_min <= args.turns_max:
        parser.error("need --episodes >= 1 and 2 <= --turns-min <= --turns-max")
    started = time.perf_counter()
    counts = generate_library(args.out, args.episodes, args.seed, turns_min=args.turns_min,
                              turns_max=args.turns_max, formats=formats)
    elapsed = time.perf_counter() - started
    print(f"wrote {counts['episodes']} episodes ({counts['turns']} turns, {counts['claims']} claims) and "
          f"{counts['papers']} papers to {args.out} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
