"""A word-statistics verdict for papers the verdict rules leave without a call.

The rules in `verdicts.py` are precise when they fire, but on episodes nobody tuned on they abstained on about
four clear papers in ten (honest first scores, versions 9-24): hosts say "you could have it running by Friday" in
more ways than any cue table holds. This model reads the same places the hosts judge a paper (the last two turns
of each of its discussions, and the closing-round sentences that name it) as a bag of words, and asks which of
deploy-ready / research-only / skip / none they sound like. It is a multinomial naive Bayes trained on our own
annotated episodes (`scripts/train_verdict_model.py`); leaving each gold set out in turn measures how it does on
sets it never saw, which is how its threshold was chosen. It only fills a gap: a call made by the rules stands.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tui.core.analysis.text import split_sentences
from tui.core.analysis.verdicts import leaves_open
from tui.core.models import Evidence, PaperDiscussion, Segment, SuggestedVerdict

MODEL_PATH = Path(__file__).with_name("verdict_model.json")
LABELS = ("deploy-ready", "research-only", "skip", "none")
# A fill-in needs its call to beat "none" (and every other label) by a margin in nats. Naive Bayes grows more
# certain as it sees more examples, so the margin is not a constant: the training script picks it leaving each gold
# set out (the smallest margin at which the unclear papers of unseen sets keep no call at least KEEP_UNCLEAR of the
# time) and stores it with the counts. MIN_MARGIN is the fallback for a model file without one.
MIN_MARGIN = 2.5
KEEP_UNCLEAR = 0.9

_WORD = re.compile(r"[a-z][a-z']+")
_NAME_PART = re.compile(r"[A-Za-z0-9][\w.'\u2019-]+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_LONGEST_NAME = 30
_NAME_FILLER = frozenset({"the", "paper", "and", "for", "with", "one", "its"})


@dataclass(frozen=True)
class Passage:
    """A sentence the hosts may judge the paper in: its turn, where it sits, and its text."""

    turn: int
    region: str  # "S": the end of a discussion; "W": the closing round
    text: str


@dataclass(frozen=True)
class ModelCall:
    verdict: str  # one of LABELS other than "none"
    margin: float
    evidence: Passage


def name_keys(names: Iterable[str]) -> frozenset[str]:
    """Lower-case words of a paper's names that pick out its sentences in the closing round."""
    keys = set()
    for name in names:
        if len(name) > _LONGEST_NAME:  # a full title: its common words would pick out unrelated sentences
            continue
        keys.update(word for word in _name_words(name) if len(word) > 2 and word not in _NAME_FILLER)
    return frozenset(keys)


def _name_words(text: str) -> set[str]:
    """Name-shaped words, folded: "Qwen2.5-VL's" -> "qwen2.5-vl"; whole words, so "GIN" is not found in "engine"."""
    return {_POSSESSIVE.sub("", part.lower().rstrip(".")) for part in _NAME_PART.findall(text)}


def passages(
    texts: Sequence[str],
    spans: Sequence[tuple[int, int]],
    closing_turns: Iterable[int],
    names: Iterable[str],
    others: frozenset[str] = frozenset(),
) -> list[Passage]:
    """The sentences that carry a paper's judgement: the last two turns of each discussion span, and each
    closing-round sentence that names the paper together with the sentence after it, unless that one names
    another paper (`others`: the other papers' name keys) and so carries its judgement instead."""
    found: list[Passage] = []
    for first, last in spans:
        for turn in range(max(first, last - 1), last + 1):
            found.extend(Passage(turn, "S", sentence) for sentence in split_sentences(texts[turn]))
    keys = name_keys(names)
    if keys:
        for turn in closing_turns:
            sentences = split_sentences(texts[turn])
            for i, sentence in enumerate(sentences):
                if keys & _name_words(sentence):
                    after = sentences[i + 1 : i + 2]
                    if after and (others - keys) & _name_words(after[0]):
                        after = []
                    found.append(Passage(turn, "W", " ".join([sentence, *after])))
    return found


def tokens(passage: Passage, skip: frozenset[str] = frozenset()) -> list[str]:
    return [f"{passage.region}:{w}" for w in _WORD.findall(passage.text.lower()) if w not in skip]


def bag(found: Sequence[Passage], skip: frozenset[str] = frozenset()) -> set[str]:
    """Which feature words occur at all (presence, not counts: one emphatic sentence should not outvote)."""
    return {token for passage in found for token in tokens(passage, skip)}


class VerdictModel:
    """Per-label document counts and word counts; log-probabilities with add-one smoothing."""

    def __init__(
        self, label_docs: dict[str, int], word_counts: dict[str, dict[str, int]], min_margin: float = MIN_MARGIN
    ) -> None:
        self.label_docs = label_docs
        self.min_margin = min_margin
        self.word_counts = word_counts
        self.vocab = frozenset(w for counts in word_counts.values() for w in counts)
        total_docs = sum(label_docs.values())
        self._prior = {label: math.log(label_docs[label] / total_docs) for label in label_docs}
        self._denominator = {
            label: math.log(sum(word_counts[label].values()) + len(self.vocab)) for label in label_docs
        }

    @classmethod
    def train(cls, examples: Iterable[tuple[str, set[str]]]) -> VerdictModel:
        label_docs = {label: 0 for label in LABELS}
        word_counts: dict[str, dict[str, int]] = {label: {} for label in LABELS}
        for label, words in examples:
            label_docs[label] += 1
            counts = word_counts[label]
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        # add-one on the documents too, so a label no example had still has a (small) prior
        return cls({k: v + 1 for k, v in label_docs.items()}, word_counts)

    def to_json(self) -> dict:
        return {"label_docs": self.label_docs, "word_counts": self.word_counts, "min_margin": self.min_margin}

    def word_log_p(self, label: str, word: str) -> float:
        return math.log(self.word_counts[label].get(word, 0) + 1) - self._denominator[label]

    def scores(self, words: set[str]) -> dict[str, float]:
        known = [w for w in words if w in self.vocab]
        return {label: self._prior[label] + sum(self.word_log_p(label, w) for w in known) for label in self.label_docs}

    def call(self, found: Sequence[Passage], skip: frozenset[str] = frozenset()) -> ModelCall | None:
        """The label the passages sound like, if it is a call that clears the model's margin over every other label."""
        if not found:
            return None
        scores = self.scores(bag(found, skip))
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)
        best, runner_up = ranked[0], ranked[1]
        margin = scores[best] - scores[runner_up]
        if best == "none" or margin < self.min_margin:
            return None
        return ModelCall(best, margin, self._evidence(best, found, skip))

    def _evidence(self, label: str, found: Sequence[Passage], skip: frozenset[str]) -> Passage:
        """The passage whose words lean furthest towards the label (against the mean of the others)."""
        others = [other for other in self.label_docs if other != label]

        def lean(passage: Passage) -> float:
            words = {w for w in tokens(passage, skip) if w in self.vocab}
            return sum(
                self.word_log_p(label, w) - sum(self.word_log_p(o, w) for o in others) / len(others) for w in words
            )

        return max(found, key=lambda passage: (lean(passage), passage.region == "W", passage.turn))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> VerdictModel | None:
    """The shipped model, or None when its file is missing or unreadable (the rules then work alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return VerdictModel(data["label_docs"], data["word_counts"], float(data.get("min_margin", MIN_MARGIN)))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def confidence(margin: float) -> float:
    """Below the rules' confidences on purpose: a word-statistics call is a hint, not a quote of a verdict."""
    return round(min(0.55, 0.3 + 0.05 * margin), 2)


def fill_unjudged(discussions: Sequence[PaperDiscussion], segments: Sequence[Segment], texts: Sequence[str]) -> None:
    """Give a model call to each discussed paper the rules left without one (in place). A paper the rules
    called keeps its call; a paper the model cannot call clearly stays without one."""
    if os.environ.get("PAPERTUI_NO_VERDICT_MODEL"):
        return  # evaluation switch: score the rules alone (the model is trained on the dev sets, so flatters them)
    model = load_model()
    if model is None:
        return
    closing = [t for seg in segments if seg.label == "wrap-up" for t in range(seg.first_turn, seg.last_turn + 1)]
    keys_of = {discussion.key: name_keys([discussion.name, *discussion.aliases]) for discussion in discussions}
    for discussion in discussions:
        suggestion = discussion.suggested_verdict
        if suggestion.verdict is not None or not discussion.spans:
            continue
        if any(leaves_open(evidence.quote) for evidence in suggestion.evidence):
            continue  # the hosts said they leave it open: that is their verdict
        names = [discussion.name, *discussion.aliases]
        others = frozenset().union(*(keys for key, keys in keys_of.items() if key != discussion.key))
        found = passages(texts, discussion.spans, closing, names, others)
        if any(leaves_open(passage.text) for passage in found):
            continue  # "it depends on your use case" where the hosts judge it: no call for statistics to fill
        call = model.call(found, keys_of[discussion.key])
        if call is not None:
            discussion.suggested_verdict = SuggestedVerdict(
                verdict=call.verdict,
                confidence=confidence(call.margin),
                evidence=[Evidence(turn=call.evidence.turn, quote=call.evidence.text)],
            )
