"""Paper detection: which papers an episode actually discusses, and under which names.

Candidates are name-shaped tokens (names.py) and descriptions ("the pedestrian classification paper").
Each mention is scored from its context: introductions ("First up is X", "Moving on - X", "this X
paper", "called X"), subject position ("X is ..."), recurrence across turns; baseline contexts
("using X", "than X", "X score") and the lexicon of known models/datasets/metrics/hardware/companies
count against. A candidate is a paper when its total clears a threshold. Short forms are folded into
the long name they extend ("BabyVLM" -> "BabyVLM-V2").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from tui.core.analysis import lexicon
from tui.core.analysis.closing_items import closing_items
from tui.core.analysis.discussion_bounds import opening_sequence_move, sequence_move
from tui.core.analysis.names import (
    ENUMERATING_NOUNS,
    TOKEN,
    depluralise,
    is_acronym,
    is_name_shaped,
    is_version_extension,
    norm,
    strip_token,
)
from tui.core.analysis.prefilter import fold, prefiltered, source_needles
from tui.core.analysis.text import split_sentences

ACCEPT_SCORE = 3.0

_SEP = r"\s*(?:[,:\u2013\u2014-]+\s*)?"
_INTRO_BEFORE = prefiltered(
    r"(?:\b(?:first|next|last|final|second|third|fourth|fifth|sixth|another|other)"
    r"(?:\s+(?:one|up|paper|pick|item|entry|contender))?(?:['\u2019]s|\s+is|\s+was|\s+up|\s+we\s+have|\s+we've\s+got)?"
    r"(?:\s+(?:called|named|titled|dubbed))?"
    r"|\bmoving\s+on(?:\s+to)?|\bmove\s+on\s+to|\bnext\s+up|\bup\s+next|\bfirst\s+up"
    r"|\blet['\u2019]?s\s+(?:talk\s+about|turn\s+to|look\s+at|move\s+(?:on\s+)?to|start\s+with|get\s+to|go\s+back\s+to|"
    r"jump\s+to|dig\s+into|circle\s+back\s+to|switch\s+to|come\s+back\s+to)"
    r"|\b(?:go|come|get|circle|coming|going|getting|went)\s+back\s+to|\bturning\s+to|\bswitching\s+to"
    r"|\b(?:then|also)\s+there['\u2019]?s|\bthere['\u2019]?s\s+(?:also\s+)?(?:this|a\s+paper\s+called)"
    r"|\bpaper\s+number\s+\w+|(?:^|[.!?,;:\u2013\u2014-]\s*|\b(?:and|so|now|okay|ok|alright|right)\s+)(?:on\s+to|onto)"
    r"|\bwhat\s+about|\bhow\s+about)"
    + _SEP
    + r"(?:(?:the|this|a|an)\s+)?(?:paper\s+)?$",
    re.I,
)
_CALLED_BEFORE = prefiltered(
    r"\b(?:called|named|titled|dubbed|calls|call\s+it|known\s+as|(?:they|we|authors|people|everyone)\s+call)\s+(?:the\s+)?$", re.I
)
# a name with its own article said after a naming verb: "a collection they call The Well", "a model named The Pile"
_NAMING_VERB_END = re.compile(r"\b(?:called|named|titled|dubbed|calls|call)\s+$")
_ARTICLE_TITLE = re.compile(r"^The\s+[A-Z]")
_COMPONENT_CALLED = prefiltered(
    r"\b(?:something|thing|what\s+they|they|module|component|mechanism|layer|trick|technique|toolbox|"
    r"toolkit|metric|loss|scheme|step|stage|block|head|method|algorithm)\s+(?:called|named|call\s+it|dubbed)\s+(?:the\s+)?$"
    r"|\bcall\s+it\s+(?:the\s+)?$",
    re.I,
)
_ARTIFACT_CALLED = prefiltered(
    r"\b(?:framework|model|benchmark|dataset|system|approach|architecture|"
    r"suite|agent|family|project)\s+(?:called|named|titled|dubbed)\s+(?:the\s+)?$",
    re.I,
)
# "this paper out called X", "a preprint from Meta titled X": a paper named outright is an introduction.
_PAPER_CALLED = prefiltered(
    r"\b(?:paper|preprint|report|work)\s+(?:[\w-]+\s+){0,3}?(?:called|named|titled|dubbed)\s+(?:the\s+)?$"
    # the thing under discussion named outright: "this one's called X", "the model goes by X"
    r"|\b(?:this|that|the\s+(?:next|last|final))\s+one(?:['\u2019]s|\s+is)\s+(?:called|named|titled|dubbed)\s+(?:the\s+)?$"
    r"|\b(?:goes|went)\s+by\s+(?:the\s+name\s+(?:of\s+)?)?$",
    re.I,
)
_PAPER_AFTER = re.compile(r"^(?:['\u2019]s)?\s+(?:paper|preprint|work|report|tech(?:nical)?\s+report|study)\b", re.I)
_SOURCE_END = prefiltered(r"\b(?:from|by|per|after|like|unlike|than)\s+(?:the|this|that)\s+$", re.I)
_PROVENANCE_END = re.compile(r"\b(?:from|in|of|by|per|after)\s+(?:the|a|an|their|this|that)\s+$", re.I)
_ARTIFACT_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:framework|approach|method|benchmark|system|architecture|technique|pipeline|"
    r"toolkit|model\s+family|project|suite)\b",
    re.I,
)
_THIS_BEFORE = prefiltered(r"\b(?:this|the|that)\s+$", re.I)
_SUBJECT_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:is|was|are|does|did|claims?|shows?|uses?|proposes?|introduces?|presents?|gets?|"
    r"achieves?|takes|tries|targets|focuses|builds|adds|combines|feels|might|could|can|has|had|"
    r"basically|actually|really|seems|looks|reports?|outperforms?|beats?|tackles|goes|comes|wants|aims|"
    r"promises|lets|makes|treats|turns|solves|addresses|approach|team|authors)\b",
    re.I,
)
# "Which is where Arena-Hard comes in": the name enters the discussion here.
# "Which is where Google's AMIE comes in": a lab's possessive may stand between.
_COMES_IN_BEFORE = re.compile(r"\bwhere\s+(?:[A-Z][\w-]*['\u2019]s\s+)?$")
# "Which is exactly where TOFU starts": the name's discussion begins here (not "where X starts to fail")
_COMES_IN_AFTER = re.compile(
    r"^\s+(?:(?:comes?|came|steps?|stepped)\s+in\b|(?:starts?|begins?|picks\s+up)\b(?!\s+(?:to\b|\w+ing\b)))", re.I
)
# The episode's first line already on a paper, its name the subject of a verb of saying or aiming: "X says you can
# tell ...", "Meta's X wants to be one model for ...". Present tense: what a paper argues, not what someone said.
_OPENING_SUBJECT_BEFORE = re.compile(
    r"^(?:(?i:so|and|okay|ok|alright|right|now|well)[,]?\s+)*(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+)?$"
)
_REPORTING_AFTER = re.compile(
    r"^\s+(?:(?:basically|essentially|really|just|boldly)\s+)?(?:says|argues|claims|wants\s+to|asks\s+(?:whether|if|what|how)|"
    r"tries\s+to|promises|proposes|bets|insists|sets\s+out\s+to|makes\s+the\s+case|is\s+(?:trying|betting|arguing|claiming|asking))\b"
)
_OPENING_LINE_TURNS = 3  # the first turns of an episode, before any topic move: a greeting may come first
# "the one everybody just calls X", "what people call X", "better known as X": the name the field gives the paper
_NICKNAME = (
    r"\b(?:every(?:body|one)|people|folks|the\s+(?:field|community|internet)|we\s+all|twitter)\s+"
    r"(?:(?:just|all|now|basically|usually|still|already|mostly|simply)\s+)*(?:calls?|called|nicknamed)\s+(?:it\s+|them\s+)?(?:the\s+)?"
    r"|\b(?:better|commonly|widely|popularly)\s+known\s+as\s+(?:the\s+)?|\bnicknamed\s+(?:the\s+)?"
)
_NICKNAME_BEFORE = prefiltered(r"(?:" + _NICKNAME + r")$", re.I)
# the nickname in lower-case words, said to the end of its clause: "... calls the green-list watermark."
_NICKNAME_WORDS = prefiltered(
    r"(?:" + _NICKNAME + r")((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s*(?:[.,;:!?]|\s[-\u2013\u2014]\s|$))", re.I
)
# "muP-style tricks", "CNN-based": a name with a qualifying tail describes something else, it is not introduced.
_QUALIFIED_RAW = re.compile(r"-(?:style|like|ish|esque|inspired|flavou?red|type|based)$", re.I)
# "Circuit Breakers, from Gray Swan and CMU.": a capitalised phrase opening a sentence with its provenance in
# apposition is a name being introduced, not an ordinary sentence-initial word.
# Any name shape counts, one word or a compound of a plain word and a coined one ("OminiControl, from the National
# University of Singapore.", "Tutor CoPilot, from Dora's group at Stanford.", "Transolver, out of Tsinghua, is ...").
_HEAD_FROM_LAB = re.compile(
    r"^(?:(?:so|and|okay|ok|alright|right|now|then)[,]?\s+)*"
    r"([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){1,3}|[A-Z][\w.+#-]*[\w+#](?:\s+[A-Z][\w.+#-]*[\w+#]){0,2}),"
    r"\s+(?:from|out\s+of|by)\s+(?:the\s+)?[A-Z]"
)
# sentence adverbs and interjections that open a sentence before a comma: never a name
_HEAD_NOT_NAMES = frozenset(
    "Meanwhile Again Also Separately Finally Later Earlier Plus Anyway Apparently Originally Fine Good Great Cool "
    "Nice Interesting Similarly Instead Otherwise Still Together Today Yesterday Recently Sadly Luckily Oh Hmm".split()
)
# "Meta FAIR", "Google Brain": a capitalised word right after a lab's name is part of the lab.
_ORG_WORD_END = re.compile(r"\b([A-Z][\w-]*)\s+$")
_FROM_ORG_WORD = re.compile(r"\b(?:from|by|at|of|behind)\s+(?:the\s+)?[A-Z][\w-]*\s+$", re.I)
# A cue ending in a determiner ("now the", "the last") takes the word right after it as its object; when that is a
# lower-case noun that is not a paper word, no name later in the sentence is what the cue introduces.
_CUE_TAKES_NOUN = re.compile(r"\b(?:the|this)$", re.I)
_COMMON_NOUN_NEXT = re.compile(r"\s+(?!(?:paper|one|preprint|work|study|next|last|final|first)\b)[a-z][a-z-]+(?:['\u2019]s)?\b(?!\s+(?:[a-z][\w-]*\s+)?(?:paper|one|preprint)\b)")
_JUST_DROPPED = re.compile(r"^\s+(?:just\s+)?(?:dropped|came\s+out|landed|hit\s+arxiv|was\s+released|is\s+out)\b", re.I)
# "ESM-2 came out after this, and bigger": dated against the paper under discussion, a successor or predecessor
_DATED_AGAINST = re.compile(
    r"^\s+(?:just\s+)?(?:dropped|came\s+out|landed|hit\s+arxiv|was\s+released|is\s+out)\s+(?:(?:a|an|one|two|three|\w+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+|(?:right|just|shortly|soon|long)\s+)?(?:after|before|since|later|earlier)\b"
    r"(?:\s+(?:this|that|it|them|these|those|the\s+(?:paper|one)|we|they)\b|\s*[,.;!?]|\s*$)",
    re.I,
)
_DASH_AFTER = re.compile(r"^\s*(?:[\u2013\u2014,:.-]|\s*$)", re.I)
_SENTENCE_START = re.compile(r"^(?:(?:so|and|okay|ok|alright|right|now|then|but|well|yeah|also)[,]?\s+)*$", re.I)
_BASELINE_BEFORE = prefiltered(
    r"\b(?:using|use|uses|used|like|than|versus|vs\.?|over|against|from|with|via|beat|beats|beating|"
    r"outperforms?|outperforming|compared\s+(?:to|with)|such\s+as|including|on\s+top\s+of|based\s+on|"
    r"built\s+on|run|running|runs|on)\s+(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
_NON_PAPER_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:score|scores|corpus|dataset|datasets|metric|metrics|gpus?|chips?|api|checkpoints?|"
    # "the MetaGPT crowd", "the vLLM folks": the people behind a name, not the name under discussion
    r"weights|toolbox|cluster|instance|subscription|team|company|lab|crowd|folks|people|camp|gang|group)\b",
    re.I,
)

_DESCRIPTOR = prefiltered(
    # an acronym may open the description or stand among its words ("the LLM ablation paper", "the long-context
    # versus RAG paper"), never alone ("the RAG paper" is a reference to RAG)
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:(?:[A-Z][a-z][\w-]*|[A-Z]{2,}s?)\s+(?=[a-z]))?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
    r"|[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:[A-Z]{2,}s?\s+)?(?:[a-z][\w-]*\s+)?[A-Z]{2,}s?)\s+(?:paper|preprint)\b(?!s)"
    r"|\b(?:[Tt]he|[Tt]his)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:work|study)\b(?!s)(?!\s+(?:on|with|for|in|at)\b)"
)
_ONE_USING = prefiltered(
    r"\bthe\s+(?:one|paper)\s+(?:using|that\s+uses|on|about|with|looking\s+at|that\s+looks\s+at|where\s+they)\s+"
    r"((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
)
# "the Epoch AI paper that tried to redo ...", "the Meta multi-token one, where the model ...": a paper named by its
# lab (and maybe a few words) and pinned down by a relative clause. Only with a topic move in the turn.
_LAB_DESCRIPTION = prefiltered(
    r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){1,2}(?:[a-z][\w-]*\s+){0,2}?)(?:paper|one)\b,?\s+(?:that|where|which|in\s+which|who|I|we)\s"
    # or set off as the object of the move itself: "where the next one comes in - the Alibaba paper, summer 2023."
    r"|(?:[\u2013\u2014:]|\s-)\s+[Tt]he\s+((?:[A-Z][\w-]*\s+){1,2})(?:paper|one)\b\s*(?:[,.;!?]|$)"
)
# "the UNC and Google paper", "the Stanford-Meta one": a paper named by the labs behind it, two or more joined
_LABS_PAPER = prefiltered(
    r"\b[Tt]he\s+([A-Z][\w]*(?:\s*(?:\s(?:and|&)\s|/|-)\s*[A-Z][\w]*)+)\s+(?:paper|one|preprint)\b"
)
_THE_X_ONE = prefiltered(r"\bthe\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+one\b(?!\s+(?:of|thing)\b)")
_DESCRIPTOR_STOP = lexicon.GENERIC_PAPER_MODIFIERS | frozenset(
    "of and or in on for to with about from by is are was were it they we you i be just really very so "
    "kind sort type whole thing stuff".split()
)
_VERBISH = frozenset(
    "helps help makes make does do did is are was were has have had can could would should will might must "
    "gets get let lets seems looks feels means".split()
)
_ACRONYM_HEADED = re.compile(r"\s([A-Z][a-z][\w-]*[a-z0-9])(?![\w'\u2019-])")
_NAME_ENDS = re.compile(r"\s*(?:[.,;:!?]|\s[-\u2013\u2014]\s|$)")
_SPACED_VERSION = re.compile(
    r"\s(\d{1,2}(?:\.\d+)?|[a-z]{1,2}\d+(?:\.\d+)*)(?![\w.%-]|\.\d|\s*(?:%|x\b|billion|million|thousand|trillion|"
    r"[BMKT]\b|times|percent|tokens|parameters|params|bits?|layers|experts|epochs|years|days|months|weeks|hours|"
    r"minutes|seconds|of|out|to|and|or|in|on|at|per|by|points|pp))"
)
_CAP_SLOT = re.compile(r"^([A-Z][a-z]{2,}['\u2019]s\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?![\w'\u2019-])|[A-Z][a-z]+(?:\s+(?:(?:of|in\s+the|the|for|and|at|on|in|with|without|via)\s+)?[A-Z][a-z]+){0,3})(?![\w-])")
_CAP_PHRASE = re.compile(
    # "Humanity's Last Exam": a possessive inside a title of three capitalised words or more
    r"(?<![\w'\u2019-])([A-Z][a-z]{2,}['\u2019]s\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?![\w'\u2019-])"
    r"|[A-Z][a-z]{2,}(?:-[a-z]{3,})?(?:\s+(?:(?:of|in\s+the)\s+)?(?:[A-Z][a-z]+|[A-Z]{2,5}(?![\w-]))){0,3})(?![\w-])"
)
# "Stanford University", "the Ohio State group", "the Qwen team": a name before one of these is a lab or a group.
_ORG_AFTER = re.compile(
    r"^\s+(?:Labs?|Inc|AI|Research|Corp|Group|University|Institute|Foundation|Team|group|team|lab|labs|folks|"
    r"researchers|people)\b(?!-)"
)


def _trim_phrase(phrase: str) -> str:
    """Drop a trailing connector and leading stop words: "Lost in the Middle" stays, "So Mixtral" -> "Mixtral"."""
    words = phrase.split()
    while words and words[0] in _SLOT_STOP:
        words.pop(0)
    while words and words[-1] in {"of", "in", "the", "for", "and"}:
        words.pop()
    return " ".join(words)
_WORD_START_CAP = re.compile(r"(?<![\w-])[A-Z]")
_SLOT_STOP = frozenset(
    "The This That These Those It It's Its They We You I He She So And But Okay Ok Alright Right Yeah Yes No "
    "Well Now Then Here There What Which Who Why How When Where Let Let's One Two Three Another Next Last "
    "First Second Third Moving Paper Some Our Their My Your A An Actually Basically Honestly Sure Labs Lab Inc "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December English Chinese American European Twitter".split()
)


@dataclass(slots=True)
class Mention:
    turn: int
    sentence: int
    surface: str
    strength: float
    intro: bool = False  # introduced here by a cue
    position: int = 0  # character offset in the sentence


@dataclass(slots=True)
class Candidate:
    key: str  # normalised name
    surfaces: Counter = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    descriptive: bool = False
    catalog_hit: bool = False

    @property
    def turns(self) -> list[int]:
        return sorted({m.turn for m in self.mentions})

    def display(self) -> str:
        """The spelling the hosts introduce it with ("First up is X"), else the most common, longest wins ties."""
        introduced = [m for m in self.mentions if m.intro and m.strength >= 2.0 and m.surface in self.surfaces]
        if introduced and not self.descriptive:
            return min(introduced, key=lambda m: (m.turn, m.sentence, m.position)).surface
        return max(self.surfaces, key=lambda s: (self.surfaces[s], len(s)))


@dataclass(slots=True)
class DetectedPaper:
    """A paper the episode discusses, before segmentation: its names and where they are mentioned."""

    name: str
    aliases: list[str]
    mentions: list[Mention]
    score: float
    descriptive: bool = False
    arxiv_id: str | None = None
    title: str | None = None
    patterns: list[re.Pattern] = field(default_factory=list)  # how to find its mentions in text

    @property
    def turns(self) -> list[int]:
        return sorted({m.turn for m in self.mentions})

    @property
    def first_turn(self) -> int:
        return min(m.turn for m in self.mentions)


# "check it on your own data first, X won't tell you": a bare ordinal after a clause's own words is its adverb
_ADVERB_ORDINAL = re.compile(
    r"\b(?!(?:so|and|okay|ok|alright|right|now|then|but|well|yeah|also|or|the|a|an|this|that|its|their|our|my|your)\b)"
    r"[a-z][\w'\u2019-]*\s+(?:first|last|next)\s*,\s*$"
)
_GENERAL_BEFORE = re.compile(r"\b(?:all|every|any|each|most|none|both)\s+(?:of\s+)?(?:the|this|that)\s+$", re.I)
_BARE_ORDINAL = re.compile(r"^(?:first|next|last|final|second|third|fourth|fifth|sixth|another|other)\s*$", re.I)
_DETERMINER_END = prefiltered(r"\b(?:the|their|its|our|my|his|her|your|a|an|this|that)\s+$", re.I)
_TIME_CLAUSE_END = prefiltered(r"\b(?:after|since|before|when|until|once)\s+$", re.I)


# The naming moment: after the work has been described, its name is said as the complement of a demonstrative,
# pronoun or work-noun subject ("... layer by layer. That's FooNet.", "And that's FooNet, from ...", "The model is
# FooNet and it ...", "the name is, predictably, FooNet", "Then the method, which is FooNet, ..."). The name is the
# whole complement: a comma, dash, sentence end or provenance follows it ("that's GPT-4 territory" names no work).
_NAMING_BEFORE = prefiltered(
    r"(?:^|[.!?;:,]\s+|\b(?:and|so|now|okay|ok|well|yes|yeah|then)[,]?\s+)"
    r"(?:that['\u2019]s|this\s+is|that\s+is|it['\u2019]s\s+called|its\s+name\s+is|the\s+name(?:['\u2019]s|\s+is)|"

    r"(?:the|this|their)\s+(?:model|method|system|framework|approach|paper|tool|benchmark|technique|architecture|"
    r"title|result|thing|recipe)\s+is|"
    r"(?:the|this|their)\s+(?:model|method|system|framework|approach|paper|technique|recipe|benchmark)\s*,\s*which\s+is)"
    r"(?:\s*,\s*(?:[a-z]+\s+){0,2}[a-z]+\s*,)?\s+(?:the\s+)?$",
    re.I,
)
_NAMING_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s*(?:[.!;]|,(?!\s*I['\u2019]m\b)|$|\s[-\u2013\u2014]\s|[\u2013\u2014]|\s+(?:and\s+(?:it|they|its|their)|from|out\s+of|by)\b)",
    re.I,
)
# "That's Medusa, more or less, six years early." two turns after "Third, Blockwise Parallel Decoding.": a naming
# hedged as a likeness, with no move in the turn and the discussion's own paper named just before, compares that
# paper with another work; with only a description on the table ("the one that prunes heads ... That is QHP, more
# or less.") it reveals the described paper's name
_LIKENESS_TURNS = 3
_LIKENESS_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s*,\s*(?:more\s+or\s+less|basically|essentially|roughly|pretty\s+much|in\s+spirit|in\s+miniature|"
    r"in\s+a\s+nutshell|all\s+over\s+again|(?:[\w-]+\s+){0,2}(?:years?|months?|decades?)\s+(?:early|earlier|ahead|before))\b",
    re.I,
)
# "it's X." as a bare naming only when X ends the sentence ("It's Llama 3 at 8B" is a description)
_BARE_IT_BEFORE = re.compile(r"(?:^|[.!?;:]\s+|\b(?:and|so|okay|ok|well|yeah)[,]?\s+)it['\u2019]s\s+$", re.I)
_SENTENCE_END_AFTER = re.compile(r"^\s*(?:[.!]|$)")


# a title read out after a colon: "Hence the title, the whole thesis in five words: Large Language Models Can X."
# and the name announced the same way: "The name tells you the recipe: GaussianAvatars."
_TITLE_COLON_BEFORE = prefiltered(r"\b(?:title|name)\b[^.!?]{0,80}:\s+(?:[A-Z][\w-]*\s+){0,5}$", re.I)
# a whole title read out after a colon that ends the sentence, its words plain or not: "The title says it:
# On-Device Training Under Tiny Memory."
_TITLE_READ_OUT = re.compile(r"\b(?i:title|name)\b[^.!?:]{0,60}:\s+([A-Z][\w+.-]*(?:\s+[\w+.-]+){1,7}?)[.!]?$")


# the description first, then what it was: "And what I was describing is X, out of Caltech" (never the show's name)
_WHAT_DESCRIBED_BEFORE = prefiltered(
    r"\bwhat\s+(?:I|we)(?:['\u2019]ve\s+been|\s+was|\s+were|['\u2019]m|\s+am|\s+have\s+been)\s+"
    r"(?:describing|talking\s+about|on\s+about|getting\s+at)\s+is\s+(?:the\s+)?$",
    re.I,
)


# "Then let me bring in the Stanford paper ... forty tasks altogether. They call it Cybench.": in a turn that moves to
# a work presented by its description, a sentence that is only the authors' name for it ("They call it X.", "The
# authors call it X.") reveals the paper's name; a component named mid-sentence ("a module they call X") is not it
_LATE_NAMING_BEFORE = re.compile(r"^(?:(?:and|so|now)[,]?\s+)?(?:they|the\s+authors)\s+(?:just\s+)?call\s+(?:it|the\s+(?:thing|whole\s+thing|benchmark|model|system|method))\s+$", re.I)
_LATE_NAMING_AFTER = re.compile(r"^\s*[.!]?\s*$")


def _likened(after: str, turn: int, collector: _Collector) -> bool:
    return bool(_LIKENESS_AFTER.match(after)) and 0 < turn - collector.last_named_turn <= _LIKENESS_TURNS


def _named_late(sentence: str, start: int, end: int, collector: _Collector) -> bool:
    """The whole sentence is the authors' name for the work the turn moved to, and no name was introduced in the
    turn before it."""
    if not _LATE_NAMING_BEFORE.match(sentence[:start]) or not _LATE_NAMING_AFTER.match(sentence[end:]):
        return False
    return not any(m.intro and m.strength >= 2.5 for _, m, d in collector.turn_mentions if not d)


def _is_naming(before: str, after: str) -> bool:
    """The name said as the complement of a naming sentence (see _NAMING_BEFORE), or a title read out after a
    colon: the work is introduced."""
    if _WHAT_DESCRIBED_BEFORE.search(before) and _NAMING_AFTER.match(after):
        return True
    if _NAMING_BEFORE.search(before) and _NAMING_AFTER.match(after):
        return True
    if _TITLE_COLON_BEFORE.search(before) and _SENTENCE_END_AFTER.match(after):
        return True
    return bool(_BARE_IT_BEFORE.search(before) and _SENTENCE_END_AFTER.match(after))


def _frames_the_show(turn: int, n_turns: int, text: str, speakers: frozenset[str]) -> bool:
    """A greeting or sign-off names the show, not a paper: the last two turns, an opening turn with a greeting
    word or a host's name in it ("This is X. I'm Rosa ...")."""
    if turn >= n_turns - 2:
        return True
    if turn >= _OPENING_LINE_TURNS:
        return False
    return bool(_GREETING.search(text)) or any(re.search(rf"\b{re.escape(name)}\b", text) for name in speakers if len(name) > 1)


def _mention_strength(before: str, after: str, turn_has_cue: bool) -> tuple[float, bool]:
    """How strongly one occurrence says "this is a paper being discussed"; and whether it introduces it."""
    if ("call" in before or "known" in before or "nickname" in before) and _NICKNAME_BEFORE.search(before):
        return 2.0, True  # "the one everybody calls X" names the paper, not a component ("they call it X")
    if _COMPONENT_CALLED.search(before):
        return 0.5, False
    intro = _INTRO_BEFORE.search(before)
    if intro and _DETERMINER_BEFORE.search(before) and _MODIFIER_AFTER.match(after):
        return 0.5, False  # "next one's the consumer-GPU cousin of that idea": the name qualifies the object
    if intro and _ADVERB_ORDINAL.search(before):
        intro = None  # "try it on your own floor plans first, X won't ...": the ordinal closes a clause, no move
    if intro and not (_BARE_ORDINAL.match(intro.group(0)) and _DETERMINER_END.search(before[: intro.start()])):
        return 3.0, True  # but not "their first GRPO run", "the first RL paper where ..."
    if _THIS_BEFORE.search(before) and _PAPER_AFTER.match(after):
        if _GENERAL_BEFORE.search(before):
            return 0.0, False  # "all the SAE work", "every one of the RAG papers": the field's work in general
        if _SOURCE_END.search(before):
            return 0.5, False  # "the outlier features from the LLM.int8 work": where an idea comes from
        return 3.0, True
    called = _PAPER_CALLED.search(before)
    if called and not _PROVENANCE_END.search(before[: called.start()]):
        return 3.0, True  # but "X, from the paper called The Era of ...": where X comes from
    if _ARTIFACT_CALLED.search(before):
        return 1.5, True
    if _is_naming(before, after):
        return 3.0, True
    if _CALLED_BEFORE.search(before):
        return 2.0, True
    strength = 0.0
    at_start = bool(_SENTENCE_START.match(before)) or before.rstrip().endswith((",", ";", ":", "-", "\u2014"))
    if _COMES_IN_BEFORE.search(before) and _COMES_IN_AFTER.match(after):
        return 3.0, True
    if _JUST_DROPPED.match(after):
        if _TIME_CLAUSE_END.search(before) or _DATED_AGAINST.match(after):
            return 0.0, False  # "what happened after DeepSeek-R1 came out": a date, not an introduction
        return 3.0, True
    if _THIS_BEFORE.search(before) and _ARTIFACT_AFTER.match(after):
        strength += 1.5
    if _SENTENCE_START.match(before) and _STARTS_HERE_AFTER.match(after):
        return 3.0, True  # "X is where I want to start today", "X is the paper that made me ...": the name opens the topic
    if _SENTENCE_START.match(before) and _PRESENTED_FROM_AFTER.match(after):
        return 3.0, True  # "AlphaEdit is from USTC and NUS, and it's about ...": the work presented by its source
    if _SENTENCE_START.match(before) and _DESCRIBED_AFTER.match(after):
        return 3.0, True  # "Okay. Tessel-Net - the tiny graph one.": a name set in apposition to a paper's description
    if _SENTENCE_START.match(before) and _SEQUENCED_AGAINST_A_KIND.match(after):
        return 3.0, True  # "FastViT next, a mobile vision model that ...": the name and its place in the line-up
    if _ARTIFACT_DESCRIBED_AFTER.match(after) and _OWNER_END.search(before):
        return 3.0, True  # "... and their Canary model - the less-is-more paper.": the artifact is the paper described
    if at_start and _DASH_AFTER.match(after) and _SENTENCE_START.match(before):
        strength += 3.0 if turn_has_cue else 0.5
        return strength, turn_has_cue
    if at_start and _SUBJECT_AFTER.match(after):
        strength += 1.0
    if _BASELINE_BEFORE.search(before):
        strength -= 1.0
    if _NON_PAPER_AFTER.match(after):
        strength -= 1.5
    return strength, False


# The name as the subject of a sentence that makes it the topic: "X is where we start", "X is the paper that ..."
_STARTS_HERE_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:is|was|['\u2019]s)\s+(?:where|what|how)\s+(?:I|we)(?:['\u2019](?:d|ll))?\s+(?:\w+\s+){0,3}?(?:start|begin|open|kick)"
    # "X is the paper that made me ...", "X is the paper I wish had existed": a relative clause, with or without "that"
    r"|^\s+(?:is|was)\s+the\s+(?:[\w-]+\s+){0,2}?(?:paper|preprint)\s+(?:that|which|where|who|I|we|you|everyone|nobody)\b",
    re.I,
)
# a name opening a sentence whose predicate is its provenance: the hosts present the work ("X is from a Berkeley
# group", "X comes out of Tsinghua"); a baseline is used, rarely presented
_PRESENTED_FROM_AFTER = re.compile(r"^\s+(?:is|was|comes|came)\s+(?:from|out\s+of)\s+(?:the\s+|a\s+|an\s+)?[A-Z]")
_DESCRIBED_AFTER = re.compile(
    r"^\s+[-\u2013\u2014]\s+the\s+(?:[\w'-]+\s+){0,4}?(?:one|paper|preprint)\b(?!\s+(?:of|thing|I|we|you|they)\b)\s*[.!?,]"
    # "Okay. Tessel-Net, the tiny graph one.": a comma apposition that ends the sentence is the same bare naming
    r"|^,\s+the\s+(?:[\w'-]+\s+){0,4}?(?:one|paper|preprint)\s*[.!?]\s*$"
    # "Freeze-Omni - a speech-to-speech model where the LLM is frozen.": the name with no predicate of its own,
    # set against an indefinite description of a kind of work (no closing dash: not an aside inside a sentence)
    # "GLM-4-Voice - an end-to-end spoken chatbot in Chinese and English.": any noun heads the description
    r"|^\s+[-\u2013\u2014]\s+(?:a|an)\s+(?!(?:bit|lot|little|few|couple|kind|sort|mess|pain|lot)\b)(?:[\w'-]+\s+){0,4}?"
    r"[a-z][\w'-]*\b(?:\s+(?:where|that|which|for|with|in|on|built|trained|designed|aimed|meant|from|out\s+of)\b"
    r"(?:(?!\s[-\u2013\u2014]\s)[^;:])*)?\s*(?:[.!?]\s*)?$"
)
# "FastViT next, a mobile vision model that was timed on a phone.": a name opening its sentence, the sequence word
# after it and an indefinite description of a kind of work in apposition - the move and its object in one phrase
_SEQUENCED_AGAINST_A_KIND = re.compile(
    r"^\s+(?:up\s+)?(?:next|first|last)\s*(?:[,:\u2013\u2014]|\s-)\s*(?:a|an)\s+(?!(?:bit|lot|little|few|couple|kind|sort|mess|pain)\b)[\w-]",
    re.I,
)
# A new name opening a sentence with no predicate of its own, set by a comma against an indefinite description of
# a kind of work ("scHyena, a foundation model for single-cell RNA sequencing, and specifically brain tissue."):
# the name presented, like the dash form above. The description runs to the sentence's end: a comma aside followed
# by a predicate ("GPT-4, a model from OpenAI, does better") uses a name, it presents none.
_SET_AGAINST_A_KIND = re.compile(
    # (a figure among the description's words: "Arctic-SnowCoder, a 1.3 billion parameter code model that ...")
    r",\s+(?:a|an)\s+(?!(?:bit|lot|little|few|couple|kind|sort|mess|pain|way|case|point)\b)(?:(?:\d[\d.,]*\d|[\w'-]+)\s+){0,4}?[a-z][\w'-]*"
    # ("an agent built on Llama 3.1 for ...": a version's point is no sentence end)
    r"(?:\s+(?:where|that|which|for|with|in|on|built|trained|designed|aimed|meant|from|out\s+of)\b(?:[^;:,.!?]|(?<=\d)\.(?=\d))*)?"
    r"(?:,\s+(?:and|or|but|especially|specifically|mostly|mainly|particularly)\b[^;:,.!?]*)?\s*[.!?]?\s*$"
)
_OWNER_END = re.compile(r"\b(?:their|the|its|a|an)\s+$", re.I)
_ARTIFACT_DESCRIBED_AFTER = re.compile(
    r"^\s+(?:model|system|framework|method|agent|benchmark|dataset|architecture)\s+[-\u2013\u2014]\s+the\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:one|paper|preprint)\b(?!\s+(?:of|thing|I|we|you|they)\b)\s*[.!?,]"
)
_INDEFINITE_END = re.compile(r"\b(?:a|an)\s+$", re.I)
_COMMON_NOUN_AFTER = re.compile(r"^\s+([a-z][a-z-]{2,})\b(?!['\u2019])")
_NOT_NOUNS = frozenset(
    "that which who whose where when with from by for and or but is was are were has had have does did can could "
    "will would should might may must out of on in at to as than into onto via just also only really actually "
    "basically called named dubbed titled paper preprint work report study model framework method approach system "
    "benchmark dataset architecture technique pipeline toolkit algorithm suite project one".split()
)


def _qualifies_a_noun(before: str, after: str) -> bool:
    """"an RL agent", "a GPT-4 judge": after an indefinite article the name qualifies the noun that follows;
    the thing introduced is that noun, not the name."""
    if not _INDEFINITE_END.search(before):
        return False
    noun = _COMMON_NOUN_AFTER.match(after)
    return bool(noun) and noun.group(1) not in _NOT_NOUNS


# "Llama-AVSR", "DeepSeek-Prover": a well-known model's name with a tail of letters that is no version, size or
# variant of it ("Llama-3", "Phi-4", "Qwen-VL", "GPT-4o-mini" keep their digits or are short)
# "Llama-AVSR", "Llama Scope": a known model's name with a coined word after a hyphen or a space
_MODEL_TAIL = re.compile(r"^[A-Za-z][\w.]*?[- ]([A-Za-z]{3,})$")
_VARIANT_TAILS = frozenset("chat instruct base mini small large medium tiny turbo pro max plus coder vision opus sonnet haiku flash ultra nano lite".split())


def _coined_on_a_model(surface: str) -> bool:
    tail = _MODEL_TAIL.match(surface)
    if tail is None or tail.group(1).lower() in _VARIANT_TAILS:
        return False
    head = surface[: tail.start(1) - 1]
    return lexicon.is_known_non_paper(head + "-1") and not lexicon.is_known_non_paper(tail.group(1))


def _prior(key: str, surface: str) -> float:
    """What the name alone says: known non-papers and bare acronyms are unlikely papers."""
    if lexicon.is_known_non_paper(surface):
        return -6.0
    if is_acronym(surface) or (surface.endswith("s") and is_acronym(surface[:-1])):
        return -2.0  # "IDs", "GPUs": a plural of an acronym is a kind of thing, never a paper's name
    return 0.5


# A short title in quotes set in apposition to a paper's description or after a naming verb: "the unlearning paper -
# "Who Wrote This?", by ...", "a paper titled "Less Is More"". The quotes are the hosts marking a title.
_QUOTED_TITLE = re.compile(
    r"(?:\b(?:paper|preprint|one|study|report)\s*[-\u2013\u2014:,]\s*|\b(?:called|titled|named)\s+)"
    r"[\"\u201c]([A-Z][^\"\u201c\u201d]{2,60}?)[\"\u201d]"
)


class _Collector:
    def __init__(self) -> None:
        self.candidates: dict[str, Candidate] = {}
        self.quoted: set[str] = set()  # keys of short titles said in quotes
        self.titles: set[str] = set()  # keys of titles read out in title case as a move's object
        self.turn_mentions: list[tuple[str, Mention, bool]] = []  # the current turn's, in scan order
        self.opening_turns: set[int] = set()  # turns that make a topic move (a transition or opening cue)
        self.introduced = False  # has any name been introduced yet
        self.coined: dict[str, re.Pattern] = {}  # coined labels of function words ("the in the wild paper"), by key
        self.last_named_turn = -99  # the turn where a name was last introduced
        self.all_sentences: Sequence[Sequence[str]] = ()  # every turn's sentences, to see a phrase said again
        self.tabled: dict[str, int] = {}  # names put on the table as a sentence of their own, by key: the turn

    def add(self, surface: str, mention: Mention, descriptive: bool = False) -> None:
        key = ("desc:" + surface) if descriptive else norm(surface)
        if not key:
            return
        cand = self.candidates.get(key)
        if cand is None:
            cand = self.candidates[key] = Candidate(key=key, descriptive=descriptive)
        cand.surfaces[surface] += 1
        cand.mentions.append(mention)
        self.turn_mentions.append((surface, mention, descriptive))
        self.introduced = self.introduced or (mention.intro and mention.strength >= 2.5)
        if mention.intro and mention.strength >= 2.5 and not descriptive:
            self.last_named_turn = mention.turn


_PREPOSITIONS = frozenset("of in on for to from about with at by".split())
# "the one result in either paper I trust": a quantifier before "paper" ranges over papers, it describes none
_DETERMINERS = frozenset("the a an this that these those their its our my his her your either neither both each every any".split())
# "How does the loop work?": after an auxiliary, "work" / "study" is the verb of a question, not a noun.
_AUXILIARY_END = prefiltered(
    r"\b(?:does|do|did|doesn['\u2019]t|don['\u2019]t|didn['\u2019]t|will|would|can|could|should|might|must|won['\u2019]t|"
    r"can['\u2019]t|wouldn['\u2019]t|couldn['\u2019]t)\s+$",
    re.I,
)
# "the most useful retrieval paper of the year", "the best paper ever": a ranking, not a description.
_RANKING_WORDS = frozenset("most least best worst".split())
_RANKING_AFTER = re.compile(r"^\s*(?:of\s+(?:the|all|this|today|its|their)\b|ever\b|in\s+(?:years|ages|a\s+while)\b)", re.I)


def _describes_a_paper(sentence: str, match: re.Match) -> bool:
    """A description match that names a paper, not a question's verb ("does the loop work?") or a ranking
    ("the most useful retrieval paper of the year")."""
    words = (match.group(1) or match.group(2) or "").lower().split()
    if _RANKING_WORDS.intersection(words) or _RANKING_AFTER.match(sentence[match.end() :]):
        return False
    if match.lastindex == 2 and _AUXILIARY_END.search(sentence[max(0, match.start() - 12) : match.start()]):
        return False
    if words and words[-1] in ("ones", "papers", "ones'"):
        return False  # "the diffusion-based ones work best": several things, and "work" is their verb
    if _AUTHORING_END.search(sentence[max(0, match.start() - 24) : match.start()]):
        return False  # "unless you're writing the next pretraining paper": a paper still to be written
    if match.lastindex == 2 and _VERB_WORK_AFTER.match(sentence[match.end() :]):
        return False  # "the sparse variant work better": "work" is a verb
    return True


_AUTHORING_END = re.compile(r"\b(?:writ(?:e|es|ing)|publish(?:es|ing)?|submit(?:s|ting)?|draft(?:s|ing)?)\s+$", re.I)
_VERB_WORK_AFTER = re.compile(r"^\s+(?:best|well|better|worse|fine|great|poorly|badly|out|for\s+(?:me|us|you))\b", re.I)


def _FIELD_ACRONYM(word: str) -> bool:
    """A field's acronym ("LLM", "RAG") among lower-case words describes; it names no paper."""
    return word.isupper() and word.isalpha() and lexicon.is_field_term(word)


def _descriptor_key(words: str) -> str | None:
    tokens = words.split()
    if any((w.endswith("ly") and "-" not in w) or w.lower() in _VERBISH for w in tokens):
        # (an adverb makes it a clause; "pixels-only" is a compound adjective, not an adverb)
        return None  # "that interpretability actually helps engineers work": a clause, not a description
    if any(is_name_shaped(strip_token(w)) and not _FIELD_ACRONYM(w) for w in tokens):
        return None  # "the fMRI-LM paper" is a name mention, not a description; "the LLM ablation paper" is one
    lowered = [w.lower() for w in tokens]
    if lowered[0] in _PREPOSITIONS or lowered[-1] in _PREPOSITIONS or _DETERMINERS.intersection(lowered):
        # "the point of the paper", "the rest of their paper": something of a paper, not a paper; a
        # preposition between content words is part of the description ("the pass at k paper").
        return None
    if tokens[0][:1].isupper() and not _FIELD_ACRONYM(tokens[0]) and (tokens[0] in _SLOT_STOP or lexicon.is_known_non_paper(tokens[0])):
        tokens = tokens[1:]  # "the Microsoft embeddings paper": the lab says where it is from
    # A capitalised word keeps its case: "the Jacobi decoding paper" is "Jacobi decoding".
    content = [w if w[:1].isupper() else w.lower() for w in tokens if w.lower() not in _DESCRIPTOR_STOP and not _generic_superlative(w.lower())]
    if not content or not any(len(w) >= 4 for w in content):
        return None
    return " ".join(content)


def _generic_superlative(word: str) -> bool:
    """"oldest", "newest", "biggest": the superlative of a word that says nothing of what a paper is about ("old",
    "new", "big") says as little ("it'd be the oldest paper" ranks the papers, it describes none)."""
    if len(word) < 5 or not word.endswith("est"):
        return False
    base = word[:-3]
    return any(
        form in lexicon.GENERIC_PAPER_MODIFIERS
        for form in (base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else "", base[:-1] + "y" if base.endswith("i") else "")
        if form
    )


_LAB_JOINERS = re.compile(r"\s*(?:\s(?:and|&)\s|/|-)\s*")


_LAB_PAIR_AFTER = re.compile(r"^((?:\s*(?:\s(?:and|&)\s|/|-)\s*[A-Z]\w*)+)\s+(?:paper|one|preprint)\b")


def _is_lab_of_labs_paper(surface: str, after: str) -> bool:
    """The first of the labs naming a paper ("UNC" in "the UNC and Google paper")."""
    pair = _LAB_PAIR_AFTER.match(after)
    return bool(pair) and _labs_key(surface + pair.group(1)) is not None


def _labs_key(words: str) -> str | None:
    """"UNC and Google" -> "UNC and Google paper" when one of the parts is a known lab (the rest are then labs
    too: "the X and Google paper" joins like with like)."""
    parts = _LAB_JOINERS.split(words)
    if len(parts) < 2 or not any(norm(p) in lexicon.KNOWN_ORGS for p in parts):
        return None
    return " and ".join(parts) + " paper"


def _lab_description_key(words: str) -> str | None:
    """"Meta multi-token" -> "multi-token"; "Epoch AI" (only the lab) -> "Epoch AI paper": the lab is all the
    hosts give, so the paper is called after it. A lab is a known organisation or a capitalised word before
    "AI / Labs / Research"."""
    tokens = words.split()
    capitals = [w for w in tokens if w[:1].isupper()]
    lab = any(norm(w) in lexicon.KNOWN_ORGS for w in capitals) or bool(_ORG_AFTER.match(" " + " ".join(capitals[1:])))
    if not lab:
        return None
    rest = [w for w in tokens if not w[:1].isupper()]
    if rest:
        return _descriptor_key(" ".join(rest))
    return " ".join(capitals) + " paper"


_catalog_patterns_memo: tuple[dict[str, str] | None, list[tuple[re.Pattern, str]]] = (None, [])


def _catalog_patterns(catalog_names: dict[str, str]) -> list[tuple[re.Pattern, str]]:
    """Plain-word catalog names ("Diffusion Policy") as whole-word patterns, built once per catalog
    (the catalog index hands every episode the same `names` dict)."""
    global _catalog_patterns_memo
    names, patterns = _catalog_patterns_memo
    if names is catalog_names:
        return patterns
    patterns = [
        (re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"), name)
        for name in catalog_names.values()
        if len(name) >= 3 and not is_name_shaped(name)
    ]
    if catalog_names:
        _catalog_patterns_memo = (catalog_names, patterns)
    return patterns


def _scan(
    sentences_by_turn: Sequence[Sequence[str]], catalog_names: dict[str, str], speakers: frozenset[str] = frozenset()
) -> _Collector:
    collector = _Collector()
    collector.all_sentences = sentences_by_turn
    cat_patterns = _catalog_patterns(catalog_names)
    previous_opens = False
    for turn, sentences in enumerate(sentences_by_turn):
        if turn and previous_opens:
            _mark_opening_object(sentences_by_turn[turn - 1], turn - 1, collector, speakers)
        collector.turn_mentions = []
        turn_text = " ".join(sentences)
        turn_has_cue = bool(lexicon.TRANSITION_CUES.search(turn_text))
        # "Then Stormer.", "Then robot hands. Hora, ...": a sequence word taking the floor is a move too
        opening_cue = bool(lexicon.OPENING_CUES.search(turn_text)) or opening_sequence_move(sentences) is not None
        # "Which is sort of the next paper. The Mamba in the Llama.": a transition said as a whole clause, its object
        # left for the next sentence, is a move whose object is found like an opening cue's
        opening_cue = opening_cue or (turn_has_cue and _cue_ending_its_sentence(sentences) is not None)
        turn_opens = turn_has_cue or opening_cue
        # the episode's opening, before any move or introduction: its first line may already be on a paper
        unopened = turn < _OPENING_LINE_TURNS and not turn_opens and not collector.opening_turns and not collector.introduced
        if turn_opens:
            collector.opening_turns.add(turn)
        for s_index, sentence in enumerate(sentences):
            cue = lexicon.TRANSITION_CUES.search(sentence) if turn_has_cue else None
            if cue is not None and _CUE_TAKES_NOUN.search(cue.group(0)) and _COMMON_NOUN_NEXT.match(sentence, cue.end()):
                cue = None  # "now the leaderboard's at ... on Verified?": the cue's object is the common noun
            consumed = 0
            # where the object of the sentence's transition cue is named: "Moving on - Gridwalk, from the group
            # behind NavBench-Pro" introduces Gridwalk, a plain capitalised word before the coined name
            cue_object_at = _first_plain_cue_object(sentence, cue) if cue is not None else None
            token_spans: list[tuple[int, int]] = []
            for match in TOKEN.finditer(sentence):
                if match.start() < consumed:
                    continue  # the "b1.58" of "BitNet b1.58"
                raw = match.group(1)
                if raw.isalpha() and raw.islower():
                    continue  # a plain lower-case word (most tokens): no capital, digit, hyphen or "+" to make a name
                surface = strip_token(raw)
                if not (surface[:1].isupper() or is_name_shaped(surface)):
                    continue  # most words: neither a name nor a capitalised word a version could follow
                version = _SPACED_VERSION.match(sentence, match.end(1))
                if version and surface in ENUMERATING_NOUNS:
                    continue  # "Version 2 trains on ...", "Table 3": a numbered part, not a name
                if version and (is_name_shaped(surface) or surface[:1].isupper()) and len(surface) >= 3:
                    surface = surface + " " + version.group(1)
                    match_end = version.end(1)
                else:
                    match_end = match.start(1) + len(surface)
                if not is_name_shaped(surface):
                    continue
                before, after = sentence[max(0, match.start() - 90) : match.start()], sentence[match_end : match_end + 60]
                strength, intro = _mention_strength(before, after, turn_has_cue)
                if _QUALIFIED_RAW.search(raw) and raw != surface:
                    strength, intro = min(strength, 0.5), False  # "muP-style tricks"
                if intro and _is_provenance(surface, after, before):
                    strength, intro = 0.5, False  # "another Meta FAIR one, ...": the lab, not the paper
                if intro and _qualifies_a_noun(before, after):
                    strength, intro = min(strength, 0.5), False  # "First an RL agent learns to play"
                if intro and _FIELD_ACRONYM(surface) and _DESCRIPTION_TAIL.match(sentence, match_end):
                    strength, intro = min(strength, 0.5), False  # "yet another VLM extraction paper": it opens a description
                if unopened and not intro and _opens_the_episode(surface, before, after, speakers):
                    strength, intro = 3.0, True  # "DetectGPT says you can tell ...", "Meta's X wants to be ..."
                elif not intro and "s " in before[-4:] and _presented_by_lab(before, after) and not lexicon.is_known_non_paper(surface):
                    strength, intro = 3.0, True
                if intro and _is_naming(before, after) and not _WHAT_DESCRIBED_BEFORE.search(before) and _frames_the_show(turn, len(sentences_by_turn), turn_text, speakers):
                    strength, intro = 0.0, False  # "This is the Retrieval Roundtable, I'm Rosa", "That's Reward Hacking Hour."
                if intro and not turn_opens and lexicon.is_known_non_paper(surface) and not _STARTS_HERE_AFTER.match(after):
                    strength, intro = 1.0, False  # "the R1 paper reported 47" inside another discussion
                if cue is not None and (cue_object_at is None or cue_object_at > match.start()) and 0 <= match.start() - cue.end() <= 80:
                    if intro and strength >= 2.0:
                        cue_object_at = match.start()
                    elif _is_cue_object(surface, sentence, match.start(), match_end):
                        # "Paper number three - the 1.58-bit one, BitNet b1.58, ...": named right after the cue.
                        # Only the first such name: "X, from the group behind Y" does not introduce Y.
                        strength, intro = max(strength, 2.5), True
                        cue_object_at = match.start()
                if (
                    not intro
                    and norm(surface) not in collector.candidates
                    and _SENTENCE_START.match(before)
                    and _SET_AGAINST_A_KIND.match(sentence, match_end)
                ):
                    # "scHyena, a foundation model for single-cell RNA sequencing.": presented, yet a list's item is
                    # said the same way ("LongFact, a prompt set ..."): the name must be taken up again to be a paper
                    strength, intro = 2.0, True
                if intro and _is_lab_of_labs_paper(surface, after):
                    strength, intro = 0.5, False  # "the UNC and Google paper": the labs name a described paper
                if " " not in surface and len(surface) <= 4 and is_acronym(surface):
                    # "Last one, HT Demucs.": a short acronym and the capitalised word after it, together the whole
                    # object of a move, are one name (then said so again later); not the acronym alone
                    word = _ACRONYM_HEADED.match(sentence, match_end)
                    if word and not lexicon.is_known_non_paper(word.group(1)):
                        whole = surface + " " + word.group(1)
                        if (intro and strength >= 2.0 and _NAME_ENDS.match(sentence, word.end(1))) or norm(whole) in collector.candidates:
                            surface, match_end = whole, word.end(1)
                            after = sentence[match_end : match_end + 60]
                consumed = match_end
                token_spans.append((match.start(1), match_end))
                if intro and _is_provenance(surface, after):
                    strength, intro = 0.5, False
                if intro and not turn_opens and _likened(after, turn, collector):
                    strength, intro = 0.5, False
                if not intro and turn_opens and _named_late(sentence, match.start(), match_end, collector):
                    strength, intro = 3.0, True
                collector.add(surface, Mention(turn, s_index, surface, strength, intro, match.start()))
            # Plain capitalised words mid-sentence ("Mixtral", "Ring Attention"): proper nouns that may be papers.
            for match in _CAP_PHRASE.finditer(sentence):
                if any(a < match.end(1) and match.start(1) < b for a, b in token_spans):
                    continue  # name-shaped tokens are counted above
                if match.start() == 0:
                    # sentence-initial capitals are ordinary words, unless the sentence makes the name its topic
                    # ("Nougat is the paper I wish had existed ...") or the word was already said mid-sentence, a
                    # proper noun now the subject ("Canary does speech recognition ..."); both need a verb after it
                    after = sentence[match.end(1) : match.end(1) + 80]
                    # or a name of two capitalised words set against a description of the work ("Agent
                    # Laboratory - a set of LLM agents that ...")
                    described = (" " in match.group(1).strip() and bool(_DESCRIBED_AFTER.match(after))) or bool(
                        _SEQUENCED_AGAINST_A_KIND.match(after)
                    )
                    if not described and not _SUBJECT_AFTER.match(after):
                        continue
                    if not described and not _STARTS_HERE_AFTER.match(after):
                        known = collector.candidates.get(norm(_trim_phrase(match.group(1))))
                        if known is None or known.descriptive:
                            continue
                start = match.start(1)
                before = sentence[max(0, start - 90) : start]
                titled = _NAMING_VERB_END.search(before[-30:]) and _ARTICLE_TITLE.match(match.group(1))
                # "a collection they call The Well": the article is the name's own
                phrase = match.group(1).rstrip() if titled else _trim_phrase(match.group(1))
                if not phrase or (phrase.split()[0] in _SLOT_STOP and not titled) or phrase in speakers:
                    continue
                if "s " in phrase and phrase.split()[0][:-2].rstrip("'\u2019") and lexicon.is_known_non_paper(phrase.split()[0][:-2]):
                    # "Google's Gemini Pro": a lab's possessive, not a title; but in a naming moment ("That's
                    # Tencent's Persona Hub.") what the lab owns is the name
                    owner, _, owned = phrase.partition(" ")
                    owned_end = start + len(owner) + 1 + len(owned)
                    if not _is_naming(before, sentence[owned_end : owned_end + 60]):
                        continue
                    phrase, start = owned, start + len(owner) + 1
                end = start + len(phrase)
                after = sentence[end : end + 60]
                if before.rstrip().endswith((".", "!", "?", "\"")) and not _INTRO_BEFORE.search(before):
                    continue
                strength, intro = _mention_strength(before, after, turn_has_cue)
                if intro and _is_naming(before, after) and not _WHAT_DESCRIBED_BEFORE.search(before) and _frames_the_show(turn, len(sentences_by_turn), turn_text, speakers):
                    strength, intro = 0.0, False
                if not intro and "s " in before[-4:] and _presented_by_lab(before, after) and not lexicon.is_known_non_paper(phrase):
                    strength, intro = 3.5, True  # (less the plain word's 0.5 below)
                if (
                    cue is not None
                    and 0 <= match.start() - cue.end() <= 80
                    and strength < 2.5
                    and (cue_object_at is None or match.start(1) <= cue_object_at)
                    and _is_cue_object(phrase, sentence, match.start(1), end)
                ):
                    strength, intro = 2.5, True
                if intro and _opens_description(phrase, sentence, match.start(1), end):
                    strength, intro = 0.5, False  # "the last one, the Jacobi decoding paper": the description is introduced
                if _ORG_AFTER.match(after):
                    strength -= 3.0
                if intro and _is_provenance(phrase, after, before):
                    strength, intro = 1.0, False
                if intro and not turn_opens and _likened(after, turn, collector):
                    strength, intro = 1.0, False
                if not intro and turn_opens and _named_late(sentence, start, end, collector):
                    strength, intro = 3.5, True  # (less the plain word's 0.5)
                collector.add(phrase, Mention(turn, s_index, phrase, strength - 0.5, intro, match.start(1)))
            if '"' in sentence or "\u201c" in sentence:
                for match in _QUOTED_TITLE.finditer(sentence):
                    title = match.group(1).rstrip("?!.,: ")
                    if title and len(title.split()) <= 5 and title not in speakers:
                        collector.quoted.add(norm(title))
                        collector.add(title, Mention(turn, s_index, title, 3.0, True, match.start(1)))
            titled = _TITLE_APPOSED_TO_PAPER.match(sentence) if " paper" in sentence or " preprint" in sentence else None
            read_out = _TITLE_READ_OUT.search(sentence) if ":" in sentence else None
            if read_out and _trim_phrase(read_out.group(1).rstrip(".-:")) == read_out.group(1).rstrip(".-:"):
                whole = read_out.group(1).rstrip(".-:")
                _add_title(whole, sentence, turn, s_index, collector, speakers)  # the whole title or nothing
                title_end = read_out.start(1) + len(whole)
                added = any(not d and m.sentence == s_index and m.surface == whole for _, m, d in collector.turn_mentions)
                for _, m, d in collector.turn_mentions if added else ():
                    if not d and m.sentence == s_index and read_out.start(1) <= m.position < title_end and m.surface != whole:
                        m.strength, m.intro = min(m.strength, 0.0), False  # a piece of the title read out, not a name of its own
            if titled:
                _add_title(titled.group(1), sentence, turn, s_index, collector, speakers)
            elif unopened and s_index == 0 and len(sentences) > 1 and _POINTS_BACK.search(sentences[1]):
                bare = _BARE_TITLE.match(sentence)
                if bare and _is_bare_title(sentence) and not _GREETING.search(sentence):
                    _add_title(bare.group(1), sentence, turn, s_index, collector, speakers)
            elif unopened and s_index == 0 and len(sentences) > 1:
                _add_opening_floor_name(sentence, turn, collector, speakers)
            head = _HEAD_FROM_LAB.match(sentence) if ", " in sentence else None
            if head and turn_opens is not None:
                phrase = _trim_phrase(head.group(1))
                if (
                    phrase
                    and phrase.split()[0] not in _SLOT_STOP
                    and phrase not in _HEAD_NOT_NAMES
                    and not phrase.endswith("ly")
                    and phrase not in speakers
                    and not lexicon.is_known_non_paper(phrase)
                    and _eligible_object(phrase, sentence, head.start(1), speakers)
                ):
                    collector.add(phrase, Mention(turn, s_index, phrase, 3.0, True, head.start(1)))
            # A plain capitalised name in an introduction slot ("Next up - Chameleon, which ...").
            covered = -1  # the end of the name last found in a slot: "Last" inside "Humanity's Last Exam" is no cue
            for match in _WORD_START_CAP.finditer(sentence):
                if match.start() < covered:
                    continue
                slot = _CAP_SLOT.match(sentence[match.start() :])
                if not slot:
                    continue
                if " " in slot.group(1):
                    covered = match.start() + len(slot.group(1).rstrip())
                before = sentence[max(0, match.start() - 90) : match.start()]
                if not before.strip():
                    continue
                surface = _trim_phrase(slot.group(1))
                if not surface or surface in _SLOT_STOP or is_name_shaped(surface) or len(surface) < 3:
                    continue
                if _ORG_AFTER.match(sentence[match.start() + len(surface) : match.start() + len(surface) + 20]):
                    continue  # "Next up, Moonshot AI - the Kimi people - and ...": a lab, not the paper
                if not _INTRO_BEFORE.search(before):  # the costliest test last
                    continue
                if match.start() > 0 and any(
                    m.turn == turn and m.sentence == s_index and m.position == match.start()
                    for m in collector.candidates.get(norm(surface), Candidate("")).mentions
                ):
                    continue  # already counted mid-sentence
                collector.add(surface, Mention(turn, s_index, surface, 3.0, True, match.start()))
            if s_index + 1 < len(sentences) and len(sentence) <= 70:
                _put_on_the_table(sentences_by_turn, turn, s_index, collector, speakers)
            if ", " in sentence and (" one" in sentence or " paper" in sentence):
                _name_beside_its_description(sentences_by_turn, turn, s_index, collector, speakers)
            if s_index and (", a " in sentence or ", an " in sentence):
                _name_against_a_kind_after_a_move(sentences_by_turn, turn, s_index, collector, speakers)
            for pattern, name in cat_patterns:
                if name in sentence and pattern.search(sentence):  # the regex needs the name itself
                    collector.add(name, Mention(turn, s_index, name, 1.0, False, sentence.find(name)))
            if turn_opens and (" and " in sentence or "/" in sentence or "-" in sentence):
                for match in _LABS_PAPER.finditer(sentence):
                    key = _labs_key(match.group(1))
                    if key:
                        collector.add(key, Mention(turn, s_index, key, 3.0, True, match.start()), descriptive=True)
            if turn_opens:
                for match in _LAB_DESCRIPTION.finditer(sentence):
                    key = _lab_description_key(match.group(1) or match.group(2))
                    if key:
                        collector.add(key, Mention(turn, s_index, key, 3.0, True, match.start()), descriptive=True)
            if turn_opens and ("call" in sentence or "known" in sentence or "nickname" in sentence):
                _add_nickname(sentence, turn, s_index, collector)
            if "all" in sentence or "dub" in sentence or "name" in sentence:  # "call", "Call"
                _add_coined_label(sentence, turn, s_index, collector)
            elif turn_opens and " paper" in sentence:
                _add_bare_label(sentence, sentences[:s_index], turn, s_index, collector)
            for key, pattern in collector.coined.items():
                for match in pattern.finditer(sentence):
                    if not any(m.turn == turn and m.sentence == s_index for m in collector.candidates["desc:" + key].mentions):
                        collector.add(key, Mention(turn, s_index, key, 2.0, False, match.start()), descriptive=True)
            for regex, strength in ((_DESCRIPTOR, 3.0), (_ONE_USING, 2.5), (_THE_X_ONE, 1.5)):
                for match in regex.finditer(sentence):
                    key = _descriptor_key(match.group(1) or match.group(2) or "")
                    if key and _describes_a_paper(sentence, match):
                        # "work" and "study" are also mass nouns ("the extra matrix work doesn't wreck
                        # throughput"): said once with no topic move they describe no paper, said again they do
                        weak = regex is _DESCRIPTOR and match.lastindex == 2 and not turn_opens
                        collector.add(
                            key,
                            Mention(turn, s_index, key, 2.0 if weak else strength, not weak, match.start()),
                            descriptive=True,
                        )
        previous_opens = opening_cue
    if sentences_by_turn and previous_opens:
        _mark_opening_object(sentences_by_turn[-1], len(sentences_by_turn) - 1, collector, speakers)
    return collector


# "so I'll just call it the in the wild paper", "let's call this one the how far paper": a label the speaker coins
# for the work being presented, said in the title's own words, prepositions and all. A label that reads as an
# ordinary description is found as one; this takes the labels whose words are mostly function words.
# The speaker's own naming verb in any tense ("I'm calling it", "we call it", "I've been calling it", "call it"
# after a comma); the label's words may open on a figure ("the 3D consistency paper").
_COINED_LABEL = prefiltered(
    r"(?:\b(?:I['\u2019]ll|I\s+will|I['\u2019]m\s+going\s+to|I['\u2019]m\s+gonna|let['\u2019]s|we['\u2019]ll|I['\u2019]d|we['\u2019]d)\s+(?:just\s+)?"
    r"(?:call|dub|name)"
    r"|\b(?:I['\u2019]m|I\s+am|we['\u2019]re|we\s+are|I['\u2019]ve\s+been|we['\u2019]ve\s+been)\s+(?:just\s+)?(?:calling|dubbing|naming)"
    r"|\b(?:I|we)\s+(?:just\s+)?(?:call|dub)"
    # the bare imperative opening its sentence: "Call it the must-cite paper.", "So just call it the ... paper."
    r"|^(?:(?:so|and|okay|ok|alright|then)[,]?\s+)*(?:just\s+)?(?:call|dub)"
    # (the label may be set off by a colon or dash: "that's what I'm calling it: the align your latents paper")
    r")\s+(?:it|this\s+one|this|that\s+one|them)\s*(?:[:,\u2013\u2014]|\s-)?\s+the\s+((?:[a-z0-9][\w'\u2019-]*\s+){1,5}?)(?:paper|preprint)\b",
    re.I,
)


def _add_coined_label(sentence: str, turn: int, s_index: int, collector: _Collector) -> None:
    for match in _COINED_LABEL.finditer(sentence):
        words = match.group(1).split()
        # "I'll call it the tiny RL versus prompting paper": a field's acronym among the label's plain words
        # names nothing of its own; the label is read like one of plain words (the acronym keeps its case)
        acronyms_only = all(_FIELD_ACRONYM(w) for w in words if w[:1].isupper()) and any(w[:1].islower() for w in words)
        if any(w[:1].isupper() for w in words) and not acronyms_only:
            # "so let's call it the Rubik's Cube paper": a label of capitalised words (a possessive and all) that no
            # description pattern reads; one that reads as a description ("the Jacobi decoding paper") is found as one
            phrase = "the " + " ".join(words) + " paper"
            # a known model's name among the label's own plain words ("let's call it the MobileNet size and speed
            # paper") qualifies the label; it does not make it a reference to the model
            plain = [w for w in words if w[:1].islower() and w.lower() not in _DESCRIPTOR_STOP and len(w) >= 4]
            described = _DESCRIPTOR.search(phrase) and _descriptor_key(" ".join(words)) is not None
            if described or (not plain and all(lexicon.is_known_non_paper(w.rstrip("'\u2019s")) for w in words if w[:1].isupper())):
                continue
            _add_label(words, words, turn, s_index, match.start(1), collector)
            continue
        if _descriptor_key(" ".join(words)) is not None and _DESCRIPTOR.search("the " + " ".join(words) + " paper"):
            continue  # an ordinary description ("the fragile opportunity paper"), found as one
        # (a word holding a figure keeps its case: "3D")
        _add_label(words, [w if any(c.isdigit() for c in w) or _FIELD_ACRONYM(w) else w.lower() for w in words], turn, s_index, match.start(1), collector)


def _add_label(words: Sequence[str], key_words: Sequence[str], turn: int, s_index: int, position: int, collector: _Collector) -> None:
    # the speaker's own label keeps words a description would drop ("wild" in "the in the wild paper")
    content = [w for w in words if w.lower() not in _PREPOSITIONS and w.lower() not in _DETERMINERS]
    if not any(len(w) >= 4 for w in content):
        return
    key = " ".join(key_words)
    collector.add(key, Mention(turn, s_index, key, 3.0, True, position), descriptive=True)
    # said again later in the same words: "The in the wild paper is a research finding."
    collector.coined.setdefault(
        key, re.compile(r"\b(?i:the)\s+" + r"\s+".join(re.escape(w) for w in words) + r"\s+(?:paper|preprint|one)\b", re.I)
    )


# "Next one has a sentence for a title, in defense of RAG in the era of long context. So, the in defense paper.": in
# a turn that moves to a new topic, a label of the title's own words said as a whole sentence after the title was
# read out is coined for the paper, even when its words read as no description ("in defense" opens on a preposition)
_BARE_LABEL = re.compile(
    r"^(?:(?i:so|okay|ok|alright|right|and|now|then)[,]?\s+)*[Tt]he\s+((?:[\w'\u2019-]+\s+){1,4}?)(?:paper|preprint)\s*[.!]?$"
)


# 'Next one is titled as a question - "Are We Done with MMLU?" - so, the done with MMLU paper.': the same label said
# as the clause that closes the sentence reading the title out, after a dash or comma; its words a run of the
# title's own, in order (capitals kept, as said)
_CLOSING_LABEL = re.compile(
    r"(?:\s[-\u2013\u2014]\s+|[\u2013\u2014]\s*|,\s+)(?:(?i:so|okay|ok|alright|right|and|now|then|or)[,]?\s+)*"
    r"(?:(?i:it['\u2019]s|that['\u2019]s|this\s+is)\s+)?(?:[Tt]he\s+)((?:[\w'\u2019-]+\s+){1,4}?)(?:paper|preprint)\s*[.!]?$"
)
_WORD = re.compile(r"[\w'\u2019-]+")


def _add_bare_label(sentence: str, earlier: Sequence[str], turn: int, s_index: int, collector: _Collector) -> None:
    found = _BARE_LABEL.match(sentence) if s_index else None
    if found is None:
        _add_closing_label(sentence, earlier, turn, s_index, collector)
        return
    words = found.group(1).split()
    if _descriptor_key(" ".join(words)) is not None or any(w[:1].isupper() for w in words):
        return  # an ordinary description, found as one
    said = {w.lower().strip(".,;:!?\"'\u2019") for text in earlier for w in text.split()}
    if not all(w.lower() in said for w in words):
        return  # the title's own words, said just before
    _add_label(words, [w.lower() for w in words], turn, s_index, found.start(1), collector)


def _add_closing_label(sentence: str, earlier: Sequence[str], turn: int, s_index: int, collector: _Collector) -> None:
    found = _CLOSING_LABEL.search(sentence)
    if found is None:
        return
    words = found.group(1).split()
    if _descriptor_key(" ".join(words)) is not None and _DESCRIPTOR.search("the " + " ".join(words) + " paper"):
        return  # an ordinary description, found as one
    before = [w.lower() for text in [*earlier, sentence[: found.start()]] for w in _WORD.findall(text)]
    label = [w.lower() for w in words]
    if not any(before[i : i + len(label)] == label for i in range(len(before) - len(label) + 1)):
        # or the words of the title read out in quotes just before, in its order though inflected ('"To See is to
        # Believe", so, the seeing is believing paper'), or its head and the words after its preposition swapped
        # round the way a noun phrase takes a modifier ('"the case for 4-bit precision", so it's the 4-bit case paper')
        titles = [
            [_word_stem(w.lower()) for w in _WORD.findall(q)]
            for text in [*earlier, sentence[: found.start()]]
            for q in _QUOTED_SPAN.findall(text)
        ]
        stems = [_word_stem(w) for w in label]
        if len(label) < 2 or not any(_label_of_title(stems, title) for title in titles):
            return  # the title's own words, in its order, said just before
    _add_label(words, [w if w.isupper() else w.lower() for w in words], turn, s_index, found.start(1), collector)


def _in_order(words: Sequence[str], title: Sequence[str]) -> int | None:
    """Where `words` end as an in-order subsequence of `title` (the index after the last), or None."""
    at = 0
    for word in words:
        while at < len(title) and title[at] != word:
            at += 1
        if at == len(title):
            return None
        at += 1
    return at


def _label_of_title(label: Sequence[str], title: Sequence[str]) -> bool:
    if _in_order(label, title) is not None:
        return True
    for cut in range(1, len(label)):
        modifier, head = label[:cut], label[cut:]
        end = _in_order(head, title)
        if end is None:
            continue
        rest = title[end:]
        if rest and rest[0] in _PREPOSITIONS and _in_order(modifier, rest[1:]) is not None:
            return True  # "case for 4-bit precision" -> "4-bit case"
    return False


def _word_stem(word: str) -> str:
    """"seeing" / "see", "believing" / "believe": a word without its inflection, to match a label to its title."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) >= 3 else word


_QUOTED_SPAN = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,120})[\"\u201d]")


# "Distilling step-by-step - a Google paper from 2023 that ...": a title opening a sentence, set in apposition to
# "a ... paper", is the paper introduced, lower-case words and all.
_TITLE_APPOSED_TO_PAPER = re.compile(
    r"^(?:(?i:so|and|okay|ok|alright|right|now)[,]?\s+)*([A-Z][\w+.-]*(?:\s+[\w+.-]+){0,5}?)\s+[-\u2013\u2014]\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:paper|preprint)\b(?!s)"
)
# "Gated sparse autoencoders. You made me read this one ...": a bare title as the episode's first sentence, with the
# next sentence pointing back at it as the paper
_POINTS_BACK = re.compile(r"\b(?:this|that)\s+(?:one|paper|preprint)\b", re.I)
_GREETING = re.compile(r"\b(?:welcome|hello|hi|hey|episode|show|podcast|today|week|everyone|everybody|folks|back)\b", re.I)
_GENERIC_HEAD_END = frozenset("thing things stuff idea story point question problem part news".split())


def _add_title(title: str, sentence: str, turn: int, s_index: int, collector: _Collector, speakers: frozenset[str]) -> None:
    """A title said as the paper's name ("Distilling step-by-step - a Google paper ..."): introduced, unless it is
    chatter ("Same thing - a paper that ..."), a lab or a speaker."""
    surface = _trim_phrase(title.rstrip(".-:"))
    words = surface.split()
    if not words or words[0] in _SLOT_STOP or len(surface) < 4:
        return
    if not _is_bare_title(surface):
        return
    if words[-1].lower() in _GENERIC_HEAD_END or not _eligible_object(surface, sentence, sentence.find(surface), speakers):
        return
    existing = [m for _, m, d in collector.turn_mentions if not d and m.sentence == s_index and m.surface == surface]
    if existing:
        existing[0].strength, existing[0].intro = max(existing[0].strength, 3.0), True
    else:
        collector.add(surface, Mention(turn, s_index, surface, 3.0, True, sentence.find(surface)))


# "Okay, AnyGrasp. Grasping for an ordinary gripper ...", "So, PiSSA. Same shape as LoRA, but ...": the episode's first
# sentence a discourse marker and a name, nothing else, and the turn going on about it: the host takes the floor
# with the paper (a greeting, a speaker, a known model, lab or field term said so is no paper)
_FLOOR_NAME = re.compile(
    r"^(?:(?i:so|okay|ok|alright|all\s+right|right|now|well|first)[,.:]?\s+)+"
    r"([A-Z][\w+.#-]*[\w+#](?:\s+[A-Z][\w+.#-]*[\w+#]){0,2})\s*[.!:]$"
)


def _add_opening_floor_name(sentence: str, turn: int, collector: _Collector, speakers: frozenset[str]) -> None:
    found = _FLOOR_NAME.match(sentence)
    if found is None or _GREETING.search(sentence):
        return
    surface = found.group(1)
    if (
        surface.split()[0] in _SLOT_STOP
        or surface in _HEAD_NOT_NAMES
        or any(part in speakers for part in surface.split())
        or lexicon.is_known_non_paper(surface)
        or not _eligible_object(surface, sentence, found.start(1), speakers)
    ):
        return
    existing = [m for _, m, d in collector.turn_mentions if not d and m.sentence == 0 and m.position == found.start(1)]
    if existing and existing[0].surface == surface:
        existing[0].strength, existing[0].intro = max(existing[0].strength, 3.0), True
    elif not existing:
        collector.add(surface, Mention(turn, 0, surface, 3.0, True, found.start(1)))


# "Then NVIDIA's Minitron, which is ...", "And Meta's X - the one that ...": a lab's name, possessive, before a name
# set out on its own with a relative clause or an apposition: the name is presented, not used.
_LAB_POSSESSIVE_HEAD = re.compile(
    r"^(?:(?i:so|and|okay|ok|alright|right|now|then|next|also)[,]?\s+)*([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['\u2019]s\s+$"
)
_PRESENTED_AFTER = re.compile(r"^\s*(?:,\s*(?:which|who|a|an|the)\b|\s[-\u2013\u2014]\s+(?:a|an|the|which)\b)")


def _presented_by_lab(before: str, after: str) -> bool:
    """"Then NVIDIA's Minitron, which is distillation for ...": a lab's possessive opening a sentence, the name
    then set off by a relative clause or apposition, presents the name as the next topic."""
    lab = _LAB_POSSESSIVE_HEAD.match(before)
    return bool(lab) and norm(lab.group(1)) in lexicon.KNOWN_ORGS and bool(_PRESENTED_AFTER.match(after))


def _opens_the_episode(surface: str, before: str, after: str, speakers: frozenset[str]) -> bool:
    """"DetectGPT says you can tell machine text ...": in the episode's first lines, before any move, a coined
    name as the subject of a verb of saying or aiming is the paper the hosts start on (a known model, a lab or a
    field term saying something is no paper)."""
    if not (_OPENING_SUBJECT_BEFORE.match(before) and _REPORTING_AFTER.match(after)):
        return False
    if surface in speakers or lexicon.is_field_term(surface) or norm(surface) in lexicon.KNOWN_ORGS:
        return False
    return not lexicon.is_known_non_paper(surface)


def _add_nickname(sentence: str, turn: int, s_index: int, collector: _Collector) -> None:
    """"Next up, the Maryland group, the one everybody just calls the green-list watermark.": in a turn that
    moves to a new topic, the name the field gives the paper, in lower-case words, is a description of it."""
    found = _NICKNAME_WORDS.search(sentence)
    if found is None or not found.group(1)[:1].islower():
        return  # a name-shaped nickname is found as a name ("everybody calls it GreenMark")
    if any(
        m.intro and m.strength >= 2.5 and (m.sentence < s_index or m.position < found.start())
        for _, m, _ in collector.turn_mentions
    ):
        return  # "Moving on - X, which leans on what everybody calls the bitter lesson": the move's object is X
    key = _descriptor_key(found.group(1))
    if key and not lexicon.is_field_term(key):
        collector.add(key, Mention(turn, s_index, key, 3.0, True, found.start(1)), descriptive=True)


# "for" after "the opening for X" is the move's, not a beneficiary's ("a model for Google")
_OBJECT_AFTER_ORG = prefiltered(
    r"\b(?:from|by|at|out\s+of|and|of|(?<!opening\s)(?<!segue\s)(?<!lead-in\s)for|behind)\s+(?:(?:the|a|an)\s+)?$", re.I
)
_BARE_HEAD = re.compile(r"^([^\W\d_][\w+.-]*(?:\s+(?:(?:of|the|at|on|in|with|without|via)\s+)?[A-Z][\w+.-]*){0,3})(?=\s*(?:[,.:!?\u2013\u2014]|\s-\s|$))")


# A title said on its own after the move, lower-case words and all: "... it's about memory. LLM in a flash."
_BARE_TITLE = re.compile(r"^([A-Z][\w+.-]*(?:\s+[\w+.-]+){1,5}?)[.!]?$")
_NOT_TITLE_WORDS = frozenset(
    "i you we they he she it it's its this that these those is are was were be been am do does did have has had "
    "can could will would should not no yes okay ok right sure so well let's what how why who sounds fine fair "
    "true good great".split()
)


# "Go on.", "Carry on.", "Hold up.": a verb with its particle said as a whole sentence is a reply, not a title (a
# title does not end on a bare particle)
_PARTICLE_END = frozenset("on up off out in over ahead along back down away through about around".split())


def _is_bare_title(text: str) -> bool:
    words = [w.lower().strip(".,!") for w in text.split()]
    return not any(w in _NOT_TITLE_WORDS for w in words) and not (words and words[-1] in _PARTICLE_END)


# a score's figure right before a name (not a year): the name is what the score is measured in
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:\.\d+)?|\d+\.\d+)%?\s+$")


def _eligible_object(surface: str, sentence: str, position: int, speakers: frozenset[str]) -> bool:
    if lexicon.is_field_term(surface) or surface in speakers or norm(surface) in lexicon.KNOWN_ORGS:
        return False
    if _OBJECT_AFTER_ORG.search(sentence[max(0, position - 12) : position]):
        return False  # "from Stanford, Berkeley, TRI": where it comes from, not what it is
    if _FIGURE_BEFORE.search(sentence[max(0, position - 12) : position]):
        return False  # "Next, 71.2 HOTA on the harder split": the unit a score is given in, a metric
    if _is_modifier(sentence, position, position + len(surface)):
        return False  # "next one's the consumer-GPU cousin of that idea. PowerInfer, ...": PowerInfer
    end = position + len(surface)
    if _is_provenance(surface, sentence[end : end + 20], sentence[max(0, position - 30) : position]):
        return False  # "another Meta FAIR one, Large Concept Models": the lab qualifies "one"
    if _ORG_APPOSED.match(sentence, end):
        return False  # "MedARC, the open research collective around ...": a group set in apposition, not a work
    return not _ORG_AFTER.match(sentence[position + len(surface) : position + len(surface) + 20])


# a name set against a noun of people working together: "X, the open research collective around ...", "X - a lab at"
_ORG_APPOSED = re.compile(
    r"\s*(?:,|\s[-\u2013\u2014])\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:collective|lab|laboratory|group|team|company|startup|"
    r"start-up|institute|consortium|nonprofit|non-profit|university|organi[sz]ation|community)\b(?!\s+(?:paper|one|preprint)\b)"
)


# "the consumer-GPU cousin of that idea", "the Gemma-based follow-up to": the name qualifies another noun.
_MODIFIER_AFTER = re.compile(r"^\s+(?!(?:paper|preprint|work|report|study|model|framework|one)\b)[a-z][\w-]*\s+(?:of|to|for)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+$", re.I)


def _is_modifier(sentence: str, start: int, end: int) -> bool:
    return bool(_DETERMINER_BEFORE.search(sentence[max(0, start - 8) : start]) and _MODIFIER_AFTER.match(sentence[end : end + 40]))


def _first_plain_cue_object(sentence: str, cue: re.Match) -> int | None:
    """Where the first plain capitalised name after a transition cue starts, if it can be the cue's object."""
    for match in _CAP_PHRASE.finditer(sentence, cue.end(), cue.end() + 80):
        phrase = _trim_phrase(match.group(1))
        if not phrase or phrase.split()[0] in _SLOT_STOP:
            continue
        end = match.start(1) + len(phrase)
        if _is_cue_object(phrase, sentence, match.start(1), end):
            return match.start(1)
        return None
    return None


def _is_provenance(surface: str, after: str, before: str = "") -> bool:
    """"this Google paper", "the Meta one", "another Meta FAIR one": a lab qualifying a paper says where it
    is from, not what it is."""
    # ("the Google Research paper": a phrase opening on a lab's name is the lab too)
    return (
        norm(surface) in lexicon.KNOWN_ORGS or norm(surface.split(" ", 1)[0]) in lexicon.KNOWN_ORGS or _continues_an_org(before)
    ) and bool(
        _PAPER_AFTER.match(after) or _ONE_AFTER.match(after)
    )


def _continues_an_org(before: str) -> bool:
    """The word before is a lab's name ("Meta FAIR", "from Google Brain"): this word is part of the lab."""
    word = _ORG_WORD_END.search(before[-30:])
    return bool(word) and norm(word.group(1)) in lexicon.KNOWN_ORGS


_ONE_AFTER = re.compile(r"^(?:['\u2019]s)?\s+one\b")


def _is_cue_object(surface: str, sentence: str, start: int, end: int) -> bool:
    """Can this name be what a transition cue introduces? Not field vocabulary, a lab ("from StepFun",
    "Google's"), or a word qualifying another noun ("the consumer-GPU cousin of that idea")."""
    if lexicon.is_field_term(surface) or norm(surface) in lexicon.KNOWN_ORGS:
        return False
    if _OBJECT_AFTER_ORG.search(sentence[max(0, start - 12) : start]):
        return False
    if _ORG_AFTER.match(sentence[end : end + 20]):
        return False
    if _is_provenance(surface, sentence[end : end + 20], sentence[max(0, start - 30) : start]):
        return False  # "another Meta FAIR one, Large Concept Models": the lab qualifies "one"
    if _FROM_ORG_WORD.search(sentence[max(0, start - 30) : start]) and _continues_an_org(sentence[max(0, start - 30) : start]):
        return False  # "from Meta FAIR": the second word of the lab's name
    if _opens_description(surface, sentence, start, end):
        return False  # "the Jacobi decoding paper": the plain word opens a description, the description is the object
    return not _is_modifier(sentence, start, end)


_DESCRIPTION_TAIL = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}(?:paper|preprint)\b")


def _opens_description(surface: str, sentence: str, start: int, end: int) -> bool:
    """"the Jacobi decoding paper": a plain capitalised word followed by lower-case words and "paper" is the
    first word of a description, not a name of its own."""
    return (
        not is_name_shaped(surface)
        and bool(_DESCRIPTION_TAIL.match(sentence, end))
        and bool(_DETERMINER_BEFORE.search(sentence[max(0, start - 8) : start]))
    )


_STEP_ORDINAL = re.compile(r"^(?:First|Firstly|One)\s*[,:]\s+[a-z]")
_NEXT_STEP = re.compile(r"^(?:And\s+)?(?:[Ss]econd|[Ss]econdly|[Tt]wo|[Tt]hen)\s*[,:]\s+[a-z]")


# "The Mamba in the Llama.": a title said on its own with its article, capitalised words around small lower-case
# ones (the article is dropped from the name, as the titled name is later said without it)
_ARTICLE_LED_TITLE = re.compile(r"^The\s+[A-Z][\w+.-]*(?:\s+[a-z]{1,4})*(?:\s+[A-Z][\w+.-]*)+[.!]?$")
_NOTHING_AFTER = re.compile(r"\s*[.!:]?\s*$")


def _cue_ending_its_sentence(sentences: Sequence[str]) -> tuple[int, re.Match] | None:
    """"Which is sort of the next paper. The Mamba in the Llama.": a transition cue that ends its sentence (not the
    last one of the turn) and leaves its object to the next sentence."""
    for s_index, sentence in enumerate(sentences[:-1]):
        for found in lexicon.TRANSITION_CUES.finditer(sentence):
            if _NOTHING_AFTER.match(sentence, found.end()):
                return s_index, found
    return None


# A name put on the table as a sentence of its own: "So, FlexAttention.", "Okay, Llama Scope.", "Then emotion2vec.",
# "Staying on pruning, DepGraph." - nothing said of it but the name (after a discourse marker, or a short lead-in
# opening on a verb's -ing form), the turn going on to describe it.
_TABLED_NAME = re.compile(
    # (or a sentence adverb of its own: "Meanwhile, Hydragen.", "Separately, X.")
    r"^(?:(?i:(?:so|okay|ok|alright|right|then|and|now|well|next)[,]?\s+)*|[A-Z][a-z]+ing(?:\s+[a-z][\w-]*){0,3},\s+"
    r"|[A-Z][a-z]+(?:while|way|ways|wise|ly),\s+)"
    r"((?:[A-Z][\w+#.\u2019'-]*|[a-z][a-z]*\d[\w-]*)(?:\s+[A-Z][\w+#.-]*){0,3})\s*[.!]$"
)


def _put_on_the_table(
    sentences_by_turn: Sequence[Sequence[str]], turn: int, s_index: int, collector: _Collector, speakers: frozenset[str]
) -> None:
    """A name said as a whole sentence, new to the episode, with the turn going on after it and the name taken up
    again in a later turn, is the paper put on the table (no cue word needed: the sentence does nothing else).
    Not an answer to a question (the previous turn ending on "?"), a lab, a field term or a well-known model."""
    sentence = sentences_by_turn[turn][s_index]
    found = _TABLED_NAME.match(sentence)
    if found is None:
        return
    phrase = found.group(1).rstrip(".")
    words = phrase.split()
    if not words or words[0] in _SLOT_STOP and len(words) == 1:
        return
    if not (
        any(is_name_shaped(strip_token(w)) for w in words)
        or (len(words) >= 2 and all(w[:1].isupper() for w in words))
        or _single_word_put_down(sentences_by_turn, turn, s_index, phrase)
    ):
        return
    if phrase in speakers or any(w in speakers for w in words) or lexicon.is_field_term(phrase) or norm(phrase) in lexicon.KNOWN_ORGS:
        return
    if lexicon.is_known_non_paper(phrase) and not _coined_on_a_model(phrase):
        return
    if (
        turn > 0
        and sentences_by_turn[turn - 1]
        and sentences_by_turn[turn - 1][-1].rstrip().endswith("?")
        and all(len(s.split()) <= 3 for s in sentences_by_turn[turn][:s_index])
    ):
        return  # "Which baseline?" - "Oh. DINOv2. ...": an answer names a thing
    pattern = _pattern_for(phrase)
    if any(pattern.search(s) for earlier in sentences_by_turn[:turn] for s in earlier) or any(
        pattern.search(s) for s in sentences_by_turn[turn][:s_index]
    ):
        return  # said before: a return to it, not the move that puts it on the table
    if not any(pattern.search(s) for later in sentences_by_turn[turn + 1 :] for s in later):
        return
    if _introduce_phrase(collector, turn, s_index, phrase, found.start(1)):
        collector.tabled[norm(phrase)] = turn
    collector.tabled[norm(phrase)] = turn


# "Meanwhile, Hydragen. Attention for batches that share a prefix.": the next sentence a verbless description, a
# noun phrase with its modifier and no subject of its own
_FRAGMENT_DESCRIPTION = re.compile(
    r"^(?:(?:A|An)\s+)?([A-Z]?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+(?:for|of|that|which|where|to|with|on|in|from|built|trained|made)\s"
)
_FRAGMENT_NOT_HEAD = frozenset(
    "it they that this these those there he she we i you what which who how why where when the so and but "
    "yes yeah no not okay ok right sure well just".split()
)


def _single_word_put_down(sentences_by_turn: Sequence[Sequence[str]], turn: int, s_index: int, word: str) -> bool:
    """A single plain capitalised word as a whole sentence opening the turn is put on the table when the turn goes on
    with a verbless description of the work ("Meanwhile, Hydragen. Attention for batches that share a prefix.") and a
    later turn says it again capitalised inside a sentence: no name shape needed."""
    if " " in word or len(word) < 4 or s_index != 0 or not word[:1].isupper() or not word[1:].islower():
        return False
    sentences = sentences_by_turn[turn]
    fragment = _FRAGMENT_DESCRIPTION.match(sentences[1]) if len(sentences) > 1 else None
    if fragment is None:
        return False
    heads = fragment.group(1).lower().split()
    if heads[0] in _FRAGMENT_NOT_HEAD or any(w in _VERBISH or w in _DETERMINERS for w in heads):
        return False
    again = re.compile(r"[\w,;]\s+" + re.escape(word) + r"(?![\w-])")
    return any(again.search(s) for later in sentences_by_turn[turn + 1 :] for s in later)


# A name and a description of a paper set side by side: "Double machine learning, the econometrics one, which ...",
# "an older video one, Frozen in Time." - the description says a paper is meant, the name says which.
_PLAIN_NAME_BEFORE_DESCRIPTION = re.compile(
    r"^(?i:(?:so|okay|ok|alright|right|then|and|now|well|next)[,]?\s+)*([A-Z][a-z]+(?:\s+[a-z][a-z0-9-]*){1,3}),\s+the\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:one|paper|preprint)\b(?!\s+(?:of|thing|I|we|you|they|that|which|where|who)\b)"
)
_DESCRIPTION_BEFORE_NAME = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w'-]+\s+){1,3}?(?:one|paper|preprint),\s+"
    r"([A-Z][\w+.-]*(?:\s+(?:[a-z]{1,4}\s+)?[A-Z][\w+.-]*){0,4})\s*[.!]$"
)


def _name_beside_its_description(
    sentences_by_turn: Sequence[Sequence[str]], turn: int, s_index: int, collector: _Collector, speakers: frozenset[str]
) -> None:
    """A name in apposition to a description of a paper ("the X one", "an older X one"), new to the episode and
    said again in a later turn, is that paper, even spelled in plain words."""
    sentence = sentences_by_turn[turn][s_index]
    found = _PLAIN_NAME_BEFORE_DESCRIPTION.match(sentence) or _DESCRIPTION_BEFORE_NAME.search(sentence)
    if found is None:
        return
    phrase = found.group(1)
    words = phrase.split()
    if found.re is _PLAIN_NAME_BEFORE_DESCRIPTION:
        if words[0] in _SLOT_STOP or any(w.lower() in _PREPOSITIONS or w.lower() in _DETERMINERS or w in _VERBISH for w in words):
            return
    elif len(words) == 1 and not is_name_shaped(phrase):
        return
    if phrase in speakers or any(w in speakers for w in words) or lexicon.is_field_term(phrase) or norm(phrase) in lexicon.KNOWN_ORGS:
        return
    if lexicon.is_known_non_paper(phrase) or lexicon.is_known_non_paper(words[0]):
        return
    _take_plain_name(sentences_by_turn, turn, s_index, phrase, found.start(1), collector)


def _take_plain_name(
    sentences_by_turn: Sequence[Sequence[str]], turn: int, s_index: int, phrase: str, start: int, collector: _Collector
) -> None:
    """A plain-word name presented at `start`: new to the episode and said again in a later turn, it is introduced
    (the pieces of it already counted as names of their own are not)."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", re.I)
    if any(pattern.search(s) for earlier in sentences_by_turn[:turn] for s in earlier):
        return
    if not any(pattern.search(s) for later in sentences_by_turn[turn + 1 :] for s in later):
        return
    _introduce_phrase(collector, turn, s_index, phrase, start)


def _introduce_phrase(collector: _Collector, turn: int, s_index: int, phrase: str, start: int) -> bool:
    """Introduce `phrase`, said at `start` of the sentence: its own mention is promoted (or added), and the pieces of
    it already counted as names of their own ("LLaMA" in "Chinese LLaMA") stop counting. True when the scan had
    already found the phrase itself as a mention."""
    end = start + len(phrase)
    for surface, mention, descriptive in collector.turn_mentions:
        if descriptive or mention.sentence != s_index or not (start <= mention.position < end):
            continue
        if mention.position == start and surface == phrase:
            mention.strength, mention.intro = max(mention.strength, 3.0), True
            collector.introduced = True
            collector.last_named_turn = turn
            return True
        mention.strength, mention.intro = min(mention.strength, 0.0), False  # a piece of the name
    collector.add(phrase, Mention(turn, s_index, phrase, 3.0, True, start))
    return False


# "Final pick, materials. Hartree lattice search, a sampler that proposes crystal structures.", "Then the farming
# one. The RL greenhouse-keeper, an agent built for heating and watering.": the sentence after a move that named no
# paper (a topic, a description) opens on a name in plain words set by a comma against an indefinite description of a
# kind of work - the name presented, spelled without a name's shape (its article is not the name's)
_PLAIN_NAME_AGAINST_A_KIND = re.compile(
    r"^(?i:(?:so|okay|ok|alright|right|then|and|now|well)[,]?\s+)*(?:The\s+)?"
    r"((?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+[a-z][a-z0-9-]*){1,3})(?=,\s+(?:a|an)\s)"
)
# a description said as a whole sentence, the move itself: "The farming one.", "Okay, the vision paper."
_DESCRIPTION_SENTENCE = re.compile(
    r"^(?i:(?:so|okay|ok|alright|right|then|and|now|next)[,]?\s+)*[Tt]he\s+(?:[a-z][\w-]*\s+){1,3}(?:one|paper|preprint)\s*[.!:]?$"
)


def _name_against_a_kind_after_a_move(
    sentences_by_turn: Sequence[Sequence[str]], turn: int, s_index: int, collector: _Collector, speakers: frozenset[str]
) -> None:
    sentences = sentences_by_turn[turn]
    sentence = sentences[s_index]
    found = _PLAIN_NAME_AGAINST_A_KIND.match(sentence)
    if found is None or not _SET_AGAINST_A_KIND.match(sentence, found.end(1)):
        return
    move = sentences[s_index - 1]
    if not (
        _DESCRIPTION_SENTENCE.match(move)
        or lexicon.TRANSITION_CUES.search(move)
        or lexicon.OPENING_CUES.search(move)
        or sequence_move(move)
    ):
        return
    if any(m.intro and m.sentence < s_index for _, m, descriptive in collector.turn_mentions if not descriptive):
        return  # the move's object was a name already: this one is a thing said about it
    phrase = found.group(1)
    words = phrase.split()
    if any(w in _PREPOSITIONS or w in _DETERMINERS or w in _VERBISH or w in _NOT_NOUNS for w in words[1:]):
        return
    if phrase in speakers or any(w in speakers for w in words) or lexicon.is_field_term(phrase) or norm(phrase) in lexicon.KNOWN_ORGS:
        return
    if lexicon.is_known_non_paper(phrase) or (lexicon.is_known_non_paper(words[0]) and not _FIELD_ACRONYM(words[0])):
        return
    # a proper noun or an acronym leads the name: its capital is its own, not the sentence's ("Sparse autoencoders,
    # a tool for ..." is a field's plain words)
    if not words[0].isupper() and not any(
        re.search(r"[\w,;]\s+" + re.escape(words[0]) + r"(?![\w-])", s) for said in sentences_by_turn for s in said
    ):
        return
    _take_plain_name(sentences_by_turn, turn, s_index, phrase, found.start(1), collector)


def _mark_opening_object(
    sentences: Sequence[str], turn: int, collector: _Collector, speakers: frozenset[str]
) -> None:
    """A turn that moves to a new topic ("Kicking things off with ...", "The fourth paper is the smallest
    change of the lot. LoRA+.", "Okay, our closer. Lag-Llama.") introduces the first name after the move,
    in the same sentence or the next one. Only that first object is introduced: the labs, baselines and
    datasets named after it in the same breath are not."""
    cue = None
    for s_index, sentence in enumerate(sentences):
        for found in lexicon.OPENING_CUES.finditer(sentence):
            inside = any(
                m.sentence == s_index and found.start() <= m.position < found.end() for _, m, _ in collector.turn_mentions
            )
            if not inside:  # "the first RL-for-reasoning paper where I ...": a judgement, not a move
                cue = found
                break
        if cue is not None:
            break
    else:
        sequence = opening_sequence_move(sentences)
        if sequence is None:
            ending = _cue_ending_its_sentence(sentences)
            if ending is None:
                return
            sequence = ending
        s_index, cue = sequence
        # "Then Stormer.": the name said alone after the sequence word is its object
        rest = sentences[s_index][cue.end() :]
        offset = cue.end() + len(rest) - len(rest.lstrip(" ,"))
        head = _BARE_HEAD.match(sentences[s_index][offset:])
        if head and head.group(1).split()[0] not in _SLOT_STOP:
            surface = _trim_phrase(head.group(1).rstrip(".-"))
            if (
                surface
                and len(surface) >= 3
                and (surface[:1].isupper() or is_name_shaped(surface))
                and _eligible_object(surface, sentences[s_index], offset, speakers)
                and not lexicon.is_known_non_paper(surface)
            ):
                existing = [m for _, m, d in collector.turn_mentions if not d and m.sentence == s_index and m.position == offset]
                if existing and existing[0].surface == surface:
                    existing[0].strength, existing[0].intro = max(existing[0].strength, 3.0), True
                else:
                    collector.add(surface, Mention(turn, s_index, surface, 3.0, True, offset))
                return
    if _STEP_ORDINAL.match(sentences[s_index]) and any(_NEXT_STEP.match(t) for t in sentences[s_index + 1 :]):
        # "Three tricks stacked. First, drop frames ... judged with DINOv2 features. Second, ...": ordinals that
        # number the steps of a method inside one discussion; the names in them are parts, not the next paper
        return
    if _PRONOUN_OBJECT.match(sentences[s_index], cue.end()):
        # "PutnamBench keeps coming up, so let's actually talk about it": the move's object is the name it points
        # back to, the last one said before it in the turn
        before = [
            m
            for _, m, d in collector.turn_mentions
            if not d and (m.sentence < s_index or (m.sentence == s_index and m.position < cue.start()))
            and m.surface and _eligible_object(m.surface, sentences[m.sentence], m.position, speakers)
        ]
        if before:
            last = max(before, key=lambda m: (m.sentence, m.position))
            last.strength, last.intro = max(last.strength, 3.0), True
        return
    lower = _LOWER_NAME_WITH_PROVENANCE.match(sentences[s_index], cue.end())
    group = (lower.lastindex or 1) if lower else 1
    if lower and lower.group(group).split()[0] not in _LOWER_NAME_STOP and not lexicon.is_field_term(lower.group(group)):
        # "Next up - tau-bench, from Sierra.", "Next up - The AI Scientist, from Sakana.": a name spelled in lower
        # case or as a titled phrase, pinned down as the paper by its provenance in apposition; no name shape needed
        surface = lower.group(group)
        existing = [m for _, m, d in collector.turn_mentions if not d and m.sentence == s_index and m.position == lower.start(group)]
        if existing and existing[0].surface == surface:
            existing[0].strength, existing[0].intro = max(existing[0].strength, 3.0), True
        else:
            collector.add(surface, Mention(turn, s_index, surface, 3.0, True, lower.start(group)))
        return
    bare = _BARE_LOWER_OBJECT.match(sentences[s_index], cue.end()) or _BARE_LOWER_WORD.match(sentences[s_index], cue.end())
    if bare and any(m.intro and m.sentence == s_index + 1 for _, m, d in collector.turn_mentions if not d):
        bare = None  # "Final pick, materials. X, a sampler that ...": the field the paper is in; the next sentence names it
    if bare and _named_again(bare.group(1), turn, collector, single=" " not in bare.group(1)):
        # "Last one, sparse probing.": the move's object said in lower case, the whole rest of its sentence, and
        # said again as a name in a later turn ("And sparse probing, a neat idea ..."): the paper, no name shape
        surface = bare.group(1)
        collector.add(surface, Mention(turn, s_index, surface, 3.0, True, bare.start(1)))
        return
    for target in (s_index, s_index + 1):
        if target >= len(sentences):
            return
        text = sentences[target]
        # "Which brings us to the defence. Final paper of the day, X": a move of its own in the next sentence
        own_cue = lexicon.OPENING_CUES.search(text) if target > s_index else None
        if target > s_index:
            head = _BARE_HEAD.match(text) or _BARE_TITLE.match(text)
            if head and head.re is _BARE_TITLE and not _is_bare_title(text):
                head = None
            if head and (head.group(1).split()[0] not in _SLOT_STOP or _ARTICLE_LED_TITLE.match(head.group(1))):
                surface = _trim_phrase(head.group(1).rstrip(".-"))
                if surface and " " not in surface and surface.endswith("ly") and not is_name_shaped(surface):
                    surface = ""  # "... a position paper about triage models. Predictably.": an adverb said as a sentence
                if surface and len(surface) >= 3 and _eligible_object(surface, text, 0, speakers):
                    existing = [m for _, m, d in collector.turn_mentions if not d and m.sentence == target and m.position == 0]
                    if existing and existing[0].intro and existing[0].strength >= 3.0 and surface in existing[0].surface:
                        return  # "Moving on. Chinese LLaMA.": the whole name was put on the table, not its last word
                    if existing and existing[0].surface != surface:
                        existing[0].strength, existing[0].intro = 0.0, False  # "LLM" of "LLM in a flash"
                        existing = []
                    if existing:
                        existing[0].strength, existing[0].intro = max(existing[0].strength, 3.0), True
                    else:
                        collector.add(surface, Mention(turn, target, surface, 3.0, True, 0))
                    return
        pool = sorted(
            (
                (m, d)
                for _, m, d in collector.turn_mentions
                if m.sentence == target
                and (
                    m.position >= cue.start()
                    if target == s_index
                    else (own_cue is not None and m.position >= own_cue.end())
                    or _NEXT_SENTENCE_HEAD.match(text[: m.position])
                    or _is_reveal(text, m.position, m.position + len(m.surface))
                )
            ),
            key=lambda md: md[0].position,
        )
        described_end: int | None = None
        for mention, descriptive in pool:
            if not descriptive and _inside_quotes(text, mention.position):
                return  # "Last one - "Model Tells You What to Discard", from ...": the quoted title is the object
            if descriptive:
                end = _DESCRIPTION_END.search(text, mention.position)
                described_end = end.end() if end else mention.position
                continue
            if described_end is not None and not (
                mention.position >= described_end and _COPULA_AFTER.match(text[described_end : mention.position])
            ):
                # "the open one - OpenVLA": the name in apposition is introduced too; not the name inside the
                # description or after it ("the length bias paper from the group behind X").
                return
            if (
                mention.surface
                and lexicon.is_known_non_paper(mention.surface)
                and _DETERMINER_BEFORE.search(text[max(0, mention.position - 8) : mention.position])
                and _KIND_NOUN_AFTER.match(text, mention.position + len(mention.surface))
            ):
                return  # "Then the GPT-4V dataset.": a known model qualifying the noun that ends the move's object
            if mention.surface and _eligible_object(mention.surface, text, mention.position, speakers):
                if _add_move_title(mention, text, turn, target, collector):
                    return
                pinned = _PROVENANCE_AFTER.match(text, mention.position + len(mention.surface))
                floor = 3.5 if pinned else 3.0
                if mention.strength < floor:
                    mention.strength, mention.intro = floor, True
                return
        if described_end is not None and target == s_index and target + 1 < len(sentences):
            # "... and the serving paper they named after a pastry. Mooncake.": the description leads up to the
            # name, said on its own as the next sentence
            text = sentences[target + 1]
            head = _BARE_HEAD.match(text)
            if head and head.end(1) >= len(text.rstrip(".!?: ")) and head.group(1).split()[0] not in _SLOT_STOP:
                surface = _trim_phrase(head.group(1).rstrip(".-"))
                if surface and len(surface) >= 3 and surface[:1].isupper() and _eligible_object(surface, text, 0, speakers):
                    existing = [m for _, m, d in collector.turn_mentions if not d and m.sentence == target + 1 and m.position == 0]
                    if existing and existing[0].surface == surface:
                        existing[0].strength, existing[0].intro = max(existing[0].strength, 3.0), True
                    else:
                        collector.add(surface, Mention(turn, target + 1, surface, 3.0, True, 0))
            return
        if described_end is not None or target > s_index:
            return


# the common noun a name qualifies, closing the phrase: "the GPT-4V dataset.", "the Llama-2 judge, which ..."
_KIND_NOUN_AFTER = re.compile(
    r"\s+(?!(?:paper|preprint|work|report|study|one|ones|model|framework|method)\b)[a-z][a-z-]{2,}s?\s*(?:[.!?;:,]|\s[-\u2013\u2014]\s|$)"
)


# "Starting with the camera traps, Recognition in Terra Incognita.": the move's object read out as a title in title
# case, capitalised words joined by small lower-case ones, running to the end of the sentence, is one name (as a
# transition cue's slot reads "Lost in the Middle"); its capitalised pieces said later are that title said short.
# Not provenance ("PebbleNet-3 from Stanford", "by", "at") and not two names joined by "and"; the title opens on a
# plain word (a name-shaped one is a name of its own).
_MOVE_TITLE = re.compile(
    r"[A-Z][\w'\u2019+.-]*(?:\s+[A-Z][\w'\u2019+.-]*)*"
    r"(?:\s+(?:(?:in|of|for|on|with|without|to|via|the|a|an|under|over|beyond|through)\s+){1,2}"
    r"[A-Z][\w'\u2019+.-]*(?:\s+[A-Z][\w'\u2019+.-]*)*)+"
)
_MOVE_TITLE_END = re.compile(r"\s*[.!?]?\s*$")


def _add_move_title(mention: Mention, text: str, turn: int, s_index: int, collector: _Collector) -> bool:
    if not mention.surface[:1].isupper() or is_name_shaped(mention.surface.split()[0]):
        return False
    found = _MOVE_TITLE.match(text, mention.position)
    if found is None or not _MOVE_TITLE_END.match(text, found.end()) or len(found.group(0).split()) > 8:
        return False
    title = found.group(0).rstrip(".!?")
    if title == mention.surface or title.split()[0] in _SLOT_STOP or not _is_bare_title(title):
        return False
    pieces = [(sf, m) for sf, m, d in collector.turn_mentions if not d and m.sentence == s_index and found.start() <= m.position < found.end()]
    for surface, m in pieces:  # a piece of the title, not a name of its own
        cand = collector.candidates.get(norm(surface))
        if cand is None or m not in cand.mentions:
            continue
        cand.mentions.remove(m)
        cand.surfaces[surface] -= 1
        if cand.surfaces[surface] <= 0:
            del cand.surfaces[surface]
        if not cand.mentions:
            del collector.candidates[cand.key]
    collector.turn_mentions = [t for t in collector.turn_mentions if all(t[1] is not m for _, m in pieces)]
    collector.add(title, Mention(turn, s_index, title, 3.0, True, found.start()))
    collector.titles.add(norm(title))
    return True


def _inside_quotes(text: str, position: int) -> bool:
    """Is this position inside a quoted phrase of two or more words (a title or words said, not a name)?"""
    before = text[:position]
    if "\u201c" in before and before.rfind("\u201c") > before.rfind("\u201d"):
        start = before.rfind("\u201c")
    elif before.count('"') % 2 == 1:
        start = before.rfind('"')
    else:
        return False
    close = re.search(r'["\u201d]', text[position:])
    quoted = text[start + 1 : position + (close.start() if close else len(text) - position)]
    return len(quoted.split()) >= 2


_PRONOUN_OBJECT = re.compile(r"\s*(?:it|this|that|this\s+one|that\s+one)\s*(?:[.!?;,]|\s[-\u2013\u2014]\s|$)", re.I)
# "Google DeepMind's little lizard - Gecko.", "From proofs to pressure systems - Aurora, out of Microsoft.": a
# phrase that leads up to a dash and the name said last (or with only its provenance after it) reveals the name.
_REVEAL_BEFORE = re.compile(r"\S\s+[-\u2013\u2014]\s+$|\S[\u2013\u2014]\s*$")
_REVEAL_AFTER = re.compile(
    r"\s*(?:[.!?]|$|,?\s+(?:from|out\s+of|by)\s+(?:the\s+|a\s+)?(?:[A-Z]|(?:paper|preprint|group|team|lab|folks)\b))"
)


def _is_reveal(text: str, start: int, end: int) -> bool:
    return bool(_REVEAL_BEFORE.search(text[:start]) and _REVEAL_AFTER.match(text, end))


_LOWER_NAME_WITH_PROVENANCE = re.compile(
    r"\s*(?:[,:\u2013\u2014-]\s*)?(?:(?:is|it['\u2019]s)\s+)?"
    r"(?:([a-z][a-z0-9]*(?:-[a-z0-9]+)+(?:\s+[a-z][\w-]*)?|[a-z][a-z]+\s+[a-z][\w-]*|The(?:\s+[A-Z][\w-]*){1,3})"
    r",\s+(?:from|out\s+of|by)\s+(?:the\s+)?[A-Z]"
    # "Which brings us to Show-o, which ...": a capitalised word with a lower-case hyphen tail, set off by a
    # relative clause right after the move, is the name even without a name shape
    r"|([A-Z][a-z]+(?:-[a-z0-9]{1,3})+),\s+(?:which|from|out\s+of|by)\b)"
)
# "Next up, Phi-4 from Microsoft": a name pinned down by its provenance right after a move is a paper even when
# it is also a well-known model's name.
_PROVENANCE_AFTER = re.compile(
    r",?\s+(?:from|out\s+of)\s+(?:the\s+)?[A-Z]"
    # "First one's X - the grown-up version of Y": an apposition saying what the named thing is pins it down too
    r"|\s+[-\u2013\u2014]\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:version|successor|sequel|follow-up|update|paper|preprint)\b"
)
_LOWER_NAME_STOP = frozenset("the a an this that these those our their my your its one another some".split())
# "Last one, sparse probing.": a lower-case phrase of one to four words (a hyphenated one when it is a single word)
# filling the rest of the move's sentence
_BARE_LOWER_OBJECT = re.compile(
    # (after "the" when two words or more follow: "Moving on - the lottery ticket hypothesis.")
    r"\s*[,:\u2013\u2014-]?\s*(?:the\s+(?=[a-z][a-z0-9-]*\s+[a-z]))?((?:[a-z][a-z0-9]*-[a-z0-9-]*[a-z0-9]|[a-z][a-z0-9]+(?:-[a-z0-9]+)*(?:\s+[a-z][a-z0-9]*(?:-[a-z0-9]+)*){1,3}))\s*[.!]?\s*$"
)
_BARE_LOWER_STOP = _LOWER_NAME_STOP | frozenset(
    "something someone anything everything nothing more quick quickly back on to up with and but so then now here there"
    " time what which who why how".split()
)


# "Last one, transcoders.": a single plain word filling the rest of the move's sentence (a plural or a coined
# word of some length), taken as a name only when it is new to the episode and said again later
_BARE_LOWER_WORD = re.compile(r"\s*[,:\u2013\u2014-]\s*([a-z][a-z]{5,})\s*[.!]\s*$")
_PAPER_NOUNS = frozenset("paper papers preprint preprint one ones work study report".split())
_GENERIC_OBJECT_WORDS = frozenset(
    "results result numbers method methods limitations setup evaluation evaluations experiments experiment data "
    "details caveats benchmarks baselines questions question problems problem applications application ideas "
    "takeaways verdicts verdict wrap-up summary conclusions conclusion training architecture ablations theory "
    "practice costs downsides upsides papers stuff things others another quickly finally lastly basically".split()
)


def _named_again(phrase: str, turn: int, collector: _Collector, single: bool = False) -> bool:
    """Is this lower-case phrase a name: none of its words a function word or a field term, and the whole phrase
    said again in a later turn? A single word must also be new to the episode and no everyday part of a
    discussion ("Moving on - results.")."""
    words = phrase.split()
    if words[0] in _BARE_LOWER_STOP or words[-1] in _BARE_LOWER_STOP or lexicon.is_field_term(phrase):
        return False
    if words[-1] in _PAPER_NOUNS:
        return False  # "Last one - the tiny robot grasping paper.": a description, found as one
    if any(w in _PREPOSITIONS or w in _DETERMINERS or w in _VERBISH for w in words):
        return False
    pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", re.I)
    if single:
        if phrase in _GENERIC_OBJECT_WORDS or phrase.endswith("ly") or lexicon.is_known_non_paper(phrase):
            return False
        if any(pattern.search(s) for earlier in collector.all_sentences[:turn] for s in earlier):
            return False
    return any(pattern.search(s) for later in collector.all_sentences[turn + 1 :] for s in later)


# In the sentence after the move the object comes first ("... of the lot. LoRA+ is ..."): a name deep in a
# sentence of its own ("First an agent mixes tracks. They report 9.1 dB.") is not what the move introduced.
_NEXT_SENTENCE_HEAD = re.compile(
    r"^(?:(?:so|and|okay|ok|alright|right|now|then|well|yeah|also|it['\u2019]s|this\s+is|that['\u2019]s|the|this|"
    r"it\s+is|we\s+have|we['\u2019]ve\s+got|there['\u2019]s|meet|enter|say\s+hello\s+to)[,:]?\s+)*$",
    re.I,
)


def _fold_short_forms(candidates: dict[str, Candidate]) -> None:
    """Merge "BabyVLM" into "BabyVLM-V2", "VLMs" into "VLM", "fMRI" into "fMRI-LM"."""
    named = [c for c in candidates.values() if not c.descriptive]
    for cand in named:
        # "The AI Scientist" introduced, "AI Scientist" said later: a titled name without its article
        titled = next((s for s in cand.surfaces if s.startswith("The ")), None)
        if titled and norm(titled[4:]) in candidates and norm(titled[4:]) != cand.key and cand.key in candidates:
            _merge(candidates, norm(titled[4:]), cand.key)
    named = [c for c in candidates.values() if not c.descriptive]
    surfaces = {s for c in named for s in c.surfaces}
    for cand in named:
        for surface in list(cand.surfaces):
            singular = depluralise(surface, surfaces)
            if singular != surface and norm(singular) in candidates and norm(singular) != cand.key:
                _merge(candidates, cand.key, norm(singular))
                break
    named = sorted((c for c in candidates.values() if not c.descriptive), key=lambda c: -len(c.key))
    for short in sorted(named, key=lambda c: len(c.key)):
        if short.key not in candidates:
            continue
        short_surface = short.display()
        longs = [
            c
            for c in named
            if c.key in candidates
            and c.key != short.key
            and any(is_version_extension(short_surface, s) for s in c.surfaces)
            and not lexicon.is_known_non_paper(c.display())
        ]
        # "Chatbot Arena" discussed first, "Arena-Hard" later: "the Arena" is the earlier paper said short.
        heads = [
            c
            for c in named
            if c.key in candidates and c.key != short.key and any(" " in s and s.split()[-1] == short_surface for s in c.surfaces)
        ]
        if len(longs) == 1 and len(heads) == 1 and min(m.turn for m in heads[0].mentions) < min(m.turn for m in longs[0].mentions):
            _merge(candidates, short.key, heads[0].key)
            continue
        if len(longs) == 1 and not _introduced_before(short, longs[0]) and not lexicon.is_known_non_paper(short_surface):
            # A well-known baseline ("R1") does not lend its many mentions to a longer name ("R1-Zero-Qwen-32B").
            # "RT-2" introduced and "RT-2-X" only a baseline in another discussion: two things.
            _merge(candidates, short.key, longs[0].key)
            continue
        # "Let's go back to DeepSeek-Prover": a short form said with a move after exactly one longer variant was
        # introduced is that paper said short, even beside other variants named as baselines ("-RL", "-V2")
        # (a compound short form only: a bare family word, "the Qwen team again", names a lab, not a paper)
        moved = [m.turn for m in short.mentions if m.intro and m.strength >= 2.5]
        if moved and re.search(r"\w[-\s]\w", short_surface):
            introduced = [
                c
                for c in named
                if c.key in candidates
                and c.key != short.key
                and any(is_version_extension(short_surface, s) for s in c.surfaces)
                and any(m.intro and m.strength >= 2.0 and m.turn < min(moved) for m in c.mentions)
            ]
            if len(introduced) == 1:
                _merge(candidates, short.key, introduced[0].key)


def _introduced_before(short: Candidate, long: Candidate) -> bool:
    """"RT-2" introduced before "RT-2-X" (a baseline later on) is ever said: two different things."""
    intros = [m.turn for m in short.mentions if m.intro and m.strength >= 2.0]  # "So this one's called X" too
    return bool(intros) and not any(m.intro for m in long.mentions) and min(intros) < min(m.turn for m in long.mentions)


_TAIL_ALIAS = re.compile(r"^(?=[A-Za-z]+\d)[A-Za-z0-9.]{2,}$")  # "R1", "V3"; not "ORPO" of "Mistral-ORPO"


def _fold_tail_aliases(candidates: dict[str, Candidate]) -> None:
    """"R1" is short for "DeepSeek-R1", "V3" for "DeepSeek-V3": a coined tail after a hyphen is an alias."""
    tails: dict[str, set[str]] = defaultdict(set)
    for cand in candidates.values():
        if cand.descriptive:
            continue
        for surface in cand.surfaces:
            head, _, tail = surface.rpartition("-")
            if head and _TAIL_ALIAS.match(tail) and norm(tail) != cand.key:
                tails[norm(tail)].add(cand.key)
    for short, longs in tails.items():
        if short in candidates and len(longs) == 1 and not candidates[short].descriptive:
            (long_key,) = longs
            if long_key in candidates:
                _merge(candidates, short, long_key)


def _fold_named_descriptions(candidates: dict[str, Candidate]) -> None:
    """"the lost-in-the-middle paper" is the paper introduced as "Lost in the Middle": one candidate."""
    for cand in list(candidates.values()):
        if not cand.descriptive or cand.key not in candidates:
            continue
        named = norm(cand.key.removeprefix("desc:"))
        if named in candidates and not candidates[named].descriptive:
            _merge(candidates, cand.key, named)


def _fold_labels_of_titles(candidates: dict[str, Candidate], sentences_by_turn: Sequence[Sequence[str]]) -> None:
    """"Train in Germany, test in the USA. ... so let's call it the Germany paper.": a label the speaker coins from
    words of the title introduced earlier in the same turn is that paper's nickname, not a paper of its own."""
    for cand in list(candidates.values()):
        if cand.key not in candidates:
            continue
        labels = [
            m
            for m in cand.mentions
            if _coined_here(sentences_by_turn[m.turn][m.sentence], m.position)
        ]
        stems = _stems(cand.key.removeprefix("desc:"))
        if not labels or not stems:
            continue
        label = labels[0]
        titles = [
            other
            for other in candidates.values()
            if other is not cand
            and not other.descriptive
            and " " in other.display()
            and stems <= _stems(other.display())
            and any(
                m.intro and m.turn == label.turn and (m.sentence, m.position) < (label.sentence, label.position)
                for m in other.mentions
            )
        ]
        if len(titles) == 1:
            # the label's mentions from its coining on; a use before it ("once we get to the ChatGPT one") was a
            # forward reference, and the label's words are no pattern of the paper's (a bare "ChatGPT" is the model)
            del candidates[cand.key]
            titles[0].mentions.extend(m for m in cand.mentions if m.turn >= label.turn)


def _fold_description_heads(candidates: dict[str, Candidate]) -> None:
    """"the Jacobi decoding paper", later "the Jacobi paper": a plain word that opens a description is that
    description said short, so its mentions join the description."""
    for cand in list(candidates.values()):
        if not cand.descriptive or cand.key not in candidates:
            continue
        head = cand.key.removeprefix("desc:").split()[0]
        if not head[:1].isupper() or " " not in cand.key:
            continue
        named = candidates.get(norm(head))
        if named is not None and not named.descriptive and not is_name_shaped(head):
            _merge(candidates, named.key, cand.key)


def _fold_phrases(candidates: dict[str, Candidate]) -> None:
    """"Mixtral of Experts" is the full name of "Mixtral" when the single word also stands alone."""
    for cand in list(candidates.values()):
        if cand.descriptive or cand.key not in candidates:
            continue
        phrase = cand.display()
        if " " not in phrase or not phrase[:1].isupper():
            continue
        head = norm(phrase.split()[0])
        if lexicon.is_known_non_paper(phrase.split()[0]) and phrase.split()[1][:1].isupper():
            continue  # "Gemma Scope" is a thing named after Gemma, not Gemma's full name ("Mixtral of Experts")
        if head in candidates and head != cand.key and not candidates[head].descriptive:
            _merge(candidates, cand.key, head)


_ALIAS_BEFORE = prefiltered(
    r"(?:,\s*(?:which|that|what)\s+(?:\w+\s+){0,2}call(?:s|ed)?\s+(?:it\s+)?|,?\s+(?:or|aka|a\.k\.a\.)\s+(?:just\s+)?|\s*\(\s*)$",
    re.I,
)
_PROVENANCE_BEFORE = prefiltered(r",\s+the\s+$")
_APPOSITIVE_END = re.compile(r"^(?:['\u2019]s)?\s*(?:[,.;:!?]|$|\s[-\u2013\u2014]\s|(?:from|out\s+of|by)\b)")
_NAMED_AFTER_DESCRIPTION = prefiltered(r"\b(?:the|this|that)\s+\S+\s+(?:paper|one|work|preprint)\s*[-\u2013\u2014,:]\s*$", re.I)


def _fold_appositions(candidates: dict[str, Candidate], sentences_by_turn: Sequence[Sequence[str]]) -> None:
    """"Corrective RAG, which everyone calls CRAG", "Diffusion Policy, the Columbia paper": the second name
    is another name for the first (an alias or a provenance), not a second paper."""
    by_sentence: dict[tuple[int, int], list[tuple[int, int, str]]] = defaultdict(list)
    for cand in candidates.values():
        if cand.descriptive:
            continue
        for m in cand.mentions:
            by_sentence[(m.turn, m.sentence)].append((m.position, m.position + len(m.surface), cand.key))
    merged_into: dict[str, str] = {}
    for key in list(candidates):
        cand = candidates.get(key)
        if cand is None or cand.descriptive:
            continue
        for m in cand.mentions:
            sentence = sentences_by_turn[m.turn][m.sentence]
            before = sentence[max(0, m.position - 60) : m.position]
            provenance = (
                _PROVENANCE_BEFORE.search(before)
                and " " not in m.surface
                and not is_name_shaped(m.surface)
                and _PAPER_AFTER.match(sentence[m.position + len(m.surface) :])
            )
            if _NAMED_AFTER_DESCRIPTION.search(before) and _APPOSITIVE_END.match(sentence[m.position + len(m.surface) :]):
                # "the vLLM paper - PagedAttention": the name after the description is the paper's name,
                # the word inside the description (often a tool or a lab) an alias.
                described = [
                    merged_into.get(other, other)
                    for start, end, other in by_sentence[(m.turn, m.sentence)]
                    if end <= m.position and m.position - start <= 35
                ]
                described = [d for d in described if d != key and d in candidates and not candidates[d].descriptive]
                if described and described[0] in lexicon.KNOWN_ORGS:
                    # "this Google paper, Infini-attention": the lab stays a lab; the name is introduced.
                    m.strength, m.intro = max(m.strength, 3.0), True
                    continue
                if described:
                    for other in candidates[described[0]].mentions:
                        if (other.turn, other.sentence) == (m.turn, m.sentence) and other.position < m.position:
                            other.intro = False  # the name after the description is the one introduced
                    m.strength, m.intro = max(m.strength, 3.0), True
                    _merge(candidates, described[0], key)
                    merged_into[described[0]] = key
                continue
            if not (provenance or _ALIAS_BEFORE.search(before)):
                continue
            hosts = [
                (end, merged_into.get(other, other))
                for _, end, other in by_sentence[(m.turn, m.sentence)]
                if end <= m.position and m.position - end <= 60
            ]
            hosts = [(end, other) for end, other in hosts if other != key and other in candidates]
            if hosts:
                target = max(hosts)[1]
                _merge(candidates, key, target)
                for source, host in merged_into.items():
                    if host == key:
                        merged_into[source] = target
                merged_into[key] = target
                break


def _merge(candidates: dict[str, Candidate], source: str, target: str) -> None:
    src = candidates.pop(source)
    dst = candidates[target]
    dst.mentions.extend(src.mentions)
    for surface, count in src.surfaces.items():
        dst.surfaces[surface] += count
    dst.catalog_hit = dst.catalog_hit or src.catalog_hit


def _score(cand: Candidate, long_name: str) -> float:
    strengths = [m.strength for m in cand.mentions]
    if any(m.intro and m.strength >= 3.0 for m in cand.mentions):
        # Introduced by a topic move ("Last one - Magpie."): later uses as a noun ("trained on Magpie data")
        # are the discussion of it, not evidence that it is only a dataset named in passing.
        strengths = [max(0.0, x) for x in strengths]
    positive = sorted(strengths, reverse=True)
    total = sum(positive[:4]) + sum(s for s in positive[4:] if s < 0)
    extra_turns = len(cand.turns) - 1
    total += min(2.5, 0.75 * extra_turns)
    if cand.descriptive:
        return total if any(m.intro for m in cand.mentions) else total - 2.0
    prior = min((_prior(cand.key, s) for s in cand.surfaces), default=0.0)
    prior = max(prior, _prior(cand.key, long_name))
    introductions = sum(1 for m in cand.mentions if m.intro and m.strength >= 2.5)
    if introductions and prior < 0:
        # "First up is Phi-3", "Last one - AWQ": an introduced name is the paper even if it is also a model.
        known = any(lexicon.is_known_non_paper(s) for s in cand.surfaces)
        if known and all(_coined_on_a_model(s) for s in cand.surfaces):
            known = False  # "Moving on. Llama-AVSR.": a work built on a model and named after it, not the model
        prior = max(prior, (-1.0 if introductions == 1 else -0.5) if known else 0.0)
    if cand.catalog_hit:
        prior = max(prior, 0.0) + 2.0
    return total + prior


_STEM = re.compile(r"[a-z0-9]+")


def _stems(text: str) -> set[str]:
    return {w[:6] for w in _STEM.findall(text.lower()) if len(w) >= 4}


_COINED_LABEL_BEFORE = re.compile(
    r"\b(?:I['\u2019]ll|I\s+will|I['\u2019]m\s+going\s+to|I['\u2019]m\s+gonna|let['\u2019]s|we['\u2019]ll|I['\u2019]d)\s+(?:just\s+)?"
    r"(?:call|dub|name)\s+(?:it|this\s+one|this|that\s+one|them)\s*(?:[:,\u2013\u2014]|\s-)?\s+(?:the\s+)?$"
    r"|\b(?:I['\u2019]m|I\s+am|we['\u2019]re|we\s+are)\s+(?:just\s+)?(?:calling|dubbing)\s+(?:it|this\s+one|this)\s*(?:[:,\u2013\u2014]|\s-)?\s+(?:the\s+)?$",
    re.I,
)
# "Call it the must-cite paper.": the bare imperative, said as the sentence's opening
_COINED_IMPERATIVE_BEFORE = re.compile(
    r"^(?:(?:so|and|okay|ok|alright|then)[,]?\s+)*(?:just\s+)?(?:call|dub)\s+(?:it|this\s+one|this|that\s+one|them)\s+(?:the\s+)?$",
    re.I,
)


def _coined_here(sentence: str, position: int) -> bool:
    """The label at `position` is coined by the speaker for the work being presented ("I'll call it the ...")."""
    return bool(
        _COINED_LABEL_BEFORE.search(sentence[max(0, position - 40) : position])
        or (position <= 40 and _COINED_IMPERATIVE_BEFORE.match(sentence[:position]))
    )


def _resolve_descriptions(
    papers: list[DetectedPaper], descriptive: list[DetectedPaper], sentences_by_turn: Sequence[Sequence[str]]
) -> list[DetectedPaper]:
    """A description whose words come from a named paper's discussion is another name for it."""
    n_turns = len(sentences_by_turn)
    bags: list[tuple[DetectedPaper, list[int], int]] = []  # a paper, its turns, how many turns from each lend words
    for paper in papers:
        bags.append((paper, paper.turns, 3))
    # where each named paper is introduced by its own name: a description it takes over below lends it none
    # ("after the privacy paper" folded into the paper under discussion is no introduction of it later)
    own_intros = {id(paper): {m.turn for m in paper.mentions if m.intro} for paper in papers}
    kept: list[DetectedPaper] = []
    for desc in descriptive:
        stems = _stems(desc.name)
        owners = []
        first = desc.first_turn
        # (a label coined after a forward reference in passing: where it is put on the table, its first intro)
        earliest = min(desc.mentions, key=lambda m: (m.turn, m.sentence, m.position))
        if earliest.strength < 0 and not earliest.intro:
            first = min((m.turn for m in desc.mentions if m.intro), default=first)
        said_with_move = any(
            lexicon.OPENING_CUES.search(sentences_by_turn[m.turn][m.sentence]) or sequence_move(sentences_by_turn[m.turn][m.sentence])
            for m in desc.mentions
            if m.turn == first
        )
        # "I'll call it the momentum paper", "let's just call this one the cache paper": a label the speaker coins
        # for the work being presented names a new paper, not one discussed before whose words it happens to share
        said_with_move = said_with_move or any(
            _coined_here(sentences_by_turn[m.turn][m.sentence], m.position)
            for m in desc.mentions
            if m.turn == first
        )
        for paper, turns, reach in ([] if said_with_move else bags):
            bag: set[str] = set()
            for turn in turns:
                for t in range(turn, min(turn + reach, n_turns, desc.first_turn)):
                    bag |= _stems(" ".join(sentences_by_turn[t]))
            if stems and stems <= bag:
                owners.append(paper)
        # "Janus is the decoupling paper", "ColPali, the retrieval paper everyone forwards": a name in apposition
        # to the description (or its copula) is the paper described, whatever came before.
        apposed = _apposed_paper(desc, papers, sentences_by_turn)
        if apposed is not None:
            owners = [apposed]
        # "the old blockwise decoding paper" in the opening line-up, then "Third, Blockwise Parallel Decoding.": a
        # description of two or more words all in one named paper's own name is that paper, wherever it is said
        preview_until = -1
        if not owners and len(stems) >= 2:
            by_name = [p for p in papers if not p.descriptive and stems <= _stems(p.name)]
            if len(by_name) == 1:
                owners = by_name
                # said before the paper's own introduction, it previews the paper: no move to it there
                preview_until = min((m.turn for m in by_name[0].mentions if m.intro), default=-1)
        # The named paper introduced right after the description (same or next turn) owns it too.
        following = [p for p in papers if any(first <= t <= first + 1 for t in own_intros[id(p)])]
        if len(following) == 1 and not owners:
            owners = following
        # "The most contrarian paper of the season!" right after "LIMO." was introduced: a comment on LIMO,
        # unless the description itself comes with a move to a new topic.
        preceding = [p for p in papers if any(first - 1 <= t <= first for t in own_intros[id(p)])]
        if len(preceding) == 1 and not owners and not said_with_move:
            owners = preceding
        if owners:
            owner = min(owners, key=lambda p: min(abs(t - first) for t in p.turns))
            owner.mentions.extend(
                Mention(m.turn, m.sentence, m.surface, min(m.strength, 0.5), False, m.position) if m.turn < preview_until else m
                for m in desc.mentions
            )
            phrase = f"the {desc.name} paper"
            if phrase not in owner.aliases:
                owner.aliases.append(phrase)
            owner.patterns.extend(desc.patterns)
            continue
        kept.append(desc)
        if said_with_move or any(lexicon.OPENING_CUES.search(text) for text in sentences_by_turn[first]):
            # "Next, a geology classic. ... I'll say the rockfall paper for short.", at the end "the boring
            # geology paper": the turn that put a described paper on the table lends its words like a named
            # paper's discussion (that turn alone, a move in it: a description's later mentions may be comparisons)
            bags.append((desc, [first], 1))
    return _fold_closing_references([*papers, *kept], kept, sentences_by_turn)


def _fold_closing_references(
    everyone: list[DetectedPaper], kept: list[DetectedPaper], sentences_by_turn: Sequence[Sequence[str]]
) -> list[DetectedPaper]:
    """"That's generous to the phone paper, but fine." after the last paper was put on the table: a description
    first said there, with no move of its own, whose words all come from one paper's discussion (its turns up to
    the next paper's first), is that paper said short, not a paper of its own."""
    result: list[DetectedPaper] = []
    for desc in kept:
        first = desc.first_turn
        others = sorted((p for p in everyone if p is not desc), key=lambda p: p.first_turn)
        stems = _stems(desc.name)
        if (
            not others
            or not stems
            or first <= others[-1].first_turn
            or len(desc.turns) > 1
            # (said inside the closing round: a wrap-up announced since the last paper was put on the table)
            or not any(lexicon.STRONG_WRAP_UP_CUES.search(" ".join(sentences_by_turn[t])) for t in range(others[-1].first_turn + 1, first + 1))
        ) or any(
            lexicon.OPENING_CUES.search(sentences_by_turn[m.turn][m.sentence])
            or sequence_move(sentences_by_turn[m.turn][m.sentence])
            or _coined_here(sentences_by_turn[m.turn][m.sentence], m.position)
            for m in desc.mentions
            if m.turn == first
        ):
            result.append(desc)
            continue
        owners = []
        for i, paper in enumerate(others):
            end = others[i + 1].first_turn if i + 1 < len(others) else first
            texts = [" ".join(sentences_by_turn[t]) for t in range(paper.first_turn, end)]
            if any(lexicon.OPENING_CUES.search(text) or lexicon.TRANSITION_CUES.search(text) for text in texts[1:]):
                continue  # a move inside the discussion: another paper may be there, undetected
            bag: set[str] = set()
            for text in texts:
                bag |= _stems(text)
            if stems <= bag:
                owners.append(paper)
        if len(owners) != 1:
            result.append(desc)
            continue
        owner = owners[0]
        owner.mentions.extend(desc.mentions)
        phrase = f"the {desc.name} paper"
        if phrase not in owner.aliases:
            owner.aliases.append(phrase)
        owner.patterns.extend(desc.patterns)
    return result


_COPULA_BEFORE = re.compile(r"^(?:['\u2019]s)?\s*(?:[,:\u2013\u2014-]|\s(?:is|was|=)|['\u2019]s)\s*$")
_COPULA_AFTER = re.compile(r"^\s*(?:[,:\u2013\u2014-]|\s(?:is|was|=|called|named|dubbed))\s*$", re.I)


def _apposed_paper(
    desc: DetectedPaper, papers: Sequence[DetectedPaper], sentences_by_turn: Sequence[Sequence[str]]
) -> DetectedPaper | None:
    """The named paper a description is said in apposition with: "X is the Y paper", "X, the Y paper",
    "the Y paper - X" (the first such sentence decides)."""
    for m in sorted((m for m in desc.mentions if m.intro), key=lambda m: (m.turn, m.sentence, m.position)):
        sentence = sentences_by_turn[m.turn][m.sentence]
        end_match = _DESCRIPTION_END.search(sentence, m.position)
        desc_end = end_match.end() if end_match else m.position
        for paper in papers:  # by its patterns: a plain name opening the sentence is no scanned mention yet
            for pattern in paper.patterns:
                for other in pattern.finditer(sentence):
                    if other.end() <= m.position:
                        if _COPULA_BEFORE.match(sentence[other.end() : m.position]):
                            return paper
                    elif other.start() >= desc_end and _COPULA_AFTER.match(sentence[desc_end : other.start()]):
                        return paper
    return None


_APPOSITION_BEFORE = re.compile(r"^(?:['\u2019]s)?\s*[,:\u2013\u2014-]\s*$")
_APPOSITION_AFTER = re.compile(r"^\s*(?:[,:\u2013\u2014-]|\s(?:called|named|dubbed))\s*(?:the\s+)?$", re.I)
_DESCRIPTION_END = re.compile(r"\b(?:paper|preprint|work|study|one)\b", re.I)


def _name_descriptions(
    descriptive: list[DetectedPaper],
    candidates: dict[str, Candidate],
    taken: set[str],
    sentences_by_turn: Sequence[Sequence[str]],
) -> None:
    """"It's Mamba, the selective state space paper": a description in apposition to a name takes that name,
    even when the name alone (a well-known model) would not have passed as a paper."""
    for desc in descriptive:
        intros = sorted((m for m in desc.mentions if m.intro), key=lambda m: (m.turn, m.sentence, m.position))
        if not intros:
            continue
        first = intros[0]
        sentence = sentences_by_turn[first.turn][first.sentence]
        end_match = _DESCRIPTION_END.search(sentence, first.position)
        desc_end = end_match.end() if end_match else first.position
        for cand in candidates.values():
            if cand.descriptive or cand.display() in taken or lexicon.is_field_term(cand.display()):
                continue
            if cand.key in lexicon.KNOWN_ORGS:
                continue  # "the textbooks paper, the Microsoft one": a lab, not the paper's name
            for m in cand.mentions:
                if (m.turn, m.sentence) != (first.turn, first.sentence):
                    continue
                before = sentence[m.position + len(m.surface) : first.position]
                after = sentence[desc_end : m.position]
                if (m.position < first.position and _APPOSITION_BEFORE.match(before)) or (
                    m.position >= desc_end and _APPOSITION_AFTER.match(after)
                ):
                    break
            else:
                continue
            desc.aliases = [desc.name if not desc.aliases else desc.aliases[0], *desc.aliases[1:]]
            desc.name = cand.display()
            desc.descriptive = False
            desc.mentions.extend(cand.mentions)
            desc.patterns.extend(_pattern_for(s) for s in cand.surfaces)
            taken.add(desc.name)
            break


def _merge_echoes(descriptive: list[DetectedPaper], sentences_by_turn: Sequence[Sequence[str]]) -> list[DetectedPaper]:
    """"This is the Columbia novel-view paper - ..." then, from the other host, "The one-image-to-new-views paper,
    yeah.": a description first said in the turn right after another one was introduced, with no topic move of
    its own, is the listener restating the same paper."""
    kept: list[DetectedPaper] = []
    for desc in sorted(descriptive, key=lambda d: d.first_turn):
        first = desc.first_turn
        own_move = any(
            lexicon.OPENING_CUES.search(sentences_by_turn[m.turn][m.sentence]) or sequence_move(sentences_by_turn[m.turn][m.sentence])
            for m in desc.mentions
            if m.turn == first
        )
        host = next((k for k in kept if k.first_turn == first - 1), None) if not own_move else None
        if host is None:
            kept.append(desc)
            continue
        host.mentions.extend(desc.mentions)
        host.aliases.extend(a for a in desc.aliases if a not in host.aliases)
        host.patterns.extend(desc.patterns)
        if _stems(host.name) < _stems(desc.name):
            host.name = desc.name  # "the DeepMind weather one", "The ensemble weather paper, yes!": the fuller one
    return kept


def _merge_relabelled(
    named: list[DetectedPaper], descriptive: list[DetectedPaper], sentences_by_turn: Sequence[Sequence[str]]
) -> list[DetectedPaper]:
    """"Then the adapter paper. Its title is a whole sentence, ..., so let's call it the better and cheaper paper.":
    a label coined for "it" right after a description was introduced in the same turn, with no other paper
    introduced between them, renames that paper; the first description is another name of it."""

    def first_intro(paper: DetectedPaper) -> Mention | None:
        return min((m for m in paper.mentions if m.intro), key=lambda m: (m.turn, m.sentence, m.position), default=None)

    def coined(desc: DetectedPaper) -> Mention | None:
        m = first_intro(desc)
        if m is None or m.turn != desc.first_turn:
            return None
        sentence = sentences_by_turn[m.turn][m.sentence]
        return m if _coined_here(sentence, m.position) else None

    merged: set[int] = set()
    for label in descriptive:
        at = coined(label)
        if at is None:
            continue
        for index, desc in enumerate(descriptive):
            if desc is label or index in merged:
                continue
            # (the description may have been said before, in passing in another paper's discussion: "it will make
            # more sense after the privacy paper", then "Right, the privacy one. ..., let's call it the forget on
            # request paper.": the turn that puts it on the table is the one coining the label)
            start = min(
                (m for m in desc.mentions if m.intro and m.turn == at.turn),
                key=lambda m: (m.sentence, m.position),
                default=None,
            )
            if start is None or (start.sentence, start.position) >= (at.sentence, at.position):
                continue
            between = [
                m
                for p in named
                for m in p.mentions
                if m.intro and m.turn == at.turn and (start.sentence, start.position) < (m.sentence, m.position) < (at.sentence, at.position)
            ]
            if between:
                continue
            # said before the turn that puts it on the table: a forward reference in passing, no opening of it
            label.mentions.extend(
                m if m.turn >= at.turn else Mention(m.turn, m.sentence, m.surface, min(m.strength, -0.5), False, m.position)
                for m in desc.mentions
            )
            label.aliases.extend(a for a in desc.aliases if a not in label.aliases)
            label.patterns.extend(desc.patterns)
            label.score = max(label.score, desc.score)
            merged.add(index)
    return [desc for index, desc in enumerate(descriptive) if index not in merged]


def _loosely_within(stem: str, stems: set[str]) -> bool:
    """"noise" in {"noisy", "embedd"}: the word and one of the others differ only after a shared stem of 4+
    letters (one letter short of the shorter word)."""
    for other in stems:
        n = min(len(stem), len(other))
        need = max(4, n - 1)
        if n >= 4 and stem[:need] == other[:need]:
            return True
    return False


def _merge_same_descriptions(descriptive: list[DetectedPaper]) -> list[DetectedPaper]:
    """"the simulated town paper" and later "the town simulation paper": the same content words, one paper."""
    kept: list[DetectedPaper] = []
    for desc in sorted(descriptive, key=lambda d: d.first_turn):
        stems = _stems(desc.name)
        # "the next-scale prediction paper", later "the next-scale paper": the later description's content
        # words are all in an earlier one, so it is that paper said short.
        host = next((k for k in kept if stems and stems <= _stems(k.name)), None)
        if host is None and len(stems) == 1:
            # "the noisy embeddings paper", later "the noise paper": one word said short in another form
            host = next((k for k in kept if _loosely_within(next(iter(stems)), _stems(k.name))), None)
        if host is None:
            kept.append(desc)
            continue
        host.mentions.extend(desc.mentions)
        host.aliases.extend(a for a in desc.aliases if a not in host.aliases)
        host.patterns.extend(desc.patterns)
        host.score = max(host.score, desc.score)
    return kept


_ACRONYM_SKIP = frozenset("of the for and a an in on with to via".split())


def _initials(phrase: str) -> str:
    words = [w for w in re.split(r"[\s-]+", phrase) if w and w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words).upper()


def _capitals_abbreviate(letters: str, name: str) -> bool:
    """"BTX" for "Branch-Train-MiX": a hyphenated coined name of three or more parts said short by its capitals,
    in order, from its first capital to its last (the capital inside "MiX" counts)."""
    parts = name.split("-")
    if len(letters) < 3 or len(parts) < 3 or not all(p[:1].isupper() and not p.isupper() for p in parts):
        return False  # every part a capitalised word: not "LLM-for-forecasting"
    capitals = [ch for ch in name if ch.isupper()]
    if len(capitals) < len(letters) or capitals[0] != letters[0] or capitals[-1] != letters[-1]:
        return False
    rest = iter(capitals)
    return all(ch in rest for ch in letters)


def _fold_acronyms(candidates: dict[str, Candidate]) -> None:
    """"LCM" is "Latent Consistency Models" said short: an acronym of another candidate's words is its alias."""
    named = [c for c in candidates.values() if not c.descriptive]
    for short in named:
        if short.key not in candidates:
            continue
        surface = short.display()
        letters = surface[:-1] if surface.endswith("s") and surface[:-1].isupper() else surface
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            continue
        longs = [
            c
            for c in named
            if c.key in candidates
            and c is not short
            and any((" " in s and _initials(s) == letters) or _capitals_abbreviate(letters, s) for s in c.surfaces)
        ]
        if not longs:
            # "the Human Motion Diffusion Model, MDM": said right after the long name, in apposition, the acronym
            # may shorten its last words only (the field's name for it drops a qualifier)
            longs = [c for c in named if c.key in candidates and c is not short and _abbreviated_in_apposition(short, c)]
        if len(longs) == 1:
            _merge(candidates, short.key, longs[0].key)


def _abbreviated_in_apposition(short: Candidate, long: Candidate) -> bool:
    letters = short.display()
    for m in long.mentions:
        words = [w for w in re.split(r"[\s-]+", m.surface) if w and w.lower() not in _ACRONYM_SKIP]
        if len(words) < 3 or not all(w[:1].isupper() for w in words):
            continue
        tails = {_initials(" ".join(words[i:])) for i in range(1, len(words) - 1)}
        if letters not in tails:
            continue
        end = m.position + len(m.surface)
        if any(s.turn == m.turn and s.sentence == m.sentence and 0 < s.position - end <= 3 for s in short.mentions):
            return True
    return False


def _clips(short: str, words: Sequence[str]) -> bool:
    """"Vim" = Vi(sion) M(amba), "MoCo" = Mo(mentum) Co(ntrast): each word in turn lends a prefix of its own."""
    if not words:
        return not short
    word = words[0]
    return any(short[:n] == word[:n] and _clips(short[n:], words[1:]) for n in range(min(len(short), len(word)), 0, -1))


def _fold_clipped_names(candidates: dict[str, Candidate]) -> None:
    """"... is Vision Mamba." answered "Vim, out of HUST ...": a short name introduced within two turns of a longer
    one, made of a clipped prefix of each of its words, is that paper said short (the field's ViT, MoCo)."""
    named = [c for c in candidates.values() if not c.descriptive and any(m.intro for m in c.mentions)]
    for short in named:
        surface = short.display()
        if not (2 <= len(surface) <= 6 and surface.isalpha()) or short.key not in candidates:
            continue
        first = min(m.turn for m in short.mentions if m.intro)
        for long in named:
            if long is short or long.key not in candidates:
                continue
            starts = [m.turn for m in long.mentions if m.intro]
            words = [w.lower() for w in long.display().split()]
            if 2 <= len(words) <= 3 and any(0 <= first - t <= 2 for t in starts) and _clips(surface.lower(), words):
                _merge(candidates, short.key, long.key)
                break


def _fold_into_quoted_titles(candidates: dict[str, Candidate], quoted: set[str]) -> None:
    """"Microsoft's Potter paper - "Who Is Potter?"": a capitalised phrase of two or more words inside a quoted
    title ("Potter Paper" said later, "the Who Is Potter paper") is that title said short."""
    for title_key in quoted:
        title = candidates.get(title_key)
        if title is None:
            continue
        words = {f" {s.lower()} " for s in title.surfaces}
        for cand in list(candidates.values()):
            if cand is title or cand.descriptive or cand.key not in candidates:
                continue
            if any(" " in s and any(f" {s.lower()} " in w or w.startswith(f" {s.lower()}") for w in words) for s in cand.surfaces):
                _merge(candidates, cand.key, title.key)


def _fold_quoted_titles_into_names(candidates: dict[str, Candidate], quoted: set[str]) -> None:
    """'Last one - "Robots Know Where to Look", from ... The method is called Lookahead-Grasp.': a quoted title
    followed in the same turn by the name the method is called is that paper's title; the name is the paper."""
    for title_key in quoted:
        title = candidates.get(title_key)
        if title is None or not title.mentions:
            continue
        first = min(title.mentions, key=lambda m: (m.turn, m.sentence, m.position))
        name = next(
            (
                c
                for c in candidates.values()
                if c is not title
                and not c.descriptive
                and any(
                    m.intro and m.strength >= 2.0 and m.turn == first.turn and (m.sentence, m.position) > (first.sentence, first.position)
                    for m in c.mentions
                )
            ),
            None,
        )
        if name is None:
            continue
        for m in title.mentions:
            m.intro = False
        _merge(candidates, title.key, name.key)


def _fold_lab_descriptions(named: list[DetectedPaper], descriptive: list[DetectedPaper]) -> list[DetectedPaper]:
    """"the Google DeepMind paper that makes tiny models blow up. Call it the logit growth paper.": a paper called
    only after its lab is a fallback name; when the same turn introduces the paper by a name or a description of
    what it does, the lab was its provenance and the other is the paper."""
    kept: list[DetectedPaper] = []
    for desc in descriptive:
        if not (desc.name.endswith(" paper") and desc.name[:1].isupper()):
            kept.append(desc)
            continue
        turns = {m.turn for m in desc.mentions if m.intro}
        host = next(
            (
                p
                for p in [*named, *descriptive]
                if p is not desc
                and not (p.name.endswith(" paper") and p.name[:1].isupper())
                and any(m.intro and m.strength >= 2.5 and m.turn in turns for m in p.mentions)
            ),
            None,
        )
        if host is None:
            kept.append(desc)
            continue
        host.mentions.extend(desc.mentions)
        host.patterns.extend(desc.patterns)
    return kept


def _merge_appositions(descriptive: list[DetectedPaper]) -> list[DetectedPaper]:
    """"the backdoor paper from Anthropic, the sleeper agents one": two descriptions, one paper."""
    kept: list[DetectedPaper] = []
    for desc in sorted(descriptive, key=lambda d: -d.score):
        first = min((m.turn, m.sentence) for m in desc.mentions if m.intro) if any(m.intro for m in desc.mentions) else None
        host = next(
            (k for k in kept if first is not None and any((m.turn, m.sentence) == first and m.intro for m in k.mentions)),
            None,
        )
        if host is None:
            kept.append(desc)
            continue
        host.mentions.extend(desc.mentions)
        host.aliases.extend(a for a in desc.aliases if a not in host.aliases)
        host.patterns.extend(desc.patterns)
    return kept


_PLAIN_WORDS_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+)+")


@lru_cache(maxsize=4096)
def _pattern_for(surface: str) -> re.Pattern:
    """A name of plain words ("Late Chunking") is said later in lower case too ("late chunking - directly
    applicable"): such a name matches in any case; one with digits, camel case or capitals keeps its spelling.
    (Remembered by surface: a library names the same papers episode after episode, more of them than `re` keeps.)"""
    flags = re.I if _PLAIN_WORDS_NAME.fullmatch(surface) else 0
    return re.compile(r"(?<![\w-])" + re.escape(surface) + r"(?:['\u2019]s)?(?![\w-])", flags)


def _descriptor_pattern(words: str) -> re.Pattern:
    parts = [re.escape(w[:-1] if w.endswith("s") and len(w) > 4 else w) + r"\w*" for w in words.split()]
    if len(parts) == 1 and "-" not in words:  # a hyphenated compound ("multi-token") is no everyday word
        # "the data paper", "the noise paper": one ordinary word is said all the time ("a software company",
        # "more data"); only the word with its paper noun names the paper again
        # ("the leakage paper" is the one found again in the bare echo "Oh, the leakage audit.", a sentence that
        # is only the word heading a compound; not "they published the data mixture")
        return re.compile(
            r"\b" + parts[0] + r"\s+(?:paper|preprint|one|work|study|thing)\b"
            r"|^(?:(?:oh|ah|right|yes|yeah|so|and|okay|ok|now)[,]?\s+)*(?:the|this|that)\s+" + parts[0]
            + r"(?:\s+[a-z]{3,})?\s*[.!?]*$",
            re.I,
        )
    return re.compile(r"\b" + r"\s+".join(parts) + r"\b", re.I)


# a proper name whose head word says it is an organisation: "Nous Research", "Allen Institute", "Sakana Labs"
_ORG_SHAPED = re.compile(
    r"^[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}\s+(?:Research|Labs?|Institute|University|Foundation|Laboratory)$"
)


def detect_papers(
    sentences_by_turn: Sequence[Sequence[str]],
    catalog_names: dict[str, str] | None = None,
    speakers: Sequence[str] = (),
) -> list[DetectedPaper]:
    """The papers discussed, in order of first mention. `catalog_names` maps normalised alias -> display name."""
    catalog_names = catalog_names or {}
    names = {part for speaker in speakers for part in speaker.split()} | set(speakers)
    names |= _people_named(sentences_by_turn)
    collector = _scan(sentences_by_turn, catalog_names, frozenset(names))
    candidates = collector.candidates
    for cand in candidates.values():
        if cand.key in catalog_names:
            cand.catalog_hit = True
    _fold_tail_aliases(candidates)
    _fold_short_forms(candidates)
    _fold_phrases(candidates)
    _fold_named_descriptions(candidates)
    _fold_labels_of_titles(candidates, sentences_by_turn)
    _fold_description_heads(candidates)
    _fold_appositions(candidates, sentences_by_turn)
    _fold_acronyms(candidates)
    _fold_clipped_names(candidates)
    _fold_into_quoted_titles(candidates, collector.quoted | collector.titles)
    _fold_quoted_titles_into_names(candidates, collector.quoted)

    named: list[DetectedPaper] = []
    descriptive: list[DetectedPaper] = []
    for cand in candidates.values():
        name = cand.display()
        long_name = max(cand.surfaces, key=len)
        if not cand.descriptive and is_version_extension(name, long_name):
            name = long_name
        score = _score(cand, name)
        if not cand.descriptive and not cand.catalog_hit and _ORG_SHAPED.match(name) and not _described_as_work(cand, sentences_by_turn):
            continue  # "This is Nous Research, with X among the authors": the group, however it is introduced
        if score >= ACCEPT_SCORE and _named_in_passing(cand, collector.opening_turns, sentences_by_turn):
            score -= 2.0
        if score < ACCEPT_SCORE:
            continue
        surfaces = sorted(cand.surfaces, key=lambda s: (-cand.surfaces[s], s))
        if cand.descriptive:
            words = cand.key.removeprefix("desc:")
            paper = DetectedPaper(
                name=words,  # a short descriptive name; the alias carries "the ... paper"
                aliases=[f"the {words}" if words.endswith(" paper") else f"the {words} paper"],
                mentions=list(cand.mentions),
                score=score,
                descriptive=True,
                # and the short form of a description that opens with a capitalised word ("the Jacobi paper")
                patterns=[_descriptor_pattern(words)]
                + [_pattern_for(s) for s in surfaces if s != words and s[:1].isupper() and " " not in s],
            )
            descriptive.append(paper)
        else:
            aliases = [s for s in surfaces if s != name]
            named.append(
                DetectedPaper(
                    name=name,
                    aliases=aliases,
                    mentions=list(cand.mentions),
                    score=score,
                    patterns=[_pattern_for(s) for s in sorted(cand.surfaces, key=len, reverse=True)],
                )
            )
    named = _fold_move_words_into_tabled(named, collector.tabled, sentences_by_turn)
    descriptive = _fold_lab_descriptions(named, descriptive)
    descriptive = _merge_appositions(descriptive)
    descriptive = _merge_same_descriptions(descriptive)
    descriptive = _merge_relabelled(named, descriptive, sentences_by_turn)
    descriptive = _merge_echoes(descriptive, sentences_by_turn)
    descriptive = _resolve_descriptions(named, descriptive, sentences_by_turn)
    _name_descriptions(descriptive, candidates, {p.name for p in named}, sentences_by_turn)
    papers = named + descriptive
    papers += _confirmed_by_closing_round(papers, sentences_by_turn, frozenset(names))
    _find_more_mentions(papers, sentences_by_turn)
    papers.sort(key=lambda p: min((m.turn, m.sentence, m.position) for m in p.mentions))
    return papers


_LABEL_USE = re.compile(r"\bthe\s+$", re.I)
_LABEL_NOUN = re.compile(r"^\s+(?:paper|one|preprint)\b", re.I)


def _fold_move_words_into_tabled(
    named: list[DetectedPaper], tabled: dict[str, int], sentences_by_turn: Sequence[Sequence[str]]
) -> list[DetectedPaper]:
    """"Last new one. The title is a question in Latin." - "Quo Vadis. ..." ... "the Latin paper": a word said in
    passing in the move just before a name is put on the table, and introduced only later as "the X paper",
    is the hosts' label for that paper, not a paper of its own."""
    if not tabled:
        return named
    keep = []
    for paper in named:
        first = min(m.turn for m in paper.mentions)
        owner = next(
            (
                other
                for other in named
                if other is not paper and tabled.get(norm(other.name)) in (first, first + 1)
            ),
            None,
        )
        intros = [m for m in paper.mentions if m.intro]
        as_label = all(
            _LABEL_USE.search(sentences_by_turn[m.turn][m.sentence][: m.position])
            and _LABEL_NOUN.match(sentences_by_turn[m.turn][m.sentence][m.position + len(m.surface) :])
            for m in intros
        )
        if (
            owner is not None
            and " " not in paper.name
            and intros
            and as_label
            and not any(m.intro for m in paper.mentions if m.turn <= tabled[norm(owner.name)])
        ):
            owner.mentions.extend(paper.mentions)
            owner.aliases.append(paper.name)
            owner.patterns.extend(paper.patterns)
            continue
        keep.append(paper)
    return keep


# a person set in apposition to a person noun: "a listener, Priya, who ...", "our guest Tomasz", "my colleague, Ines"
_PERSON_APPOSED = prefiltered(
    r"\b(?:listener|guest|friend|colleague|reader|viewer|caller|co-?host|producer|student|intern)(?:\s+(?:called|named))?"
    r",?\s+([A-Z][a-z]+)\b(?=\s*(?:[,.;!?]|\s+(?:who|from|at|and|is|was|wrote|asked|sent|runs)\b))"
)


def _people_named(sentences_by_turn: Sequence[Sequence[str]]) -> set[str]:
    """Names the hosts give as people (a listener, a guest): like the speakers, never a paper."""
    return {m.group(1) for sentences in sentences_by_turn for s in sentences for m in _PERSON_APPOSED.finditer(s)}


def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().removeprefix("the ")))


# what stands between two names of one paper: a comma or dash, "which everyone calls", "or", "aka"
_APPOSITION_BETWEEN = re.compile(
    r"^[\s,:(\u2013\u2014-]*(?:(?:which|that|also|or|aka|a\.k\.a\.|known\s+as|called)\b(?:\s+(?!(?:than|beats?|and|with|versus|vs)\b)[\w'\u2019]+){0,3})?[\s,:(\u2013\u2014-]*$",
    re.I,
)


def _confirmed_by_closing_round(
    papers: list[DetectedPaper], sentences_by_turn: Sequence[Sequence[str]], speakers: frozenset[str]
) -> list[DetectedPaper]:
    """Names the closing round judges one by one that the scan left out ("And Mobile ALOHA?", "Now IPO.",
    "SpaceByte I'd skip."), said in the body before the round: discussed papers (closing_items.py)."""

    def known(text: str) -> int | None:
        for index, paper in enumerate(papers):
            for pattern in paper.patterns:
                found = pattern.match(text)
                if found:
                    return index
        return None

    names = [(paper, [_norm_words(paper.name)] + [_norm_words(a) for a in paper.aliases]) for paper in papers]

    paper_first = [
        next((t for t, sentences in enumerate(sentences_by_turn) for s in sentences if any(p.search(s) for p in paper.patterns)), None)
        if paper.descriptive
        else None
        for paper in papers
    ]

    def alias_of(phrase: str, body: list[str]) -> int | None:
        words = _norm_words(phrase)
        letters = "".join(ch for ch in phrase if ch.isupper())
        for index, (paper, forms) in enumerate(names):
            for form in forms:
                if words and form and (f" {words} " in f" {form} " or f" {form} " in f" {words} " or form.startswith(words) or words.startswith(form)):
                    return index  # "AI Scientist" of "The AI Scientist", "Constitutional AI" of "constitution"
            if len(letters) >= 2 and (phrase.isupper() or any(ch.isupper() for ch in phrase[1:])):
                if _initials(paper.name) == letters:
                    return index  # "ToT" of "Tree of Thoughts"
        # set beside a detected paper's name in the same sentence ("Corrective RAG, which everyone calls CRAG",
        # "a Panel of LLM evaluators, PoLL"): another name of that paper
        pattern = _pattern_for(phrase)
        for sentence in body:
            here = pattern.search(sentence)
            if not here:
                continue
            for index, paper in enumerate(papers):
                for other in paper.patterns:
                    there = other.search(sentence)
                    if not there:
                        continue
                    between = (
                        sentence[there.end() : here.start()] if there.end() <= here.start() else sentence[here.end() : there.start()]
                    )
                    if len(between) <= 30 and _APPOSITION_BETWEEN.match(between):
                        return index
        # first said in or right after the turn that introduces a described paper ("The jury one." ... "They call
        # it a Panel of LLM evaluators, PoLL."): the name of that description
        first = min((t for t, sentences in enumerate(sentences_by_turn) for s in sentences if pattern.search(s)), default=-1)
        for index, paper in enumerate(papers):
            if paper.descriptive and paper_first[index] is not None and paper_first[index] <= first <= paper_first[index] + 1:
                return index
        return None

    turn_sets = [set(paper.turns) for paper in papers]

    def others(turn: int) -> bool:
        return any(turn in turns for turns in turn_sets)

    found = closing_items(sentences_by_turn, known, _pattern_for, speakers, alias_of, others)
    added = []
    for name, _first, alias in found:
        pattern = _pattern_for(name)
        if alias is not None:
            papers[alias].patterns.append(pattern)  # its mentions are found with the paper's others
            if name not in papers[alias].aliases and name != papers[alias].name:
                papers[alias].aliases.append(name)
            continue
        mentions = [
            Mention(turn, s_index, name, 1.0)
            for turn, sentences in enumerate(sentences_by_turn)
            for s_index, sentence in enumerate(sentences)
            if pattern.search(sentence)
        ]
        added.append(DetectedPaper(name=name, aliases=[], mentions=mentions, score=ACCEPT_SCORE, patterns=[pattern]))
    return added


# a sentence setting a name beside the paper under discussion: "a very similar story", "around the same time",
# "it beats X", "unlike X", "X did it too"
_COMPARING = re.compile(
    r"\b(?:similar|same\s+(?:time|idea|trick|story|bet|approach)|than|unlike|versus|vs\.?|compared|beats?|beating|"
    r"alongside|too|either|also|style|only\s+one|not\s+the\s+first)\b",
    re.I,
)


def _described_as_work(cand: Candidate, sentences_by_turn: Sequence[Sequence[str]]) -> bool:
    """"Agent Laboratory - a set of LLM agents that ...": a name headed Laboratory set against a description of
    a kind of work is the work, not the group."""
    for m in cand.mentions:
        if m.intro:
            sentence = sentences_by_turn[m.turn][m.sentence]
            end = m.position + len(m.surface)
            if _DESCRIBED_AFTER.match(sentence[end : end + 80]):
                return True
    return False


def _named_in_passing(cand: Candidate, opening_turns: set[int], sentences_by_turn: Sequence[Sequence[str]]) -> bool:
    """"And H2O landed around the same time with a similar story": a name said in one turn only, in a turn that
    makes no topic move, after the episode is under way, is a comparison made inside another paper's discussion;
    a paper discussed is named again (answered, revisited or judged). A catalog entry confirms it."""
    if cand.descriptive or cand.catalog_hit:
        return False
    turns = {m.turn for m in cand.mentions}
    if len(turns) != 1:
        return False
    (turn,) = turns
    if turn == 0 or turn in opening_turns:
        return False
    if not any(_COMPARING.search(sentences_by_turn[m.turn][m.sentence]) for m in cand.mentions):
        return False  # "Which is where Arena-Pro comes in.": introduced on its own terms
    patterns = [_pattern_for(s) for s in cand.surfaces]
    return not any(
        p.search(sentence)
        for t, sentences in enumerate(sentences_by_turn)
        if t != turn
        for sentence in sentences
        for p in patterns
    )


@lru_cache(maxsize=4096)
def _mention_needles(source: str, flags: int) -> tuple[str, ...] | None:
    """Words one of which every match of a mention pattern holds in the folded sentence (`prefilter.needles`), or
    None; remembered by the pattern's source, as a library names the same papers episode after episode."""
    found = source_needles(source, flags)  # (no compiling: the pattern may have left `re`'s cache)
    return tuple(found) if found else None


def _find_more_mentions(papers: list[DetectedPaper], sentences_by_turn: Sequence[Sequence[str]]) -> None:
    """Descriptions recur without "paper" ("the pedestrian classification is ..."): find every occurrence."""
    # every paper's patterns against every sentence: a substring test on the folded sentence rules most out
    folded = [[fold(sentence) for sentence in sentences] for sentences in sentences_by_turn]
    for paper in papers:
        seen = {(m.turn, m.sentence) for m in paper.mentions}
        for pattern in paper.patterns:
            wanted = _mention_needles(pattern.pattern, pattern.flags)
            for turn, sentences in enumerate(sentences_by_turn):
                for s_index, sentence in enumerate(sentences):
                    if (turn, s_index) in seen:
                        continue
                    if wanted is not None and not any(needle in folded[turn][s_index] for needle in wanted):
                        continue
                    found = pattern.search(sentence)
                    if found and paper.descriptive and _QUANTIFIER_END.search(sentence[max(0, found.start() - 12) : found.start()]):
                        continue  # "every retrieval paper arrives with a benchmark": papers in general
                    if found:
                        paper.mentions.append(Mention(turn, s_index, paper.name, 0.0))
                        seen.add((turn, s_index))
        paper.mentions.sort(key=lambda m: (m.turn, m.sentence))


# "every / any / most / another retrieval paper": a kind of paper in general, not the one described.
_QUANTIFIER_END = prefiltered(
    r"\b(?:every|any|each|most|no|another|other|all|many|some|typical|usual|a|an)\s+$", re.I
)


def sentences_of(turn_texts: Sequence[str]) -> list[list[str]]:
    return [split_sentences(text) for text in turn_texts]


__all__ = ["DetectedPaper", "Mention", "detect_papers", "sentences_of", "defaultdict"]
