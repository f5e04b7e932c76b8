"""Render annotated episode sources into transcript files and their gold annotations.

Each episode is written once, as a `tests/gold/src/<stem>.ep` source: a header (format, output path,
papers with their verdicts, names that are not papers) and one line per turn, with annotations in
braces at the end of a line. This script renders the transcript in the requested format (txt, md,
vtt, p20, srt, whisperx, pairs) and writes `tests/gold/<stem>.gold.json` beside it, so turn indices in
the gold can never drift from the transcript. Run it after editing a source:

    .venv/bin/python tests/gold/build_gold.py

Source syntax (see docs/CORPUS.md for what the annotations mean):
    format: txt|md|vtt|vtt-on-change|p20|srt|whisperx|pairs     output: data/episodes/x.txt     title: ...
    paper: Name | arxiv id or - | alias; alias | deploy-ready|research-only|skip|null
    not_papers: GPT-4o; ImageNet; ...
    ---
    == intro | transition | wrap-up | general | <paper name>     (label of the turns that follow)
    Name: spoken text [laughs] more text {c n=2x;63% p@OtherPaper}
    !break                                                          (md only: an ad break marker)
Annotation tokens: `c` claim turn, `p` pushback turn, `n=a;b` numbers; each may take `@Paper`
(default: the paper of the current label).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SRC_DIR = Path(__file__).resolve().parent / "src"
GOLD_DIR = Path(__file__).resolve().parent
NON_PAPER_LABELS = {"intro", "transition", "wrap-up", "general"}
WORDS_PER_SECOND = 2.6


@dataclass
class SourceTurn:
    speaker: str
    text: str
    label: str
    claims: set[str] = field(default_factory=set)
    pushback: set[str] = field(default_factory=set)
    numbers: dict[str, list[str]] = field(default_factory=dict)
    break_before: bool = False


@dataclass
class Source:
    stem: str
    header: dict[str, str]
    papers: list[dict]
    not_papers: list[str]
    turns: list[SourceTurn]


ANNOTATION = re.compile(r"\s*\{([^{}]*)\}\s*$")
SPEAKER_LINE = re.compile(r"^([A-Z][\w.\- ]{0,30}?):\s+(.*)$")


def parse_source(path: Path) -> Source:
    header: dict[str, str] = {}
    papers: list[dict] = []
    not_papers: list[str] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    body_start = lines.index("---")
    for line in lines[:body_start]:
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        value = value.strip()
        if key == "paper":
            name, arxiv, aliases, verdict = (part.strip() for part in value.split("|"))
            papers.append({
                "name": name,
                "aliases": [a.strip() for a in aliases.split(";") if a.strip()],
                "arxiv_id": None if arxiv == "-" else arxiv,
                "verdict": None if verdict == "null" else verdict,
            })
        elif key == "not_papers":
            not_papers = [n.strip() for n in value.split(";") if n.strip()]
        else:
            header[key] = value
    names = {p["name"] for p in papers}
    turns: list[SourceTurn] = []
    label = "intro"
    pending_break = False
    for number, line in enumerate(lines[body_start + 1:], start=body_start + 2):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            label = line[3:].strip()
            if label not in NON_PAPER_LABELS and label not in names:
                raise SystemExit(f"{path}:{number}: unknown label {label!r}")
            continue
        if line.strip() == "!break":
            pending_break = True
            continue
        match = SPEAKER_LINE.match(line)
        if not match:
            raise SystemExit(f"{path}:{number}: expected 'Name: text', got {line[:40]!r}")
        speaker, text = match.groups()
        turn = SourceTurn(speaker=speaker, text=text, label=label, break_before=pending_break)
        pending_break = False
        annotation = ANNOTATION.search(text)
        if annotation:
            turn.text = text[: annotation.start()].rstrip()
            _apply_annotation(turn, annotation.group(1), label, names, f"{path}:{number}")
        if turns and turns[-1].speaker == speaker:
            raise SystemExit(f"{path}:{number}: {speaker} speaks twice in a row; merge the turns")
        if "{" in turn.text or "}" in turn.text:
            raise SystemExit(f"{path}:{number}: stray brace in text")
        turns.append(turn)
    return Source(path.stem, header, papers, not_papers, turns)


def _apply_annotation(turn: SourceTurn, tokens: str, label: str, names: set[str], where: str) -> None:
    for token in tokens.split():
        kind, _, rest = token.partition("=") if token.startswith("n") else (token, "", "")
        kind, _, target = kind.partition("@")
        target = target.replace("_", " ") or label
        if target not in names:
            raise SystemExit(f"{where}: annotation {token!r} has no paper (label {label!r})")
        if kind == "c":
            turn.claims.add(target)
        elif kind == "p":
            turn.pushback.add(target)
        elif kind == "n":
            turn.numbers.setdefault(target, []).extend(n.replace("_", " ") for n in rest.split(";") if n)
        else:
            raise SystemExit(f"{where}: unknown annotation token {token!r}")


# ------------------------------------------------------------------------------------------ gold


def build_gold(source: Source) -> dict:
    segments: list[dict] = []
    for index, turn in enumerate(source.turns):
        if segments and segments[-1]["label"] == turn.label:
            segments[-1]["last_turn"] = index
        else:
            segments.append({"first_turn": index, "last_turn": index, "label": turn.label})
    papers = []
    for paper in source.papers:
        name = paper["name"]
        spans = [[s["first_turn"], s["last_turn"]] for s in segments if s["label"] == name]
        if not spans:
            raise SystemExit(f"{source.stem}: paper {name} has no span")
        numbers = [n for t in source.turns for n in t.numbers.get(name, [])]
        papers.append({
            "name": name,
            "aliases": paper["aliases"],
            "arxiv_id": paper["arxiv_id"],
            "spans": spans,
            "claim_turns": [i for i, t in enumerate(source.turns) if name in t.claims],
            "numbers": numbers,
            "pushback_turns": [i for i, t in enumerate(source.turns) if name in t.pushback],
            "verdict": paper["verdict"],
        })
    speakers = list(dict.fromkeys(t.speaker for t in source.turns))
    return {
        "episode": source.header["output"],
        "format": source.header["format"],
        "title": source.header.get("title", source.stem),
        "turn_count": len(source.turns),
        "speakers": speakers,
        "papers": papers,
        "not_papers": source.not_papers,
        "segments": segments,
    }


# ------------------------------------------------------------------------------------- rendering


def _timeline(turns: list[SourceTurn]) -> list[tuple[float, float]]:
    """Plausible start/end seconds per sentence-ish piece, from word counts."""
    clock = 2.0
    times = []
    for turn in turns:
        duration = max(1.2, len(turn.text.split()) / WORDS_PER_SECOND)
        times.append((round(clock, 2), round(clock + duration, 2)))
        clock += duration + 0.4
    return times


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\[\"'])")


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text.replace(" || ", " ")) if s]


def _pieces(text: str, start: float, end: float, splitter) -> list[tuple[str, float, float]]:
    parts = splitter(text)
    total = sum(len(p.split()) for p in parts) or 1
    out, clock = [], start
    for part in parts:
        length = (end - start) * len(part.split()) / total
        out.append((part, round(clock, 3), round(clock + length, 3)))
        clock += length
    return out


def _chunks(text: str, size: int = 9) -> list[str]:
    words = text.replace(" || ", " ").split()
    return [" ".join(words[i:i + size]) for i in range(0, len(words), size)]


def _ts(seconds: float, sep: str = ".", hours: bool = True) -> str:
    millis = int(round(seconds * 1000))
    h, rem = divmod(millis, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    if hours or h:
        return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"
    return f"{m:02d}:{s:02d}{sep}{ms:03d}"


def render_txt(source: Source) -> str:
    return "\n\n".join(f"{t.speaker}: {t.text.replace(' || ', ' ')}" for t in source.turns) + "\n"


def render_md(source: Source) -> str:
    out = [f"# {source.header.get('title', source.stem)}", ""]
    times = _timeline(source.turns)
    for index, (turn, (start, _)) in enumerate(zip(source.turns, times)):
        if turn.break_before:
            out += [f"**Break:** \\[{int(start // 60):02d}:{int(start % 60):02d}\\]", ""]
        text = turn.text.replace("&", "&amp;")
        if index % 6 == 3:
            text = text.replace("'", "&#39;")
        paragraphs = text.split(" || ")
        stamp = f"\\[{int(start // 60):02d}:{int(start % 60):02d}\\] " if index % 4 == 0 else ""
        out += [f"**{turn.speaker}:** {stamp}{paragraphs[0]}", ""]
        for paragraph in paragraphs[1:]:
            out += [paragraph, ""]
    return "\n".join(out)


def render_vtt(source: Source, tag_every_cue: bool = True) -> str:
    out = ["WEBVTT", "", f"NOTE {source.header.get('title', source.stem)}", ""]
    cue = 0
    for turn, (start, end) in zip(source.turns, _timeline(source.turns)):
        for position, (piece, a, b) in enumerate(_pieces(turn.text, start, end, _sentences)):
            cue += 1
            if cue % 5 == 0:
                out.append(f"cue-{cue}")
            out.append(f"{_ts(a, hours=False)} --> {_ts(b, hours=False)}")
            if not tag_every_cue and position > 0:
                # Podcasting 2.0 style: the voice tag only where the speaker changes.
                out += [piece, ""]
                continue
            # Closing tags are sometimes omitted, as the spec allows.
            closing = "</v>" if cue % 3 else ""
            out += [f"<v {turn.speaker}>{piece}{closing}", ""]
    return "\n".join(out)


def render_p20(source: Source) -> str:
    segments = []
    for turn, (start, end) in zip(source.turns, _timeline(source.turns)):
        for piece, a, b in _pieces(turn.text, start, end, _sentences):
            segments.append({"speaker": turn.speaker, "startTime": a, "endTime": b, "body": piece})
    return json.dumps({"version": "1.0.0", "segments": segments}, indent=1, ensure_ascii=False) + "\n"


def render_srt(source: Source) -> str:
    """SRT the Podcasting 2.0 way: `Name:` only on the first card after a speaker change."""
    out, index = [], 0
    for turn, (start, end) in zip(source.turns, _timeline(source.turns)):
        for position, (piece, a, b) in enumerate(_pieces(turn.text, start, end, _chunks)):
            index += 1
            text = f"{turn.speaker}: {piece}" if position == 0 else piece
            out += [str(index), f"{_ts(a, ',')} --> {_ts(b, ',')}", text, ""]
    return "\n".join(out)


def render_whisperx(source: Source) -> str:
    labels: dict[str, str] = {}
    segments, word_segments = [], []
    for turn, (start, end) in zip(source.turns, _timeline(source.turns)):
        label = labels.setdefault(turn.speaker, f"SPEAKER_{len(labels):02d}")
        for piece, a, b in _pieces(turn.text, start, end, _sentences):
            words = piece.split()
            step = (b - a) / max(1, len(words))
            word_items = [
                {"word": w, "start": round(a + i * step, 3), "end": round(a + (i + 1) * step, 3),
                 "score": 0.9, "speaker": label}
                for i, w in enumerate(words)
            ]
            segments.append({"start": a, "end": b, "text": " " + piece, "words": word_items,
                             "speaker": label})
            word_segments += word_items
    return json.dumps({"segments": segments, "word_segments": word_segments, "language": "en"},
                      indent=1) + "\n"


def render_pairs(source: Source) -> str:
    """JSON speaker-pairs: objects whose keys are speakers in speaking order, two turns per object."""
    objects, current = [], {}
    for turn in source.turns:
        if turn.speaker in current or len(current) == 2:
            objects.append(current)
            current = {}
        current[turn.speaker] = turn.text.replace(" || ", " ")
    if current:
        objects.append(current)
    return json.dumps(objects, indent=1, ensure_ascii=False) + "\n"


def render_vtt_on_change(source: Source) -> str:
    return render_vtt(source, tag_every_cue=False)


RENDERERS = {"txt": render_txt, "md": render_md, "vtt": render_vtt, "vtt-on-change": render_vtt_on_change,
             "p20": render_p20,
             "srt": render_srt, "whisperx": render_whisperx, "pairs": render_pairs}


def build(path: Path) -> Path:
    source = parse_source(path)
    target = REPO / source.header["output"]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(RENDERERS[source.header["format"]](source), encoding="utf-8")
    gold = build_gold(source)
    gold_path = GOLD_DIR / f"{Path(source.header['output']).stem}.gold.json"
    gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold_path


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(SRC_DIR.glob("*.ep"))
    for path in paths:
        gold_path = build(path)
        print(f"{path.name} -> {gold_path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
