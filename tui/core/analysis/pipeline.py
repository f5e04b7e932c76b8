"""Glue: turns -> sentences -> papers -> segments -> claims -> pushback -> verdicts -> EpisodeAnalysis."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core import identity
from tui.core.analysis import catalog_match
from tui.core.analysis.claims import claim_kind, is_claim, is_hypothetical
from tui.core.analysis.names import is_name_shaped
from tui.core.analysis.numbers import find_numbers
from tui.core.analysis.papers import DetectedPaper, detect_papers
from tui.core.analysis.pushback import link_pushback, pushback_sentences
from tui.core.analysis.segments import WRAP_UP, label_turns, runs, spans_of
from tui.core.analysis.text import clean, speech_normalised, split_clauses, split_sentences
from tui.core.analysis.verdicts import Statement, is_judgement, suggest
from tui.core.analysis.roles import turn_roles
from tui.core.analysis.verdict_model import fill_unjudged
from tui.core.models import Claim, Episode, EpisodeAnalysis, PaperDiscussion, PaperMeta, Segment

from tui.core.analysis.version import ANALYSIS_VERSION  # noqa: E402 - re-exported

_ARXIV = re.compile(r"(?:arxiv[:\s/]*(?:abs/)?)?(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)", re.I)


def analyze(episode: Episode, catalog: Sequence[PaperMeta] | None = None) -> EpisodeAnalysis:
    catalog = list(catalog or [])
    texts = [clean(turn.text) for turn in episode.turns]
    sentences = [split_sentences(text) for text in texts]
    # Names, cues and numbers are matched on the sentences without disfluencies ("the - the paper", "um",
    # "I mean,"); claims and quotes keep what was said. Same sentences, same indices.
    spoken = [[speech_normalised(s) for s in turn] for turn in sentences]
    papers = detect_papers(
        spoken, catalog_match.catalog_names(catalog) if catalog else None, speakers=episode.speakers
    )
    _attach_arxiv_ids(papers, sentences)
    if catalog:
        for paper in papers:
            meta = catalog_match.match(paper, catalog)
            if meta is not None:
                paper.arxiv_id = paper.arxiv_id or meta.arxiv_id
                paper.title = meta.title
    papers = _merge_same_id(papers)
    labels = label_turns(papers, texts)
    keys = _paper_keys(papers)
    by_sentence = _sentence_papers(papers)

    claims: list[list[Claim]] = [[] for _ in papers]
    statements: list[list[Statement]] = [[] for _ in papers]
    wrap_start = _wrap_up_start(labels)
    judging = _judging_round(papers, spoken, by_sentence, labels, wrap_start)
    subjects = _sentence_subjects(papers)
    introduced_at = {(m.turn, m.sentence) for paper in papers for m in paper.mentions if m.intro}
    intros = _introductions(papers, labels)
    roles = turn_roles([turn.speaker for turn in episode.turns], spoken, labels)
    # who presents each paper: the speaker who introduced it, else the one who made its first claim
    presenters: list[set[str]] = [set() for _ in papers]
    for t_intro, i_intro in sorted(intros):
        if not presenters[i_intro]:
            presenters[i_intro].add(episode.turns[t_intro].speaker)
    only = 0 if len(papers) == 1 else None
    context: int | None = only  # the paper a closing remark refers back to
    context_turn = -1
    called_at = -1  # the last turn that named the paper on the table or made a call on it (round 29)
    context_reach = 1
    last_call: tuple[int, str] | None = None  # the last closing judgement of one paper: (paper, sentence)
    last_call_turn = -1  # the turn it was said in (round 32)
    # Round 32: the last closing turn each paper was talked about in, named alone in a sentence that is neither a question
    # nor a bare roll-call item ("SatCLIP goes straight into anything with a location column.")
    spoken_of: dict[int, int] = {}
    name_words = [_name_words(paper) for paper in papers]
    # what was said when each paper came up ("Call it the latent English paper."): a described paper may later be
    # called by those words rather than by the name it was detected under
    intro_words = [
        frozenset(w for s in spoken[paper.first_turn] for w in _WORD.findall(fold_name(s)) if w not in _NAME_FILLER) for paper in papers
    ]
    # Round 28: the words any detected paper goes by, and the hosts' names: a closing topic made of other name-shaped
    # words is a paper the detection did not find
    known_words = frozenset().union(*name_words, *intro_words) if papers else frozenset()
    host_names = frozenset(w for speaker in episode.speakers for w in _WORD.findall(fold_name(speaker)))
    for t, turn in enumerate(episode.turns):
        label = labels[t]
        if t > context_turn + context_reach:
            context = only  # "Skip." answers the turn just before it, not one further back
        # In the closing round the paper just put on the table ("GaLore?") stays the topic of the few
        # answers that follow ("A very good idea ...", "... a lab thing for now") unless another is named.
        late = wrap_start is not None and t >= wrap_start
        # The closing round as the verdicts see it: the wrap-up segment, or a run of turns judging the papers
        # one by one by name that the segmentation left inside the last paper's discussion ("Okay, the round.
        # RAFT first - I'd put it in production tomorrow." / "NV-Embed, for me, is fun to read but ...").
        closing = label == WRAP_UP or (judging is not None and t >= judging)
        for s_index, said in enumerate(sentences[t]):
            sentence = spoken[t][s_index]
            named = by_sentence.get((t, s_index), [])
            owners = _owners(named, label, subjects.get((t, s_index), set()))
            judged = topic_judged = owners
            by_words = False
            if not named and not closing and _before_the_move(t, s_index, labels, intros) and is_judgement(sentence):
                # "Agreed, reading list, not the ward. Which leads straight into X ...": a call said before the turn
                # moves on answers the paper the previous turn was about
                judged = [labels[t - 1]]
            if closing and not named:
                # "Shortcut models I'd pass on.", "The Harry Potter paper - skip.": a closing call opening on a
                # shorter or differently cased form of a paper's name is about that paper
                named = _topic_by_words(sentence, papers, name_words)
                if not named and not (context is not None and context_turn == t):
                    # the words said when a paper came up are a weaker sign than a paper named earlier in the same
                    # turn ("X too - ... . A really cheap one - I'd switch it on."): that paper keeps the remark
                    named = _topic_by_words(sentence, papers, intro_words, described=True)
                if not named and is_judgement(sentence):
                    # Round 34: "... add your own checks. And transcoders stay open.": a call fronting a bare topic said when
                    # another paper came up (and never of the paper judged just before) is that paper's
                    named = _fronted_intro_topic(sentence, intro_words, name_words, context)
                by_words = bool(named)
                if not named and (_OWN_TOPIC.match(sentence) or _NEW_ITEM.match(sentence) or _TITLE_ITEM.match(sentence)
                                  or _opens_on_other_name(sentence, known_words, host_names)):
                    # "And the replication paper...", "And Zephyrine - I'd pass.": the roll call moved on to something
                    # that is not a detected paper; what follows is about it, not about the paper judged before
                    context, context_reach = only, 1
                    last_call = (-1, said) if is_judgement(sentence) else None
                    last_call_turn = t
            elif closing and len(named) == 1 and context is not None and context != named[0] and t <= context_turn + context_reach \
                    and _only_backgrounded(sentence, papers[named[0]]):
                # "DUSt3R?" - "No reason to deploy it when MASt3R is sitting right there.": a paper named only as a
                # reason or condition is not the topic; the remark answers the paper just put on the table
                named = []
            if closing and len(named) == 1 and last_call is not None and last_call[0] != named[0] and t - last_call_turn <= 1 and \
                    spoken_of.get(named[0], -1) < last_call_turn and \
                    _SAME_AS_BEFORE.search(sentence) and (by_words or _topic_first(sentence, papers, named) == named[0]) and not is_judgement(sentence):
                # "Memory Layers goes in the same bucket.", "Same for X.", "X as well.": the call just made
                # on the paper before is this paper's call too. Round 32: only a call just made (in this turn or the one
                # before: "REST too, if you squint." two turns after the last call answers the remark between), and not
                # for a paper talked about in the very turn that made that call or after it (a host's list "SatCLIP goes
                # straight into ... And the X paper is for reading." answered "SatCLIP, same, ...": the same as what that
                # host said of SatCLIP, not as the call said last)
                statements[named[0]].append(Statement(t, said, 3.0, same_as=last_call[1]))
            if closing and len(named) == 1 and not _QUESTION_END.search(sentence) and not _ROLL_CALL_ITEM.match(sentence):
                spoken_of[named[0]] = t
            if named:
                # Only a turn judging one paper sets up a follow-up remark ("Skip."); a roll call does not.
                in_turn = {i for k in range(len(sentences[t])) for i in by_sentence.get((t, k), [])} | set(named)
                put_on_table = closing and len(named) == 1 and _ROLL_CALL_ITEM.match(sentence)
                topic = _topic_first(sentence, papers, named)
                if closing and context_reach == 3 and t <= context_turn + context_reach and not put_on_table and topic is None \
                        and (t, s_index) not in introduced_at:
                    # "And HunyuanVideo?" - "... and Wan sort of eclipsed it.": a paper named in passing in the
                    # answer does not take over from the paper put on the table (a paper introduced there does: "Then
                    # the adapter paper. ..., so let's call it the better and cheaper paper.")
                    pass
                else:
                    last_of_turn = closing and topic == named[0] and _judges_one_by_one(t, s_index, sentences[t], by_sentence)
                    context, context_turn = (named[0] if len(in_turn) == 1 or put_on_table or last_of_turn else None), t
                    context_reach = 3 if put_on_table else 1
                    called_at = t
                if closing:
                    judged = named
                elif topic is not None and topic not in owners and is_judgement(sentence):
                    # "The random documents paper I'd pass on." said inside another paper's span: a judgement
                    # opening with a paper's name is about that paper, whoever holds the floor
                    judged = topic_judged = [topic]
            elif closing and context is not None and (_ABOUT_THE_FIELD.search(sentence) or (_ABOUT_THE_WEEK.match(sentence) and not is_judgement(sentence))):
                # the hosts zoomed out to the field: the paper judged last is off the table for the talk that follows
                # ("The week overall is ... A third of the tasks, ..." / "Or how you decide not to ship it at all.")
                context = None
                if label != WRAP_UP:
                    judged = []
            elif closing and context is not None and label == WRAP_UP and _SEVERAL_PAPERS.search(sentence) and not is_judgement(sentence):
                # Round 32: a remark about several of the papers at once ("Strange that both humanoid papers stop at ...")
                # has zoomed out too: the talk after it ("That's where humanoids live." - "Give it a couple of years.") is
                # about that remark, not the paper judged before it
                context = None
            elif closing and context is not None and _DESCRIBED_ELSEWHERE.search(sentence) and \
                    _describes_another(sentence, name_words[context] | intro_words[context]):
                # "Mine's the same, plus the cube paper, which I'd skip.": a closing remark that brings up a paper by a
                # description the paper on the table was never called by is about that other paper (one the
                # detection may have missed), and the remarks after it are not the paper's on the table either; nor
                # are they the only detected paper's: the episode has another
                context = only = None
                if label != WRAP_UP:
                    judged = []
            elif closing and context is not None and _advises_on_other(sentence, known_words, host_names):
                # Round 34: "If you're in video, read MERLOT for the idea and start from something newer.": advice whose object
                # is a name no detected paper goes by is about that name (a paper the detection missed, or an alternative
                # taken instead), not about the paper judged before it
                context = only = None
                if label != WRAP_UP:
                    judged = []
            elif closing and context is not None and not _ABOUT_THE_REST.search(sentence) and not _OWN_TOPIC.match(sentence) \
                    and not _opens_on_other_name(sentence, known_words, host_names):
                # "Skip." / "So that one stays undecided." right after a paper was judged: about that paper.
                statements[context].append(Statement(t, _own_part(said, known_words, host_names), 3.0))
                judging_here = is_judgement(sentence)
                if context_reach == 1 and (judging_here or called_at >= t - 2 or _QUESTION_END.search(sentence)):
                    # an answer keeps the paper on the table for the answer to it ("I'd call it research." - "No, I
                    # disagree, people run it daily." - "In production?" - "Fine. Ready to use."): hosts who argue a
                    # call out reply to each other without naming the paper again. Round 29: while the argument goes
                    # on, that is, with the paper named or called within the two turns before; a third turn in a row
                    # with neither a call nor a question (the hosts musing on the field: "Funny how often smaller
                    # wins." - "Smaller is cheaper." - "Until the next scaling fad.") has moved off the paper, and a
                    # call said after it ("Wait and see.") answers the new topic
                    context_turn = t
                elif t == context_turn + context_reach and (judging_here or _QUESTION_END.search(sentence)):
                    # Round 32: the last answer a paper put on the table reaches ("Let's go back to MT3." ... "Where does it
                    # break?" - "It works on short windows ...") keeps it there while the argument goes on, as above
                    context_turn, context_reach = t, 1
                if judging_here:
                    last_call = (context, said)
                    last_call_turn = t
                    called_at = t
                if label == WRAP_UP:
                    continue
                judged = []
            elif closing and label != WRAP_UP:
                judged = []  # an unnamed remark in the closing round with no paper just judged
            if judged:
                weight = 3.0 if (late or closing) else 1.0
                own = _own_part(said, known_words, host_names) if closing else said
                if closing and len(judged) == 1 and is_judgement(own):
                    last_call = (judged[0], own)
                    last_call_turn = t
                if closing and len(named) >= 2 and judged is named:
                    _clause_statements(said, papers, named, t, weight, statements, known_words, host_names)
                else:
                    statements[judged[0]].append(Statement(t, own, weight, named=closing and judged is named))
            if not owners:
                continue
            numbers = find_numbers(sentence, [n for i in owners for n in (papers[i].name, *papers[i].aliases)])
            if label == WRAP_UP and not numbers:
                continue
            owner = owners[0]
            intro_at = intros.get((t, owner))
            describes = intro_at is not None and (
                s_index > intro_at or (s_index == intro_at and _says_more_than_the_intro(sentence, papers[owner]))
            )
            if intro_at == s_index and not describes:
                continue  # "First up, SAM 2 from Meta.": an introduction, not a claim
            names_paper = owner in subjects.get((t, s_index), set()) and not describes
            presenting = not presenters[owner] or turn.speaker in presenters[owner]
            if not is_claim(sentence, numbers, names_paper=names_paper, describes_intro=describes, presenting=presenting, role=roles[t]):
                continue
            if not claims[owner]:
                presenters[owner].add(turn.speaker)
            for p_index, nums in _split_numbers(sentence, papers, owners, numbers):
                claims[p_index].append(
                    Claim(
                        id=identity.claim_anchor(episode.key, t, said),
                        paper=keys[p_index],
                        turn=t,
                        speaker=turn.speaker,
                        text=said,
                        kind=claim_kind(sentence, nums),
                        numbers=nums,
                        hypothetical=is_hypothetical(sentence),
                    )
                )
    _link_all_pushback(claims, labels, sentences, by_sentence)

    discussions = []
    for i, paper in enumerate(papers):
        discussions.append(
            PaperDiscussion(
                key=keys[i],
                name=paper.name,
                aliases=paper.aliases,
                arxiv_id=paper.arxiv_id,
                title=paper.title,
                spans=spans_of(labels, i),
                mentions=paper.turns,
                claims=claims[i],
                suggested_verdict=suggest(statements[i]),
            )
        )
    segments = [
        Segment(
            first_turn=a,
            last_turn=b,
            label=keys[label] if isinstance(label, int) else label,
            paper=keys[label] if isinstance(label, int) else None,
        )
        for a, b, label in runs(labels)
    ]
    fill_unjudged(discussions, segments, [turn.text for turn in episode.turns])
    return EpisodeAnalysis(
        episode_key=episode.key, analysis_version=ANALYSIS_VERSION, papers=discussions, segments=segments
    )


def _before_the_move(t: int, s_index: int, labels, intros: dict[tuple[int, int], int]) -> bool:
    """Whether a sentence comes before the introduction in a turn that moves from one paper's discussion to the next."""
    label = labels[t]
    if not isinstance(label, int) or t == 0 or not isinstance(labels[t - 1], int) or labels[t - 1] == label:
        return False
    intro_at = intros.get((t, label))
    return intro_at is not None and s_index < intro_at


def _judges_one_by_one(t: int, s_index: int, turn_sentences, by_sentence) -> bool:
    """Whether a sentence is the last in its turn to name a paper, in a turn naming at most one paper per sentence
    ("GPS, skip. The other one stays open. And X - I'd call it research."): the paper judged last is the one the
    next speaker answers, as after a turn judging one paper; a summary sentence naming several sets up nothing."""
    named_at = [k for k in range(len(turn_sentences)) if by_sentence.get((t, k))]
    return bool(named_at) and named_at[-1] == s_index and all(len(by_sentence[(t, k)]) == 1 for k in named_at)


# "And π0?", "Chain of Draft?", "TimesFM.": a paper put on the table in the closing round.
_ROLL_CALL_ITEM = re.compile(r"^(?:\S+\s+){0,4}\S+[?.]$")
# A closing sentence that opens on a topic of its own that was not recognised as a paper ("The watermark paper
# I'd pass on.", "And Canary - I'd just use it."): not a follow-up remark on the paper judged before it. "to work"
# is a verb's idiom ("The one I'd put to work today."), not a described paper's head noun.
_OWN_TOPIC = re.compile(
    r"^(?i:(?:and|so|but|then|now|as\s+for|same\s+(?:for|with))\s+)?(?:(?i:the\s+[\w\s'-]{1,40}?\s(?:paper|one|(?<!\bto\s)work)\b(?!\s+(?:of|about|on)\b))|"
    r"(?!(?:It|That|This|They|We|You|He|She|There|Same|And|So|But|Yes|Yeah|No|Agreed|Fair|Right|Okay|Well|Deploy|Research|Skip|Pass|Honestly)\b)"
    r"[A-Z][\w.+]*(?:[-\s][A-Z0-9][\w.+]*){0,3}\s*(?:[\u2013\u2014:?]|\s-\s|,\s+(?i:for\s+me|i['\u2019]d|we['\u2019]d)|\s+(?i:i['\u2019]d)\b))"
)
# A roll-call item opening on a connective and a name or a described paper, and nothing else ("And Zephyrine?",
# "What about the replication paper?", "And Zephyrine...").
_NEW_ITEM = re.compile(
    r"^(?i:and|so|now|then|next|what\s+about|how\s+about|as\s+for)\s+(?:(?i:the\s+[\w\s'-]{1,40}?\s(?:paper|one|work))|"
    r"(?!(?:It|That|This|They|Them|We|You|Me|Him|Her|Us|There|Same|Yes|No|Agreed|Fair|Right|Okay|Well|Deploy|Research|Skip|Pass)\b)"
    r"[A-Z][\w.+]*(?:[-\s][A-Z0-9][\w.+]*){0,3})\s*(?:\?|\.\.\.|\u2026|\.)?$"
)
# Round 25: a title put on the table as a short question, its words capitalised after the first ("Summary of a
# Haystack?", "Mixture of Depths?"): a roll-call item even when no paper was detected under that title, so the answer
# that follows ("Hold.") is not about the paper judged before it. Questions of the argument ("In production?", "And
# you?") have no capitalised word after the first.
_TITLE_ITEM = re.compile(
    r"^(?i:(?:and|so|now|then|next|what\s+about|how\s+about|as\s+for)\s+)?"
    r"(?!(?:It|That|This|They|We|You|He|She|There|Is|Are|Was|Were|Do|Does|Did|Can|Could|Would|Should|Will|Why|How|What|Who|Where|When|Which)\b)"
    r"[A-Z][\w.+'\u2019-]*(?:\s+[\w.+'\u2019-]+){0,4}?\s+[A-Z][\w.+'\u2019-]*(?:\s+[\w.+'\u2019-]+){0,2}\s*\?$"
)
# The topic a closing sentence opens on, however it is written: a noun phrase followed by the call's separator
# or by the speaker's own judgement ("Shortcut models I'd pass on.", "2DGS I'd file as ...", "The latent
# English paper is fun to read ...", "the Harry Potter paper - skip").
_TOPIC_PHRASE = re.compile(
    r"^(?:(?:and|so|but|then|now|as\s+for|same\s+(?:for|with))\s+)?(?P<topic>(?:the\s+)?[\w.+'\u2019-]+(?:\s+[\w.+'\u2019-]+){0,4}?)"
    r"(?:\s*(?:[\u2013\u2014:?,]|\s-\s)|\s+(?:i['\u2019]d|i\s+would|we['\u2019]d|i\s+can|i\s+could|i['\u2019]ll|is|was|goes|stays|gets|feels|belongs|"
    # the speaker's refusal after the fronted topic ("The ChatGPT deepfake paper I wouldn't bother with.")
    r"(?:i|we)\s+(?:wouldn['\u2019]t|won['\u2019]t|don['\u2019]t|can['\u2019]t|couldn['\u2019]t|would\s+not|will\s+not))\b)",
    re.I,
)
# Round 28: a topic a sentence opens on, fronted before the call or the speaker's own words about it ("And the Mamba
# in the Llama we're leaving open.", "scHyena, skip it.", "And Quokka stays open."). Which words make it a name is
# decided by `_opens_on_other_name`.
_FRONTED = re.compile(
    r"^\W*(?P<lead>(?:(?:and|so|but|then|now|as\s+for)\s+)?(?:the\s+)?)(?P<topic>[\w.+'\u2019-]+(?:\s+[\w.+'\u2019-]+){0,5}?)"
    r"(?:\s*(?:[,:\u2013\u2014]|\s-\s)|\s+(?:we|i|you)(?:['\u2019](?:re|d|ll|ve)|\s+(?:are|would|will|can|could|left|leave|keep|call|file|put|rate))\b|"
    r"\s+(?:stays?|remains?|sits|goes)\b)",
    re.I,
)
_QUESTION_END = re.compile(r"\?[\s\"'\u201d\u2019)]*$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+(?=\S)")


# Words that do not open or sit in a paper's name: pronouns and the words of a clause, a condition or a comparison
# ("For an RL team, it's usable today.", "I'll keep the GIF, though.", "If Spotify calls, ...", "Better than X, ...").
_NOT_IN_NAME = frozenset(
    "i i'll i'd i'm i've we we're we'd we'll we've you you're you'd you'll it it's they they're he she there here this that these those "
    "my our your their his her its if when once unless since because while whether than like unlike versus vs which who what how why where "
    "for with at by from to as after before".split()
)
_NOT_IN_NAME_INSIDE = _NOT_IN_NAME - {"for", "with", "at", "by", "from", "to", "as", "after", "before"}


def _opens_on_other_name(sentence: str, known: frozenset[str], hosts: frozenset[str]) -> bool:
    """Whether a sentence opens on a name-shaped topic that is none of the detected papers: a coined name ("scHyena",
    "T5-XL"), or a capitalised word after a connective or "the" ("And the Mamba in the Llama we're ..."), with none of
    its words a word some detected paper goes by or a host's name. The name must open the topic: a capitalised word
    opening the sentence is no sign ("Honestly, ...", "Borrow the X setup, ..."), nor are plain lower-case words ("And
    the rest we can skip."), a pronoun or a condition ("I'll keep the GIF, though.", "For an RL team, ...")."""
    m = _FRONTED.match(sentence)
    if m is None:
        return False
    lead = bool(m.group("lead").strip())
    tokens = [t.strip(".,'\u2019") for t in m.group("topic").split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return False
    first = tokens[0]
    if not (is_name_shaped(first) or (lead and first[:1].isupper())):
        return False
    for k, token in enumerate(tokens):
        low = token.lower().replace("\u2019", "'")
        if low in (_NOT_IN_NAME if k == 0 else _NOT_IN_NAME_INSIDE):
            return False
        for w in _WORD.findall(fold_name(token)):
            if w in hosts or w in known or any(w in other or other in w for other in known if len(other) >= 4 and len(w) >= 4):
                return False  # a word of a detected paper's name (or a host's): not another paper
    return True


# An imperative of advice opening its clause with a proper name as its object ("read MERLOT for the idea", "use Whisper
# instead"); `_advises_on_other` decides whether the name is one of the detected papers'.
_ADVICE_ON_NAME = re.compile(
    r"(?:^|[,:;\u2013\u2014]\s*|\s-\s+)(?:(?:so|then|just|and|go(?:\s+and)?|first)\s+)*(?i:read|study|skim|cite|use|try|run|grab|adopt|deploy|"
    r"ship|copy|skip|ignore|drop|pick|install|download|"
    # Round 36: ... or one of watching or following it ("keep an eye on Hydragen", "watch X", "follow X")
    r"watch|follow|track|bookmark|keep\s+an\s+eye\s+on|look\s+(?:at|into))\s+(?P<name>[A-Z][\w.+'\u2019-]*(?:\s+[A-Z0-9][\w.+'\u2019-]*){0,2})"
)


_BACK_TO_THE_PAPER = re.compile(r"\b(?:it|its|it['\u2019]s|this\s+one|that\s+one)\b", re.I)
_SET_AGAINST_IT = re.compile(r"\b(?:instead\s+of|rather\s+than|over|than|alongside|next\s+to|on\s+top\s+of|with)\s+(?:it|this\s+one|that\s+one)\b", re.I)


def _advises_on_other(sentence: str, known: frozenset[str], hosts: frozenset[str]) -> bool:
    """Whether a sentence gives advice (an imperative opening its clause) about a capitalised name none of whose words a
    detected paper goes by, nor a host's name, and does not speak of the paper on the table too ("Keep it on the shelf for
    the argument, and use ConvNeXt for the work." judges the paper and names what to use instead)."""
    for m in _ADVICE_ON_NAME.finditer(sentence):
        # Round 36: a pronoun said before the advice refers back to the paper on the table; one after it ("keep an eye on
        # Hydragen, but wait for your engine to pick it up") refers to the name advised on, unless set against it
        # ("use ConvNeXt instead of it")
        if _BACK_TO_THE_PAPER.search(sentence[: m.start()]) or _SET_AGAINST_IT.search(sentence, m.end()):
            return False
        words = {w for w in _WORD.findall(fold_name(m.group("name"))) if w not in _NAME_FILLER}
        if words and not (words & (known | hosts)) and m.group("name").lower() not in _NOT_IN_NAME:
            return True
    return False


_DETERMINERS = frozenset("the a an this that these those one some any each every".split())


def _fronted_intro_topic(sentence: str, intro_words, name_words, context: int | None) -> list[int]:
    """The one paper a closing call's fronted bare topic ("And transcoders stay open.") was brought up with: every content
    word of the topic said in that paper's opening turn, none of them a word of the paper on the table (`context`)."""
    m = _FRONTED.match(sentence)
    if m is None or m.group("lead").strip().lower().endswith("the"):
        return []
    tokens = [t.strip(".,'\u2019").lower() for t in m.group("topic").split()]
    if not tokens or tokens[0] in _DETERMINERS or any(t in _NOT_IN_NAME for t in tokens):
        return []
    words = {w for t in tokens for w in _WORD.findall(fold_name(t)) if w not in _NAME_FILLER}
    if not words or max(len(w) for w in words) < 4:
        return []
    if context is not None and words & (name_words[context] | intro_words[context]):
        return []
    found = [i for i, said in enumerate(intro_words) if i != context and words <= said]
    return found if len(found) == 1 else []


def _own_part(said: str, known: frozenset[str], hosts: frozenset[str]) -> str:
    """A closing sentence's part about its own paper: up to a later piece that opens on another name-shaped topic
    ("Crescendo, put multi-turn attacks in your plan this week. scHyena, skip it.", one sentence to the splitter
    when the next name starts in lower case): the call after it is the other paper's."""
    for m in _SENTENCE_BREAK.finditer(said):
        if _opens_on_other_name(said[m.end() :], known, hosts):
            return said[: m.start()]
    return said


_NAME_FILLER = frozenset(
    "the a an and so but then now as for same with paper papers one work model models method approach "
    "this that its it's s of on in".split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9.+-]*[a-z0-9+]|[a-z0-9]")


def _name_words(paper: DetectedPaper) -> frozenset[str]:
    return frozenset(w for name in (paper.name, *paper.aliases) for w in _WORD.findall(fold_name(name)) if w not in _NAME_FILLER)


def fold_name(text: str) -> str:
    return text.lower().replace("\u2019s", "").replace("'s", "")


_DESCRIBED_TOPIC = re.compile(r"(?:the\s+)?\S.*\s(?:paper|one|work)$", re.I)


def _topic_by_words(sentence: str, papers: Sequence[DetectedPaper], name_words: Sequence[frozenset[str]], described: bool = False) -> list[int]:
    """The one paper whose names (or, for a description "the ... paper", the words said when it came up) hold
    every content word of the noun phrase a sentence opens with, if any."""
    m = _TOPIC_PHRASE.match(sentence)
    if m is None or (described and not _DESCRIBED_TOPIC.fullmatch(m.group("topic"))):
        return []
    topic = m.group("topic")
    found = _papers_holding(topic, name_words)
    owner = _OWNER.match(topic)
    if not found and owner:
        # "Meta's iterative one": the owner said in the possessive is provenance, not part of the name
        found = _papers_holding(topic[owner.end() :], name_words)
    return found


# A possessive opening a noun phrase ("Meta's", "the Alibaba team's"): who the work belongs to.
_OWNER = re.compile(r"^(?:the\s+)?(?:[\w.+-]+\s+){0,2}[\w.+-]+['\u2019]s\s+", re.I)


def _papers_holding(topic: str, name_words: Sequence[frozenset[str]]) -> list[int]:
    """The one paper whose words hold every content word of a topic phrase, if exactly one does."""
    words = {w for w in _WORD.findall(fold_name(topic)) if w not in _NAME_FILLER}
    if not words or max(len(w) for w in words) < 3:
        return []
    found = [i for i, known in enumerate(name_words) if words <= known]
    if not found:
        # "the ChatGPT deepfake paper" for "Can ChatGPT Detect DeepFakes?": a word of the name said in the other
        # number is the same word
        stems = {_singular(w) for w in words}
        found = [i for i, known in enumerate(name_words) if stems <= {_singular(w) for w in known}]
    return found if len(found) == 1 else []


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_SAME_AS_BEFORE = re.compile(
    r"\b(?:(?:same|that)\s+(?:bucket|pile|boat|category|box|column|camp|drawer)|same\s+(?:for|with|goes\s+for|here|again|story)|"
    r"as\s+well|too(?=\s*(?:[-,.;:!\u2013\u2014]|$))|likewise|ditto|also\s+(?:there|that)|in\s+the\s+same\s+(?:place|spot))\b|"
    # Round 21: the call made by reference, said bare after the name ("Sign2GPT the same - ...", "X, same.", "X: same
    # again"); "too" only as the last word of its clause ("X too.", not "too narrow")
    r"(?:\bthe|^|[,:\u2013\u2014]|\s-)\s*same(?=\s*(?:[-,.;:!\u2013\u2014]|$))|\bsame\s+(?:call|verdict|deal|answer|thing)\b", re.I
)
# A paper brought up by a description anywhere in a sentence ("plus the cube paper, which ..."); `_describes_another`
# decides whether its words are those of the paper on the table.
_DESCRIBED_ELSEWHERE = re.compile(r"\bthe\s+((?:[\w'\u2019-]+\s+){1,4}?)(?:paper|one)\b(?!\s+(?:of|about|on|from|by|in)\b)", re.I)
_GENERIC_DESCRIPTION = frozenset(
    "same first second third fourth fifth last next other previous original whole entire full actual real main new old "
    "older newer earlier later final best worst only big bigger small smaller little good great bad nice one this that "
    "these those every each any right wrong obvious easy hard simple opening closing".split()
)


def _describes_another(sentence: str, known: frozenset[str]) -> bool:
    """Whether a sentence calls up a paper by a description with a content word the paper on the table was never
    called by nor introduced with ("plus the Rubik's Cube paper" after a watermarking paper; not "the same paper",
    "the first one")."""
    for m in _DESCRIBED_ELSEWHERE.finditer(sentence):
        words = {w for w in _WORD.findall(fold_name(m.group(1))) if w not in _NAME_FILLER and w not in _GENERIC_DESCRIPTION and len(w) >= 3}
        if words and not words <= known and not {_singular(w) for w in words} <= {_singular(w) for w in known}:
            return True
    return False


# Round 32: several of the week's papers spoken of together ("both humanoid papers", "two of these papers", "all three
# of them"), not an audience ("for the rest of us")
_SEVERAL_PAPERS = re.compile(
    r"\b(?:both|all|(?:two|three|four|five)\s+of|(?:all\s+|the\s+)?(?:two|three|four|five|six))\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|this\s+week['\u2019]s\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:papers|ones)\b|\b(?:both|all|none|each)\s+of\s+(?:them|these|those|the\s+papers)\b",
    re.I,
)
# Round 34: a sentence that opens on the week itself ("A quiet week for anyone who just wants to ship something.", "What a
# week.", "Quite a week for trackers."): said of the batch, not of the paper judged last, when it makes no call of its own
# ("A week to set it up, then it pays for itself." is about the paper's cost)
_ABOUT_THE_WEEK = re.compile(
    r"^\W*(?:(?:so|and|well|anyway|overall)[,]?\s+)?(?:(?:what|quite|such)\s+a\s+(?:[\w-]+\s+){0,2}?|(?:a|an|some)\s+(?:[\w-]+\s+){1,2}?)week\b(?!\s+(?:or|and|to|of)\b)",
    re.I,
)
_ABOUT_THE_REST = re.compile(r"\b(?:the\s+rest|the\s+others|everything\s+else|all\s+of\s+(?:them|these|this)|both|none\s+of)\b", re.I)
# A remark about the field, the week's batch or research in general ("where the field is", "everyone's trying to
# ...", "whether any of this gets adopted", "a lot of this research will stay in papers", "production systems are
# ...") answers no paper, even right after one was judged: hosts zoom out at the end of a closing round.
_ABOUT_THE_FIELD = re.compile(
    r"\b(?:the\s+field|every(?:one|body)(?:'s|\s+is|\s+else)?|any\s+of\s+(?:this|these|it)|"
    r"(?:a\s+lot|much|most|some|half|many|all)\s+of\s+(?:this|these|the)\s+(?:research|work|papers?|stuff|week|batch|lot)|"
    # Round 33: a count of the week's papers out of their number ("Three of the four this week are tools for researchers",
    # "two of the three are ..."): said of the batch, not of the paper judged last
    r"(?:one|two|three|four|five|six)\s+of\s+(?:the|these|those|our|this\s+week['\u2019]s)\s+(?:two|three|four|five|six|seven)\b|"
    # Round 27: every part of the field at once ("every area runs into the same wall", "in every one of these")
    r"every\s+(?:area|field|domain|subfield|topic|direction|one\s+of\s+(?:these|them|the\s+papers))|"
    r"(?:this|that)\s+batch|(?:another|this)\s+week\s+in|the\s+week\s+(?:overall|as\s+a\s+whole)|overall\s+this\s+week|"
    r"this\s+week['\u2019]s\s+(?:papers|batch|lot)|academic\s+research|production\s+systems|"
    r"the\s+industry|these\s+(?:systems|models)\s+(?:are|have|will|more))\b",
    re.I,
)


def _owners(named: list[int], label: int | str, subjects: set[int]) -> list[int]:
    """Which papers a sentence is about: the turn's paper unless another is the sentence's subject.

    "It matches or exceeds DPO at 1B to 30B" inside the KTO discussion is about KTO, not DPO.
    """
    if not isinstance(label, int):
        return named
    if label in named or not named:
        return named or [label]
    subject_named = [i for i in named if i in subjects]
    return subject_named or [label]


def _sentence_subjects(papers: Sequence[DetectedPaper]) -> dict[tuple[int, int], set[int]]:
    """(turn, sentence) -> papers named there as the subject or introduced ("Medusa-1 doesn't ...", "Next up - X")."""
    subjects: dict[tuple[int, int], set[int]] = {}
    for i, paper in enumerate(papers):
        for m in paper.mentions:
            if m.intro or m.strength >= 0.5:
                subjects.setdefault((m.turn, m.sentence), set()).add(i)
    return subjects


def _introductions(papers: Sequence[DetectedPaper], labels: Sequence[int | str]) -> dict[tuple[int, int], int]:
    """(turn, paper) -> the sentence that introduces the paper, for turns that open one of its spans."""
    found: dict[tuple[int, int], int] = {}
    for i, paper in enumerate(papers):
        for m in paper.mentions:
            opens = labels[m.turn] == i and (m.turn == 0 or labels[m.turn - 1] != i)
            if m.intro and opens and (m.turn, i) not in found:
                found[(m.turn, i)] = m.sentence
    return found


_FROM_ORG = re.compile(r"\b(?:from|by)\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s*)+")
_FILLER = re.compile(
    r"\b(?:so|and|but|okay|ok|alright|right|now|then|well|yeah|the|this|that|one|is|it's|its|a|an|up|next|last|"
    r"first|second|third|fourth|fifth|final|paper|number|let's|talk|about|start|with|moving|on|there's|called|"
    r"s|has|to|be|we've|got|have)\b",
    re.I,
)


def _says_more_than_the_intro(sentence: str, paper: DetectedPaper) -> bool:
    """"Next up - X, which is built on Y" says something; "First up, X from Meta." only names it."""
    rest = sentence
    for pattern in paper.patterns:
        rest = pattern.sub(" ", rest)
    rest = _FILLER.sub(" ", _FROM_ORG.sub(" ", rest))
    return len(re.findall(r"[A-Za-z][\w-]*", rest)) >= 4


def _merge_same_id(papers: list[DetectedPaper]) -> list[DetectedPaper]:
    """Two names that resolve to one arXiv id ("BitNet b1.58", "1-bit LLMs") are one paper: keep the stronger name."""
    kept: list[DetectedPaper] = []
    by_id: dict[str, DetectedPaper] = {}
    for paper in sorted(papers, key=lambda p: -p.score):
        host = by_id.get(paper.arxiv_id) if paper.arxiv_id else None
        if host is None:
            kept.append(paper)
            if paper.arxiv_id:
                by_id[paper.arxiv_id] = paper
            continue
        host.mentions.extend(paper.mentions)
        host.aliases.extend(a for a in [paper.name, *paper.aliases] if a not in host.aliases and a != host.name)
        host.patterns.extend(paper.patterns)
    kept.sort(key=lambda p: min((m.turn, m.sentence, m.position) for m in p.mentions))
    return kept


def _paper_keys(papers: Sequence[DetectedPaper]) -> list[str]:
    keys: list[str] = []
    for paper in papers:
        key = identity.paper_key(arxiv_id=paper.arxiv_id, name=paper.name)
        while key in keys:  # two detections resolved to one catalog entry: keep them apart
            key += "+"
        keys.append(key)
    return keys


def _sentence_papers(papers: Sequence[DetectedPaper]) -> dict[tuple[int, int], list[int]]:
    first_position: dict[tuple[int, int], dict[int, int]] = {}
    for i, paper in enumerate(papers):
        for m in paper.mentions:
            seen = first_position.setdefault((m.turn, m.sentence), {})
            seen[i] = min(seen.get(i, m.position), m.position)
    return {key: sorted(seen, key=lambda i: seen[i]) for key, seen in first_position.items()}


def _attach_arxiv_ids(papers: Sequence[DetectedPaper], sentences: Sequence[Sequence[str]]) -> None:
    """"InfiniteVL (arXiv:2512.08829)": an id in a sentence naming one paper belongs to it."""
    for paper in papers:
        for m in paper.mentions:
            found = _ARXIV.findall(sentences[m.turn][m.sentence])
            if len(found) == 1 and not paper.arxiv_id:
                paper.arxiv_id = found[0]


def _positions(sentence: str, paper: DetectedPaper) -> list[int]:
    return [match.start() for pattern in paper.patterns for match in pattern.finditer(sentence)]


def _split_numbers(sentence, papers, owners, numbers):
    """Several papers in one sentence ("X is 560B, Y is 8.3B"): each figure goes to the paper named before it."""
    if len(owners) < 2:
        return [(owners[0], numbers)]
    starts = sorted((pos, i) for i in owners for pos in _positions(sentence, papers[i]))
    if not starts:
        return [(owners[0], numbers)]
    assigned: dict[int, list] = {i: [] for i in owners}
    for number in numbers:
        at = sentence.find(number.text)
        owner = starts[0][1]
        for pos, i in starts:
            if pos <= at:
                owner = i
        assigned[owner].append(number)
    return [(i, nums) for i, nums in assigned.items() if nums or i == owners[0]]


# "now that X exists", "since X", "once X is out", "given X": the name is a reason or a condition, not the topic.
_BACKGROUNDED = re.compile(r"\b(?:now\s+that|since|once|given(?:\s+that)?|because|unless|compared\s+(?:to|with)|than|when|while)\s+(?:the\s+)?$", re.I)


def _only_backgrounded(sentence: str, paper: DetectedPaper) -> bool:
    positions = _positions(sentence, paper)
    return bool(positions) and all(_BACKGROUNDED.search(sentence[:pos]) for pos in positions)


def _clause_statements(sentence, papers, named, turn, weight, statements, known=frozenset(), hosts=frozenset()) -> None:
    """A summary sentence judging several papers: each clause counts for the paper it names (or last named)."""
    last: list[int] = []
    for clause in (item for part in split_clauses(sentence) for item in _list_items(part, papers, named)):
        # A paper named as background ("but now that VisionZip exists I don't see a reason to reach for it")
        # is not the clause's topic: the clause stays with the paper judged before it.
        here = [i for i in named if any(not _BACKGROUNDED.search(clause[:pos]) for pos in _positions(clause, papers[i]))]
        if here:
            # "X and Y I'd put on the reading list, but neither is ...": papers joined as one subject share the
            # clause (and the clauses after it); otherwise the first paper named is the clause's topic
            last = _conjoined(clause, papers, here)
        elif _opens_on_other_name(clause, known, hosts):
            last = []  # "..., and scHyena, skip it": a clause opening on a paper the detection missed is its own
        for i in last:
            statements[i].append(Statement(turn, clause, weight))


# A comma that hands over to the next paper of a list ("..., Router-R1 stays open", "..., and the X paper is ...").
_ITEM_BREAK = re.compile(r",\s+(?:(?:and|then|plus|while)\s+)?$", re.I)
_ITEM_WORD = re.compile(r"[\w'\u2019-]+")


def _list_items(clause: str, papers: Sequence[DetectedPaper], named: list[int]) -> list[str]:
    """Round 34: a clause that judges the papers one after another, separated by commas only ("CLIP4Clip is the one to
    use for video search, the single frame paper is good reading, Router-R1 stays open"), split where a comma is followed
    by a paper named, once the piece before has said something of its own past the names in it (three words or more):
    "X, Y and Z are research" names a joined subject and stays whole."""
    mentions = sorted(
        (m.start(), m.end()) for i in named for pattern in papers[i].patterns for m in pattern.finditer(clause)
    )
    if len(mentions) < 2:
        return [clause]
    items: list[str] = []
    start = 0
    for pos, _ in mentions:
        if pos <= start:
            continue
        comma = _ITEM_BREAK.search(clause, start, pos)
        if comma is None or comma.end() != pos:
            continue
        piece = clause[start : comma.start()]
        own = piece
        for a, b in sorted(((a - start, b - start) for a, b in mentions if start <= a < comma.start()), reverse=True):
            own = own[:a] + " " + own[b:]
        if len(_ITEM_WORD.findall(own)) >= 3:
            items.append(piece)
            start = pos
    items.append(clause[start:])
    return items


_JOINED = re.compile(r"^(?:\s*(?:,|&|\+|\band\b|\bas\s+well\s+as\b|\bplus\b|\bthe\b|\bpaper\b|\bone\b))*\s*$", re.I)


def _conjoined(clause: str, papers: Sequence[DetectedPaper], here: list[int]) -> list[int]:
    """The papers a clause opens with as one joined subject ("X and Y", "X, Y and the Z paper"), else the first."""
    spans = sorted(
        (m.start(), m.end(), i) for i in here for pattern in papers[i].patterns for m in pattern.finditer(clause)
    )
    if not spans:
        return here[:1]
    joined = [spans[0][2]]
    end = spans[0][1]
    for start, stop, i in spans[1:]:
        if i in joined or start < end:
            end = max(end, stop)
            continue
        if not _JOINED.match(clause[end:start]):
            break
        joined.append(i)
        end = stop
    return [i for i in here if i in joined] if len(joined) >= 2 else here[:1]


_NOT_TOPIC = re.compile(
    r"\b(?:than|unlike|like|versus|vs|over|beats?|beat|against|compared|to|from|with|on|of|after|before|since|"
    r"now\s+that|once|because|if|when|where|which|that|who|it|they|he|she|we|you|i)\b", re.I
)


def _topic_first(sentence: str, papers: Sequence[DetectedPaper], named: list[int]) -> int | None:
    """The paper a sentence opens with as its topic ("RAFT first - ...", "NV-Embed, for me, is ...", "And the
    circles paper?", "Same for the X paper - ..."): named within its first words, before any other paper,
    and not as the object of a comparison or a clause ("unlike X", "better than X", "now that X exists")."""
    first = min(((min(_positions(sentence, papers[i]), default=len(sentence)), i) for i in named), default=None)
    if first is None or first[0] >= len(sentence):
        return None
    prefix = sentence[: first[0]]
    if len(re.findall(r"[\w'\u2019-]+", prefix)) > 3 or _NOT_TOPIC.search(prefix):
        return None
    return first[1]


def _judging_round(papers, spoken, by_sentence, labels, wrap_start) -> int | None:
    """Where the closing round starts when the hosts judge the papers one by one by name in the last part of
    the episode: the first turn, after the last paper is introduced, that opens a judgement with a paper's
    name (or puts one on the table, "olmOCR?") and is followed within three turns by another paper's; or, since
    round 25, the first turn of a roll through the papers (see `_roll_start`). A wrap-up the segmentation found
    bounds where the round may start but not what counts as its items: a judgement said just before it pairs
    with the wrap-up's first items ("Alright, my list. X is the one to act on." / "Y, clever research, ...")."""
    n = len(spoken)
    if len(papers) < 2 or n < 6:
        return None
    last_new = max(min(m.turn for m in p.mentions) for p in papers)
    first = max(last_new + 1, n // 2)
    end = n if wrap_start is None else wrap_start
    found: list[tuple[int, int]] = []
    for t in range(first, n if wrap_start is None else min(n, wrap_start + 4)):
        for k, sentence in enumerate(spoken[t]):
            named = by_sentence.get((t, k), [])
            topic = _topic_first(sentence, papers, named) if named else None
            item = len(named) == 1 and _ROLL_CALL_ITEM.match(sentence)
            if item or (topic is not None and is_judgement(sentence)):
                # a judgement opening with the paper's name, or the paper put on the table ("Quick-fire. olmOCR?")
                found.append((t, named[0] if item else topic))
                break
    start = next((t for a, (t, topic) in enumerate(found) if t < end and any(u != topic and 0 < s - t <= 3 for s, u in found[a + 1 :])), None)
    roll = _roll_start(papers, spoken, by_sentence, labels, first, n)
    if roll is not None and roll < end and (start is None or roll < start):
        # Round 27: a roll through the papers that starts before the first paper judged by name up front ("Okay,
        # practical advice. If you do X, A is good data ..." / "If you care about Y, B is the benchmark to watch." /
        # "C we're leaving undecided." / "And D, pass."): the round starts with the roll
        return roll
    return start


def _roll_start(papers, spoken, by_sentence, labels, first: int, n: int) -> int | None:
    """The first turn of a roll through the papers: consecutive turns (one unnamed reply allowed between them)
    that each name exactly one paper, each a different one from the turn before, together at least three papers,
    two of them not the paper under discussion where the roll starts ("So, practical advice. If you need X, take
    X." / "If you publish policies, Y is worth the setup." / "The Z paper is good news with an asterisk." / "And W
    we're leaving open."). Hosts reading out their lists or their advice per paper judge them one by one by name
    without opening on the names; a discussion compares papers in passing, not one per turn in a run of three."""
    run: list[tuple[int, int]] = []
    for t in range(first, n):
        in_turn = {
            i for k, sentence in enumerate(spoken[t]) for i in by_sentence.get((t, k), [])
            if not _only_backgrounded(sentence, papers[i])
        }
        if len(in_turn) != 1:
            if in_turn or (run and t - run[-1][0] > 1):
                run = []
            continue
        (paper,) = in_turn
        if run and paper == run[-1][1]:
            run = [] if t - run[-1][0] > 1 else run
            if run:
                continue
        run.append((t, paper))
        distinct = {i for _, i in run}
        here = labels[run[0][0]]
        if len(distinct) >= 3 and len(distinct - {here}) >= 2:
            return run[0][0]
    return None


def _wrap_up_start(labels) -> int | None:
    """The first turn of the closing round the segmentation found: the first wrap-up turn in the last two thirds that
    no new paper's discussion follows. Since round 27, a wrap-up run with a paper first discussed after it ("Okay,
    we'll come back to it. Then the adapter paper ..." labelled wrap-up, then "Last one, REPLUG.") was a stretch the
    segmentation could not place, not the closing round: every turn after it would weigh as a closing call."""
    first_turn: dict[int, int] = {}
    for t, label in enumerate(labels):
        if isinstance(label, int) and label not in first_turn:
            first_turn[label] = t
    last_new = max(first_turn.values(), default=-1)
    for t, label in enumerate(labels):
        if label == WRAP_UP and t >= len(labels) // 3 and t > last_new:
            return t
    return None


def _link_all_pushback(claims, labels, sentences, by_sentence) -> None:
    for t, turn_sentences in enumerate(sentences):
        doubting = pushback_sentences(turn_sentences)
        if not doubting:
            continue
        owners: set[int] = set()
        for s_index, sentence in enumerate(turn_sentences):
            if sentence in doubting:
                owners.update(by_sentence.get((t, s_index), []))
        if labels[t] == WRAP_UP:
            continue  # the closing round judges; its reservations are verdict evidence, not pushback
        if not owners and isinstance(labels[t], int):
            owners.add(labels[t])
        for p_index in owners:
            linked = [c for c in link_pushback(claims[p_index], t, doubting) if c.turn <= t]
            if not linked:
                linked = _nearest_claim(claims[p_index], t, labels, p_index)
            for claim in linked:
                if t not in claim.pushback:
                    claim.pushback.append(t)


def _nearest_claim(claims: Sequence[Claim], turn: int, labels, p_index: int) -> list[Claim]:
    """A doubt about a paper with no claim just before it answers the paper's latest claim so far, or, when
    the doubt comes first, the first claim of the span it sits in: the doubt is kept either way."""
    real = [c for c in claims if not c.hypothetical] or list(claims)
    earlier = [c for c in real if c.turn <= turn]
    if earlier:
        return [max(earlier, key=lambda c: c.turn)]
    start = turn
    while start > 0 and labels[start - 1] == p_index:
        start -= 1
    end = turn
    while end + 1 < len(labels) and labels[end + 1] == p_index:
        end += 1
    in_span = [c for c in real if start <= c.turn <= end]
    return [min(in_span, key=lambda c: c.turn)] if in_span else ([real[0]] if real else [])
