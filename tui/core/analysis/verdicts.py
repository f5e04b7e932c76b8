"""Suggested verdicts: deploy-ready / research-only / skip, with a confidence and the evidence.

Every sentence about a paper is scored against phrase lists for the three verdicts (negations such
as "not immediately practical" are listed as their own phrases, matched first). Wrap-up statements
weigh most, then the paper's last turns. When the evidence is thin or split, the verdict is None:
the hosts did not make a call, and guessing would mislead the user.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.analysis.memo import per_text
from tui.core.analysis.prefilter import Prefiltered, fold, prefiltered, present
from tui.core.models import Evidence, SuggestedVerdict

DEPLOY, RESEARCH, SKIP = "deploy-ready", "research-only", "skip"
NOT_USE = "not-use"  # a refusal to use it: skip, unless the same clause gives a reason to study it (research-only)

# A verdict word named as the subject of a judgement on it ("research-only undersells something people use daily",
# "deploy-ready is too generous"): the speaker weighs that call and turns it down, so the word is not their call.
_CALL_REJECTED = (
    r"(?!\s+(?:\w+\s+)?(?:undersells?|oversells?|sells\s+(?:it|this|that)\s+short|(?:is|was|would\s+be|feels|sounds)\s+"
    r"(?:a\s+bit\s+|way\s+|much\s+|far\s+)?(?:too\s+\w+|unfair|wrong|harsh|generous|stingy|a\s+stretch)))"
)

# Use held at a distance: a negator of distance or time before a place or state of use ("nowhere near a product",
# "far from production", "a long way off deployment", "years away from shipping", "not yet a product", "miles off
# being usable").
_DISTANCE = (
    r"(?:nowhere\s+(?:near|close\s+to)|not\s+(?:anywhere\s+)?(?:near|close\s+to)|far\s+(?:off\s+|away\s+)?from|"
    r"(?:a\s+)?(?:long|good|fair)\s+way\s+(?:off|away|from)(?:\s+from)?|(?:years|miles|months|ages)\s+(?:(?:off|away)(?:\s+from)?|from)|not\s+yet)"
)
_FAR_FROM_USE = (
    r"\b" + _DISTANCE + r"\s+(?:(?:a|an|the|being|any|anything|something|real|actual)\s+)*(?:[\w-]+\s+)?"
    r"(?:products?|production|prod|deploy\w*|shipp?\w*|ready|usable|practical|customers?|users|real[-\s]world\s+use|the\s+real\s+world)\b|"
    r"\b(?:(?:a|still\s+a)\s+(?:long|good|fair)\s+way|years|miles)\s+(?:off|away)(?=\s*(?:[.,;!\u2013\u2014]|\s-\s|$))"
)

# (pattern, verdict, weight). Longer, more specific phrases first: the first match in a clause wins.
_CUES: list[tuple[Prefiltered, str, float]] = [
    (prefiltered(p, re.I), v, w)
    for p, v, w in [
        # explicit (a call named only to be judged short is no call: "research-only undersells it", "skip is too harsh")
        (r"\bdeploy[-\s]ready\b" + _CALL_REJECTED, DEPLOY, 3.0),
        # Round 19: the verdict word as a noun with its article, said of the paper ("I think it's a skip", "call it a
        # skip", "that's an easy skip from me"): the call said outright
        (r"\b(?:it['\u2019]s|that['\u2019]s|it\s+is|that\s+is|is|call\s+it|as|mark\s+it|make\s+it)\s+(?:a|an)\s+(?:clear|easy|hard|firm|definite|polite|quick|straight|confident|solid)?\s*skip\b", SKIP, 3.0),
        (r"\bresearch[-\s]only\b" + _CALL_REJECTED, RESEARCH, 3.0),
        # Round 21: use held at a distance, said with a negator other than "not" ("solid research nowhere near a
        # product", "far from production", "a long way off deployment", "years away from shipping", "not yet a
        # product"): the distance from use is the call, matched before the place of use is read as adoption.
        (_FAR_FROM_USE, RESEARCH, 2.5),
        # Round 35: use still awaited ("a nice idea still waiting for its real deployment", "waiting on its first product"),
        # or expected of it by nobody ("just don't expect a business to come out of it"): not yet usable, study for now
        (r"\b(?:still\s+)?waiting\s+(?:for|on)\s+(?:its|their|a|an|the|any)\s+(?:(?:real|first|actual|proper|killer|big)\s+){0,2}"
         r"(?:deployment|product|application|use\s+case|users|customers|production\s+(?:use|debut))s?\b|"
         r"\b(?:don['\u2019]t|do\s+not|wouldn['\u2019]t|never)\s+(?:\w+\s+)?expect\s+(?:a|an|any)\s+(?:[\w-]+\s+)?"
         r"(?:business|product|startup|company|revenue|deployment|app|tool)s?\s+(?:to\s+come\s+)?(?:out\s+of|from)\b", RESEARCH, 2.5),
        # Round 35: use denied to everyone, said as what nobody should do with it ("nobody should start a detection project on
        # it today", "no one should build on it"): a refusal (with "yet" or "until", not now: study, see _NOT_NOW)
        (r"\b(?:nobody|no\s+one|no\s+team)\s+(?:should|needs\s+to|ought\s+to)\s+(?:(?:still|really|now|ever|seriously)\s+)?"
         r"(?:start|begin|build|base|bet|rely|depend|use|run|deploy|adopt|ship|pick)\w*\b[^.;?]{0,40}?\b(?:on|with|around|from)?\s*(?:it|this|that|them)\b", SKIP, 2.5),
        # Round 35: a niche audience and nobody else ("a recipe for base-model teams, nobody else"): not for the listener to use
        (r"\bfor\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:people|folks|teams?|groups?|labs?|[\w-]+s)\b,?\s+(?:and\s+|but\s+)?(?:nobody|no\s+one|no-one)\s+else\b", RESEARCH, 2.5),
        # Round 35: a gain said free ("REST is free speed when your outputs repeat"): nothing to lose by using it
        (r"\b(?:is|it['\u2019]s|that['\u2019]s|basically|just)\s+(?:a\s+)?free\s+(?:speed\w*|gains?|accuracy|quality|performance|improvements?|wins?|upgrades?|boosts?|money|latency\s+wins?)\b", DEPLOY, 2.5),
        # Round 25: readiness denied ("it isn't ready", "it won't be usable today", "not production-ready yet", "never
        # going to be deployable as it is"): not ready is not yet, study rather than use; matched before readiness said
        # with the present ("usable today") is read as adoption
        (r"\b(?:isn['\u2019]t|is\s+not|aren['\u2019]t|are\s+not|not|won['\u2019]t\s+be|will\s+not\s+be|wouldn['\u2019]t\s+be|would\s+not\s+be|"
         r"never\s+(?:going\s+to\s+)?be|not\s+going\s+to\s+be)\s+(?:(?:yet|quite|really|remotely|fully|truly|actually|exactly|immediately|going\s+to\s+be)\s+)?"
         # "ready" bare is no call ("It's not ready." answers a question about the code, the demo, the release): only
         # readiness for something, or by a time ("not ready for users yet", "isn't ready today")
         r"(?:ready(?=\s+(?:for|yet|today|now|right|to|as|outside|in|any\s*time)\b)|usable|deployable|shippable|production[-\s]ready)\b", RESEARCH, 2.5),
        # Round 25: use ruled out by a quality it has too much of ("too heavy and too camera-dependent to ship", "a setup
        # too tidy to ship", "too early to deploy"): not usable as it stands, like readiness denied (research)
        (r"\btoo\s+(?:early|soon|new|young|immature|raw|fresh|green|rough)\s+(?:still\s+)?(?:to|for)\s+(?:ship|deploy|use|run|serve|adopt|productioni[sz]e|production|prod|products?|build\s+on)\b", RESEARCH, 2.5),
        (r"\btoo\s+(?:[\w-]+\s+){1,6}?to\s+(?:ship|deploy|use|run|serve|adopt|productioni[sz]e|roll\s+out|build\s+on|put\s+(?:in|into)\s+\w+|plug\s+in)\b", RESEARCH, 2.5),
        # Round 21: research as the bare predicate, praised or not ("still research.", "solid research, nowhere ...",
        # "Good research, but research."): the word said as the call, with nothing after it that makes it a noun's
        # modifier ("research group", "research on X")
        # Round 25: also after the separator that follows the paper's name ("Whisper-Flamingo - nice research, too heavy")
        (r"(?:\b(?:is|it['\u2019]s|that['\u2019]s|still|just|but|mostly|basically|purely)\s+|^\W*|(?:[:\u2013\u2014]|\s-)\s*)"
         r"(?:(?:solid|good|nice|great|fine|real|serious|careful|honest|early|pure|basic|strong|lovely|clever|smart|useful|interesting)\s+)?"
         # Round 34: ... also named by where it is done ("lab research", "academic research") and held until a condition is met
         # ("SRT is lab research until someone trains on real logs"): research until then is research now
         r"(?:(?:lab|academic|university)\s+)?"
         r"research(?=\s*(?:[.,;!\u2013\u2014]|\s-\s|$)|\s+(?:that['\u2019]s|that\s+is|which\s+is|nowhere|not|for\s+now|but|until|till|unless)\b)", RESEARCH, 2.5),
        # Round 21: a result that confirms what was already expected or known ("a useful result that mostly confirms
        # what we'd expect", "it confirms what everyone suspected"): worth knowing, nothing new to put to use
        (r"\bconfirm\w*\s+what\s+(?:we|you|everyone|everybody|people|most\s+(?:of\s+us|people)|i|the\s+field)\s*"
         r"(?:['\u2019]d|\s+would|\s+already|\s+all|\s+probably|\s+mostly)?\s*(?:(?:already|all|probably|mostly|have|had)\s+)?"
         r"(?:expect\w*|knew|know|suspect\w*|thought|assumed|guessed|believed|felt)\b", RESEARCH, 2.5),
        (r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would|we\s+should|you\s+can|just)\s+(?:(?:also|just|probably|honestly|happily|definitely|still|simply|personally|then)\s+)?skip\b|\bskip\s+(?:it|this|that|for)\b|"
         # Round 33: the skip said as what the speaker is doing ("Then I'm skipping it.", "we're skipping that one")
         r"\b(?:i['\u2019]m|we['\u2019]re|i\s+am|we\s+are)\s+(?:(?:just|also|probably|honestly|definitely|happily)\s+)?skipping\s+(?:it|this|that|them)\b|"
         r"(?:^|[:\u2013\u2014]\s*|\s-\s+)skip\b(?!\s+(?:the|a|an)\b)|,\s+skip[.!]?$|"
         # Round 28: the word said bare between commas, its reason after it ("T-Rex, skip, it's been overtaken.")
         r",\s+skip(?=\s*(?:[,;:\u2013\u2014]|\s-\s))|"
         # Round 27: "pass" said bare after the name as the call ("And Ghostbuster, pass.", "X - pass."), like "skip"
         r"(?:,|[:\u2013\u2014]|\s-)\s*(?:a\s+)?pass[.!]?$", SKIP, 3.0),
        # Round 27: the verdict word as the paper's adjective ("Timer is skippable now"), unless denied
        (r"(?<!\bnot\s)(?<!n['\u2019]t\s)\bskippable\b", SKIP, 2.5),
        # Refusal: a negated verb of adopting or spending effort, said by a host about the paper ("I wouldn't
        # bother", "I wouldn't spend a sprint on it", "hard to recommend", "I'd pass") -> skip; matched before
        # the adoption verbs so "wouldn't use" is not a use.
        (r"\b(?:wouldn['\u2019]t|won['\u2019]t|would\s+not|will\s+not|don['\u2019]t|do\s+not|never)\s+(?:even\s+|personally\s+|really\s+)?"
         r"(?:bother|spend|waste|start\s+(?:a|any|anything)|touch(?!\s+(?:it|this|that|them)\s+outside\b)|recommend|invest)\b|"
         r"\bhard\s+to\s+recommend\b|\b(?:i['\u2019]d|we['\u2019]d|i\s+would|i['\u2019]ll)\s+pass\b|^pass\b(?!\s+(?:(?:it|this|that|them)\s+)?(?:on\s+)?to\b)(?!\s+(?:[\w'\u2019-]+\s+){1,4}?through\b)|\bsuperseded\b|"
         r"\boutdated\b|\b(?:the\s+gains\s+are|it['\u2019]s|that['\u2019]s|mostly|just)\s+noise\b|\boverhyped\b|\bexpensive\s+demo\b|"
         r"\bproblem\s+nobody\s+has\b|\b(?:descendants|successors|follow-ups)\s+(?:ate|replaced|killed|buried)\b|"
         # Round 35: its successors said to be better ("its descendants are faster and better"): outrun by later work
         r"\b(?:its|their)\s+(?:descendants|successors|follow-ups|offspring)\s+(?:are|were)\s+(?:(?:now|all|just|simply|much|far|both)\s+)?(?:[\w-]+\s+and\s+)?(?:better|faster|stronger|cheaper|simpler)\b|\bno\s+reason\s+to\s+(?:spend|bother|read|touch|reach\s+for)\b|\b(?:don['\u2019]t|do\s+not|can['\u2019]t)\s+see\s+(?:a|any)\s+reason\s+to\s+(?:use|reach\s+for|pick|touch|adopt|bother)\b|\bnot\s+an?\s+[\w-]+\s+replacement\b|\bnot\s+for\s+(?:chat|anyone)\b|\b(?:a|it['\u2019]s\s+a|that['\u2019]s\s+a)\s+hard\s+no\b|"
         # doing without it: "X I can live without", "we could do without it", "nobody will miss it"
         r"\b(?:i|we|you)\s+(?:can|could)\s+(?:\w+\s+)?(?:live|do)\s+without\b|\b(?:won['\u2019]t|wouldn['\u2019]t|will\s+not)\s+(?:\w+\s+)?miss\s+(?:it|this|that|them)\b", SKIP, 2.5),
        # Refusing to use it, said alone ("I wouldn't build on it") -> skip; said beside a reason to study it
        # ("the one I'd read to understand X, but I wouldn't build on it") -> research-only (see NOT_USE).
        (r"\b(?:wouldn['\u2019]t|won['\u2019]t|would\s+not|will\s+not|don['\u2019]t|do\s+not|never)\s+(?:even\s+|personally\s+|really\s+)?"
         r"(?:build\s+(?:(?:a|an|the|any|anything|my|our|your)\s+)?(?:[\w-]+\s+){0,2}?(?:on|with|around)|pick\s+(?:it|this|that)\s+up|adopt|use|deploy|ship|run|put|install|serve|integrate|productioni[sz]e|copy|reuse|roll\s+(?:it\s+|this\s+|that\s+)?out)\b|"
         # Round 34: a choice of it denied, or it denied as the place to start ("don't pick Vesper, pick something that's
         # maintained", "don't start from the periodic table paper", "I wouldn't go with it"): the object is the paper (a
         # pronoun, a name, a paper described), not a step of a method ("you don't pick the layers by hand")
         r"\b(?:wouldn['\u2019]t|won['\u2019]t|would\s+not|will\s+not|don['\u2019]t|do\s+not|never)\s+(?:even\s+|personally\s+|really\s+)?"
         r"(?:pick|choose|go\s+with|opt\s+for|settle\s+on|(?:start|begin)\s+(?:from|with))\s+"
         r"(?:(?:it|this|that|them)(?!\s+(?:up|apart|out)\b)|(?:the|this|that)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:paper|one|model|method|work|system)|(?-i:[A-Z][\w.+'\u2019-]*))(?=\s*(?:[.,;:!?\u2013\u2014]|\s-\s|$|\s+(?:for|as|if|unless|when|here|now|yet)\b))|"
         # not worth the cost of putting it to use ("worth an afternoon, not worth an engineering ticket")
         r"\bnot\s+worth\s+(?:an?\s+|the\s+)?(?:engineering|integration|migration|production|deploy\w*|ship\w*|switching|adopting|porting|ticket|sprint)\b|"
         # Round 32: use denied by its place ("not for production", "not for products"): a refusal alone, study-not-use
         # beside a reason to study it ("for the climate researchers, not for production"); and handed off to whoever has
         # what it takes ("X I'd leave to whoever owns the cluster for it", "leave that to the teams with robots"): not for
         # the speaker, so a refusal, or study when the ones it is left to are researchers
         r"\bnot\s+for\s+(?:production|products?)\b|"
         r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would|we\s+would|i['\u2019]ll|we['\u2019]ll)\s+(?:happily\s+|gladly\s+|just\s+)?leave\s+(?:(?:it|this|that|them)\s+(?:one\s+)?)?to\s+"
         r"(?:whoever|anyone|anybody|those|the\s+(?:people|folks|teams?|ones|few|labs?|researchers))\b|"
         # Round 33: left alone, said as the speaker's plan or as advice ("X I'd leave alone", "leave it alone, it's being
         # wound down", "you can leave it alone"): not picked up, a refusal (study beside a reason to study it)
         r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would|we\s+would|i['\u2019]ll|we['\u2019]ll|you\s+can|you\s+could|just)\s+(?:(?:happily|just|probably|honestly|safely)\s+)?leave\s+(?:(?:it|this|that|them)\s+(?:one\s+)?|"
         # Round 35: ... the paper or what it built named with a determiner ("I'd leave the model alone", "leave the system alone")
         r"(?:the|this|that|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:paper|one|model|method|work|system|architecture|approach|network|detector|code)s?\s+)?alone\b|"
         r"(?:^|[,:;\u2013\u2014]\s*|\s-\s+)(?:(?:so|just|then)\s+)?leave\s+(?:it|this|that|them)\s+(?:one\s+)?alone\b", NOT_USE, 2.5),
        # Round 17: the stance a sentence takes toward using the paper, read from where it is sent or what it is
        # for (own bank of judgements, tests/core/test_analysis_round17_verdicts.py).
        # Refusal: reading it denied ("nobody should be reading it", "you can safely not read it"), not coming back
        # to it, a pass given, outrun by later work, "a no from me", not earning its place, dropping it.
        (r"\b(?:nobody|no\s+one|not|never|don['\u2019]t|do\s+not|shouldn['\u2019]t|needn['\u2019]t)\s+(?:\w+\s+){0,2}?(?:read|reading|cite|citing)\s+(?:it|this|that|them)\b(?!\s+(?:as|to|for|closely|carefully)\b)|"
         r"\b(?:not|never)\s+(?:\w+\s+)?(?:come|coming|go|going|look\w*)\s+back\b(?!\s+(?:to\s+it\s+)?(?:when|once|if|in|after|later)\b)|"
         r"\bgive\s+(?:it|this|that|them)\s+(?:one\s+)?a\s+pass\b|\b(?:life|time)(?:['\u2019]s|\s+is)\s+too\s+short\b|"
         r"\b(?:been|was|were|got|gets|is|are)\s+(?:\w+\s+)?(?:overtaken|eclipsed|outclassed|leapfrogged|obsoleted|made\s+redundant)\b|"
         r"\b(?:that['\u2019]s|it['\u2019]s|is)\s+a\s+(?:hard\s+|firm\s+|clear\s+|polite\s+|definite\s+)?no\b(?![-'\u2019])|\ba\s+no\s+from\s+me\b|(?:^|[,;]\s*)so\s+no[.!]?$|"
         r"\b(?:doesn['\u2019]t|does\s+not|didn['\u2019]t|won['\u2019]t)\s+earn\s+(?:its|a|their)\s+(?:place|spot|keep|slot)\b|"
         r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would|we\s+would|just)\s+(?:\w+\s+)?(?:drop|ditch|bin|shelve)\s+(?:it|this|that|them)\b", SKIP, 2.5),
        # read only as history: no longer current ("read it for the history", "one for the history books")
        (r"\b(?:read|study|cite|keep)\w*\s+(?:it|this|that|them)\s+(?:only\s+|just\s+|purely\s+)?(?:for|as)\s+(?:the\s+|a\s+)?(?:history|historical|nostalgia|museum|archaeolog\w+)\b|"
         r"\bif\s+you\s+(?:like|love|enjoy|care\s+about)\s+history\b|\bnot\s+even\s+(?:as|for)\s+(?:a|an|the)\s+(?:baseline|reference|comparison)\b|"
         # Round 29: put where the past is kept ("a museum exhibit by now", "that belongs in a museum", "Quarry goes in the
         # history books"): no longer current, like read only as history
         r"\bmuseum\s+(?:piece|exhibit|item|benchmark|placard|relic)s?\b|\b(?:belongs?|goes|went|lives?|sits?|stays?|ends?\s+up)\s+in\s+(?:a|the)\s+museum\b|"
         r"\b(?:stays?|stayed|belongs?|goes|went|lives?|sits?|ends?\s+up|one\s+for|(?:earned|earns|has|gets?|got)\s+its\s+(?:spot|place)\s+in)\s+(?:in\s+)?the\s+history\s+books?\b", SKIP, 2.5),
        (r"(?:^|[.!?]\s+)no[.!]?$", SKIP, 1.5),  # a bare "No." is the call in a closing round, too little alone elsewhere
        # Round 19: handed to an audience of study, the object left out or before the verb ("a paper I'd hand to a
        # research group", "one to pass to the reading group") - matched before "I'd hand" is read as adoption
        (r"\b(?:hand|send|give|pass|forward|recommend|point)\w*\s+(?:(?:it|this|that|them|one)\s+)?(?:on\s+)?to\s+(?:a|an|the|any|every|all|my|our|your|some)?\s*"
         r"(?:[\w-]+\s+)?(?:research(?:ers?)?|academics?|phd|grad\w*|students?|reading|theorists?|scientists?|labs?)\b"
         # Round 22: ... unless handed over for a near date ("I'd hand it to a biology lab tomorrow"): that is for use
         r"(?![^.;]{0,30}\b(?:tomorrow|today|tonight|on\s+(?:monday|tuesday|wednesday|thursday|friday)|this\s+week)\b)", RESEARCH, 2.5),
        # Round 22: taken up by its users on a near date ("a tool a lab could pick up on Monday", "any team can start
        # using it today"), and the call said as a plain yes or no ("Easiest yes of the week.", "an easy yes from me",
        # "a hard no"): adoption and refusal said without a verdict word
        (r"\b(?:could|can|will|would|should)\s+(?:\w+\s+)?(?:pick\s+(?:it\s+|this\s+|that\s+|them\s+)?up|start\s+using|adopt|plug\s+(?:it\s+|this\s+)?in|roll\s+(?:it\s+)?out|"
         # Round 28: acted on by a near date ("advice a hospital team could act on next week")
         r"act\s+on)\b"
         r"[^.;?]{0,30}?\b(?:tomorrow|today|tonight|on\s+(?:monday|tuesday|wednesday|thursday|friday)|this\s+(?:week|afternoon)|next\s+week)\b|"
         r"\b(?:(?:an?|the)\s+)?(?:easy|easiest|clear|clearest|firm|quick|solid|definite|strong|obvious|simple)\s+yes\b|\b(?:a|my)\s+yes\s+(?:from|for)\s+me\b|"
         r"\b(?:that['\u2019]s|it['\u2019]s)\s+a\s+(?:\w+\s+)?yes\b", DEPLOY, 2.5),
        # Round 22: the call said on an investor's scale, the word alone or as the speaker's ("Buy.", "Sell, for me.",
        # "Hold from me too."): buy is adoption, hold is watching it (study), sell is letting it go
        (r"^\W*(?:strong\s+)?buy(?=\s*(?:[.!]|,?\s+(?:from|for)\s+me\b|,?\s+too\b|$))", DEPLOY, 2.5),
        (r"^\W*hold(?=\s*(?:[.!]|,?\s+(?:from|for)\s+me\b|,?\s+too\b|$))", RESEARCH, 2.5),
        (r"^\W*(?:strong\s+)?sell(?=\s*(?:[.!]|,?\s+(?:from|for)\s+me\b|,?\s+too\b|$))", SKIP, 2.5),
        (r"\b(?:(?:an?|the)\s+)?(?:easy|easiest|clear|clearest|firm|hard|quick|definite|strong|obvious|polite)\s+no\b(?!-)(?!\s*(?:-|,)?\s*(?:one|doubt|question|way|reason|need|longer|more|idea|matter|wonder|shortage|surprise)\b)|"
         r"\b(?:a|my)\s+no\s+(?:from|for)\s+me\b", SKIP, 2.5),
        # Round 23: left on the shelf is not picked up ("The crystals paper I'd leave on the shelf.", "I'd leave this one
        # on the shelf."): a refusal to use it (skip, or research beside a reason to study it), unless it stays there in
        # a role of study ("leave it on the shelf as the reference", "... for the argument"). Kept there is study.
        (r"\bleav(?:e|ing)\s+(?:(?:it|this|that|them)(?:\s+one)?\s+)?on\s+the\s+shelf\b(?!\s+(?:as|for)\b)", NOT_USE, 2.5),
        # Round 23: a research instrument said as what the paper is ("a good research yardstick and that's it", "a
        # solid research tool", "a research step"): named for research, so kept for research.
        (r"(?:\b(?:is|it['\u2019]s|that['\u2019]s|was|as|call\s+it|just|still|basically|really|more\s+of|mostly|stays?|remains?)\s+|^\W*|(?:[:\u2013\u2014,]|\s-)\s*)"
         r"(?:a|an)\s+(?:(?:good|solid|useful|nice|great|fine|real|decent|handy|valuable|careful|clean|strong|neat)\s+)?research\s+"
         r"(?:tool|yardstick|benchmark|step|result|finding|insight|lesson|observation|artifact|artefact|instrument|probe|milestone|reference|exercise|contribution|"
         # Round 27: what the paper is, named with the verdict word as its modifier ("a research idea, not a tool", "A
         # research pipeline.", "a research dataset", "a research read", "a research baseline")
         r"idea|pipeline|dataset|read|baseline|demo|prototype|system|method|technique|trick|toy|recipe|piece|"
         # Round 33: ... or what it tells the field ("a research warning", "a research caution", "a research signal")
         r"warning|caution|signal|reminder|wake-up\s+call|cautionary\s+tale|sanity\s+check|direction|question)s?\b(?!\s+(?:for|that|which)\s+(?:\w+\s+){0,2}(?:ships?|deploy\w*|production|products?)\b)", RESEARCH, 2.5),
        # Round 27 (own banks in tests/core/test_analysis_round27_verdicts.py). Work to do by a near date is an action
        # item, not study ("the one with homework for this week", "homework for Monday"): adoption.
        # Round 35: ... any task given for a near date ("gives you a task for this week", "a job for Monday")
        (r"(?:\bhomework\s+(?:for\s+|due\s+)?|\b(?:a|an|one|your|our|the)\s+(?:[\w-]+\s+)?(?:tasks?|jobs?|to-?dos?|action\s+items?|assignments?|chores?)\s+(?:for|due)\s+(?:you\s+|us\s+)?)(?:this\s+(?:week|weekend|sprint)|next\s+week|today|tonight|tomorrow|(?:(?:on|by)\s+)?(?:monday|tuesday|wednesday|thursday|friday))\b", DEPLOY, 2.5),
        # Round 36: its use already happened, the paper (or what it built) the subject ("it shipped to a government in ten days",
        # "Still, it got used.", "It was deployed."): put to real use, not a use used as a step of the work ("it was used to
        # label the data", "used as a baseline") or one in a simulation
        (r"\b(?:it|this\s+one|that\s+one)\s+(?:already\s+|actually\s+|really\s+|even\s+)?(?:shipped|got\s+(?:used|deployed|shipped|adopted)|"
         r"(?:was|were|has\s+been|had\s+been)\s+(?:already\s+|actually\s+|really\s+|even\s+)?(?:used|deployed|shipped|adopted))\b"
         r"(?!\s+(?:to\s+(?!(?:a|an|the|every|all|real|its|their|our|your|some|many|millions|thousands|customers|users|production|prod)\b)|as|for\s+(?:training|evaluation|testing|comparison|the\s+experiments?)|in\s+(?:simulation|the\s+paper|their\s+(?:own\s+)?(?:experiments?|lab|paper)|a\s+simulat\w*|the\s+lab)|on\s+(?:a\s+)?(?:toy|synthetic|simulat\w*))\b)", DEPLOY, 2.5),
        # Already part of the tools people use ("SDEdit is already in your tool", "it's already inside every editor",
        # "it ships in every framework now"): in use, whatever the paper's age.
        (r"\balready\s+(?:in|inside|part\s+of|built\s+into|baked\s+into)\s+(?:your|our|every|most|the)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:tools?|stacks?|librar(?:y|ies)|frameworks?|pipelines?|products?|apps?|editors?|workflows?|setups?|software|defaults?)\b|"
         r"\b(?:it['\u2019]s|is|lives|ships|sits)\s+(?:already\s+)?(?:inside|in)\s+every\s+(?:[\w-]+\s+)?(?:tool|stack|library|framework|pipeline|product|app|editor)\b", DEPLOY, 2.5),
        # Use held back until evidence comes in ("I want to see it on hard data before anyone relies on it", "before
        # you bet a product on it"): not yet, so study rather than use.
        (r"\bbefore\s+(?:anyone|anybody|you|we|i|teams?|people|a\s+team|companies|customers)\s+(?:(?:can|could|should|would|start\s+to|starts?\s+to)\s+)?"
         r"(?:relies|rely|relying|bets?|betting|trusts?|depends?|leans?|builds?\s+(?:a\s+\w+\s+)?on|ships?\s+(?:it|this|that)|deploys?\s+(?:it|this|that)|adopts?\s+(?:it|this|that))\b", RESEARCH, 2.5),
        # Meant for an audience marked by resources most listeners lack ("for teams with a fleet of GPUs", "for the
        # teams with that kind of budget"): the big labs' thing, like "for frontier labs".
        (r"\bfor\s+(?:the\s+)?(?:teams?|labs?|companies|people|those|anyone|groups?|shops|orgs?|organi[sz]ations)\s+(?:\w+\s+)?with\s+"
         r"(?:(?:a|an|the|that|this)\s+)?(?:(?:kind|sort)\s+of\s+|(?:fleet|rack|cluster|warehouse|farm|room|data\s*cent(?:er|re))s?\s+of\s+|(?:serious|huge|big|deep|massive|real|enormous|giant|frontier)\s+)"
         r"(?:gpus|h100s|a100s|tpus|accelerators|compute|hardware|budgets?|pockets|money|clusters?)\b", RESEARCH, 2.5),
        # "not yet" said as the whole answer of a clause ("For someone with a robot in a warehouse, not yet.", "Ready?
        # Not yet."): use held off in time, study for now.
        (r"(?:^\W*|[,;:\u2013\u2014]\s*|\s-\s+)(?:but\s+|and\s+|so\s+)?not\s+yet[.!]?$", RESEARCH, 2.5),
        # Study: sent to a place or audience of study ("belongs in a lecture", "send it to every PhD student"), kept
        # in a role of study ("keep it around as the teacher", "on the shelf as the reference"), read as an
        # inquiry rather than a tool ("reads like an investigation", "a paper you cite", "a thought experiment").
        (r"\b(?:belongs?|goes|lives?|sits?)\s+(?:in|on)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:lecture|class|course|syllabus|textbook|seminar|classroom|library|survey|review)\b|"
         r"\b(?:send|give|hand|forward|assign|recommend)\w*\s+(?:it|this|that|them)\s+to\s+(?:every|any|all|my|our|your|the)?\s*(?:\w+\s+)?(?:phd|grad\w*|students?|researchers?|academics?|theorists?|reading\s+group)\b|"
         r"\b(?:keep|kept|have|treat|use|hold|leave)\w*\s+(?:it|this|that|them|the\s+(?:paper|work|system|model|method))\s+(?:(?:around|handy|on\s+(?:the|a|my|our)\s+shelf)\s+)?as\s+(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,2}?"
         # Round 29: ... or as a prototype or demo of the idea ("treat the system as a demo")
         r"(?:reference|teacher|textbook|primer|map|guide|case\s+study|lesson|inspiration|explainer|survey|prototype|demo|proof\s+of\s+concept)\b|\bon\s+the\s+shelf\b|"
         r"(?<!\bown\s)\bhomework\b|\bthought\s+experiment\b|\b(?:reads?|comes?\s+across|feels?)\s+(?:like|as)\s+(?:an?\s+)?(?:\w+\s+)?(?:analysis|investigation|study|essay|survey|explainer|lecture|tutorial|position\s+paper)\b|"
         r"\b(?:paper|one|thing|something|work)\s+(?:you|we|people|i)(?:(?:['\u2019]d|\s+would|\s+should)\s+(?:cite|read|study|learn\s+from|teach|reference)|\s+(?:cite|study|learn\s+from|teach))\b|"
         r"(?:^|[,;:\u2013\u2014]\s*|\bi['\u2019]d\s+|\bwe['\u2019]d\s+)(?:cite|study|learn\s+from)\s+(?:it|this|that|them)\b|\b(?:you|we|i)\s+learn\s+from\s+(?:it|this|that|them)\b|"
         r"\brather\s+than\s+(?:a|an|the)\s+(?:solution|tool|product|recipe|library|fix|system|package)\b|"
         r"\brather\s+than\s+(?:something|anything|a\s+thing)\s+(?:(?:you|we|i|to)\s*(?:['\u2019]d|\s+would|\s+can|\s+could)?\s+)?(?:install|ship|deploy|run|use|serve|put|build)\b|"
         r"\bmore\s+(?:of\s+)?(?:a|an)\s+(?:[\w-]+\s+){1,2}than\s+(?:a|an)\s+(?:tool|product|recipe|library|fix|system|package|solution)\b|"
         r"\boutside\s+(?:of\s+)?(?:a|the)\s+research\s+(?:setting|context|project|lab|group)\b|\bworth\s+(?:an?\s+)?(?:afternoon|evening|hour|weekend|skim|look)\b|"
         r"\b(?:i['\u2019]ll|we['\u2019]ll|i\s+will)\s+(?:be\s+)?(?:read|reading|watch|watching|follow|following)\b", RESEARCH, 2.5),
        # Round 33: the paper as the mark others measure against ("PV-RCNN is the baseline to beat", "the reference to compare
        # against"): a role in research comparisons, not a tool put to use; and written for researchers ("useful, but aimed at
        # researchers")
        (r"\b(?:is|['\u2019]s|as|remains?|stays?|still)\s+(?:still\s+|now\s+|just\s+|basically\s+)?(?:the|a)\s+(?:[\w-]+\s+)?(?:baseline|yardstick|reference(?:\s+point)?)\s+"
         r"(?:to\s+(?:beat|compare\s+(?:against|with|to)|measure\s+(?:against|with)|report\s+against)|(?:everyone|everybody|people|papers)\s+(?:compares?|measures?|reports?))\b|"
         r"\b(?:aimed|pitched|targeted|meant|written)\s+(?:squarely\s+|mostly\s+|mainly\s+|more\s+)?(?:at|for)\s+(?:researchers|academics|the\s+research\s+community|labs)\b", RESEARCH, 2.5),
        # Adoption: sent to a place of use ("going into the nightly build on Monday", "goes on the demo device this
        # week", "put it into an API", "earns a spot in our stack", "give it to your platform team"), already being
        # tried, paying for itself, nothing to lose.
        (r"\b(?:goes|go|going|went|gets|get|put|putting|puts|drop\w*|slot\w*|wir\w*|bak\w*|roll\w*|mov\w*|land\w*|ship\w*|deploy\w*|push\w*|plug\w*)\s+"
         r"(?:(?:it|this|that|them|straight|right|directly)\s+)*(?:on|onto|into|in|behind|to)\s+(?:a|an|the|our|your|my|every|their)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:production|prod|products?|stack|pipelines?|builds?|clusters?|staging|codebase|configs?|laptops?|devices?|phones?|apis?|endpoints?|"
         r"services?|bots?|apps?|users|customers|feature\s+flags?|fleet|servers?|robots?|hardware|rigs?|boxes|machines?|cars?|firmware)\b|"
         r"\b(?:earns?|earned|deserves?|gets?|got|has)\s+(?:a|its)\s+(?:spot|place|slot|seat)\s+(?:in|on|into)\s+(?:our|your|my|the|every)\b|"
         r"\b(?:give|hand|pass)\s+(?:(?:it|this|that|them)\s+)?to\s+(?:your|our|the|any|a|an)\s+(?:\w+\s+)?(?:team|engineers?|integrators?|devs?|developers|ops|sres?|customers?)\b|"
         r"\b(?:already|currently|now)\s+(?:prototyping|piloting|trialling|trialing|testing|running|using|serving|shipping)\s+(?:with\s+)?(?:it|this|that|them)\b|"
         r"\bpays?\s+for\s+itself\b|\bno\s+(?:real\s+)?downside\b|\bnothing\s+to\s+lose\b|\ball\s+upside\b|\b(?:easy|quick|cheap|free)\s+win\b", DEPLOY, 2.5),
        # The speaker's own plan said in the present ("I'm switching our embedder over to it next sprint") or a move
        # to a place of use with a near date ("the one going on our laptops this week")
        (r"\b(?:i['\u2019]m|we['\u2019]re|i\s+am|we\s+are)\s+(?!(?:not|never|going\s+to\s+(?:wait|hold|pass|skip))\b)(?:\w+\s+)?\w+ing\b[^.;]{0,50}?"
         r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday)|(?:next|this)\s+(?:week|sprint|quarter|month)|tomorrow|tonight)\b|"
         r"\b(?:goes|going|go|gets|lands?|landing)\s+(?:on|onto|into|in|to)\b[^.;]{0,40}?\b(?:today|tonight|tomorrow|(?:this|next)\s+(?:week|sprint|month|quarter)|"
         r"on\s+(?:monday|tuesday|wednesday|thursday|friday)|by\s+(?:monday|tuesday|wednesday|thursday|friday))\b", DEPLOY, 2.5),
        # Put on a pile of study, not into use: "I'd put it on the reading list", "add both to the research pile" (the
        # place decides, before the verb of putting is read as adoption)
        (r"\b(?:put|add|stick|throw|drop|park|file|send|move|keep)\w*\s+(?:(?:it|this|that|them|both|these|those|the\s+two)\s+)?"
         r"(?:straight\s+|right\s+|firmly\s+)?(?:on|in|into|onto|to)\s+(?:the\s+|my\s+|our\s+|your\s+|a\s+)?"
         r"(?:reading|research|study|lab|academic|curiosity|theory|someday|later)\b", RESEARCH, 2.5),
        # Study, not use: the paper as something to read, learn from or watch, for labs and researchers,
        # or not ready yet ("a thing you study, not a thing you ship", "keep on the reading list", "a lab
        # thing", "come back when", "give it two years", "a landmark for researchers").
        (r"\breading\s+(?:list|material|group|club|pile|queue)\b|\b(?:keep|save|leave|reserve|use)\s+(?:it|this|that|them)\s+for\s+(?:research|study|the\s+lab)\b|"
         # a place of study set against a place of use: "in the reading group, not on the roadmap", "for research, not for serving"
         r"\bnot\s+(?:on|in|into|for)\s+(?:the\s+|a\s+|our\s+|your\s+)?(?:roadmap|backlog|product\w*|production|serving|sprint|stack|release)\b|"
         # Round 27: a purpose of use denied beside the purpose it has ("it's for measuring, not for building on", "for
         # reading, not for running")
         r"\bnot\s+(?:for|about)\s+(?:building(?:\s+(?:on|with|products?))?|shipping|deploying|deployment|using|running|serving|adopting|adoption|integrating)\b|\bbackground\s+reading\b|\b(?:study|studying|read|learn\s+from)\b[^.]{0,40}\bnot\b|"
         r"\b(?:not|(?:neither|none)(?:\s+(?:one|of\s+(?:them|these|those|the\s+two)))?\s+(?:is|are))\s+(?:something|a\s+thing|anything|(?:a|an)\s+(?:[\w-]+\s+)?(?:system|tool|product|library|package|platform|service|model|component|recipe|stack))\s+(?:you|to|a|anyone|that|we|i|your|our|their|most|every|any|teams?|people)\b[^.]{0,30}\b(?:ship|run|deploy|put|use|picks?\s+up|touch\w*|bolt\w*|build|hand|give|sell|act\s+on|serve|install|integrat\w*|productioni[sz]e|roll)|"
         r"\bnothing\s+to\s+deploy\b|"
         # sorted into a pile or bucket named for study: "I'd keep it in the research pile", "the reading bucket"
         r"\b(?:research|reading|lab|academic|study|science|curiosity)\s+(?:pile|bucket|drawer|column|folder|box|category|shelf)\b|"
         r"\bfor\s+(?:an?\s+|the\s+)?(?:big|large|frontier|well[-\s]funded|research)\s+labs?\b|\blab\s+(?:thing|territory|result|audience|crowd|project|curiosity|baseline|tool|toy|exercise|benchmark|idea|trick|piece|dataset|prototype)s?\b|\bfor\s+the\s+labs?\b|"
         # Round 33: "lab" as the modifier of what the paper is, like "research" ("clever, but a lab pipeline", "a lab
         # method"), and labs as the bare audience ("a clever data trick, for labs", "a yardstick for labs, not a product")
         r"\b(?:a|an)\s+(?:[\w-]+\s+)?lab\s+(?:pipeline|system|method|technique|recipe|setup|instrument|yardstick|probe|demo|read|step)s?\b|\bfor\s+labs\b(?!\s+to\s+(?:ship|deploy|use|run|adopt)\b)|"
         r"\b(?:leaves?|out\s+of)\s+(?:their|the)\s+lab\b|\bcome\s+back\s+(?:to\s+it\s+)?(?:when|once|in)\b|"
         r"\bgive\s+it\s+(?:a|an|one|two|three|a\s+couple\s+of|another|\d+)\s+(?:more\s+)?(?:years?|months?|cycles?)\b|"
         r"\bfor\s+(?:researchers|people\s+(?:who\s+want\s+to\s+)?(?:work|training|doing\s+research)|(?:the\s+)?research\s+(?:groups?|teams?|labs?|community|folks|people))\b|\bresearch\s+(?:programme|program|agenda|result)\b|"
         r"\b(?:landmark|milestone|reference)\s+(?:for|to)\b|\b(?:a\s+)?(?:map|reference)\s+for\b|\bread\s+it\s+to\s+understand\b|"
         r"\bsomething\s+to\s+(?:study|read|watch)\b|\bthing\s+you\s+study\b|\b(?:not|nothing\s+(?:in\s+(?:it|there|them|this|that)|here|there)\s+is|none\s+of\s+(?:it|them)\s+(?:is|are))\s+(?:a|an)\s+(?:tool|product)\b|\bmust[-\s]read\b|\bshould\s+(?:all\s+|probably\s+|really\s+)?(?:read|study)\s+(?:it|this|that|them)\b|"
         r"\b(?:stays?|lives?|belongs?|stuck)\s+in\s+(?:the\s+)?lab\b|\blab\s+demo\b|\bkeep\s+an\s+eye\s+on\b|\bresearch[-\s]grade\b|"
         r"\brequired\s+reading\b(?!\s+(?:before|if|when|for\s+(?:anyone|any|every|whoever|teams?|practitioners))\b)|\bread\s+it\s+for\b|\bnothing\s+(?:in\s+(?:it|there|them)\s+)?(?:for\s+(?:you|us|anyone)\s+)?to\s+(?:deploy|ship|install|use|run|adopt|integrate|put\s+in|build\s+on|serve)\b|\bresearch\s+(?:instrument|testbed|tool|harness)s?\b|"
         # the verdict word said bare after the name, or called it: "SCoRe, research.", "I'd call it research"
         r"(?:^|[,:\u2013\u2014]\s*|\s-\s+)research(?:[.!]?$|"
         # Round 29: ... with the kind of thing it is for ("Quarry - research fodder.", "Dunlin, research stuff."), or what
         # became of it after the separator ("Dunlin, research that grew into a leaderboard.")
         r"\s+(?:material|materials|stuff|fodder|reading|interest|value|piece|toy|curio|territory|data|grade)(?=\s*(?:[.,;!\u2013\u2014]|\s-\s|$))|"
         r"(?:(?<=[,:\u2013\u2014]\sresearch)|(?<=\s-\sresearch))\s+(?:that|which)\s+(?!(?:says|said|shows|showed|found|finds|claims|claimed|argues|argued)\b)\w+|"
         # Round 28: the word said for most of the audience ("a tool for kernel writers, research for the rest of us")
         r"\s+for\s+(?:the\s+rest\s+of\s+(?:us|you|them)|every(?:one|body)\s+else|most\s+(?:people|of\s+us|teams|listeners|folks))\b)|"
         # Round 36: ... joined to the praise for its own audience by a conjunction ("a solid recipe for people who train
         # such models, and research for everyone else")
         r"(?:[,;]\s*|\s-\s+)(?:and|but)\s+(?:just\s+|mostly\s+|still\s+)?research\s+for\s+(?:the\s+rest\s+of\s+(?:us|you|them)|every(?:one|body)\s+else|most\s+(?:people|of\s+us|teams|listeners|folks))\b|"
         r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would)\s+(?:call|treat|file|count|class(?:ify)?|mark|score|rate|list)\s+"
         r"(?:it\s+|this\s+|that\s+)?(?:(?:as|under)\s+)?(?:a\s+)?research\b|"
         # a negated object of use: "nothing you ship", "nothing you can deploy"
         r"\bnothing\s+(?:you|we|anyone|a\s+team)\s+(?:can\s+|could\s+|would\s+|should\s+)?(?:\w+\s+)?(?:ship|deploy|use|run|put\s+in)(?:s|es|ed)?\b|"
         # something to learn from or read, not to use: "a paper to learn from", "the one I'd read to understand",
         # "worth reading", "a thinking tool", "important for whoever ..., not for us"
         r"\b(?:paper|one|thing|something|work|model)\s+(?:(?:you|we|people)\s+)?(?:to\s+)?(?:learn\s+from|read|study|think\s+with)\s+to\s+understand\b|\b(?:paper|one|thing|something|work|model)\s+to\s+(?:learn\s+from|read|study|think\s+with|watch|follow|track)\b|\b(?:i['\u2019]d|we['\u2019]d|i\s+would)\s+(?:\w+\s+)?read\b|"
         r"\bworth\s+(?:a\s+)?(?:careful\s+|close\s+)?read(?:ing)?\b|"
         # Round 36: worth knowing or understanding, as what it is ("history worth knowing", "worth understanding"), not a
         # fact worth knowing ("worth knowing that the code is out")
         r"\bworth\s+(?:knowing|understanding|remembering|learning\s+from)\b(?!\s+(?:that|how|if|whether|what|why|when|where|which|who)\b)|"
         # Round 36: knowledge as what is taken from it ("take the lessons", "take away the insight", "borrow its intuition"):
         # learnt from, not put to use
         r"\b(?:take|took|taking|takes|keep|borrow|steal|grab)\s+(?:away\s+)?(?:the|its|their|a|one|some|two|three)\s+(?:[\w-]+\s+)?"
         r"(?:lessons?|insights?|takeaways?|intuitions?)\b(?!\s+(?:and|then)\s+(?:apply|use|put|build|ship|run)\b)|\b(?:thinking|teaching|reading|learning)\s+(?:tool|aid|exercise|piece)\b|"
         r"\bfor\s+(?:whoever|anyone|people|those|researchers|academics|labs?|the\s+labs?|the\s+people)\b[^.]{0,60}\bnot\s+(?:much\s+|really\s+|a\s+lot\s+)?(?:for\s+)?(?:us|you|me|most\s+(?:of\s+)?\w+|product\s+teams?|practitioners|"
         # Round 29: ... not for the rest ("handy for those who pretrain encoders, not really for anybody else")
         r"(?:any|every)(?:one|body)\s+else|the\s+rest(?:\s+of\s+(?:us|you))?)\b|"
         # Round 29: for an audience named by research ("it's for whoever runs a research group", "mostly for people
         # writing grant proposals")
         r"\b(?:is|it['\u2019]s|that['\u2019]s|mostly|really|only)\s+for\s+(?:the\s+)?(?:people|folks|those|anyone|anybody|whoever|teams?|groups?)\s+(?:who\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:research|academic|theory|grant)\w*\b", RESEARCH, 2.5),
        # Round 32: worth something to one audience and denied to everyone else ("a big result for robotics people and
        # nothing for the rest of us yet"), or praised in one narrow role and no further ("a good sanity check for agent
        # builders and nothing more"): valued, but not as something to put to use -> study
        (r"\bfor\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:people|folks|team|group|lab|[\w-]+s)\b[^.;]{0,40}?"
         r"\b(?:and|but)\s+(?:(?:really|basically|honestly)\s+)?(?:nothing|not\s+much|little|not\s+(?:a\s+lot|anything))\s+for\s+"
         r"(?:the\s+rest(?:\s+of\s+(?:us|you|them))?|(?:any|every)(?:one|body)\s+else|us|you|most\s+(?:people|of\s+us|teams))\b|"
         r"\b(?:a|an)\s+(?:good|useful|solid|nice|decent|handy|fine|great|neat|helpful|honest|valuable)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+for\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
         r",?\s+(?:and|but)\s+(?:nothing|no\s*thing)\s+(?:more|else)\b", RESEARCH, 2.5),
        # Adoption: a verb of putting it to use, as advice or intent ("I'd just turn on", "ship it", "put it in
        # your prompts this week", "I'd hand that one to an integrator today", "go build it", "start there on
        # day one"), or a statement that it is already standard ("it's plumbing", "everyone's already using it").
        (r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would|you\s+should|you\s+can|just|go|i['\u2019]d\s+just)\s+(?:(?!let\b)\w+\s+){0,2}?"
         r"(?:use|deploy|ship|adopt|turn|switch|put|build|plug|run|start|hand|grab|try|serve|roll|reach\s+for|download|install|pull|(?:drop|slot|wire|bake)\s+(?:it\s+|this\s+|that\s+)?in(?:to)?|bolt\s+(?:it\s+|this\s+|that\s+|them\s+)?on(?:to)?)\b(?![^.]{0,20}\b(?:instead|first)\b)(?!\s+(?:it\s+|this\s+|that\s+)?(?:least|last)\b)|"
         r"^(?:(?:yes|yep|yeah|so|and|agreed|just)[,.!]?\s+)*(?:use|ship|turn|put|deploy|adopt|grab|plug|go\s+build)\s+it\b|"
         r"\b(?:it['\u2019]s|that['\u2019]s)\s+(?:just\s+)?plumbing\b|\b(?:everyone|everybody|people)(?:['\u2019]s|\s+(?:is|are))\s+already\s+using\b|"
         r"\byou['\u2019]re\s+(?:probably\s+|likely\s+|already\s+|all\s+)?(?:on|using)\s+(?:it|this)\b|"
         r"[,;\u2013\u2014]\s*(?:so\s+|just\s+)?(?:use|ship|deploy|adopt|grab|serve)\s+it[.!]?$|(?:[:\u2013\u2014]|\s-)\s*(?:so\s+|just\s+|go\s+(?:and\s+)?)?(?:use|ship|deploy|adopt|grab|serve|download|install|try|pull)\s+(?:it|this|that|them|"
         # Round 28: ... or its released parts ("X - grab the weights", "Y: download the checkpoint")
         r"the\s+(?:[\w-]+\s+)?(?:weights|checkpoints?|code|models?|repo|library|package|release))\b|\bready\s+to\s+(?:use|ship|deploy|serve)\b|"
         r"\b(?:the\s+)?(?:default|standard)\s+for\s+a\s+reason\b|"
         # Round 28: its practice copied ("do what the audit paper did", "copy what they did"): the method taken up
         r"\b(?:do|copy|follow|repeat)\s+what\s+(?:(?:the|this|that)\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:paper|authors|they|it|team)\s+(?:did|does|do)\b|"
         # Round 36: ... or its advice followed, said as advice ("read it and do what it says", "follow its recipe"), not as a
         # report of what others do ("practitioners already do what it recommends")
         r"(?:^|[,;:\u2013\u2014]\s*|\s-\s+|\b(?:and|then|so|just|you\s+should|i['\u2019]d|we['\u2019]d|you['\u2019]d)\s+)(?:(?:just|then|simply)\s+)?(?:do|follow)\s+what\s+"
         r"(?:(?:the|this|that)\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:paper|authors|they|it|team)\s+(?:says|say|said|recommends?|recommended|suggests?|suggested|prescribes?|tells?\s+you)\b|"
         r"\bfollow\s+(?:its|their|the\s+paper['\u2019]s|the\s+authors['\u2019])\s+(?:own\s+)?(?:advice|recipe|recommendations?|checklist|guidelines?|playbook|prescription)\b|\bno\s+reason\s+not\s+to\b|\bno[-\s]brainer\b|\bjust[-\s]use[-\s]it\b|"
         r"\bnot\s+even\s+a\s+question\b|\bdon['\u2019]t\s+(?:even\s+)?think\s+it['\u2019]s\s+a\s+question\b|\bnothing\s+to\s+decide\b|"
         r"\bproduction[-\s](?:grade|feature|option)\b|\breal\s+production\b|\bfree\s+lunch\b|\bimmediate\s+payoff\b|\btake\s+the\s+savings\b|"
         r"\bit['\u2019]s\s+a\s+download\b|\bfoundation\s+of\s+what\b|\bpractical\s+open\s+option\b|\bwhat\s+i['\u2019]d\s+deploy\b|"
         # taken into the speaker's own systems: moved into "our" code or process ("goes into our training code",
         # "straight into your pipeline"), made part of it ("I'd make its benchmark step one of ours"), or
         # imagined already working ("I'd have it running by Friday")
         r"\b(?:goes|go|going|gets|got|went|put\w*|drop\w*|slot\w*|fold\w*|bak\w*|wir\w*|merg\w*|add\w*|mov\w*)\s+"
         r"(?:(?:it|this|that|them|straight|right|directly|just)\s+)*(?:in|into|onto)\s+(?:our|your|my|every)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:code\w*|pipelines?|stack|repos?|repositor\w+|tool\w*|workflows?|training|recipes?|configs?|products?|systems?|process\w*|"
         r"setups?|checklists?|kit|infra\w*|defaults?|builds?|runs?|models?|evals?|servers?|apps?)\b|"
         r"\bmake\s+(?:it|this|that|them|(?:its|their)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:a\s+|the\s+)?(?:part|step\s+\w+|first\s+step|standard|default)\s+"
         r"(?:of|in|for)\s+(?:our|ours|your|yours|every)\b|"
         # ... or into how the speaker works ("goes straight into how we size our next model"), or wanted in the
         # stack ("I'd want it in the stack next quarter")
         r"\b(?:goes|go|going|gets|feeds?|feeding|went)\s+(?:straight\s+|right\s+|directly\s+)?(?:in|into)\s+how\s+(?:we|i|you|our|my)\b|"
         r"\b(?:want|need|have|get)\s+(?:it|this|that|them)\s+(?:in|into|on)\s+(?:the|our|my|your)\s+(?:[\w-]+\s+)?"
         r"(?:stack|pipelines?|products?|toolkit|toolbox|tool\w*|workflows?|infra\w*|builds?|defaults?|recipes?|setups?|systems?|servers?)\b|"
         r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would|we\s+would|you['\u2019]d|you\s+could|you\s+can)\s+(?:\w+\s+)?have\s+(?:it|this|that|them|an?\s+[\w-]+)\s+"
         r"(?:up\s+and\s+)?(?:running|going|live|deployed|in\s+production|shipped|switched\s+on|turned\s+on|serving|behind\s+a\s+(?:feature\s+)?flag)\b", DEPLOY, 2.5),
        # Round-13 general shapes of a call, one concept per group (own battery, not gold text).
        # Refusal: ignoring it, giving it a miss, getting rid of it, a pass qualified ("hard pass", "a pass from me"),
        # nobody needing it, dead on arrival, no sleep lost over it.
        (r"\b(?:i['\u2019]d|i\s+would|we['\u2019]d|we\s+would|you\s+can|you\s+could|just|safe\s+to)\s+(?:\w+\s+)?(?:ignore|skip|miss)\s+(?:it|this|that|them)\b|"
         r"\bgive\s+(?:it|this|that|them)\s+(?:one\s+)?a\s+miss\b|\bsafe\s+to\s+(?:skip|ignore|miss)\b|"
         # Round 27: permission to forget it ("AdaLoRA you can forget about", "you can safely forget it")
         r"\b(?:you|we|i)\s+(?:can|could|may\s+as\s+well|might\s+as\s+well)\s+(?:safely\s+|just\s+|happily\s+)?forget\s+(?:about\b|(?:it|this|that|them)\b)|"
         r"^\W*(?:(?:so|just|yeah|honestly|and)[,.]?\s+)*(?:drop|bin|ditch|scrap|shelve)\s+(?:it|this|that|them)\b|"
         r"\b(?:hard|easy|firm|polite|clear)\s+pass\b|\bpass\s+(?:from|for)\s+me\b|"
         r"\b(?:nobody|no\s+one)\s+(?:really\s+|actually\s+|honestly\s+)?needs?\s+(?:this|it|that|them)\b|\bdead\s+on\s+arrival\b|"
         r"\b(?:wouldn['\u2019]t|won['\u2019]t|don['\u2019]t|do\s+not|would\s+not|not)\s+lose\s+(?:any\s+|much\s+)?sleep\b|"
         r"\bnothing\s+(?:here\s+|in\s+it\s+)?for\s+(?:anyone|anybody|practitioners|most\s+people)\b|\b(?:already|basically|effectively)\s+obsolete\b", SKIP, 2.5),
        # Study, not use: bookmarked, filed under "interesting", one for the academics, nothing to act on, watched
        # rather than used, woken up / checked back on later, not ready outside a lab.
        (r"\bbookmark\w*\b|\bfile\s+(?:it|this|that|them)\s+(?:away\s+)?under\s+(?:interesting|research|curiosit\w+|later|someday|fun|cool|ideas?)\b|"
         r"\bone\s+for\s+the\s+(?:academics|researchers|theorists|scientists|labs?|nerds|archives?|textbooks)\b|"
         r"(?<!\bcosts\s)(?<!\bcost\s)(?<!\btakes\s)\bnothing\s+(?:to|i|we|you)\s+(?:\w+\s+)?act\s+on\b|"
         r"\brather\s+than\s+(?:use|using|ship|shipping|deploy\w*|adopt\w*|run|running|build(?:ing)?\s+on)\b|"
         r"\bwake\s+me\s+(?:up\s+)?(?:when|once|if)\b|\b(?:check|circle|look)\s+(?:back\s+)?(?:in|on\s+it)\s+(?:again\s+)?(?:in|when|once|after)\b|\b(?:check|circle)\s+back\s+(?:in|when|once|later|after)\b|"
         r"\boutside\s+(?:of\s+)?(?:a|the|their|your)\s+lab\b|\bresearch\s+artefact\b|"
         # praised as science or as reading, not as a tool: "nice science", "a charming read", "it's a study, not ..."
         r"\b(?:nice|good|great|solid|lovely|fine|beautiful|careful|real|important)\s+(?:piece\s+of\s+)?science\b(?!\s+(?:is|are|was|were|has|does|needs?|means|takes|happens|isn['\u2019]t|doesn['\u2019]t|starts|begins|lives)\b)|"
         r"\b(?:a|an)\s+(?:good|great|fun|nice|charming|lovely|fascinating|delightful|enjoyable|interesting|quick|excellent)\s+read\b|"
         r"\b(?:it['\u2019]s|that['\u2019]s|just|more|really)\s+(?:a|an)\s+(?:\w+\s+)?study\b(?!\s+(?:of|on|in|with|from)\b)", RESEARCH, 2.5),
        # Adoption: straight into production, belonging in every stack, a bet of the speaker's own time on it, a green
        # light, ready for prime time / for users, advice that teams should be using it, a recommendation, a keeper.
        (r"\b(?:goes|go|going|went|put\w*|push\w*|straight|right)\s+(?:it\s+|this\s+|that\s+)?(?:straight\s+|right\s+|directly\s+)?into\s+(?:production|prod)\b|"
         r"\bbelongs?\s+in\s+(?:every|our|your|any|each)\b|\b(?:i['\u2019]d|we['\u2019]d|i\s+would|we\s+would)\s+(?:\w+\s+)?bet\s+(?:a|the|our|my)\s+(?:\w+\s+)?on\b|"
         r"\bgreen[-\s]?light\w*\b|\bready\s+for\s+(?:prime[-\s]?time|the\s+real\s+world|real\s+use|real\s+users|users|customers)\b|"
         r"\bshould\s+(?:all\s+|already\s+|probably\s+|seriously\s+|really\s+)?(?:be\s+)?(?:using|use|adopt\w*|deploy\w*|switch\w*\s+to)\s+(?:it|this|that|them)\b|\bshould\s+pick\s+(?:it|this|that|them)\s+up\b|"
         r"\bworth\s+(?:switching\s+to|using|rolling\s+out|integrating|adopting\s+now)\b|\b(?:a|that['\u2019]s\s+a|it['\u2019]s\s+a)\s+keeper\b", DEPLOY, 2.5),
        # Taken into the team's working setup, the verb elided or the setup named with "the": "X: into the eval suite",
        # "that filter goes into the pipeline", "straight into the stack"
        (r"(?:^|[:\u2013\u2014]\s*|\s-\s+|\b(?:goes|go|going|gets|went|put\w*|drop\w*|slot\w*|mov\w*|add\w*)\s+(?:(?:it|this|that|them)\s+)?)"
         r"(?:straight\s+|right\s+|directly\s+)?(?:in|into|onto)\s+(?:the|our|my|your)\s+(?:[\w-]+\s+)?"
         r"(?:eval(?:uation)?\s+(?:suite|harness|pipeline)s?|pipelines?|stack|toolbox|toolkit|codebase|defaults?|configs?|workflows?|ci)\b", DEPLOY, 2.5),
        # Round 18 (own banks in tests/core/test_analysis_round18_verdicts.py). Adoption: ready said with the present
        # ("Ready now:", "ready to use as it stands", "ready out of the box"); an imperative of fitting it in or putting
        # it to work ("wire it in next to ...", "go and train on it"); imposing it on the team ("I'd make our team
        # follow it"); its use started at a near date ("Starting this week.", "starting with the next eval").
        # Round 23: usable said with the present ("usable today if you do materials screening", "usable right now").
        (r"\b(?:ready|usable)\s+(?:now|today|right\s+now|as\s+(?:it\s+stands|is)|out\s+of\s+the\s+box|off\s+the\s+shelf|to\s+go)\b|"
         r"(?:^|[:\u2013\u2014]\s*|\s-\s+|[,;]\s*(?:so\s+|just\s+)?)(?:so\s+|just\s+|go\s+(?:and\s+)?)?(?:wire|plug|drop|slot|bake|swap|switch|roll)\s+(?:it|this|that|them)\s+(?:in|into|on|out)\b|"
         r"\bgo\s+(?:and\s+)?(?:use|build|train|run|try|grab|download|fine[-\s]?tune|pretrain|deploy|install|ship)\s+(?:(?:on|with|from)\s+)?(?:it|this|that|them)\b|"
         r"\bmake\s+(?:(?:our|my|the|every|your|all)\s+(?:[\w-]+\s+)?(?:team|teams|engineers?|people|org|group|lab|devs?|developers?)|everyone|everybody)(?:\s+on\s+(?:the|our|my)\s+team)?\s+(?:follow|use|adopt|run|apply)\b|"
         r"\bstart(?:ing|s)?\s+(?:(?:it|using\s+it|with\s+it|on\s+it)\s+)?(?:today|tonight|tomorrow|this\s+(?:week|sprint|month)|next\s+(?:week|sprint)|on\s+monday|with\s+(?:the|our)\s+next)\b", DEPLOY, 2.5),
        # Round 20: adoption as readiness said of the paper, or bare as the call ("Agreed, that one's ready.", "Ready,
        # and the only one I'd pay for."); put to work ("the one I'd put to work today"); an imperative of use closing
        # advice to whoever fits ("If you ship anything on a CLIP encoder, run it.").
        (r"\b(?:it['\u2019]s|that['\u2019]s|(?:that|this)\s+one['\u2019]s|(?:it|that|this)\s+(?:one\s+)?is)\s+(?:(?:already|simply|just|clearly|absolutely)\s+)?ready(?=\s*(?:[.!;]|,\s|$))|"
         r"^\W*(?:(?:so|and|yes|yeah|agreed)[,.]?\s+)?ready(?=\s*(?:[.!]|,\s|$))|"
         # Round 21: the grade said after its label ("So my grade: ready.", "Verdict - ready.")
         r"(?:[:\u2013\u2014]|\s-)\s*(?:(?:clearly|simply|absolutely)\s+)?ready(?=\s*(?:[.!]|,\s|$))|"
         r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would|we\s+would|i['\u2019]ll|we['\u2019]ll|you\s+(?:can|could|should))\s+(?:\w+\s+)?put\s+(?:it\s+|this\s+|that\s+|them\s+)?to\s+work\b|"
         r"(?:^\W*|[:\u2013\u2014]\s*|\s-\s+)(?:if|when|whenever)\s+you\b[^.;]{3,80},\s+(?:just\s+|go\s+(?:and\s+)?)?(?:use|run|try|adopt|grab|install|deploy|ship)\s+(?:it|this|that|them)[.!]?$", DEPLOY, 2.5),
        # Study: the verdict word said first and its reason after ("Pangu-Weather: research, the landmark paper ...",
        # "Research, then, but the important kind."); filed as a kind of reading ("I'd file it as essential reading",
        # "count it as homework").
        (r"(?:^|[:\u2013\u2014]\s*|\s-\s+)research\b(?=\s*(?:[,;:\u2013\u2014]|\s-\s))|"
         r"\b(?:file|filed|class|classed|count|counted|treat|treated|mark|marked|list|listed)\s+(?:(?:it|this|that|them)\s+)?(?:as|under)\s+(?:an?\s+)?"
         r"(?:(?:essential|required|background|good|great|optional|recommended|useful|core)\s+)?(?:reading|homework|background|theory|reference)\b", RESEARCH, 2.5),
        # Refusal: dropped as a whole ("I'd drop Re-Basin altogether", "cut it entirely")
        (r"\b(?:drop|ditch|bin|shelve|skip|cut)\s+(?:[\w.+'\u2019-]+\s+){0,3}?(?:altogether|entirely|completely|outright|wholesale)\b", SKIP, 2.5),
        (r"\b(?:i['\u2019]d|i\s+would|we['\u2019]d|i)\s+(?:\w+\s+)?recommend\s+(?:it|this|that|them)\b", DEPLOY, 2.0),
        # Round 25: picked out as the one to put to use ("the one to act on", "that's the one to build on", "the paper
        # you act on"): a definite choice for use among the papers (a negation before it makes it study, see _NEGATED)
        (r"\bthe\s+(?:one|paper|thing|tool|result)\s+(?:(?:you|we|teams?|people)\s+(?:should\s+|can\s+)?|to\s+)(?:actually\s+|really\s+)?"
         r"(?:act\s+on|build\s+on|build\s+with|use|deploy|ship|adopt|put\s+to\s+work|plug\s+in|start\s+using)\b(?!\s+(?:for|in)\s+(?:research|a\s+lab|the\s+lab|papers?|teaching)\b)", DEPLOY, 2.5),
        # A time qualifier is a stance only on a verb of use ("download it and use it today", "try it tomorrow");
        # alone ("the first slot today", "the smartest thing we read today") it is chatter.
        (r"(?:^|[,;:\u2013\u2014]\s*|\s-\s+|\b(?:i['\u2019]d|we['\u2019]d|i\s+would|you['\u2019]d|you\s+would|we\s+would|you\s+should|you\s+can|just|and|to|go)\s+(?:\w+\s+)?)"
         r"(?:use|deploy|ship|adopt|run|try|put|download|install|build|switch|turn|plug|grab|serve|roll|drop|pick)\w*\b[^.;]{0,40}?"
         r"\b(?:today|tonight|tomorrow|this\s+week|right\s+now|day\s+one|right\s+away|on\s+monday|"
         r"by\s+(?:monday|tuesday|wednesday|thursday|friday|the\s+weekend|next\s+week|the\s+end\s+of\s+the\s+(?:day|week)))\b", DEPLOY, 2.0),
        # The speaker's own plan to act on it soon, whatever the verb ("I'd fork the recipe and have a run going on
        # Monday", "we'll try porting it next sprint"): intent plus a near date is adoption.
        (r"\b(?:i['\u2019]d|we['\u2019]d|i\s+would|we\s+would|i['\u2019]ll|we['\u2019]ll|i\s+will|we\s+will|i['\u2019]m\s+going\s+to|we['\u2019]re\s+going\s+to)\s+"
         r"(?!(?:not|never|wait|hold|revisit|reconsider|check\s+back|come\s+back|look\s+again)\b)(?:(?!\b(?:but|not|never|until|unless|pass|skip|drop|ignore|ditch)\b|n['\u2019]t\b)[^.;]){0,50}?"
         r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday)|(?:next|this)\s+(?:week|sprint|quarter|month)|tomorrow|today|tonight)\b", DEPLOY, 2.0),
        (r"\bfor\s+now\b|\bnot\s+(?:yet|this\s+year)\b|\bearly\b|\bscience\b|\bhistorically\b", RESEARCH, 0.7),
        # negated practicality -> research
        (r"\bnot\s+(?:immediately|yet|really|quite|exactly)\s+(?:practical|deployable|production[-\s]ready|ready)\b", RESEARCH, 2.0),
        (r"\bnot\s+something\s+(?:anyone|you|we)\s+should\s+be\s+(?:planning|building)", RESEARCH, 2.0),
        (r"\byears\s+away\b|\bfive\s+to\s+ten\s+years\b|\blong[-\s]term\b", RESEARCH, 1.0),
        # skip
        (r"\bsolv\w*\s+a\s+problem\s+that\s+(?:mostly\s+|really\s+|largely\s+)?(?:doesn['\u2019]t|does\s+not)\s+exist\b", SKIP, 3.0),
        # Round 33: the cost said to outweigh the gain ("Too much machinery for too little gain.", "too much work for so
        # little"): not worth taking up
        (r"\btoo\s+much\s+(?:[\w-]+\s+){0,3}?for\s+(?:too|so|very)\s+little\b", SKIP, 2.5),
        (r"\b(?:not|isn['\u2019]t)\s+worth\b|(?:^\W*(?:[\w.+-]+\s+){0,3}(?:is|was|['\u2019]s)\s+|\b(?:it|that|this|which)(?:['\u2019]s|\s+is|\s+was|\s+would\s+be)\s+|^\W*(?:[\w.+-]+\s*[,:\u2013\u2014-]\s*)?)(?:an?\s+)?(?:\w+\s+)?waste\s+of\b|\bdon['\u2019]t\s+bother\b|\bpass\s+on\s+(?:this|it)\b|"
         r"\bwrong\s+tool\b|\bsledgehammer\b|\bnone\s+of\s+those\b|\bnot\s+for\s+us\b|\bno\s+reason\s+to\s+(?:use|adopt)\b|"
         r"\bdead\s+end\b|\bsolution\s+looking\s+for\s+a\s+problem\b|\bbecause\s+we\s+can\b|\bnot\s+(?:a\s+)?practical\b|"
         r"\bbefore\s+you\s+(?:build|ship)\b.*\bdon['\u2019]t\b", SKIP, 2.0),
        # deploy
        (r"\bhave\s+legs\b|\bhas\s+legs\b", DEPLOY, 2.5),
        (r"\bdirectly\s+(?:applicable|usable)\b|\bactually\s+gets?\s+deployed\b|\bproduction[-\s]ready\b|\bready\s+for\s+production\b|"
         r"\bship\s+(?:it|this)\b|\btry\s+(?:it\s+)?tomorrow\b|\buse\s+(?:it\s+)?today\b|\bfirst\s+ticket\b|"
         r"\bworth\s+(?:deploying|adopting|trying|a\s+pilot)\b|\bdrop[-\s]in\b|\bit\s+works\b|"
         # in use everywhere ("runs almost everywhere", "it's still everywhere"), not a result said to hold everywhere
         # ("came out on top nearly everywhere", "the weak link everywhere", "the idea spread everywhere")
         r"\b(?:runs?|running|used|deployed|shipped|shipping|adopted|in\s+use)\s+(?:(?:almost|nearly|pretty\s+much|basically)\s+)?everywhere\b|"
         r"\b(?:it['\u2019]s|is|still|already)\s+(?:(?:already|still|now|somehow|basically|just)\s+)*everywhere\b(?!\s+(?:in|on|that|they)\b)|"
         r"\breal\s+money\b|\bchanges\s+your\s+cost\s+structure\b|\bmost\s+immediately\s+relevant\b|"
         r"\bmost\s+deployable\b|\bthe\s+most\s+(?:useful|practical|usable|applicable)\s+(?:thing|paper|one|idea|result)\b|\bi['\u2019]d\s+(?:use|deploy|ship)\s+(?:it|this)\b|"
         # already standard practice, or no excuse not to adopt it ("it's already the default", "the standard
         # tool", "a cheap fix", "there's no excuse")
         r"\balready\s+(?:the\s+|a\s+)?(?:default|standard|norm)\b|\bthe\s+(?:standard|default)\s+(?:tool|choice|option|way|practice)\b|"
         r"\bcheap\s+fix\b|\bno\s+excuse\b", DEPLOY, 2.0),
        # Round 29: "practical" naming the talk rather than the paper ("in practical terms", "a practical question") is no lean
        (r"\bimmediately\s+practical\b|\bmore\s+immediately\s+practical\b|\bpractical\b(?!\s+(?:purposes|advice|terms|matters?|questions?|sense|level|notes?|takeaways?|upshot|point|side|tips?)\b)|\bdeployable\b|"
         r"\bapplied\s+work\b|\bsolving\s+a\s+real\s+problem\b|\breal\s+problem\s+with\s+existing\b|"
         r"\bgenuinely\s+useful\b|\buseful\s+for\b|\bfor\s+enterprise\b|\bedge\s+deployment\b", DEPLOY, 1.0),
        # research
        (r"\bpure(?:ly)?\s+research\b|\bacademically\s+interesting\b|\bresearch\s+curiosity\b|"
         r"\bresearch\s+(?:perspective|territory|artifact|prototype|project)\b|\bstay\s+in\s+academic\b|"
         r"\bfor\s+(?:researchers|academics)\b|\bacademic\s+exercise\b|\bdiagnostic\s+tool\b|"
         r"\binfrastructure(?:[-\s]level)?\s+(?:play|stuff)\b|\bnot\s+for\s+end\s+users\b|\bwait[-\s]and[-\s]see\b|"
         r"\binteresting\s+from\s+a\s+research\b|\bstill\s+in\s+research\b|\bproof\s+of\s+concept\b|"
         r"\bfascinating\b.*\bbut\b|\binteresting\b.*\bbut\b|\bhardest\s+to\s+commerciali[sz]e\b|\bno\s+clear\s+commercial\b", RESEARCH, 2.0),
        (r"\b(?:is|it['\u2019]s|still|just|mostly|basically|more|that['\u2019]s)\s+(?:a\s+)?research\b|"
         r"\bresearch\s+(?:for\s+now|stage|phase|direction|idea|result)\b|\bacademic\s+(?:paper|interest|curiosity)\b|"
         r"\bnot\s+immediately\b|\bunclear\b|\bnarrow\b|\bgrant[-\s]funded\b|\bresearch\.$", RESEARCH, 0.7),
        (r"\boverkill\b|\bnot\s+convinced\b|\bskeptical\b|\bhype\b", SKIP, 0.7),
    ]
]
_UNDECIDED = prefiltered(
    r"\b(?:(?:stays?|stayed|left|leave\s+it|keep\s+it)\s+off\s+the\s+(?:board|list|table|chart)|no\s+(?:rating|rank(?:ing)?|grade|score)(?=\s*[.!,]|$)|"
    r"(?:unranked|unrated)|(?:won['\u2019]t|not\s+going\s+to|can['\u2019]t|don['\u2019]t)\s+(?:rank|rate|grade)\s+(?:it|this|that)|"
    r"leav(?:e|ing)\s+(?:that|this|it)\s+(?:one\s+)?(?:open|split|undecided)|leav(?:e|ing)\s+(?:it\s+|that\s+)?(?:split|open)|"
    r"split\s+down\s+the\s+middle|we\s+disagree|agree\s+to\s+disagree|don['\u2019]t\s+know\s+yet|"
    r"jury['\u2019]?s\s+(?:still\s+)?out|too\s+early\s+to\s+(?:say|tell|call)|no\s+verdict|undecided|on\s+the\s+fence|"
    r"(?:go|going|went)\s+back\s+and\s+forth|can['\u2019]t\s+make\s+up\s+(?:my|our)\s+minds?|"
    r"decide\s+for\s+yourselves|(?:not\s+going\s+to|won['\u2019]t|never\s+going\s+to)\s+agree|"
    r"wait\s+for\s+(?:\w+\s+){0,2}(?:results|numbers|replications?|evals?|benchmarks|evidence)|can['\u2019]t\s+call\s+(?:it|this\s+one)|mixed\s+(?:bag|feelings|signals)|"
    # the hosts saying they part ways or cannot place it
    r"unresolved|no\s+consensus|split\s+decision|(?:land|ended?\s+up)\s+in\s+different\s+places|(?:we|you\s+and\s+i)\s+(?:genuinely\s+|really\s+)?disagree|"
    r"argue\s+about\s+it|(?:don['\u2019]t|do\s+not)\s+know\s+(?:how\s+to\s+(?:score|rate|grade|call)|where\s+i\s+land)|as\s+a\s+shrug|"
    r"no\s+verdict|(?:the\s+)?opposite\s+of\s+\w+|leave\s+it\s+(?:as\s+)?(?:undecided|there|open)|leave\s+\w+\s+as\s+a|"
    # left open in general shapes: not knowing which way ("I don't know whether to ...", "- I genuinely don't
    # know."), no clean call ("I can't give it a clean yes or no"), not settling it, or two hosts' opposite
    # positions set side by side ("I think it's X, you think it's Y"; "I'd say ..., and you'd say ...")
    r"(?:don['\u2019]t|do\s+not)\s+know\s+(?:whether|if|which)|^(?:\W*\w+\W+){0,3}i\s+(?:genuinely\s+|honestly\s+|really\s+|just\s+)?"
    r"(?:don['\u2019]t|do\s+not)\s+know(?=[.!]?$)|(?:can['\u2019]t|cannot|couldn['\u2019]t)\s+give\s+(?:it|this|that)\s+a\s+(?:clean|straight|clear)|"
    r"not\s+(?:settling|settle|going\s+to\s+settle)\s+(?:that|this|it)|we\s+(?:don['\u2019]t|do\s+not)\s+agree|"
    # Round 29: agreement not reached, said in the past ("Quarry we didn't agree on", "we never agreed on that one")
    r"(?:we|you\s+and\s+i)\s+(?:still\s+|just\s+|really\s+)?(?:couldn['\u2019]t|could\s+not|can['\u2019]t|cannot|didn['\u2019]t|did\s+not|never)\s+(?:quite\s+|really\s+)?agree(?:d)?\b(?!\s+more)|"
    r"i\s+think\s+[^.]{0,80},\s+(?:and\s+)?you\s+think|i['\u2019]d\s+say\s+[^.]{0,80},\s+(?:and\s+)?you['\u2019]d\s+say|"
    r"(?:really\s+)?depends(?=\s*[.!]?$)|"
    # torn or withholding: "I'm torn on it", "it stays a question mark", "I'd want X before I say anything",
    # "it depends on who's asking", "cuts both ways", "we're split", "neither of us will move"
    r"i['\u2019]m\s+(?:\w+\s+)?torn|\btorn\s+(?:on|about)|question\s+mark|toss[-\s]up|coin\s+flip|hard\s+to\s+call|"
    r"(?:reserve|withhold|hold\s+off\s+on)\s+(?:my\s+|our\s+)?judge?ment|before\s+i\s+(?:say|decide|commit\s+to)\s+anything|"
    # wanting more before any call ("I'd need to try it myself before saying", "before I'd say either way"), or
    # caught between positions ("I'm stuck between the two of us")
    r"before\s+(?:i\s+|i['\u2019]d\s+|we\s+)?(?:say|saying|decid\w+|call\w*|commit\w*|judg\w+|pick\w*)\b(?:\s+(?:it|anything|either\s+way|one\s+way))?(?=\s*[.!]?$)|"
    # Round 34: ... with what would be said named ("before saying anything nice about it", "before I say anything good about
    # it"): the judgement held back until the evidence comes
    r"before\s+(?:i\s+|i['\u2019]d\s+|we\s+)?(?:say|saying)\s+anything\s+(?:\w+\s+)?(?:about|on|of)\s+(?:it|this|that|them)(?:\s+one)?(?=\s*[.!]?$)|"
    r"(?:stuck|caught|torn)\s+between|depends\s+(?:on\s+)?(?:what|who|whether|how|which)\b|(?:^|\bso,?\s+|[:\u2013\u2014]\s*)mixed(?=\s*(?:[-,.;!\u2013\u2014]|$))|"
    r"(?:stays?|remains?)\s+(?:an?\s+)?(?:open|unclear|undecided|unsettled|tbd)|"
    r"(?:it|that|this)\s+depends\s+on\s+(?:who|what|whether|how|your|the\s+use)|cuts?\s+both\s+ways|"
    r"(?:we['\u2019]re|we\s+are|we\s+stay|stays?|remains?|(?:a|one['\u2019]s\s+a)\s+(?:genuine|real|clean|honest))\s+split\b|"
    r"(?:either|neither)\s+of\s+us\s+(?:will\s+|is\s+going\s+to\s+|is\s+|are\s+)?(?:move|budge|budging|moving|back\s+down)|"
    # not knowing which host is right, or calling it a maybe: "I can't tell you which of us is right", "I can't
    # tell if I'd run it", "I'm not going to pretend to know which", "a genuine maybe", "neither of us can decide"
    r"(?:can['\u2019]t|cannot|couldn['\u2019]t)\s+(?:really\s+)?(?:tell|say)\s+(?:you\s+)?(?:if|whether|which|who)|pretend\s+to\s+know|"
    r"(?:a|one['\u2019]s\s+a)\s+(?:genuine|real|honest|big|clear)\s+maybe|neither\s+of\s+us\s+can\s+(?:decide|tell|say|call)|"
    # no call made or shared: "no shared verdict", "no call from me", "call it a split", "leave it hanging";
    # a divided mind: "I keep flip-flopping", "half of me ..., the other half ...", "keep changing my mind"
    r"no\s+(?:shared\s+|joint\s+|common\s+|agreed\s+|clear\s+|real\s+|clean\s+|firm\s+)?(?:verdict|call|consensus)|"
    # Round 29: a recommendation withheld ("no recommendation yet", "no recommendation from me")
    r"no\s+(?:recommendation|verdict|call)\s+(?:yet|for\s+now|from\s+(?:me|us)|either\s+way)|call\s+it\s+a\s+(?:split|draw|tie|wash)|"
    r"leav(?:e|es|ing)\s+(?:it|that|this)\s+(?:one\s+)?(?:hanging|dangling|unresolved|unsettled|open|undecided|split)|"
    # the paper named in the leaving ("let's leave AdEMAMix open"), or talking in circles about it
    r"leav(?:e|es|ing)\s+(?!(?:the\s+|a\s+)?(?:door|room|space)\b)(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,3}?\s+(?:open|undecided|unsettled|unresolved|hanging)\b|"
    r"(?:go|goes|going|went|gone|talk\w*|argu\w*)\s+(?:round|around)\s+in\s+circles|"
    r"(?:[,;:\u2013\u2014]|\s-)\s*(?:and\s+|but\s+|so\s+)?i\s+(?:genuinely\s+|honestly\s+|really\s+|just\s+)?(?:don['\u2019]t|do\s+not)\s+know\b(?=[.!]?$)|flip[-\s]?flop\w*|(?:keep|kept)\s+(?:changing|switching)\s+(?:my|our)\s+minds?|"
    r"(?:can['\u2019]t|cannot|couldn['\u2019]t)\s+(?:quite\s+|really\s+)?decide|(?:argue|see|call)\s+it\s+either\s+way|could\s+go\s+either\s+way|^\W*(?:\w+\W+){0,2}we['\u2019]ll\s+see(?=[.!]?$)|"
    # no idea which way: "No idea, genuinely.", "I really can't say.", "I have no idea whether it works"
    r"^\W*(?:(?:and|so|honestly|genuinely|really)[,.]?\s+)*no\s+idea\b|\bno\s+idea\s+(?:whether|if|which|how\s+to\s+(?:weigh|score|rate|grade|call|judge))|"
    r"^(?:\W*\w+\W+){0,2}i\s+(?:genuinely\s+|honestly\s+|really\s+|just\s+)?(?:can['\u2019]t|cannot)\s+(?:really\s+)?say(?=[.!]?$)|"
    # Round 19: still stuck on it, no call yet ("And X I'm still stuck on.", "I'm stuck on that one.")
    r"(?:still|i['\u2019]m|i\s+am|we['\u2019]re|we\s+are)\s+(?:\w+\s+)?stuck\b(?:\s+on(?:\s+(?:it|this|that|them))?(?:\s+one)?)?(?=[.!]?$)|"
    # Round 20: left open in further shapes. Sorted into a pile named for indecision ("Galileo stays in the maybe
    # pile", "the don't-know column"); a settling, a grade or a name for it withheld ("we can't settle it", "we
    # don't grade it", "I'm leaving it ungraded", "I don't know what I'd call that"); no idea said as the whole
    # answer ("I have no idea.", "Same non-answer from me."); a divided mind day by day ("some days it's X, some
    # days it's Y"); an open question, or "open" said bare as the call ("Open until somebody reruns it.").
    r"(?:maybe|undecided|unsure|pending|unknown|don['\u2019]t[-\s]know|not[-\s]sure|wait[-\s]and[-\s]see|question[-\s]mark|tbd|limbo|disputed|contested|debated|argued|unresolved)\s+"
    r"(?:pile|bucket|column|box|drawer|category|folder|shelf|list|queue|heap)|\bin\s+limbo|"
    r"\b(?:we|i)\s+(?:still\s+)?(?:can['\u2019]t|cannot|couldn['\u2019]t|won['\u2019]t)\s+(?:really\s+|quite\s+|still\s+)?(?:settle|place|grade|score)\b(?!\s+(?:well|highly|high|low|better|worse|on|above|below)\b)|"
    r"(?:can['\u2019]t|cannot|couldn['\u2019]t)\s+settle\b|"
    r"(?:don['\u2019]t|do\s+not|won['\u2019]t|not\s+going\s+to)\s+(?:grade|score)\s+(?:it|this|that|them)\b|\b(?:ungraded|unscored|ungradable)\b|"
    r"(?:don['\u2019]t|do\s+not)\s+know\s+what\s+(?:i['\u2019]d|i\s+would|we['\u2019]d|we\s+would|to)\s+call\b|"
    r"^(?:\W*\w+\W+){0,2}i(?:\s+have(?:\s+got)?|['\u2019]ve(?:\s+got)?)\s+(?:(?:genuinely|honestly|really|absolutely)\s+)?no\s+idea(?=[.!]?$)|\bnon[-\s]?answer\b|\b(?:anybody|anyone|everybody|everyone)['\u2019]s\s+guess\b|"
    r"\bsome\s+days\b[^.]{0,100}\bsome\s+days\b|"
    r"\b(?:is|['\u2019]s|stays?|remains?)\s+(?:still\s+)?(?:an|our|one|my)\s+(?:genuinely\s+|real\s+|honest\s+|big\s+)?open\s+question\b|"
    r"^\W*(?:(?:so|and|still|then)[,]?\s+)?open(?=\s*[.!]?$|\s+(?:until|till|for\s+now|then)\b)|"
    r"half\s+of\s+me\b[^.]{0,120}\bother\s+half|part\s+of\s+me\b[^.]{0,120}\b(?:another|other)\s+part|"
    # Round 25: "open" said bare after the name, like a verdict word ("the Latin one, open.", "X - still open."); a
    # call the speaker does not have ("I don't have a verdict", "I still don't have a take", "no take from me")
    r"(?:,|[:\u2013\u2014]|\s-)\s*(?:still\s+|left\s+)?open(?=\s*[.!]?$)|"
    r"(?:don['\u2019]t|do\s+not|haven['\u2019]t|have\s+not)\s+(?:(?:really|yet|still|actually|honestly)\s+)?(?:have|got)\s+(?:a|an|any)\s+(?:(?:real|clear|firm|strong|settled|final)\s+)?(?:verdict|take|call|position|stance)|"
    r"\bno\s+(?:(?:real|clear|firm|strong|settled|final)\s+)?take\b|"
    # Round 27: left open said in the past, the paper fronted or after the verb ("VeRA we left open.", "we left that one
    # undecided", "that one we left hanging")
    r"(?:we|i|you)\s+(?:\w+\s+)?left\s+(?:(?:it|that|this|them)\s+(?:one\s+)?)?(?:open|undecided|unresolved|hanging|split|unsettled)\b|"
    r"\bleft\s+(?:it|that|this)\s+(?:one\s+)?(?:open|undecided|unresolved|hanging|unsettled)\b|"
    # Round 32: the call declined, said as the last word of the sentence ("And X we're not calling.", "I won't call that
    # one.", "We aren't going to call it.")
    r"(?:we['\u2019]re|we\s+are|i['\u2019]m|i\s+am)\s+(?:just\s+|still\s+)?not\s+(?:going\s+to\s+)?(?:calling|call|grading|rating|scoring|judging)(?:\s+(?:it|this|that|them)(?:\s+one)?)?(?=\s*[.!]?$)|"
    r"(?:won['\u2019]t|will\s+not|aren['\u2019]t\s+going\s+to|are\s+not\s+going\s+to|not\s+going\s+to)\s+call\s+(?:it|this|that|them)(?:\s+one)?(?=\s*[.!]?$)|"
    # Round 33: ... or said as what the speaker cannot do yet ("And VPT I still can't call.", "that one I can't call yet")
    # (not in a clause describing one of several: "one to use, one to skip, and one we couldn't call")
    r"(?<!(?<!that\s)(?<!this\s)\bone\s)(?<!\bones\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bpaper\s)(?:i|we)\s+(?:still\s+|just\s+|honestly\s+|really\s+)?(?:can['\u2019]t|cannot|couldn['\u2019]t)\s+(?:really\s+|quite\s+)?call(?:\s+(?:it|this|that|them)(?:\s+one)?)?(?:\s+(?:yet|either\s+way))?(?=\s*[.!]?$))\b",
    re.I,
)


# A use denied outright, with nothing said about studying it ("nothing you can act on", "not something your team needs
# to run", "nothing you'd ship").
_USE_DENIED = re.compile(
    r"(?<!\bcosts\s)(?<!\bcost\s)(?<!\btakes\s)\b(?:nothing|not\s+(?:something|a\s+thing|anything)|none\s+of\s+(?:it|them))\b[^.;]{0,30}?\b(?:act\s+on|ship|run|deploy|use|build\s+on|put\s+(?:in|into)|serve)\b",
    re.I,
)
# A paper called by a description ("the case study paper"): its words name the paper, they give no reason to study it.
_DESCRIBED_PAPER = re.compile(r"\bthe\s+(?:[\w'\u2019-]+\s+){1,5}?(?:paper|one|work)\b", re.I)
# A sentence that opens on a topic of its own before its verb ("And the neuron follow-up we left hanging.", "And Tale of
# Tails stays open."), not on the paper under discussion ("Let's leave that one open.", "Then we disagree.").
_FRONTED_TOPIC = re.compile(
    r"^\W*(?:(?i:and|so|but|then|as\s+for)\s+)?(?:(?i:the)\s+(?:[\w'\u2019-]+\s+){1,4}?|(?!(?:It|That|This|They|We|You|I|Let|Let's|Then|So|And|But|Honestly|Okay|Well)\b)"
    r"[A-Z][\w.+'\u2019-]*(?:\s+(?:of|and|the|for|on|in|to|a|[A-Z0-9][\w.+'\u2019-]*))*\s+)(?:we|i|you|stays?|remains?|is|gets|goes|was|left|sits)\b"
)
_CHANGE_OF_MIND = re.compile(r"^\W*(?:but|though|although|actually|then\s+again|on\s+second\s+thought|no,?\s+wait|having\s+said\s+that|that\s+said)\b", re.I)


@dataclass(slots=True)
class Statement:
    """One clause or sentence about a paper, with how much it should weigh."""

    turn: int
    text: str
    weight: float
    # scored as this other judgement ("X goes in the same bucket" after a call on Y): the quote stays `text`
    same_as: str | None = None
    # a closing sentence that names its paper itself ("MAmmoTH-VL, agreed, not for us."), not one routed to it (round 32)
    named: bool = False

    @property
    def judged(self) -> str:
        return self.same_as or self.text


_NOT_NOW = re.compile(r"\b(?:yet|for\s+now|right\s+now|this\s+(?:quarter|year|month)|as[-\s]is|until|anytime\s+soon)\b", re.I)
_CONTRAST = re.compile(r"\b(?:but|though|although|whereas|while)\b", re.I)
MIXED = "mixed"
# A verb of saying just before an adoption cue: the paper's or someone else's advice ("the paper that says you
# should ...", "they recommend you ..."), not the host's stance.
_REPORTED = re.compile(r"\b(?:says?|said|claims?|argues?|suggests?|recommends?|tells?\s+(?:you|us|people)|insists?)\s+(?:that\s+)?$", re.I)
# A negation holding the adoption verb in its scope, with only words between: "not something I'd ship",
# "nothing you'd put", "never the thing we'd deploy".
# A condition just before an adoption cue: "until it works on real models", "once it's production-ready", "if
# you can deploy it": what would have to be true, not the host's stance.
_CONDITIONED = re.compile(
    r"\b(?:until|unless|if|once|whether)\s+(?:[\w'\u2019]+\s+)?$|"
    # waiting for someone else to put it to use ("wait for somebody to ship it with a decent license")
    r"\bwait(?:s|ing|ed)?\s+(?:for|until)\s+(?:[\w'\u2019]+\s+){0,3}(?:to\s+)?$",
    re.I,
)
# Round 27: the object of a verb of use, said right after it, is something other than the paper ("I'd use specialised
# models", "then use something else", "I'd run a plain LoRA"), or the verb sits in a relative clause on other things
# ("There are better detectors you can run today."): the adoption is of an alternative.
_ALTERNATIVE_AFTER = re.compile(
    r"^\s*(?:(?:something|anything|someone|somebody)\s+else\b|(?:(?:a|an|the|some|one\s+of\s+the)\s+)?(?:different|other|another|alternative|older|newer|simpler|"
    r"specialis\w+|specializ\w+|dedicated|existing|established|plain|vanilla)\b|"
    # Round 35: a kind of thing picked by what it already does ("use a model that already speaks it"): another one
    r"(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that|which)\s+(?:already|natively)\b)",
    re.I,
)
# Round 34: the object of a verb of use is nothing in particular ("a quiet week for anyone who just wants to ship something"):
# the verb names an activity, not the paper put to use ("something like it", "something built on it" are the paper again)
_GENERIC_AFTER = re.compile(r"^\s*(?:something|anything|stuff)\b(?!\s+(?:like|similar|based|built|on|with|from|off)\b)", re.I)
_ALTERNATIVE_BEFORE = re.compile(
    r"\bthere(?:['\u2019]s|\s+is|\s+are)\s+(?:already\s+)?(?:(?:a\s+|an\s+)?(?:other|better|plenty\s+of|lots\s+of|simpler|cheaper|newer|older|existing|dedicated|specialis\w+|specializ\w+)\s+)+"
    r"(?:[\w-]+\s+)?[\w-]+\s+(?:(?:that|which)\s+)?$",
    re.I,
)
# Round 32: use reserved for whoever has a lab or a research setting ("use it to propose candidates if you have a lab to
# test them", "if you run a research group, try it"): putting it to use there is research work, so study, not adoption.
_FOR_LABS_ONLY = re.compile(
    r"\b(?:if|when|as\s+long\s+as|provided|assuming)\s+you(?:['\u2019]re|\s+are|\s+have|['\u2019]ve\s+got|\s+run|\s+own|\s+work\s+in|\s+happen\s+to\s+have)\s+"
    r"(?:(?:a|an|the|your\s+own|access\s+to|in)\s+)?(?:[\w-]+\s+){0,2}?(?:lab|labs|research\s+(?:group|lab|team)|researchers?|academics?|phd\s+students?)\b|"
    # Round 35: ... or whose own work is research ("if you build research agents, use it to test them", "if you do research")
    r"\b(?:if|when)\s+you(?:['\u2019]re|\s+are)?\s+(?:build\w*|do|doing|develop\w*|work\w*\s+on|study\w*|train\w*)\s+(?:[\w-]+\s+)?research\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|nothing|never|hardly)\s+(?:[\w'\u2019]+\s+){0,3}$|n['\u2019]t\s+(?:[\w'\u2019]+\s+){0,3}$", re.I)
# Round 28: the paper's own pitch, reported ("the pitch is that ...", "their claim is that ...", "the authors argue
# that ..."): the cues inside it, up to a contrast or a clause break, are what the paper sells, not the host's call.
_PITCH = re.compile(
    r"\b(?:(?:the|their|its|the\s+paper['\u2019]s|the\s+authors['\u2019])\s+(?:main\s+|big\s+|core\s+|central\s+|whole\s+|headline\s+)?"
    r"(?:pitch|claim|premise|thesis|selling\s+point|promise|argument|contention)\s+(?:is|was)(?:\s+that)?|"
    r"(?:they|the\s+authors|the\s+paper)\s+(?:argue|claim|pitch|contend|insist|promise)s?\s+that)\b",
    re.I,
)
_PITCH_END = re.compile(r"\b(?:but|though|although|however|yet|whereas)\b|[;\u2013\u2014]|\s-\s|\?", re.I)


def _pitched_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence reports the paper's pitch: from the frame to the next contrast or clause break."""
    spans = []
    for m in _PITCH.finditer(text):
        end = _PITCH_END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return tuple(spans)


# Round 28: a caveat of use is no call. Trust held back until the listener has tested it themselves ("test it hard
# before you trust it", "validate it on your own data before you rely on it") tells a user how to use it; ease of use
# denied ("you can't just download them", "you can't simply plug it in") is a hurdle, not a use denied. The check is
# the listener's, said as an instruction (the verb opens its clause: "Audit the labels before you trust the score"),
# not the speaker's wish ("I want to check it before anyone relies on it"). Round 29: an instruction that puts the paper to
# use as the test ("pass each new checkpoint through it before you rely on any") withholds no trust in the paper either: the
# study reading is dropped, and the closing round reads the imperative itself (see `_IMPERATIVE_CALLS`).
_TESTED_FIRST = re.compile(
    r"(?:^|[,;:\u2013\u2014]|\s-|\b(?:so|just|then|and|but|always|first)\s)\s*(?:test|check|validate|verify|evaluate|benchmark|vet|audit|try|"
    r"measure|inspect|run|re-?run|put|pass|feed|throw|score|rank|screen|grade)\s+(?:[\w'\u2019-]+\s+){0,7}$",
    re.I,
)
_EASE_DENIED = re.compile(r"(?:can['\u2019]t|cannot|can\s+not|couldn['\u2019]t|won['\u2019]t)\s+(?:just|simply)\s+$", re.I)


def _is_caveat(original: str, match: re.Match, verdict: str) -> bool:
    before = original[: match.start()]
    said = match.group(0).lower()
    if verdict == RESEARCH and said.startswith("before you") and _TESTED_FIRST.search(before):
        return True
    if verdict == DEPLOY and said.startswith(("just", "simply")):
        before += said[: len(said.split()[0]) + 1]
    return verdict == DEPLOY and bool(_EASE_DENIED.search(before))


# Round 35: what others habitually do not do ("Most teams never run that comparison", "many labs don't use it"): a report of
# practice, not the speaker's refusal
_OTHERS_HABIT = re.compile(
    r"\b(?:most|many|few|some|other|lots\s+of)\s+(?:[\w-]+\s+)?(?:teams|people|labs|companies|folks|practitioners|users|engineers|shops|groups)\s+"
    r"(?:still\s+|just\s+|simply\s+)?$",
    re.I,
)
# Round 36: a verb of placing set in an order ("I'd put the reasoners paper above InfographicVQA", "I'd put it last"): the
# object's place in a ranking of the papers, no place of use (one named after it, "put it in production first", is)
_PLACING_VERB = re.compile(r"\b(?:put|place|slot|rank|move)$", re.I)
_IN_AN_ORDER = re.compile(
    r"^\s+(?:(?!(?:in|into|inside|on|onto|to|through|behind|under|at|for)\b)[\w.+%'\u2019-]+\s+){0,6}?"
    r"(?:above|below|ahead\s+of|higher\s+than|lower\s+than|first|second|third|fourth|last|(?:at\s+)?the\s+(?:top|bottom))\b",
    re.I,
)
# Round 36: ... what others do, said with a minimiser ("Most teams just download a model", "many people still use X"): the
# practice the paper is measured against, not the speaker's advice to use it
_MINIMISER = re.compile(r"\b(?:just|simply|still|only)\b", re.I)
_HABITUAL_DENIAL = re.compile(r"^(?:never|don['\u2019]t|do\s+not|rarely|seldom)\b", re.I)
# Round 35: a refusal of the paper's attention, not only of its use ("I'd pass on it for now", "skip it for now"): "for now"
# does not make it study, since study needs the attention refused
_ATTENTION_REFUSED = re.compile(r"\b(?:pass|skip\w*|ignore|bother|forget)\b", re.I)
# Use denied to everyone ("nobody should pick it up today", "no one needs to run it"): a refusal, not study.
_DENIED_TO_ALL = re.compile(r"\b(?:nobody|no\s+one|no\s+team)\s+(?:[\w'\u2019]+\s+){0,2}$", re.I)


# The stance in its plainest words, read only when no cue matched: a weak sign (1.0) that decides a closing-round
# remark (x3) but never a discussion sentence alone, and never makes a sentence a judgement for routing.
_USE_WORDS = re.compile(
    r"\b(?:use(?!\s+cases?\b)|using|deploy\w*|ship|shipping|serve|serving|install\w*|run|running|adopt\w*|merg\w+|download\w*|integrat\w+|"
    r"swap\w*|switch\w*|plug\w*|roll\w*\s+(?:it\s+)?out|migrat\w+|productioni[sz]\w*|pilot\w*|fork\w*|replac\w+|flip\w*|"
    r"bet\w*|production|prod|products?|services?|stack|pipelines?|roadmap|codebase|traffic|customers?|users|ticket|sprint)\b",
    re.I,
)
_STUDY_WORDS = re.compile(
    r"\b(?:read|reading|cite|citing|stud(?:y|ying)|learn|learns|learned|learnt|learning\s+from|taught|teach\w*|theor\w+|academic\w*|curiosity|science|scientific|"
    r"lens|syllabus|lecture|homework|essay|insight\w*|understand\w*|researchers?|diagnos\w+|archive|back\s+pocket|"
    r"interesting|fascinating|elegant|clever|illuminating|educational)\b",
    re.I,
)
_REFUSE_WORDS = re.compile(
    r"\b(?:forget\s+(?:it|this|that|them|about\s+it)|cut\s+(?:it|this|that|them|from)|drop\s+(?:it|this|that|them)|nope|meh|why\s+bother|"
    r"let\s+(?:it|this|that)\s+(?:go|slide|pass)|leave\s+(?:it|this|that)(?=[.!]?$)|a\s+pass(?=[.!]?$)|within\s+(?:the\s+)?noise|obsolete|"
    r"(?:nobody|no\s+one|anyone)\s+(?:still\s+)?(?:cares?|needs?|wants?|misses)|stopped\s+(?:having|needing|caring)|folded\s+into|"
    r"(?:can['\u2019]t|cannot|don['\u2019]t)\s+see\s+(?:who|why|anyone|what))\b",
    re.I,
)
_NEAR_TERM = re.compile(
    r"\b(?:today|tonight|tomorrow|this\s+(?:week|weekend|sprint|month|quarter)|next\s+(?:week|sprint|month)|"
    r"(?:on|by)\s+(?:monday|tuesday|wednesday|thursday|friday)|before\s+we\s+(?:finish|wrap|end|stop))\b",
    re.I,
)
_DENIED_BEFORE = re.compile(r"\b(?:not|no|never|nothing|nobody|no\s+one|none|without|won['\u2019]t|wouldn['\u2019]t|isn['\u2019]t|don['\u2019]t|out\s+of)\s+(?:[\w'\u2019-]+\s+){0,4}$|n['\u2019]t\s+(?:[\w'\u2019-]+\s+){0,4}$" + r"|\b" + _DISTANCE + r"\s+(?:[\w'\u2019-]+\s+){0,4}$", re.I)
_HEDGED = re.compile(r"\b(?:maybe|perhaps|possibly|might|could)\b", re.I)
_IF_BEFORE = re.compile(r"\b(?:if|unless|until|once|whether|when|wait(?:s|ing|ed)?\s+for)\b", re.I)  # a use word after a condition is its consequence


_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]|\s-\s")


def _unconditioned_study(text: str) -> bool:
    """Whether a word of study is said outside a condition: one inside the clause a condition opens ("if you're building
    lip reading", "when your team studies X") names the case the advice is for, it is no lean to study (round 33)."""
    for m in _STUDY_WORDS.finditer(text):
        before = text[: m.start()]
        cond = None
        for cond in _IF_BEFORE.finditer(before):
            pass
        if cond is None or _CLAUSE_BREAK.search(before, cond.end()):
            return True
    return False


def _plain_stance(text: str) -> str | None:
    """The verdict a sentence's plain words lean to when no cue matched: a refusal word is skip; a word of use is
    deploy, denied ("keep it out of anything customer-facing", "won't change what anybody runs") it is study;
    a word of study is research; use and study together are decided by a near date (use) or by the side of a
    contrast that comes last, else left mixed."""
    if _HEDGED.search(text):
        return None  # "Small model use cases, maybe.": plain words hedged are no lean at all
    if _REFUSE_WORDS.search(text):
        return SKIP
    used = denied = False
    for m in _USE_WORDS.finditer(text):
        before = text[: m.start()]
        if _IF_BEFORE.search(before) or _EASE_DENIED.search(before):
            continue  # "if you ship it" is a consequence, "you can't just download it" a hurdle: neither is a lean
        if _DENIED_BEFORE.search(before):
            denied = True
        else:
            used = True
    study = _unconditioned_study(text)
    if used and (_NEAR_TERM.search(text) or not (study or denied)):
        return DEPLOY
    if used:
        contrast = _CONTRAST.search(text)
        if contrast is None:
            return MIXED
        tail = text[contrast.end() :]
        return _plain_stance(tail) if tail.strip() and tail != text else MIXED
    if denied or study:
        return RESEARCH
    return None


def _score_clause(text: str) -> tuple[str, float] | None:
    """The cues' verdict for a clause as the phrase lists give it (NOT_USE left as it is): what the prefilter
    equivalence test compares with plain regex matching. `stance` is what the verdicts use."""
    return _scored(text, adjusted=False)


@per_text
def stance(text: str) -> tuple[str, float] | None:
    """The verdict a clause supports; MIXED when it weighs two verdicts against each other
    ("useful for debugging but probably overkill for production") without an explicit call. On top of the
    phrase lists: an adoption cue reported from the paper is no stance, one under a negation is study, and a
    refusal to use it is research-only beside a reason to study it, else skip."""
    return _scored(text, adjusted=True)


# A question asks rather than calls ("Drop it?", "Do they just blend and ship?"), unless it puts a call forward for the
# other host to take ("Can we agree it belongs on the research shelf?", "Research, then?", "Shall we call it a skip?").
_QUESTION = re.compile(r"\?[\s\"'\u201d\u2019)]*$")
_PROPOSAL = re.compile(
    r"\b(?:agree|agreed|call\s+it|shall\s+we|should\s+we|can\s+we|could\s+we|let['\u2019]s|settle|compromise|then|right|yes|no|surely)\W*$|"
    r"\b(?:can|could|shall|should)\s+we\b|\bagree\b|\bcall\s+it\b",
    re.I,
)


# ... but a rhetorical who/why question states a doubt, it asks nothing ("fascinating, but who's gonna retrain their
# model on it?", "why would anyone pay for that?"): its cues count as said.
_RHETORICAL = re.compile(
    r"\bwho(?:['\u2019]s|\s+is|\s+would|\s+will|\s+wants|\s+needs|\s+has)\b|\bwhy\s+would\s+(?:anyone|anybody|you|we)\b",
    re.I,
)


# Which cues each needle belongs to, and the cues with no needle (asked of every text): built on first use.
_CUE_INDEX: tuple[tuple[int, ...], dict[str, tuple[int, ...]]] | None = None


def _cue_index() -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    global _CUE_INDEX
    if _CUE_INDEX is None:
        always: list[int] = []
        by_needle: dict[str, list[int]] = {}
        for i, (pattern, _, _) in enumerate(_CUES):
            needles = pattern.prepare().needles  # registers them, so `present` looks for them
            if needles is None:
                always.append(i)
            for needle in needles or ():
                by_needle.setdefault(needle, []).append(i)
        _CUE_INDEX = (tuple(always), {needle: tuple(at) for needle, at in by_needle.items()})
    return _CUE_INDEX


def _cues_for(folded: str) -> list[tuple[Prefiltered, str, float]]:
    """The cues that may match a text (`folded` is its fold), in `_CUES` order. The same test as each cue's
    `may_match` (a needle it needs occurs in the text), asked once for all fifty cues: a sentence holds the
    needles of a handful at most."""
    always, by_needle = _cue_index()
    chosen = set(always)
    for needle in present(folded):
        at = by_needle.get(needle)
        if at is not None:
            chosen.update(at)
    return [_CUES[i] for i in sorted(chosen)]


def _scored(text: str, adjusted: bool) -> tuple[str, float] | None:
    if adjusted and _QUESTION.search(text) and not _PROPOSAL.search(text) and not _RHETORICAL.search(text):
        return None
    hits: dict[str, tuple[float, int]] = {}
    refused_attention = False
    original = text
    folded = fold(text)  # blanking a phrase never adds a needle, so this rules later cues out too
    pitched = _pitched_spans(original) if adjusted else ()
    for pattern, verdict, weight in _cues_for(folded):
        match = pattern.search_folded(text, folded)
        if match is None:
            continue
        # A matched phrase is used up: "practical" inside "not immediately practical" is not a second cue.
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
        if adjusted and any(a <= match.start() < b for a, b in pitched):
            continue  # "the pitch is that the standard way ... is wrong": what the paper sells, not the host's call
        if adjusted and _is_caveat(original, match, verdict):
            continue  # "test it hard before you trust it", "you can't just download them": a caveat of use, no call
        if adjusted and verdict == DEPLOY and _CONDITIONED.search(original[: match.start()]):
            continue  # "until it works on the models people run": a condition, not a call
        if adjusted and verdict == DEPLOY and weight >= 2.0:
            before = original[: match.start()]
            if _ALTERNATIVE_AFTER.match(original[match.end() :]) or _ALTERNATIVE_BEFORE.search(before):
                # "in a real pipeline I'd use specialised models", "there are detectors you can run today": what the
                # speaker would use is something else, which turns this paper down (see NOT_USE)
                if NOT_USE not in hits:
                    hits[NOT_USE] = (weight, match.start())
                continue
            if _REPORTED.search(before):
                continue  # "the paper that says you should put X in your prompt": the paper's advice, not the host's
            if _GENERIC_AFTER.match(original[match.end() :]):
                continue  # "for anyone who just wants to ship something": use of nothing in particular, no call on the paper
            if _PLACING_VERB.search(match.group(0)) and _IN_AN_ORDER.match(original[match.end() :]):
                continue  # "I'd put the reasoners paper above X": a place in a ranking, not a place of use (round 36)
            if _OTHERS_HABIT.search(before) and _MINIMISER.search(before + match.group(0)[:7]):
                continue  # "Most teams just download a model": what others do instead, not the speaker's advice (round 36)
            if _FOR_LABS_ONLY.search(original):
                verdict = RESEARCH  # "use it to propose candidates if you have a lab to test them": use in a lab is study
            elif _DENIED_TO_ALL.search(before):
                verdict = SKIP  # "nobody should pick it up today": use denied to everyone is a refusal
            elif _NEGATED.search(before):
                verdict = RESEARCH  # "fun to read but not something I'd ship": a use denied is study, not use
        if adjusted and verdict in (SKIP, NOT_USE) and _HABITUAL_DENIAL.match(match.group(0)) and _OTHERS_HABIT.search(original[: match.start()]):
            continue  # "Most teams never run that comparison": what others do, not the speaker's refusal
        if verdict not in hits:
            hits[verdict] = (weight, match.start())
            if verdict == SKIP:
                refused_attention = bool(_ATTENTION_REFUSED.search(match.group(0)))
    if not hits:
        return None
    if adjusted and NOT_USE in hits:
        weight, at = hits.pop(NOT_USE)
        # refusing to use it beside a reason to study it is study-not-use; alone it is a refusal
        merged = RESEARCH if RESEARCH in hits or _STUDY_WORDS.search(original) else SKIP
        if merged not in hits or hits[merged][0] < weight:
            hits[merged] = (weight, at)
    if adjusted and SKIP in hits and _NOT_NOW.search(original) and not refused_attention:
        # "don't build on it yet", "I wouldn't build a product on it this quarter": not now is not never
        weight, at = hits.pop(SKIP)
        if RESEARCH not in hits or hits[RESEARCH][0] < weight:
            hits[RESEARCH] = (weight, at)
    first = min(hits.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    if adjusted and first[1][0] >= 2.5:
        # a weak word of another verdict ("useful for", left joined once "homework" between them was used up)
        # does not turn a firm cue into a weighing of two verdicts
        hits = {v: h for v, h in hits.items() if h[0] >= 2.0}
    contrast = _CONTRAST.search(original)
    if len(hits) >= 2 and first[1][0] < 3.0 and contrast:
        # "historically important, but there's no reason to spend an afternoon on it now": the clause after
        # the contrast is where the speaker lands, when it carries a firm cue of its own
        after = [(v, w) for v, (w, at) in hits.items() if at > contrast.start() and w >= 2.0]
        before = [v for v, (w, at) in hits.items() if at < contrast.start()]
        if len(after) == 1 and before:
            return after[0]
        return MIXED, max(w for w, _ in hits.values())
    return first[0], first[1][0]


# Round 29: advice said to the listener in the closing round, as an imperative that opens its clause: at the start of
# the sentence, after the paper's name and its separator, or after the audience it is for ("Mine: Corvid, wire it
# into the scanner if you sort parcels.", "If you train on patient notes, use the recipe from the Lark paper.", "Quillmark,
# read it once, then move on."). Said there, the verb is the call: a verb of putting the paper (or
# what it gives) to use is adoption, one of reading it is study, one of leaving it out is a refusal. Only the closing
# round reads it so: inside a discussion an imperative is as often a procedure explained ("take a frame, run it
# through the encoder"), and it never makes a sentence a judgement for routing.
_CLAUSE_OPENING = (
    r"(?:^|[,:;\u2013\u2014]\s*|\s-\s+)(?:(?:so|then|just|simply|now|okay|ok|yes|yeah|honestly|definitely|absolutely|really|"
    r"and|go(?:\s+and)?|please|first|always)[,]?\s+)*"
)
# what the verb acts on: the paper ("it", a name), or a noun phrase with a determiner ("your chunks", "the recipe"), or
# a bare plural put somewhere ("edge cases into your test set")
_IMPERATIVE_OBJECT = (
    # "that"/"this" as the object, not opening a clause ("Add that nobody should ...")
    r"\s+(?:(?:it|them|these|those|both)\b|(?:this|that)(?=\s*(?:[.,;!:]|$)|\s+(?:one|paper|model|method|recipe|trick|idea|dataset|benchmark|checkpoint|code|library|tool)\b)|(?:the|a|an|your|our|their|its|every|any|all|each|some|one)\s+[\w'\u2019-]|"
    r"(?-i:[A-Z0-9][\w.+'\u2019-]*)(?:\s|[.,;:!]|$)|(?:[\w-]+\s+)?[\w-]+s\s+(?:in|into|on|onto|through|with|to|by|from|for|against)\b)"
)
_PAPER_OBJECT = r"\s+(?:(?:it|them|these|those|both)\b|(?:this|that)(?=\s*(?:[.,;!:]|$)|\s+(?:one|paper|model|method|recipe|trick|idea|dataset|benchmark|checkpoint|code|library|tool)\b)|the\s+\w|(?-i:[A-Z0-9][\w.+'\u2019-]*)(?:\s|[.,;:!]|$))"
_IMPERATIVE_CALLS = [
    (re.compile(
        _CLAUSE_OPENING + r"(?P<verb>use|grab|run|try(?!\s+(?:to|and|out\s+of)\b)(?![^.;]*\band\s+(?:tell|let\s+(?:us|me)\s+know|report|see|judge|decide|find\s+out)\b)|put(?=\s+(?:[\w'\u2019-]+\s+){0,4}?(?:in|into|inside|through)\s)|pass(?=\s+(?:[\w'\u2019-]+\s+){1,4}?through\s)|add|plug|slot|wire|bake|swap|switch|deploy|ship|install|download|adopt|pull|"
        r"fork|fine-?tune|train|build|apply|sort|feed|bolt|integrate|bring|serve|roll|replace|upgrade|filter|copy|"
        r"start\s+(?:using|with|from)|reach\s+for|pick\s+up|take(?=\s+(?:the|their|its|this|that|it)\b))\b"
        r"(?!\s+(?:it\s+)?(?:by|with\s+a\s+(?:grain|pinch)|apart|away|out\s+of)\b)" + _IMPERATIVE_OBJECT,
        re.I,
    ), DEPLOY),
    # reading or leaving out is said of the paper or its parts ("read it once", "skip the model"), not of the
    # listener's own things ("Go read your own test sets, everyone." signs off)
    (re.compile(_CLAUSE_OPENING + r"(?P<verb>read|study|skim|bookmark|cite|watch|revisit)\b" + _PAPER_OBJECT, re.I), RESEARCH),
    (re.compile(_CLAUSE_OPENING + r"(?P<verb>skip|ignore|avoid|forget|drop|ditch|bin)\b" + _PAPER_OBJECT, re.I), SKIP),
]


# Advice split or pointed elsewhere: an imperative denied beside it ("copy the loss, don't train the model"), advice
# to take one thing in place of another ("read the other one instead"), or an imperative that only sets up what
# follows ("Remove the captions and it drops by half.", "Add a filter and you'll get the same gain.")
_SPLIT_ADVICE = re.compile(
    r"(?:^|[,;:\u2013\u2014]\s*|\s-\s+|\b(?:but|and|so|just)\s+)(?:don['\u2019]t|do\s+not|never)\s+\w+|\binstead\b|"
    # Round 33: the object set against another one ("Take the lesson, not the dataset.", "use the idea, not the code")
    r"(?:,|\s-)\s*(?:but\s+)?not\s+(?:the|a|an|its|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:[.!]|$)|"
    r"\band\s+(?:then\s+)?(?:it|you|they|the\s+\w+|that|this)(?:['\u2019](?:ll|ve|s|re|d)|\s+(?:will|would|can|get|gets|got|have|has|falls?|drops?|goes|breaks?|fails?|works?|beats?|loses?))\b",
    re.I,
)


def _imperative_call(text: str) -> tuple[str, float] | None:
    """The call an imperative of advice makes, the first one said in the sentence (see `_IMPERATIVE_CALLS`). A verb
    hedged or denied ("maybe look at", "don't use") opens no clause, so it is no advice; nor is advice split between
    doing and not doing, or pointed at something in place of something else (`_SPLIT_ADVICE`)."""
    if _SPLIT_ADVICE.search(text):
        return None
    found: tuple[str, int] | None = None
    for pattern, verdict in _IMPERATIVE_CALLS:
        for m in pattern.finditer(text):
            if verdict == DEPLOY and (_ALTERNATIVE_AFTER.match(text[m.end("verb") :]) or _CONDITIONED.search(text[: m.start("verb")])):
                continue  # "use something else", "wait until it is audited, then use it"
            if verdict == RESEARCH and _NEAR_TERM.search(text):
                continue  # "read it tonight and patch your loader": reading it now is acting on it
            if found is None or m.start() < found[1]:
                found = (verdict, m.start())
            break
    if found is None and (m := _DEFAULT_CHOICE.search(text)) and not _NEGATED.search(text[: m.start()]):
        found = (DEPLOY, m.start())
    if found is not None and found[0] == DEPLOY and _FOR_LABS_ONLY.search(text):
        return RESEARCH, 2.5  # "fork it if you run a research lab": use in a lab is study (round 32)
    return (found[0], 2.5) if found else None


# Round 29: the paper named as the place to start or the default choice for whoever fits ("Quarry is the obvious default
# for small graphs", "for audio tagging, that's your starting point", "this is where teams should start", "it has become
# our default"): in the closing round, the choice recommended for use. Not a default of comparison ("the default
# baseline") nor a start for more research ("a starting point for future work").
_DEFAULT_CHOICE = re.compile(
    r"\b(?:is|['\u2019]s|has\s+become|have\s+become|['\u2019]ve\s+become|became|remains?|stays?)\s+(?:now\s+|already\s+|basically\s+|effectively\s+|still\s+|just\s+)?"
    r"(?:the|your|our|my|a|an)\s+(?:(?!not\b)[\w-]+\s+){0,2}?(?:default|go-to|starting\s+point)\b"
    r"(?!\s+(?:baseline|comparison|benchmark|reference|setting|assumption)s?\b)(?!\s+for\s+(?:research|further|future|follow|more\s+research)\b)|"
    r"\b(?:this|that|it|here)(?:['\u2019]s|\s+is)\s+where\s+(?:you|we|i|teams?|people|anyone|everyone)\s+(?:should\s+)?start\b(?!\s+to\b)|"
    # Round 36: ... the paper (and what comes with it) the subject, and "begin" too ("If you map fields, U-TAE and its dataset
    # are where you begin", "X is where I'd start"): not a start to something else ("where you start to worry")
    r"\b(?:is|are|['\u2019]s|['\u2019]re)\s+where\s+(?:you|we|i|teams?|people|anyone|everyone)(?:['\u2019]d|\s+would|\s+should)?\s+(?:start|begin)\b(?!\s+(?:to|with\s+the\s+(?:problem|question|doubts?|worry))\b)|"
    # Round 33: the thing to start from, said of the paper ("X is still the checkpoint to start from if you're building Y",
    # "it's the codebase to start with"): the base to build on, unless it is a start for understanding or further research
    r"\b(?:is|['\u2019]s|remains?|stays?)\s+(?:now\s+|already\s+|basically\s+|still\s+|just\s+)?(?:the|your|our)\s+(?:[\w-]+\s+){1,2}?to\s+(?:start|begin)\s+(?:from|with)\b"
    r"(?![^.;]*\b(?:to\s+(?:understand|learn|study|read|research)|for\s+(?:research|study|reading|understanding|intuition|further|future|more))\b)",
    re.I,
)


def closing_stance(text: str) -> tuple[str, float] | None:
    """A closing-round remark's stance: the cues', else an imperative of advice's (round 29), else the lean of its
    plain words (weight 1.0, so it decides only said in the closing round and never counts as a judgement for
    routing)."""
    scored = stance(text)
    if scored is None and not (_QUESTION.search(text) and not _PROPOSAL.search(text)):
        if (advised := _imperative_call(text)) is not None:
            return advised
        if (plain := _plain_stance(text)) is not None:
            return plain, 1.0
    return scored


def is_judgement(text: str) -> bool:
    """Whether a sentence makes a call on a paper: a firm cue of one verdict, or leaving it open."""
    scored = stance(text)
    return bool(scored and scored[1] >= 2.0 and scored[0] != MIXED) or bool(_UNDECIDED.search(text))


# Giving way after a disagreement: "I can live with that", "fine, have it your way", "you've convinced me", a bare
# "Fine." / "Okay." said before restating the call.
_CONCEDE = re.compile(
    r"\b(?:i\s+can\s+live\s+with\s+(?:that|it)|(?:you['\u2019]ve|you\s+have)\s+(?:convinced|persuaded)\s+me|you\s+win|have\s+it\s+your\s+way|"
    r"i['\u2019]ll\s+(?:go\s+with|take|settle\s+for|accept)\s+(?:that|yours|your\s+\w+)|(?:i['\u2019]ll|i\s+will)\s+(?:come\s+round|back\s+down|concede)|"
    r"fair\s+enough|i\s+concede|point\s+taken)\b|^\W*(?:fine|okay|ok|alright|all\s+right|deal)\W*$",
    re.I,
)


def _settled(closing: Sequence[Statement], scored: dict[str, tuple[str, float] | None]) -> list[Statement] | None:
    """Hosts who disagree and then settle: when the closing holds firm calls of two verdicts and a host gives way
    after them ("Fine. Re-Basin is homework, not tooling. I can live with that."), the call standing when they
    settle is the shared one, and the position given up no longer counts."""
    firm = [(k, st) for k, st in enumerate(closing) if (sc := scored.get(st.judged)) and sc[0] != MIXED and sc[1] >= 2.0]
    if len({scored[st.judged][0] for _, st in firm}) < 2:
        return None
    first_clash = next(k for k, st in firm if scored[st.judged][0] != scored[firm[0][1].judged][0])
    conceded = [k for k, st in enumerate(closing) if k > first_clash and _CONCEDE.search(st.judged)]
    if not conceded:
        return None
    at = conceded[-1]
    # the call standing: the last firm call said up to the concession's turn (the concession may come before or
    # after its restatement in that turn: "Fine. X is homework." / "X is homework. I can live with that.")
    turn = closing[at].turn
    # Round 29: ... and the restatement is of a position argued before the concession: a call on something new said
    # after the concession in the same turn ("Agreed then. And the last one I'd skip outright.") settles nothing here
    argued = {scored[st.judged][0] for k, st in firm if k <= at}
    standing = [st for k, st in firm if k <= at or (st.turn == turn and scored[st.judged][0] in argued)]
    if not standing:
        return None
    verdict = scored[standing[-1].judged][0]
    later = [st for k, st in firm if k > at and st.turn != turn]
    if any(scored[st.judged][0] != verdict for st in later):
        return None  # the argument went on after the concession
    return [st for _, st in firm if scored[st.judged][0] == verdict and (st.turn >= closing[first_clash].turn or st is standing[-1])]


# Waiting for evidence ("wait for the latency numbers", "I'd wait for replications"): left open when said alone, but
# the reason for a call of study the same speaker has just made in that turn ("Research. Read it for the trick, wait
# for the latency numbers."): not ready yet is what research-only says.
_WAITING = re.compile(r"\bwait(?:ing)?\s+(?:for|on)\s+(?:[\w'\u2019-]+\s+){0,3}(?:results|numbers|replications?|evals?|benchmarks|evidence|data)\b", re.I)


def _waiting_as_reason(closing: list[Statement], scored: dict[str, tuple[str, float] | None]) -> list[Statement]:
    """The closing statements, a "wait for the numbers" that gives the reason for a firm call of study said before it
    in the same turn (or in the same sentence) scored as that call (`scored` learns the sentence without the waiting)."""
    kept: list[Statement] = []
    for st in closing:
        if _UNDECIDED.search(st.judged) and (waiting := _WAITING.search(st.judged)):
            rest = st.judged[: waiting.start()] + " " * (waiting.end() - waiting.start()) + st.judged[waiting.end() :]
            if rest not in scored:
                scored[rest] = closing_stance(rest)
            called = [
                other.judged for other in kept
                if other.turn == st.turn and (sc := scored.get(other.judged)) and sc[0] == RESEARCH and sc[1] >= 2.5
            ]
            if (own := scored[rest]) and own[0] == RESEARCH and own[1] >= 2.5:
                called.append(rest)  # "Research for now, wait for the numbers."
            if called and not _UNDECIDED.search(rest):
                kept.append(Statement(st.turn, st.text, st.weight, same_as=called[-1]))
                continue
        kept.append(st)
    return kept


def leaves_open(text: str) -> bool:
    """Whether the text leaves a paper open ("let's leave that one open", "no rating"): a call nobody may fill in."""
    return bool(_UNDECIDED.search(text))


def suggest(statements: Sequence[Statement], min_score: float = 2.0) -> SuggestedVerdict:
    """The verdict the statements support, or None when they do not support one clearly."""
    # Score the closing round first: when it says anything, the rest of the discussion need not be scored.
    scored_by_text = {st.judged: closing_stance(st.judged) for st in statements if st.weight >= 3.0}
    closing = [st for st in statements if st.weight >= 3.0 and (_UNDECIDED.search(st.judged) or scored_by_text[st.judged])]
    if not closing:
        scored_by_text.update((st.judged, stance(st.judged)) for st in statements if st.judged not in scored_by_text)
    if closing:
        # The hosts' final position decides: the closing round outweighs the discussion, and a closing
        # "we leave that one open" is the last word.
        # statements come in speaking order: the last one said with a firm call or leaving it open (a plain-words
        # lean, weight 1.0, does not undo "let's leave it open")
        closing = _waiting_as_reason(closing, scored_by_text)
        last_word = [st for st in closing if _UNDECIDED.search(st.judged) or scored_by_text[st.judged][1] >= 2.0]
        open_at = max((k for k, st in enumerate(last_word) if _UNDECIDED.search(st.judged)), default=None)
        if open_at is not None and all(
            st.turn == last_word[open_at].turn and not _CHANGE_OF_MIND.match(st.judged) and not (st.named and not last_word[open_at].named)
            for st in last_word[open_at + 1 :]
        ):
            # "Still undecided. Important measurement, nothing I can act on.": the reasons a speaker gives after leaving
            # it open in the same turn are why it stays open, not a new call (unless they turn: "But actually ..."). Round 32:
            # nor when the open remark was routed to the paper and a later sentence names the paper with its own call
            # ("Fine, we disagree. [...] MAmmoTH-VL, agreed, not for us.": the disagreement was about another paper)
            last_word = last_word[: open_at + 1]
        if last_word and _UNDECIDED.search(last_word[-1].judged):
            return SuggestedVerdict(verdict=None, confidence=0.0, evidence=[Evidence(turn=st.turn, quote=st.text) for st in closing[-3:]])
        # Round 29: the concession itself ("Fine.", "I can live with that.") has no call of its own, so it is looked
        # for among all the closing-round sentences, not only among the calls
        calls = {id(st) for st in closing}
        conceding = [st for st in statements if st.weight >= 3.0 and (id(st) in calls or _CONCEDE.search(st.judged))]
        statements = closing
        settled = _settled(conceding, scored_by_text)
        if settled is not None:
            statements = settled
        explicit = {scored_by_text[st.judged][0] for st in statements if scored_by_text[st.judged] and scored_by_text[st.judged][1] >= 3.0}
        if len(explicit) == 1:
            # "The AI Scientist, skip. It's a demo ..., not a tool.": the verdict said outright is the call and
            # the reasons after it do not dilute it
            statements = [st for st in statements if scored_by_text[st.judged] and scored_by_text[st.judged][0] in explicit]
    else:
        # Round 27: with no closing call, a discussion that ends by leaving the paper open ("Then we disagree. Let's
        # leave that one open.") has that as its last word, as a closing round would: the calls argued before it are
        # what the hosts did not settle. Only said of the paper under discussion ("that one", "it"): an open call that
        # opens on a topic of its own ("And Tale of Tails stays open.") is another paper's, whatever turn it sits in
        last_word = [st for st in statements if _UNDECIDED.search(st.judged) or ((sc := scored_by_text.get(st.judged)) and sc[0] != MIXED and sc[1] >= 2.0)]
        if last_word and _UNDECIDED.search(last_word[-1].judged) and not _FRONTED_TOPIC.match(last_word[-1].judged):
            return SuggestedVerdict(verdict=None, confidence=0.0, evidence=[Evidence(turn=st.turn, quote=st.text) for st in last_word[-3:]])
    totals = {DEPLOY: 0.0, RESEARCH: 0.0, SKIP: 0.0}
    evidence: dict[str, list[tuple[float, Evidence]]] = {DEPLOY: [], RESEARCH: [], SKIP: []}
    undecided = 0.0
    # Round 27: a turn refusing even the effort ("I wouldn't spend an afternoon on it") decides its own denial of use
    # ("nothing you can act on") for skip: said with no reason to study it, a use denied is no call of study
    refusing = {st.turn for st in statements if (sc := scored_by_text.get(st.judged)) and sc[0] == SKIP and sc[1] >= 2.0}
    for st in statements:
        if _UNDECIDED.search(st.judged):
            undecided += st.weight
            continue
        scored = scored_by_text[st.judged] if st.judged in scored_by_text else stance(st.judged)
        if scored is None:
            continue
        verdict, weight = scored
        if verdict == MIXED:
            undecided += weight * st.weight
            continue
        if verdict == RESEARCH and st.turn in refusing and _USE_DENIED.search(st.judged) and not _STUDY_WORDS.search(_DESCRIBED_PAPER.sub(" ", st.judged)):
            verdict = SKIP
        totals[verdict] += weight * st.weight
        evidence[verdict].append((weight * st.weight, Evidence(turn=st.turn, quote=st.text)))
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < min_score or top - second < 0.25 * top or undecided >= top:
        quotes = sorted((e for lst in evidence.values() for e in lst), key=lambda x: -x[0])[:3]
        return SuggestedVerdict(verdict=None, confidence=0.0, evidence=[e for _, e in quotes])
    total = sum(totals.values()) + undecided
    # Confidence = the share of the weight the call wins by, times how much evidence backs it: one firm
    # closing judgement (2.5 x 3) gives ~0.7, two agreeing ones ~0.9, a call found only in the discussion
    # (weight 1 per statement) stays below ~0.5. Before, any firm statement saturated at 0.95.
    strength = 1.0 - math.exp(-top / 6.0)
    confidence = round(min(0.95, (top - second) / total * strength), 2)
    quotes = sorted(evidence[best], key=lambda x: -x[0])[:3]
    return SuggestedVerdict(verdict=best, confidence=max(confidence, 0.05), evidence=[e for _, e in quotes])
