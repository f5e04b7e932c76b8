"""Suggested verdicts: deploy-ready / research-only / skip, with a confidence and the evidence.

Every sentence about a paper is scored against phrase lists for the three verdicts (negations such
as "not immediately practical" are listed as their own phrases, matched first). Wrap-up statements
weigh most, then the paper's last turns. When the evidence is thin or split, the verdict is None:
the hosts did not make a call, and guessing would mislead the user.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.models import Evidence, SuggestedVerdict

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"

# (pattern, verdict, weight). Longer, more specific phrases first: the first match in a clause wins.
_CUES: list[tuple[re.Pattern, str, float]] = [
    (re.compile(p, re.I), v, w)
    for p, v, w in [
        # explicit
        (r"\bdeploy[-\s]ready\b", DEPLOY, 3.0),
        (r"\bresearch[-\s]only\b", RESEARCH, 3.0),
        (r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would|we\s+should|you\s+can|just)\s+skip\b|\bskip\s+(?:it|this|that|for)\b|^skip\b", SKIP, 3.0),
        # negated practicality -> research
        (r"\bnot\s+(?:immediately|yet|really|quite|exactly)\s+(?:practical|deployable|production[-\s]ready|ready)\b", RESEARCH, 2.0),
        (r"\bnot\s+something\s+(?:anyone|you|we)\s+should\s+be\s+(?:planning|building)", RESEARCH, 2.0),
        (r"\byears\s+away\b|\bfive\s+to\s+ten\s+years\b|\blong[-\s]term\b", RESEARCH, 1.0),
        # skip
        (r"\bsolv\w*\s+a\s+problem\s+that\s+(?:mostly\s+|really\s+|largely\s+)?(?:doesn['\u2019]t|does\s+not)\s+exist\b", SKIP, 3.0),
        (r"\b(?:not|isn['\u2019]t)\s+worth\b|\bwaste\s+of\b|\bdon['\u2019]t\s+bother\b|\bpass\s+on\s+(?:this|it)\b|"
         r"\bwrong\s+tool\b|\bsledgehammer\b|\bnone\s+of\s+those\b|\bnot\s+for\s+us\b|\bno\s+reason\s+to\s+(?:use|adopt)\b|"
         r"\bdead\s+end\b|\bsolution\s+looking\s+for\s+a\s+problem\b|\bbecause\s+we\s+can\b|\bnot\s+(?:a\s+)?practical\b|"
         r"\bbefore\s+you\s+(?:build|ship)\b.*\bdon['\u2019]t\b", SKIP, 2.0),
        # deploy
        (r"\bhave\s+legs\b|\bhas\s+legs\b", DEPLOY, 2.5),
        (r"\bdirectly\s+applicable\b|\bactually\s+gets?\s+deployed\b|\bproduction[-\s]ready\b|\bready\s+for\s+production\b|"
         r"\bship\s+(?:it|this)\b|\btry\s+(?:it\s+)?tomorrow\b|\buse\s+(?:it\s+)?today\b|\bfirst\s+ticket\b|"
         r"\bworth\s+(?:deploying|adopting|trying|a\s+pilot)\b|\bdrop[-\s]in\b|\bit\s+works\b|\beverywhere\b|"
         r"\breal\s+money\b|\bchanges\s+your\s+cost\s+structure\b|\bmost\s+immediately\s+relevant\b", DEPLOY, 2.0),
        (r"\bimmediately\s+practical\b|\bmore\s+immediately\s+practical\b|\bpractical\b|\bdeployable\b|"
         r"\bapplied\s+work\b|\bsolving\s+a\s+real\s+problem\b|\breal\s+problem\s+with\s+existing\b|"
         r"\bgenuinely\s+useful\b|\buseful\s+for\s+debugging\b|\bfor\s+enterprise\b|\bedge\s+deployment\b", DEPLOY, 1.0),
        # research
        (r"\bpure(?:ly)?\s+research\b|\bacademically\s+interesting\b|\bresearch\s+curiosity\b|"
         r"\bresearch\s+(?:perspective|territory|artifact|prototype|project)\b|\bstay\s+in\s+academic\b|"
         r"\bfor\s+(?:researchers|academics)\b|\bacademic\s+exercise\b|\bdiagnostic\s+tool\b|"
         r"\binfrastructure(?:[-\s]level)?\s+(?:play|stuff)\b|\bnot\s+for\s+end\s+users\b|\bwait[-\s]and[-\s]see\b|"
         r"\binteresting\s+from\s+a\s+research\b|\bstill\s+in\s+research\b|\bproof\s+of\s+concept\b|"
         r"\bfascinating\b.*\bbut\b|\binteresting\b.*\bbut\b|\bhardest\s+to\s+commerciali[sz]e\b|\bno\s+clear\s+commercial\b", RESEARCH, 2.0),
        (r"\bresearch\b|\bacademic\b|\bnot\s+immediately\b|\bunclear\b|\bnarrow\b|\bgrant[-\s]funded\b", RESEARCH, 0.7),
        (r"\boverkill\b|\bnot\s+convinced\b|\bskeptical\b|\bhype\b", SKIP, 0.7),
    ]
]
_UNDECIDED = re.compile(
    r"\b(?:leave\s+(?:that|this|it)\s+(?:one\s+)?open|we\s+disagree|don['\u2019]t\s+know\s+yet|jury['\u2019]?s\s+out|"
    r"too\s+early\s+to\s+(?:say|tell)|no\s+verdict|undecided|on\s+the\s+fence)\b",
    re.I,
)


@dataclass(slots=True)
class Statement:
    """One clause or sentence about a paper, with how much it should weigh."""

    turn: int
    text: str
    weight: float


def _score_clause(text: str) -> tuple[str, float] | None:
    for pattern, verdict, weight in _CUES:
        if pattern.search(text):
            return verdict, weight
    return None


def suggest(statements: Sequence[Statement], min_score: float = 2.0) -> SuggestedVerdict:
    """The verdict the statements support, or None when they do not support one clearly."""
    totals = {DEPLOY: 0.0, RESEARCH: 0.0, SKIP: 0.0}
    evidence: dict[str, list[tuple[float, Evidence]]] = {DEPLOY: [], RESEARCH: [], SKIP: []}
    undecided = 0.0
    for st in statements:
        if _UNDECIDED.search(st.text):
            undecided += st.weight
            continue
        scored = _score_clause(st.text)
        if scored is None:
            continue
        verdict, weight = scored
        totals[verdict] += weight * st.weight
        evidence[verdict].append((weight * st.weight, Evidence(turn=st.turn, quote=st.text)))
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < min_score or top - second < 0.25 * top or undecided >= top:
        quotes = sorted((e for lst in evidence.values() for e in lst), key=lambda x: -x[0])[:3]
        return SuggestedVerdict(verdict=None, confidence=0.0, evidence=[e for _, e in quotes])
    total = sum(totals.values()) + undecided
    confidence = round(min(0.95, (top - second) / total * min(1.0, top / (2 * min_score))), 2)
    quotes = sorted(evidence[best], key=lambda x: -x[0])[:3]
    return SuggestedVerdict(verdict=best, confidence=max(confidence, 0.05), evidence=[e for _, e in quotes])
