"""Who presents each paper's discussion, and what each turn in it does: the hosts' roles, from structure alone.

In the show one host has read the paper and presents it; the other asks, restates and pushes back. Which host
that is changes from paper to paper (and in a three-person episode or a monologue it may be anyone), so it is
decided per discussion span, by who carries the span's statements: the words each speaker says in sentences that
are not questions, the span's first turn (often the other host's introduction) counting half. A speaker is the
span's presenter only when clearly ahead (the runner-up under `_DOMINANT` of the leader's words): in a discussion
the hosts share, nobody is, and the claims are read by their shapes as before. Counting words over the whole span
keeps the call steady when the span is a turn or two off at either end.

Each turn of a span with a presenter then gets a role (`turn_roles`), read by claims.is_claim:
- `PRESENTS`: the presenter saying what the work is and does - the first turn they take in the span, and every
  later one except those below;
- `RESPONDS`: the presenter answering a question about use, audience or their own view ("So who's it for?",
  "Would you ship it?"), conceding the other host's doubt ("Fair. ...", "True, it's three kilns."), opening on
  their own stance or doubt, or taking the span's last word (the call, who it is for); read by the claim shapes
  alone;
- `OPENS`: the other speaker's turn that opens the span (usually introducing the paper and saying what it is);
- `LISTENS`: the other speaker's later turns: a claim only with strong evidence (a report attributed to the paper);
- `CHALLENGES`: the other speaker's turn that doubts or pushes back: a claim only with the paper's own report
  named ("they report ...", "the paper says ...").
Turns outside a paper's discussion, and every turn of a discussion nobody leads, get None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.analysis.pushback import is_doubt

PRESENTS = "presents"
RESPONDS = "responds"
OPENS = "opens"
LISTENS = "listens"
CHALLENGES = "challenges"

# The runner-up's share of the leader's statement words below which the leader presents the span.
_DOMINANT = 0.65

# A question about use, audience or the speaker's own view, not about the work: "So who's this for?", "Who's
# really going to install it?", "And who is paying for a robot potter?", "Would you ship it?", "Useful or not?",
# "Is it better than what we'd already run?", "Where does it make sense?", "What's the practical upshot?". The
# answer is a use case or a call. A who-question about the work ("Who labelled the firings?") is no such question.
_USE_QUESTION = re.compile(
    r"\bwho(?:['\u2019]s|\s+is|\s+are|\s+would|\s+will|\s+should|\s+else|\s+on\s+earth|\s+exactly)*"
    r"(?:\s+(?:actually|really|even|realistically|honestly|still|today|here))*\s+"
    r"(?:(?:it|this|that|this\s+one|that\s+one)\s+for\b|the\s+(?:audience|customer|buyer|user|market|reader)s?\b|"
    r"(?:going\s+to|gonna|supposed\s+to|meant\s+to|about\s+to)\s+(?:use|run|buy|ship|deploy|adopt|pick|care|read)\b|"
    r"(?:us(?:e|es|ing)|buy(?:s|ing)?|pay(?:s|ing)?|pick(?:s|ing)?|car(?:e|es|ing)|need(?:s|ing)?|run(?:s|ning)?|"
    r"deploy(?:s|ing)?|ship(?:s|ping)?|adopt(?:s|ing)?|want(?:s|ing)?|choos(?:e|es|ing)|benefit(?:s|ing)?|"
    r"install(?:s|ing)?|set\s+up|building\s+(?:on|with))\b)"
    r"|\b(?:would|will|do|should|could)\s+(?:you|we|i|anyone|anybody|people)\s+(?:\w+ly\s+)?"
    r"(?:use|build|ship|deploy|run|pick|adopt|try|buy|bet|put|recommend|switch|install|reach\s+for|trust)\b"
    r"|\bis\s+(?:it|this|that)\s+(?:\w+ly\s+)?(?:useful|worth|usable|ready|practical|deployable)\b"
    r"|\b(?:useful|usable|worth\s+it)\s+or\s+(?:not|isn['\u2019]t)\b"
    r"|\bwhat\s+(?:i|we)(?:['\u2019]d|\s+would)\s+already\b"
    r"|\b(?:what['\u2019]s|what\s+is)\s+(?:the|your)\s+(?:verdict|call|take)\b|\bwhere\s+do\s+you\s+land\b"
    r"|\bpractical\s+(?:implication|use|application|value|upshot|angle|takeaway)s?\b"
    r"|\bwhere\s+(?:does|would|could)\s+(?:it|this|that)\s+(?:\w+ly\s+)?(?:make\s+sense|fit|help|belong|pay\s+off)\b"
    r"|\bwhat\s+(?:is|['\u2019]s|would)\s+(?:it|this|that|you)\s+(?:\w+ly\s+)?(?:good\s+for|for|use\s+it\s+for)\s*\?",
    re.I,
)
# A reply that opens on the speaker's own stance ("No, I think you've got the kilns wrong.", "Honestly, I'm not
# sold on this one.", or a doubt: "On paper, maybe."): the presenter arguing their own view, not reporting.
_OWN_VIEW = re.compile(
    r"^(?:\W*\w+\W+){0,6}?(?:i\s+(?:\w+ly\s+)?(?:think|feel|doubt|suspect|disagree|worry|wonder)|"
    r"i['\u2019]m\s+(?:\w+\s+)?(?:skeptical|sceptical|not\s+(?:sure|convinced|sold))|you['\u2019]re\s+wrong)\b",
    re.I,
)
# A reply that opens by granting the other host's point in a few words ("Fair.", "True, it's three kilns.", "That's
# my worry too.", "It is.", "No, it isn't.", "Pretty much.", "Harsh, but yes."): a concession, after which the
# presenter says the limit in their own words rather than what the paper reports.
_CONCEDES = re.compile(
    r"^(?:(?:yeah|yes|okay|ok|well|oh|and|but|honestly)[,.]?\s+)*(?:true|fair|fair\s+enough|fair\s+point|agreed|"
    r"granted|sure|that['\u2019]s\s+(?:fair|true|the\s+\w+|my\s+\w+(?:\s+too)?)|it\s+is|they\s+are|it\s+does|"
    r"no,\s+it\s+(?:isn|doesn|can)['\u2019]t|harsh|guilty|point\s+taken|yeah|yep|right|exactly|pretty\s+much|"
    r"basically|roughly|partly|mostly|somewhat)\b[^.!?]{0,30}[.!]",
    re.I,
)


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")


def _statement_words(sentences: Sequence[str]) -> int:
    return sum(len(s.split()) for s in sentences if not _is_question(s))


def span_presenter(speakers: Sequence[str], sentences: Sequence[Sequence[str]], first: int, last: int) -> str | None:
    """The speaker who carries the statements of turns `first`..`last`, or None when nobody clearly does."""
    weight: dict[str, float] = {}
    for t in range(first, last + 1):
        words = _statement_words(sentences[t])
        weight[speakers[t]] = weight.get(speakers[t], 0.0) + (0.5 * words if t == first else words)
    ranked = sorted(weight.values(), reverse=True)
    if not ranked or ranked[0] <= 0 or (len(ranked) > 1 and ranked[1] >= _DOMINANT * ranked[0]):
        return None
    return max(weight, key=weight.__getitem__)


def turn_roles(
    speakers: Sequence[str], sentences: Sequence[Sequence[str]], labels: Sequence[int | str]
) -> list[str | None]:
    """Each turn's role in the paper discussion it belongs to (`PRESENTS`, `RESPONDS`, `OPENS`, `LISTENS`,
    `CHALLENGES`), None elsewhere. `sentences`: each turn's sentences; `labels`: each turn's segment label, a
    paper's index for a paper's discussion (segments.label_turns)."""
    n = len(labels)
    roles: list[str | None] = [None] * n
    t = 0
    while t < n:
        end = t
        while end + 1 < n and labels[end + 1] == labels[t]:
            end += 1
        if isinstance(labels[t], int):
            _span_roles(speakers, sentences, t, end, roles)
        t = end + 1
    return roles


def _span_roles(
    speakers: Sequence[str], sentences: Sequence[Sequence[str]], first: int, last: int, roles: list[str | None]
) -> None:
    presenter = span_presenter(speakers, sentences, first, last)
    if presenter is None:
        return
    final = max(t for t in range(first, last + 1) if speakers[t] == presenter)
    opening = True  # the presenter's first turn in the span
    for t in range(first, last + 1):
        said = sentences[t]
        if speakers[t] != presenter:
            if t == first:
                roles[t] = OPENS
            else:
                roles[t] = CHALLENGES if any(is_doubt(s) for s in said) else LISTENS
            continue
        before = sentences[t - 1] if t > first and speakers[t - 1] != presenter else ()
        asked_about_use = any(_is_question(s) and _USE_QUESTION.search(s) for s in before)
        concedes = bool(said) and bool(_CONCEDES.match(said[0])) and any(is_doubt(s) for s in before)
        argues = bool(said) and (bool(_OWN_VIEW.match(said[0])) or is_doubt(said[0]))
        closes = t == final and t > first + 2
        roles[t] = RESPONDS if not opening and (asked_about_use or concedes or argues or closes) else PRESENTS
        opening = False
