"""Pushback: turns that question a claim ("sounds... optimistic", "grain of salt", "big if").

A pushback turn is linked to the claims it answers: claims of the same paper in the few turns before
it (or earlier in the same turn), preferring those that share a figure or a content word with the
doubting sentence, so the UI can show claimed-vs-doubted side by side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.analysis.prefilter import prefiltered
from tui.core.models import Claim

PUSHBACK = prefiltered(
    r"\b(?:optimistic|grain\s+of\s+salt|big\s+if|red\s+flag|skeptic\w*|sceptic\w*|not\s+convinced|"
    r"unconvinced|doubt\w*|don['\u2019]t\s+buy|hard\s+to\s+believe|too\s+good\s+to\s+be\s+true|cherry[-\s]pick\w*|"
    r"light\s+on|(?:don['\u2019]t|doesn['\u2019]t|didn['\u2019]t)\s+(?:give|show|report|answer|address|tell\s+you|"
    r"extend|see|catch|generali[sz]e|hold\s+up)|hard\s+numbers|taking\s+their\s+word|take\s+their\s+word|"
    r"that['\u2019]s\s+a\s+stretch|a\s+stretch|i['\u2019]d\s+want\s+to\s+see|want\s+to\s+see|remains\s+to\s+be\s+seen|"
    r"show\s+me|proof\s+of\s+concept|if\s+they['\u2019]re\s+real|if\s+(?:this|it)\s+actually\s+works|"
    r"if\s+the\s+benchmarks\s+hold|how\s+robust|does\s+it\s+actually|measured\s+how|get\s+nervous|nervous|"
    r"soft\s+baseline|misread|wrong\s+tool|caveat|overfit\w*|overclaim\w*|hype|marketing|suspicious|"
    r"questionable|not\s+so\s+fast|hold\s+on|wait\s+a\s+(?:second|minute)|fair\s+skepticism|replicat\w*|"
    r"independent\w*\s+(?:verif|replic|test)\w*|arms\s+race|sounds\s+nice\s+in\s+theory|in\s+theory|"
    r"who['\u2019]s\s+(?:actually\s+)?(?:asking|deploying|using)|who\s+cares|who\s+the\s+hell|so\s+what|"
    r"not\s+exactly\s+cutting\s+edge|minefield|gut\s+says|obsolete|fail\s+the|that['\u2019]s\s+the\s+question|"
    r"have\s+you\s+seen\s+the\s+actual|depends\s+(?:a\s+lot\s+)?on|big\s+caveat|but\s+is\s+it|really\?)"
    r"(?!\w)",  # whole words: "hype" is no doubt inside "hyperparameters", nor "show me" inside "show meaningful"
    re.I,
)
# Doubt in its general shapes, beyond fixed phrases: a question about a figure's scope ("on which GPU?",
# "of what, at which scale?", "meaning what?", "what were the baselines?"), a contrastive "though", a limit
# of scope ("only on", "their tasks, their robots", "one domain, one model family"), a denied value ("isn't a
# number", "is not a product", "isn't free", "not exactly"), nobody using it, a practical cost or failure
# ("falls apart", "weaker", "the bill", "license", "contamination", "can't retrofit"), a claim carrying more
# than it should ("doing a lot of work", "a low bar", "straw man"), or the speaker announcing an objection.
DOUBT_SHAPES = prefiltered(
    r"\b(?:on|at|of|against|in|for|by|from)\s+(?:which|whose)\b(?![\w\s,'\u2019-]*\b(?:is|are|was)\s+(?:the|a)\b[^?]*$)"
    r"|\b(?:than|versus|over|of)\s+what\s*[?,]|\bwhat\s+(?:were|was|are|is)\s+the\s+(?:baselines?|numbers?|catch|cost)\b"
    r"|\bthough\s*[.?!,]|\bthough\s*$|\bwhich\s+[\w-]+,\s+and\s+who\b"
    r"|\b(?:only|just)\s+(?:on|at|in|where|when|with)\s|\btheir\s+[\w-]+(?:\s+[\w-]+)?,\s+(?:with\s+)?their\b"
    r"|\bone\s+[\w-]+(?:\s+[\w-]+)?,\s+one\b"
    r"|\b(?:is|are|was|it['\u2019]s|that['\u2019]s)\s+not\s+(?:a|an|the\s+same|free|exactly|science|search)\b"
    r"|\b(?:isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t)\s+(?:a|an|the\s+same|free|exactly|science|search|really)\b"
    r"|\bnot\s+exactly\b|\bnot\s+(?:plug-and-play|production|a\s+product|a\s+number|a\s+measurement)"
    r"|\b(?:nobody|no\s+one)\b(?!\s+(?:else\s+)?(?:has|had)\s+(?:done|tried|shown))"
    r"|\bweak(?:er|ness|est)?\b|\bfall(?:s|ing)?\s+(?:apart|over)\b|\bbreaks?\s+down\b|\bevaporat\w+"
    r"|\b(?:the|your|a|an)\s+(?:\w+\s+)?bill\b|\breal\s+money\b|\bnon-commercial\b|\blicen[cs]e\b|\bcopyright\b|"
    r"\blawyer\b|\blegal\s+team\b|\bcontaminat\w+|\bcan['\u2019]t\s+(?:retrofit|bolt|run|reproduce|check|verify|send|use)\b"
    r"|\bnever\s+released\b|\bno\s+(?:official\s+)?(?:code|release|weights|ablation|baseline|ground\s+truth)\b"
    r"|\b(?:doing|carrying)\s+a\s+lot\s+of\s+(?:work|weight)|\bis\s+carrying\b|\blow\s+bar\b|\bstraw\s*-?\s*man\b"
    r"|\bseen\s+that\s+movie\b|\bheard\s+that\s+one\b|\bgood\s+luck\b|\bapples\s+and\b|\bempty\s+room\b|\ba\s+loop\b"
    r"|\b(?:my|one)\s+(?:\w+\s+)?(?:problem|issue|complaint|objection|worry|concern)\b|\bpush\s+back\b|\bi\s+squint\b|\btwitchy\b"
    # a cost or a limit named outright, a measure questioned, trust asked for ("non-starter", "a narrow test bed",
    # "by what measure?", "what does that do to storage?", "a lot of faith", "only as good as its range")
    r"|\bnon-starter\b|\bnarrow\b|\bthin\b(?!\s+(?:client|layer|wrapper))|\b(?:sounds|too|that['\u2019]s|it['\u2019]s)\s+(?:\w+\s+)?(?:slow|expensive|costly)\b"
    r"|\bpolite\s+way\b|\bonly\s+as\s+good\s+as\b|\b(?:a\s+lot\s+of|leap\s+of)\s+faith\b|\bby\s+what\s+(?:measure|metric)\b"
    r"|\bwhat\s+does\s+(?:that|this|it|all\s+this)\s+(?:do\s+to|cost)\b|\bcosts?\s+you\b|\bwho\s+knows\b|\bhid(?:e|es|ing)\s+(?:the|a|its)\b"
    r"|\bgarbage\b|\bcan['\u2019]t\s+(?:see|inspect|taste|download)\b|\bsails?\s+(?:right\s+)?through\b|\bextrapolat\w+"
    r"|\bi['\u2019]m\s+not\s+saying\b|\bsounds\s+(?:great|good|nice|impressive)\s+until\b|\bsaturated\b"
    r"|\bi['\u2019]m\s+guessing\b|\bi\s+bet\b|\bi['\u2019]ll\s+wait\s+for\b|\bhints?,\s+not\b|\bnot\s+laws\b"
    r"|\b(?:does|do|did|will|would)\s+(?:it|that|this|those|these|they)\s+(?:\w+\s+)?(?:hold|scale|transfer|generali[sz]e|survive)\b",
    re.I,
)
_STEM = re.compile(r"[a-z0-9]+")
_STOP = frozenset("that this they their with from have been what which about there would could should".split())


def is_doubt(sentence: str) -> bool:
    return bool(PUSHBACK.search(sentence) or DOUBT_SHAPES.search(sentence))


def pushback_sentences(sentences: Sequence[str]) -> list[str]:
    return [s for s in sentences if is_doubt(s)]


def _stems(text: str) -> set[str]:
    return {w[:6] for w in _STEM.findall(text.lower()) if len(w) >= 4 and w not in _STOP}


def _figures(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


def link_pushback(claims: Sequence[Claim], turn: int, doubting: Sequence[str], window: int = 3) -> list[Claim]:
    """The claims a pushback turn answers: overlapping ones in the window, else the latest claim turn's."""
    recent = [c for c in claims if turn - window <= c.turn <= turn and not c.hypothetical]
    if not recent:
        return []
    text = " ".join(doubting)
    figures, stems = _figures(text), _stems(text)
    best: list[tuple[int, Claim]] = []
    for claim in recent:
        overlap = 3 * len(figures & _figures(claim.text)) + len(stems & _stems(claim.text))
        if overlap >= 2 or figures & _figures(claim.text):
            best.append((overlap, claim))
    if best:
        top = max(score for score, _ in best)
        return [c for score, c in best if score == top]
    latest_turn = max(c.turn for c in recent if c.turn < turn) if any(c.turn < turn for c in recent) else turn
    return [c for c in recent if c.turn == latest_turn]
