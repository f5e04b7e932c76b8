"""Claims: the sentences in which the hosts say what a paper does or reports.

A sentence is a claim when it carries a figure, attributes an action or result to the authors or the
work ("they claim", "the paper shows", "X is tokenizing ..."), or states the work's idea ("the key
innovation is", "first application of"). Questions are not claims; conditionals about the reader
("if you can drop tokens by 30-40%") are kept but marked hypothetical, because they are not the
paper's claims. Each claim gets a kind from its vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.analysis.lexicon import LISTENER_ACTORS, OPENING_CUES, TRANSITION_CUES
from tui.core.analysis.numbers import find_numbers
from tui.core.analysis.prefilter import Prefiltered, fold, prefiltered
from tui.core.analysis.pushback import PUSHBACK, doubt_shape
from tui.core.analysis.roles import CHALLENGES, LISTENS, OPENS, PRESENTS
from tui.core.analysis.verdicts import is_judgement
from tui.core.models import ClaimKind, NumberMention

_ATTRIBUTION = prefiltered(
    r"\b(?:they|the\s+paper|the\s+authors|authors|researchers|the\s+researchers|the\s+team|this\s+one|it|"
    r"this\s+thing|the\s+model|the\s+method|the\s+approach|the\s+framework|the\s+system|the\s+benchmark|"
    r"their\s+(?:model|method|approach|system|results?|numbers?)|the\s+(?:headline|claim|pitch|idea|trick|"
    r"observation|contribution|insight|result|innovation|key\s+innovation|key\s+idea|twist|point|recipe))"
    r"(?:['\u2019](?:re|ve|s|d))?\s+(?:also\s+|basically\s+|actually\s+|just\s+|now\s+|then\s+|explicitly\s+|"
    r"specifically\s+|really\s+|even\s+|only\s+|all\s+)?"
    r"(?:claim\w*|say|says|said|show\w*|report\w*|found|find\w*|buil[dt]\w*|propos\w*|introduc\w*|present\w*|"
    r"us(?:e|es|ed|ing)|combin\w*|achiev\w*|get|gets|getting|got|outperform\w*|beat\w*|train\w*|test\w*|"
    r"cover\w*|demonstrat\w*|decompos\w*|creat\w*|construct\w*|scal\w*|bolt\w*|add\w*|run|runs|keep\w*|"
    r"suggest\w*|measur\w*|evaluat\w*|ha(?:ve|s)|do|does|tokeniz\w*|notic\w*|observ\w*|need\w*|mak\w*|"
    r"trie[sd]|try(?:ing)?|target\w*|focus\w*|treat\w*|turn\w*|solv\w*|address\w*|lets|let|map\w*|"
    r"replac\w*|reduc\w*|compress\w*|optimi[sz]\w*|fram\w*|position\w*|pitch\w*|rel(?:y|ies|ying)|"
    r"learn\w*|predict\w*|generat\w*|match\w*|hit\w*|reach\w*|cut\w*|drop\w*|matter\w*|is|are|was|were|"
    r"decod\w*|distill\w*|fine-tun\w*|pretrain\w*|design\w*|coupl\w*|wrap\w*|doing|going|calling|call)\b",
    re.I,
)
_REPORTED = prefiltered(r"\b(?:they|the\s+paper|authors)\s+(?:claim|report|say|show|found|get)\w*", re.I)
_THEYRE_ING = prefiltered(r"\bthey(?:['\u2019]re|\s+are)\s+(?:\w+ly\s+)?\w+ing\b", re.I)
_IDEA = prefiltered(
    r"\b(?:first\s+(?:application|to\s+\w+|time|ever|open|model|benchmark|study|attempt)|state[-\s]of[-\s]the[-\s]art|"
    r"outperform\w*|the\s+whole\s+point|key\s+innovation|the\s+innovation|novel|this\s+one['\u2019]?s\s+about|"
    r"it['\u2019]?s\s+(?:basically|essentially)\s+an?|the\s+pitch|the\s+headline|the\s+claim|the\s+observation|"
    r"the\s+idea|in\s+the\s+paper|(?:paper|work|study)\s+(?:on|about|asking|that\s+asks)\s+(?:what|how|why|whether|when|if)|from\s+the\s+paper|the\s+paper['\u2019]s|paper\s+(?:shows|frames|argues|says|claims)|"
    r"benchmark\s+called|something\s+called|they\s+call\s+it|instead\s+of|compared\s+to|over\s+comparable|"
    r"speedup|faster|slower|fewer|smaller|larger|cheaper|accuracy|parameters)\b",
    re.I,
)
_FIRST_PERSON_OPINION = prefiltered(
    r"^(?:\w+,\s+)?(?:i\s+(?:think|guess|mean|feel|doubt|bet|suspect|wonder|don['\u2019]t|'d|would|like|love|hate)|"
    r"i['\u2019](?:d|m)\b|my\s+gut|honestly,?\s+i|personally)",
    re.I,
)
_HYPOTHETICAL = prefiltered(
    r"^(?:\w+[,.]?\s+)?(?:if|suppose|imagine|say|assuming|when)\s+you\b|"
    r"^(?:\w+[,.]?\s+)?(?:say|suppose|imagine|picture)\s+(?:a|an|some|your|her|his|their|our|my|one)\b|"
    r"\bcall\s+it\s+(?:roughly\s+|about\s+|maybe\s+|say\s+)?(?:a\s+(?:hundred|thousand|million)|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+few)\b|\d[\d,.]*\s+(?!percent\b)[a-z])|\bif\s+you\s+can\b|\bif\s+you['\u2019]re\b|"
    r"\bwould\s+(?:be|need|have)\b|\bcould\s+(?:speed|help|be)\b|\bif\s+(?:this|it)\s+(?:actually\s+)?works\b",
    re.I,
)
_NEGATED_REPORT = prefiltered(
    r"\b(?:don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|do\s+not|does\s+not|never|no)\s+(?:actually\s+|really\s+)?"
    r"(?:answer|give|show|report|address|test|provide|compare|release|include|discuss|mention|evaluate|extend|"
    r"measure|open-source|share)\b|\blight\s+on\b|\black\w*\b|\bmissing\b|\bonly\s+(?:tested|evaluated|works|sees)\b|"
    r"\bnot\s+(?:yet\s+)?(?:released|open|available|reproducible)\b|\bno\s+(?:code|numbers|ablation|baseline)s?\b",
    re.I,
)

_KIND_RULES: list[tuple[ClaimKind, Prefiltered]] = [
    (ClaimKind.SCALE, prefiltered(r"\b(?:parameters?|params|billion|trillion|\d+(?:\.\d+)?\s*[BbTt]\b|active|"
                                 r"scale[sd]?|mixture\s+of\s+experts|MoE|layers|context\s+(?:window|length)|tokens\s+long)\b", re.I)),
    (ClaimKind.EFFICIENCY, prefiltered(r"\b(?:speed\w*|faster|slower|latency|throughput|efficien\w*|memory|compute|"
                                      r"cost\w*|cheap\w*|flops|tflops|gpu|cpu|inference|token\s+(?:count|reduction|budget\w*)|"
                                      r"compress\w*|prun\w*|quantiz\w*|\d+(?:\.\d+)?x\b|-bit|savings|real[-\s]time|edge|"
                                      r"kv\s+cache|utili[sz]ation|per\s+second)\b", re.I)),
    (ClaimKind.DATA, prefiltered(r"\b(?:data|dataset\w*|corpus|corpora|training\s+data|annotat\w*|samples?|"
                                r"trained\s+on|synthetic|labels?|curriculum|recordings?|images?\s+from)\b", re.I)),
    (ClaimKind.NOVELTY, prefiltered(r"\b(?:first|novel|new|innovation|introduc\w*|propos\w*|invent\w*|unlike|"
                                   r"instead\s+of|different|the\s+idea|key\s+idea)\b", re.I)),
    (ClaimKind.PERFORMANCE, prefiltered(r"\b(?:accura\w*|perform\w*|benchmark\w*|outperform\w*|beat\w*|state[-\s]of|"
                                       r"sota|score\w*|competitive|results?|%|percent|wins?|better|worse|error|"
                                       r"robust\w*|fail\w*)\b", re.I)),
]


@dataclass(slots=True)
class ClaimSentence:
    turn: int
    sentence_index: int
    text: str
    kind: ClaimKind
    numbers: list[NumberMention]
    hypothetical: bool


# Tokens that are names with digits ("OPT-1.3B", "GPT-4", "Qwen2.5"): their digits say nothing about the kind.
_NAME_WITH_DIGITS = re.compile(r"\b[A-Za-z][\w.]*?\d[\w.-]*|\b[A-Za-z]+-\d[\w.-]*")
_KIND_PRIORITY = [ClaimKind.EFFICIENCY, ClaimKind.PERFORMANCE, ClaimKind.SCALE, ClaimKind.DATA, ClaimKind.NOVELTY]


def _unit_votes(numbers: list[NumberMention]) -> dict[ClaimKind, int]:
    votes: dict[ClaimKind, int] = {}
    for n in numbers:
        unit = n.unit or ""
        if unit == "x" or unit in {"GPUs", "GPU hours", "bit"} or "per second" in unit:
            kind = ClaimKind.EFFICIENCY
        elif unit == "%":
            kind = ClaimKind.PERFORMANCE
        elif unit == "tokens" and n.value >= 1e9 or unit in {"images", "videos", "examples", "samples", "questions",
                                                              "masklets", "hours", "documents"}:
            kind = ClaimKind.DATA
        elif unit == "parameters" or (not unit and n.value >= 1e6):
            kind = ClaimKind.SCALE
        else:
            continue
        votes[kind] = votes.get(kind, 0) + 1
    return votes


def claim_kind(sentence: str, numbers: list[NumberMention]) -> ClaimKind:
    """The kind with the most evidence (vocabulary and the figures' units); ties go to the more specific kind."""
    if _NEGATED_REPORT.search(sentence):
        return ClaimKind.LIMITATION
    text = _NAME_WITH_DIGITS.sub("NAME", sentence)
    votes = _unit_votes(numbers)
    low = fold(text)
    for kind, pattern in _KIND_RULES:
        hits = len(pattern.findall(text, low))
        if hits:
            votes[kind] = votes.get(kind, 0) + hits
    if not votes:
        return ClaimKind.PERFORMANCE if numbers else ClaimKind.CAPABILITY
    return max(_KIND_PRIORITY, key=lambda k: (votes.get(k, 0), -_KIND_PRIORITY.index(k)))


# "They interpolate ...", "the architecture drops ...", "It's an RNN ...": the hosts describing the method.
_THEY_VERB = prefiltered(
    r"\bthey\s+(?:also\s+|then\s+|just\s+|basically\s+|actually\s+|even\s+|explicitly\s+)?"
    r"(?!(?:don|didn|can|won|wouldn|couldn|might|may|could|would|should|will|probably|think|feel|want|care|know|"
    r"seem|look|get\s+better|are\s+(?:gonna|going)|were|had|ha(?:ve|s)\s+(?:a|to)|need\s+to\s+(?:show|prove))\b)"
    r"[a-z]{3,}\b",
    re.I,
)
_METHOD_SUBJECT = prefiltered(
    r"^(?:(?:and|but|so|plus|also|then|now|right|yes|yeah|exactly|okay)[,]?\s+)*(?:the|their|its)\s+"
    r"(?:[a-z-]+\s+)?(?:hypothesis|appendix|ablations?|core|architecture|model|method|training|curation|recipe|routing|verification|mechanism|loss|"
    r"objective|fine-tune|backbone|encoder|decoder|kernel|pipeline|dataset|benchmark|idea|trick|result|results|curve|"
    r"key|contribution|approach|design|setup|system|algorithm|argument|claim|pitch|finding|point|step|module|"
    r"framework|analysis|evaluation|data|paper|authors|innovation|twist|insight|observation|use\s+case|goal|"
    r"premise|bet|story|headline|number|numbers)\b:?\s+(?!(?:is|was)\s+(?:that\s+)?(?:i|we|you)\b)",
    re.I,
)
_IT_IS = prefiltered(
    r"^(?:(?:and|but|so|plus|also|right|yes|yeah|exactly|okay|benchmarks|basically)[,:]?\s+)*(?:it|this|this\s+one)"
    r"(?:['\u2019]s|\s+is)\s+(?:also\s+|basically\s+|essentially\s+|actually\s+)?"
    r"(?:a|an|one|exact|level|ahead|behind|competitive|built|trained|designed|based|about|aimed|meant|trying|"
    r"targeting|using|testing|tokeniz\w+|interpretability|the\s+(?:first|systems|minimalist|one\s+that))\b",
    re.I,
)
_COMPARISON = prefiltered(
    r"\b(?:level\s+with|on\s+par\s+with|ahead\s+(?:of|on)|behind\s+on|competitive\s+with|better\s+than|worse\s+than|"
    r"matches?\s+or\s+(?:beats?|exceeds?)|rivals?|same\s+(?:quality|accuracy)\s+as|compete\s+with|further\s+than)\b",
    re.I,
)
# "Slightly worse on the outdoor scenes", "it's clearly better on tables" (kept apart: its needles gate it).
_BETTER_ON = prefiltered(
    r"(?:^|\b(?:it|this|they)(?:['\u2019]s|['\u2019]re|\s+is|\s+are)\s+)(?:clearly\s+|slightly\s+|much\s+|a\s+bit\s+)?"
    r"(?:better|worse|stronger|weaker)\s+(?:on|at|across)\s+(?:the\s+)?(?!(?:my|your|our)\b)\w+",
    re.I,
)
_FRAGMENT_START = prefiltered(r"^(?:claims?\s+to|trying\s+to|tries\s+to|aims?\s+to|basically|plus\s+a)\b", re.I)
_OPINION_TAIL = prefiltered(r"\b(?:i\s+think|i\s+guess|in\s+my\s+(?:view|opinion)|to\s+me)\b", re.I)


# Since round 11, the hosts' own remarks that the shapes above took for claims, by their general shape:
# - a move or a naming (a topic cue in the sentence's first words, "Let's go back to X for a second, because
#   ...", "Paper number five - X, from Y, and ...", "So this one's called X", "Call it the Y paper"): the paper
#   being its subject or following its introduction does not make it a claim, only a claim shape of its own;
# - a judgement: an evaluative predicate ("X is great for training and shaky as a scoreboard", "the curve is
#   real, but", "that's the useful bit", "sounds tiny until", "is huge") or the speaker's stance said mid-way
#   ("X, for me, is ...", "the interesting result to me", "honestly, I can't", "and I'd teach it");
# - a doubt in its general shapes (pushback.DOUBT_SHAPES: "nobody can audit it", "a loose correlation") with no
#   report of the authors' in it.
_MOVE_HEAD = re.compile(r"^\W*(?:\S+\s+){0,5}?\S*")
_NAMING = prefiltered(
    r"\b(?:(?:it|this\s+one|this|the\s+paper|which)(?:['\u2019]s|\s+is)\s+(?:\w+\s+)?called|call\s+it|"
    r"(?:we|i)\s+(?:call|nicknamed?)\b|is\s+from\s+(?-i:[A-Z]))",
    re.I,
)
_EVALUATIVE = prefiltered(
    r"\b(?:is|are|was|were|it['\u2019]s|that['\u2019]s|sounds?|looks?|feels?|seems?)\s+(?:\w+ly\s+|so\s+|very\s+|the\s+|an?\s+)?"
    r"(?:great|real|interesting|useful|clever|elegant|neat|nice|lovely|cute|cool|boring|shaky|wild|"
    r"startling|striking|refreshing|sane|fair|right\s+(?:call|lesson|idea)|impressive|solid|brilliant|beautiful|"
    r"ugly|dull|silly|rude|bold|brave)\b"
    r"(?!\s+(?:than|as|compared|on\s+\w+\s+benchmarks?)\b)(?![^.;]*(?:\s[-\u2013\u2014]\s|,\s+but\b))"
    r"|\bholds?\s+up\b(?!\s+(?:better|well|against|on|under)\b)|\b(?:useful|interesting|best|good|fun)\s+(?:bit|part)\b(?![^.;]*\s[-\u2013\u2014]\s)",
    re.I,
)
# The authors as the subject of a report ("they admit", "the paper bins ...", "their fix is"): what follows is
# theirs, so the judgement and doubt shapes above do not make it the hosts' remark.
_AUTHORS_SAY = prefiltered(
    r"\b(?:they|the\s+paper|the\s+authors|authors)(?:['\u2019](?:re|ve))?\s+(?:\w+ly\s+|also\s+|even\s+|do\s+|still\s+)?"
    r"(?!(?:don|didn|can|won|wouldn|couldn|might|may|could|would|should|will|probably|think|feel|want|care|know|seem|look)\b)[a-z]{3,}"
    r"|\btheir\s+(?!own\b)[\w-]+\s+(?:is|are|was|were)\b",
    re.I,
)
_STANCE = prefiltered(
    r",\s*(?:i\s+(?:assume|suppose|guess|imagine|reckon|bet)|presumably|i['\u2019]d\s+(?:guess|assume|imagine))\W*$|"
    r"^(?:(?:and|but|so|still|yet)\s+)?i\s+(?:\w+\s+)?(?:keep|kept|still|really|just|also|actually)?\s*(?:wonder\w*|doubt\w*|suspect\w*)\b|"
    r"\bi['\u2019]ve\s+been\s+(?:calling|thinking|wondering)\b|"
    r"(?:,\s*|\b)(?:for|to)\s+me\b(?![\w-])|\bin\s+my\s+(?:view|opinion|book)\b|\bhonestly,?\s+i\b|"
    r"(?:\band\s+|,\s*|\s[-\u2013\u2014]\s)i['\u2019]d\s+\w+|\bi\s+(?:can['\u2019]t|cannot|wouldn['\u2019]t|don['\u2019]t)\b|"
    r"\b[a-z]\w*(?:\s+[\w-]+){0,4}\s+i['\u2019]d\s+(?:\w+ly\s+)?(?:pass|ship|skip|use|read|keep|teach|bet|call|file|put|take|guess)\b|"
    r"\bthe\s+one\s+(?:i['\u2019]d|we['\u2019]d|to)\s+(?:\w+ly\s+)?(?:use|hand|ship|read|deploy|pick|keep|teach|try|reach|give|"
    r"bet|run|recommend)\b|"
    # the speaker's own use ("But I ran it on my scans last weekend", "We tried it on our logs"): experience, not a report
    r"^(?:(?:and|but|so|well|actually|honestly)[,]?\s+)?(?:i|we)(?:['\u2019]ve)?\s+(?:\w+ly\s+|also\s+|just\s+)?"
    r"(?:ran|tried|used|tested|installed|fed|pointed|threw|deployed|played\s+with)\s+(?:it|this|that|them)\b",
    re.I,
)


_HOSTS_STEER = prefiltered(
    r"\bwe['\u2019]re\s+(?:\w+ly\s+)?(?:in|into|on|onto|at|back|done|leaving|moving|going|switching)\b|"
    r"\bwe\s+(?:leave|go|turn|move|head|switch|jump|land|get|come|step|cross)\b",
    re.I,
)


# Doubt shapes that also describe a method or a fact ("one step ago, one week ago", "hiding a signal", "nobody
# had read it"): no sign of the hosts' doubt on their own inside a sentence that may be a claim.
_DESCRIPTIVE_DOUBT = re.compile(r"^(?:one\s|hid|nobod|no\s+one)", re.I)


# A rebuttal opens by conceding the doubt ("It's a fair worry, but the benchmark is ...", "True, but they ..."):
# what follows defends the paper with what it did.
_REBUTTAL = re.compile(r"^(?:\W*\w+\W+){0,3}?(?:fair|true|granted|sure|agreed)\b[^,.;]{0,20},\s+but\b", re.I)


def _hosts_doubt(stripped: str) -> bool:
    if _REBUTTAL.match(stripped):
        return False
    found = doubt_shape(stripped)
    return bool(found) and not _DESCRIPTIVE_DOUBT.match(found)


def _is_move(stripped: str) -> bool:
    """A topic move or a naming in the sentence's first words: the hosts steering, not reporting."""
    head = " ".join(stripped.split()[:6])
    return bool(TRANSITION_CUES.search(head) or OPENING_CUES.search(head) or _NAMING.search(stripped))


def _own_shape(stripped: str, low: str) -> bool:
    """A claim shape the sentence has in its own words (not from its place after an introduction)."""
    if _THEYRE_ING.search(stripped, low) or _THEY_VERB.search(stripped, low) or _REPORTED.search(stripped, low):
        return True
    return bool(_COMPARISON.search(stripped, low) or _IDEA_STRONG.search(stripped, low))


_IDEA_STRONG = prefiltered(
    r"\b(?:first\s+(?:application|to\s+\w+|open|model|benchmark|study|attempt)|state[-\s]of[-\s]the[-\s]art|"
    r"outperform\w*|key\s+innovation|novel|instead\s+of|speedup|faster|slower|fewer|cheaper|accuracy)\b",
    re.I,
)


# The other host's restatement of what the presenter just said ("So it's a scoreboard.", "Which tells you ...",
# "So the model picks up ...", "You're decoding ..."): a summary or an inference drawn from the presentation, not
# a report of the paper's. "So they <verb> ..." stays a report (it carries the authors' action), and so does
# "So 47 billion in total ..." (the paper's figure read back).
_RESTATEMENT = prefiltered(
    r"^(?:(?:okay|ok|right|yeah|oh|and|but)[,]?\s+)*(?:so|which|you['\u2019]re|you)\b(?!\s+(?:they\b|\d))",
    re.I,
)


# The field rather than the paper as the subject: a share of the world adopting or doing something ("Half the
# toolkits on GitHub ship it as the default now", "Most of the labs I know run ..."), not what the paper reports.
_THE_FIELD = prefiltered(
    r"^(?:(?:and|but|so|plus|also)[,]?\s+)?(?:half|most|many|all)\s+(?:of\s+)?the\s+[a-z-]+s\b(?![,;])[^,;.]*?"
    r"\b(?:have|has|are|list|use|run|ship|put|still|already|now)\b",
    re.I,
)


# Since round 17, more of the hosts' own remarks by their general shape:
# - a figure as the subject of a gloss ("Three billion is small.", "Twenty-five tokens is a tweet.", "75% on
#   grounding means one click in four ..."): the hosts weighing a number, not the paper reporting it ("The 27B
#   is competitive ..." names a model by its size and stays a report);
# - the other host's verbless figure said back ("Twelve repos.", "Eleven benchmarks, averaged.", "Under a
#   billion."): an echo or a reaction, while the presenter's "Seventy million parameters." answers a question
#   and a small count ("Three pieces.", "Two steps.") announces the list that follows;
# - a revisit or a naming with no claim shape of its own ("Let's go back to X for a second, because ...", "I'll
#   call it the Y paper.", "The Y paper."), and a one-line characterisation ("It's a framing paper.").
_SMALL_COUNTS = r"(?:two|three|four|five|six|seven|eight|nine)"
_LARGE_WORDS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|" \
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|" \
    r"hundreds|thousands|millions|half|a\s+third|a\s+quarter)"
_FIGURE_WORDS = r"(?:" + _SMALL_COUNTS + "|" + _LARGE_WORDS + ")"
_FIGURE_GLOSS = prefiltered(
    r"^(?:(?:and|but|so|yeah|right|okay|still|plus)[,]?\s+)*(?:a\s+|just\s+|only\s+)?"
    r"(?:\$?\d[\d.,]*\s*(?:%|x\b|[kmbt]\b)?|" + _FIGURE_WORDS + r"\b)"
    r"(?:[\s-]+[\w.%-]+){0,4}?\s+(?:is|isn['\u2019]t|was|wasn['\u2019]t|are|aren['\u2019]t|means|sounds)\b"
    r"(?!\s+(?:\w+ed|told|shown|given|run|done|made|split|set)\b)(?![^.;]*\b(?:they|their|the\s+paper|the\s+authors)\b)",
    re.I,
)
_FIGURE_FRAGMENT = prefiltered(
    r"^(?!.*\b(?:they|it|its|is|are|was|were|get|gets|got|has|have|had|beats?|hits?|reach\w*|goes|went|drops?|"
    r"runs?|uses?|trains?|trained|scores?|matches)\b)(?=(?:\S+\s+){0,5}\S+$)"
    r"(?:(?:but|so|still|yeah|right|okay|oh|wow|well)[,]?\s+)*"
    r"(?:just\s+|only\s+|under\s+|over\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|(?:less|more)\s+than\s+|from\s+)?"
    r"(?:\$?\d[\d.,]*|" + _LARGE_WORDS + r"|a\s+(?:million|billion|trillion|thousand|hundred))"
    r"(?![\w.,]*-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)[a-z])\b",
    re.I,
)
_REVISIT = prefiltered(
    r"^(?:\W*\w+\W+){0,4}?(?:go(?:ing)?|come|coming|circle|circling|get)\s+back\s+(?:to|for)\b|"
    r"^(?:\W*\w+\W+){0,3}?(?:return|revisit)\w*\b",
    re.I,
)
_BARE_DESCRIPTION = prefiltered(r"^(?:\W*\w+\W+){0,2}?the\s+[^.,;]{0,60}\b(?:paper|one|work)\W*$", re.I)
_CHARACTERISATION = prefiltered(
    r"^(?:(?:and|but|so|okay|yeah|right)[,]?\s+)*(?:it|this|that)(?:['\u2019]s|\s+is)\s+"
    r"(?:a|an|the|just\s+a|really\s+a|basically\s+a)\s+(?:[\w-]+\s+){0,3}"
    r"(?:paper|model|tool|result|study|benchmark|survey|demo|product|system|recipe|idea|story|trick)\W*$",
    re.I,
)


# A one-line characterisation by contrast ("It's a microscope, not a scalpel.", "A compass, not a map."): the hosts'
# image of the work, not a report of it.
_IMAGE_CONTRAST = prefiltered(
    r"^(?:(?:and|but|so|yeah|right)[,]?\s+)*(?:(?:it|this|that)(?:['\u2019]s|\s+is)\s+)?an?\s+[\w-]+,\s+not\s+an?\s+[\w-]+\W*$",
    re.I,
)
# Where the work comes from with no claim of its own ("It's from Mila and Microsoft, with ...", "TabM, out of Yandex
# Research.", "it comes from a Washington group"): provenance, the hosts placing the paper.
_PROVENANCE = prefiltered(
    r"\b(?:it|this|this\s+one|that|which)(?:['\u2019]s|\s+is|\s+comes|\s+came)\s+(?:\w+\s+)?(?:from|out\s+of)\s+(?:an?\s+|the\s+)?(?-i:[A-Z])"
    r"|^\W*(?:[\w-]+\s+){0,4}?(?-i:[A-Z])[\w-]*,\s+(?:from|out\s+of)\s+(?:the\s+)?(?-i:[A-Z])[^,.;]*(?:[.!]?$|,\s+(?:with|built|who)\b)",
    re.I,
)
# The method told as its steps in the imperative by the one presenting it ("Take the base model and ...", "Start
# with X", "For each question, sample ...", "Feed it the page and ..."): the recipe, a report of what the paper does.
_PROCEDURE_STEP = prefiltered(
    r"^(?:(?:and|then|so|first|next|now|okay)[,:]?\s+)*(?:for\s+(?:each|every)\s+[\w-]+,\s+)?"
    r"(?:take|start\s+with|sample|feed|freeze|mask|swap|generate|pick|score|filter|train|fine-tune|tune|give|collect|"
    r"keep|add|replace|run)\s+(?!(?:a\s+(?:look|step|guess|break|second|moment)|it\s+(?:easy|slow|with)|me|us|my|our|your)\b)"
    r"(?:the|a|an|each|every|those|these|its|their|some|it|them|(?-i:[A-Z]))\b"
    r"(?=[^.;]*(?:,|\band\b))",
    re.I,
)


# The method told as its working parts by the one presenting it, in the plain present ("Every splat is tied to one
# triangle ...", "The masked image and the mask go into a separate copy of the network", "Each token looks up a
# handful of entries"): a part of the method as the subject of a verb of mechanism, a report of how the work works.
_MECHANISM = prefiltered(
    r"^(?:(?:and|then|so|now|here)[,]?\s+)*(?:the|every|each|its|their|both)\s+(?!(?:idea|point|question|problem|"
    r"paper|authors|hosts?|one)\b)(?:[\w-]+\s+){0,3}?"
    r"(?:(?:is|are|gets?)\s+(?:\w+ly\s+)?(?:tied|attached|bound|fed|passed|routed|mapped|added|split|copied|frozen|"
    r"stacked|encoded|compressed|projected|merged|trained|masked|scored|ranked|stored|cached)\b|"
    r"(?:goes|go|flows?|feeds?|passes|pass|maps?|reads?|writes?|predicts?|attends?|looks?\s+up|encodes?|decodes?|"
    r"routes?|ride|rides|inherits?|stays?|lives?|sits?|becomes?|turns?\s+into|carr(?:y|ies))\b)",
    re.I,
)


def _figure_remark(stripped: str, low: str, presenting: bool) -> bool:
    """A figure weighed by the hosts or said back by the other host, not reported."""
    return bool(_FIGURE_GLOSS.search(stripped, low) or (not presenting and _FIGURE_FRAGMENT.search(stripped, low)))


def _steering_only(stripped: str, low: str) -> bool:
    """A revisit, a naming or a characterisation with no claim shape of its own: the hosts steering."""
    if not (_REVISIT.search(stripped, low) or _NAMING.search(stripped, low) or _BARE_DESCRIPTION.search(stripped, low)
            or _CHARACTERISATION.search(stripped, low) or _IMAGE_CONTRAST.search(stripped, low)
            or _PROVENANCE.search(stripped, low)):
        return False
    return not _own_shape(stripped, low)


def is_claim(
    sentence: str,
    numbers: list[NumberMention],
    names_paper: bool,
    describes_intro: bool = False,
    presenting: bool = True,
    role: str | None = None,
) -> bool:
    """Whether a sentence says what a paper does or reports (as opposed to chatter or opinion).

    `names_paper`: the paper is the sentence's subject ("Medusa-1 doesn't touch the backbone").
    `describes_intro`: the sentence follows the paper's introduction in the same turn ("Last one - X.
    Small models doing tree search ..."), where hosts say what the paper is.
    `presenting`: the speaker presents the paper (introduced it or made its first claim); the other host's
    restatements ("So it's ...", "Which ...") are not claims.
    `role`: the turn's role in its discussion span (roles.turn_roles), when known; it supersedes `presenting`.
    The presenter saying what the work is and does (`PRESENTS`), and the other speaker's description when they
    open the span (`OPENS`), make a claim in any declarative sentence that is not plainly something else
    (`_presents_the_work`); the other speaker's later turns (`LISTENS`, `CHALLENGES` when they doubt) make one only
    with the paper's report named (`_listener_evidence`); the presenter answering a question about use, conceding
    or arguing their own view, or taking the span's last word (`RESPONDS`) is read by the claim shapes alone.
    """
    if role is not None:
        presenting = role not in (LISTENS, CHALLENGES)
        if not presenting and not (describes_intro or _listener_evidence(sentence, role == CHALLENGES)):
            return False
    stripped = sentence.strip()
    if stripped.endswith("?") or len(stripped.split()) < (2 if numbers else 4):
        return False
    low = fold(stripped)
    if (not presenting and _RESTATEMENT.search(stripped, low)) or _THE_FIELD.search(stripped, low):
        return False
    if _FIRST_PERSON_OPINION.search(stripped, low) or (
        PUSHBACK.search(stripped, low) and not _REPORTED.search(stripped, low)
        # round 26 (numbers): the presenter reporting a percentage or multiplier ("at about 21% average replication
        # score") is a claim even with a pushback word in it
        and not (role == PRESENTS and any(n.unit in ("%", "x") for n in numbers))
    ):
        return False
    if numbers:
        return not (_figure_remark(stripped, low, presenting) or _hosts_remark(stripped, low, numbers))
    if _steering_only(stripped, low):
        return False
    if role == PRESENTS or role == OPENS:
        return _presents_the_work(stripped, low)
    if presenting and (_PROCEDURE_STEP.search(stripped, low) or _MECHANISM.search(stripped, low)):
        return not _hosts_remark(stripped, low, numbers)
    if _HOSTS_STEER.search(stripped, low) and _is_move(stripped):
        return _own_shape(stripped, low) and not _hosts_remark(stripped, low, numbers)
    return _claim_shape(stripped, low, names_paper, describes_intro) and not _hosts_remark(stripped, low, numbers)


def _hosts_remark(stripped: str, low: str, numbers: list[NumberMention]) -> bool:
    """The hosts' own judgement, stance or doubt (checked last: most sentences are no claim to begin with)."""
    if _AUTHORS_SAY.search(stripped, low):
        return False
    if _STANCE.search(stripped, low):
        return True
    return not numbers and bool(_EVALUATIVE.search(stripped, low) or _hosts_doubt(stripped))


def _claim_shape(stripped: str, low: str, names_paper: bool, describes_intro: bool) -> bool:
    if describes_intro or names_paper:
        return True
    if _ATTRIBUTION.search(stripped, low) or _THEYRE_ING.search(stripped, low) or _THEY_VERB.search(stripped, low):
        return True
    if _METHOD_SUBJECT.search(stripped, low) or _IT_IS.search(stripped, low) or _FRAGMENT_START.search(stripped, low):
        return True
    if _NEGATED_REPORT.search(stripped, low) and re.search(r"\b(?:they|paper|authors)\b", stripped, re.I):
        return True
    if (" it " in low or low.startswith("it ")) and _IT_DOES.search(stripped, low) and not _IT_LIMITED.search(stripped, low):
        return True
    if "their " in low and _THEIR_THING.search(stripped, low) and len(stripped.split()) >= 6:
        return True
    if low[: low.find(" ") + 1].rstrip(" ,:") in _ENUM_WORDS and _ENUMERATED.search(stripped, low):
        return True
    if _BETTER_ON.search(stripped, low):
        return True
    if _HERE.search(stripped, low):
        return True
    return bool(_IDEA.search(stripped, low) or _COMPARISON.search(stripped, low))


# Since round 14, the method or its findings said in further general shapes:
# - "it" doing something at a clause's start ("and it writes out markup", "It takes the momentum matrix ...", "it
#   also helps unconditional models"), not a verb of the hosts' impression ("it sounds", "it seems", "it means");
# - the authors' thing as the subject ("Their fix for position is ...", "Their appendix shows ...");
# - a finding counted off ("One, the model barely notices ...", "Second, the output logits drift ...").
_IT_DOES = prefiltered(
    r"(?:^|[,;:]\s+|\b(?:and|then|but)\s+)(?<!^so\s)(?:(?:and|but|then|yes|yeah|right|exactly|okay|here)[,]?\s+)*it\s+"
    r"(?:also\s+|actually\s+|still\s+|even\s+|then\s+|just\s+|only\s+|never\s+|always\s+|directly\s+)?"
    r"(?!(?:sounds|seems|looks|feels|means|depends|matters|reads|makes\s+sense|says\s+(?:more|a\s+lot|something)|"
    r"comes\s+(?:down|up)|goes\s+(?:back|without)|gets\s+(?:weird|messy|interesting|complicated)|turns\s+out|"
    r"happens|depends|explains|costs|knows|varies|plays\s+along|lines\s+up|does\s+(?:not|n['\u2019]t)|"
    r"was\s+(?:a|an|the|fun|nice|good|great)|has\s+to)\b)"
    r"(?:[a-z]{3,}(?<!ss)(?<!ous)(?<!is)(?<!us)s|[a-z]{3,}ed)\b(?!\s+(?:me|us|you)\b)",
    re.I,
)
# ... unless the hosts concede or scope it ("But fair, it rewards ...", "It catches uncertainty, not error.").
_IT_LIMITED = prefiltered(
    r"^(?:but\s+)?(?:fair|true|granted|sure)\b|,\s+not\s+[\w\s-]+[.!]?$|\bit\s+only\s+(?:works|helps|applies)\b", re.I
)
_THEIR_THING = prefiltered(
    r"^(?:(?:and|but|so|plus|also|then|right|yes|yeah|okay)[,]?\s+)*their\s+(?!own\b)(?:[a-z-]+\s+)?[a-z-]+"
    r"(?:\s+(?:for|on|of)\s+[a-z-]+)?\s+(?:is|are|was|were|shows?|says?|finds?|found|reports?|gives?|lists?)\b",
    re.I,
)
# - "Here" setting up the paper's own setting ("Here the planner proposes sub-goals ..."), not "here's".
_HERE = prefiltered(r"^(?:(?:and|but|so)\s+)?here,?\s+(?:the|their|it|they)\s+(?:[\w-]+\s+){0,2}[a-z]+s\b", re.I)
_ENUM_WORDS = frozenset("one two three four first second third fourth firstly secondly thirdly".split())
_ENUMERATED = prefiltered(
    r"^(?:one|two|three|four|first|second|third|fourth|firstly|secondly|thirdly)[,:]\s+"
    r"(?!(?:i|we|you|let['\u2019]?s|my|our|though|honestly|sure|okay|yes|no)\b)[\w-]+(?:\s+\S+){3,}",
    re.I,
)


# "If you scale up X, accuracy goes up by 13%": a condition the paper tested, with its measured result in the main
# clause (a figure, no modal), is a finding; "if you can drop tokens by 30-40%" keeps its figure in the condition.
_TESTED_CONDITION = re.compile(
    r"^(?:\w+[,.]?\s+)?if\s+you\s+(?!can\b|could\b)[^,;]{3,80},\s+(?![^.;]*\b(?:would|could|might|may|you['\u2019]d|"
    r"you['\u2019]ll|you\s+will)\b)[^.;]*\d",
    re.I,
)


# A made-up case about someone in the listener's world, told in the present ("An inference startup spends three
# million dollars a year on H100 time", "A fund with two billion under management rebalances monthly ...", "Here's
# the situation I care about: a bank fine-tunes its support model every month ..."): an indefinite actor as the
# subject of a present-tense verb, at the sentence's start or after a colon or dash. What a paper reports has the
# paper, its method or a definite thing as its subject ("A memory layer is ...", "A generator network adds ...").
_MADE_UP_ACTOR = re.compile(
    r"(?:^|[:;]\s+|\s[-\u2013\u2014]\s+)(?:(?:and|but|so|now|say|imagine|picture|take)[,]?\s+)*an?\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:" + LISTENER_ACTORS + r")"
    r"(?:\s+(?:with|in|at|of|that|who|running|using)(?:\s+(?![\w-]+ed\b)[\w'$.-]+){1,5}?)?"
    r"\s+(?:(?:already|still|now|just|only|then|actually|basically|probably)\s+)?"
    r"(?!(?:is|was|has\s+been|does|says|shows|reports|uses\s+the\s+paper)\b)[a-z][a-z-]{2,}(?<!ss)(?<!us)(?<!is)s\b",
    re.I,
)


def is_hypothetical(sentence: str) -> bool:
    """A conditional or made-up case about the listener, not what the paper reports."""
    if re.search(r"\bthey\s+(?:claim|report|say|show)", sentence, re.I) or _TESTED_CONDITION.search(sentence):
        return False
    return bool(_HYPOTHETICAL.search(sentence) or _MADE_UP_ACTOR.search(sentence))


# Since round 25, the hosts' roles (roles.py). The presenter putting the paper on the table or answering a question
# about the work says what the paper does in plain declaratives with no cue word at all ("It reads the whole trace
# as one sequence and flags the bad firing", "A small recurrent model underneath.", "Glaze crazing for wood-fired
# kilns."): such a sentence is a claim unless it is plainly something else - a question, the speaker's
# opinion, stance or doubt, a judgement, a call (verdicts.is_judgement), a move, who the work is for, or advice to
# the listener.
# Who the work is for ("Anyone running a shared studio kiln ...", "Whoever schedules looms for a living.", "Nobody
# outside a ceramics lab.", "For researchers it's a fine testbed"): a use case, the hosts' placing of the paper.
_AUDIENCE = prefiltered(
    r"^(?:(?:and|but|so|well|honestly|mostly|yeah|right)[,]?\s+)*(?:anyone|anybody|whoever|everyone|everybody|nobody|"
    r"no\s+one|not\s+many\s+(?:people|teams)|people\s+(?:who|building|doing|training|shipping|running)|"
    r"teams?\s+(?:who|that|building|doing|shipping|running))\b"
    r"|^(?:(?:and|but|so)\s+)?for\s+(?:researchers|people|anyone|a\s+product|product|practitioners|labs?|most|"
    r"everybody|everyone|teams?|the\s+rest)\b",
    re.I,
)
# Advice to the listener ("Check it on a test tile before you trust it.", "Don't fire thick glazes on its word alone"):
# the hosts' counsel.
_ADVICE = prefiltered(
    r"^(?:(?:so|and|but|just)[,]?\s+)*(?:don['\u2019]t|do\s+not|never|always)\s+(?!(?:need|have)\b)[a-z]+"
    r"|\b(?:before|when|if)\s+you\s+(?:ship|buy|deploy|commit|pick|choose|trust)\b",
    re.I,
)


def _listener_evidence(sentence: str, doubting: bool) -> bool:
    """The other host's sentence carries the paper's own report: named as the paper's or the authors' ("they
    report ...", "the headline is ...") or, outside a turn of doubt, the authors doing something ("They bolt it
    onto standard RAG")."""
    low = fold(sentence)
    if _LISTENER_EVIDENCE.search(sentence, low):
        return True
    return not doubting and bool(_THEY_VERB.search(sentence, low) or _REPORTED.search(sentence, low))


# The speaker's own view said anywhere in the sentence ("Look, that's where I think the simulator fails", "the part
# I'm not sold on", "it feels like a lab toy"): the hosts' remark, whatever else the sentence holds.
_OWN_VIEW_INSIDE = prefiltered(
    r"\bi\s+(?:\w+ly\s+)?(?:think|guess|feel|suspect|doubt|disagree|worry|wonder|believe|reckon)\b|"
    r"\bi['\u2019]m\s+(?:\w+\s+)?(?:skeptical|sceptical|not\s+(?:sure|convinced|sold)|torn|worried)\b|"
    r"\b(?:it|that|this)\s+(?:feels|felt)\s+like\b|\bin\s+my\s+(?:view|opinion|book)\b",
    re.I,
)


def _presents_the_work(stripped: str, low: str) -> bool:
    """The presenter's declarative sentence (role PRESENTS, no figure): a claim unless plainly something else."""
    if _HOSTS_STEER.search(stripped, low) and _is_move(stripped) and not _own_shape(stripped, low):
        return False
    if _AUDIENCE.search(stripped, low) or _ADVICE.search(stripped, low) or _OWN_VIEW_INSIDE.search(stripped, low):
        return False
    if is_judgement(stripped):
        return False
    return not _hosts_remark(stripped, low, [])


# What makes the other host's sentence a claim (role LISTENS), beside the description that introduces the paper:
# the report attributed to the paper or its authors ("They report 40% ...", "the paper says ...", "their table
# shows ..."), not a figure said back or a reading of the work.
_LISTENER_EVIDENCE = prefiltered(
    r"\b(?:they|the\s+paper|the\s+authors|authors)(?:['\u2019](?:ve|re))?\s+(?:also\s+|even\s+|actually\s+)?"
    r"(?:claim|report|say|show|found|find|measur|admit|argu)\w*"
    r"|\b(?:according\s+to|in|from)\s+(?:the\s+paper|their\s+(?:paper|table|figure|results?|numbers?))\b"
    r"|\btheir\s+(?:table|figure|results?|numbers?|ablations?|headline|claim)\s+(?:is|are|was|were|shows?|says?)\b"
    r"|^(?:(?:and|but|so|plus)[,]?\s+)?the\s+(?:headline|claim|pitch|result|finding|contribution|argument)s?\s+(?:is|are|was)\b",
    re.I,
)
