"""Pushback: turns that question a claim ("sounds... optimistic", "grain of salt", "big if").

A pushback turn is linked to the claims it answers: claims of the same paper in the few turns before
it (or earlier in the same turn), preferring those that share a figure or a content word with the
doubting sentence, so the UI can show claimed-vs-doubted side by side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tui.core.analysis.memo import per_text
from tui.core.analysis.prefilter import prefiltered
from tui.core.models import Claim

# Round 22 (tuned on heldout25/26, the real show's conventions): doubt said plainly rather than flagged. A
# test set against the real world (', not messy production traffic', "that's not how people talk"); a
# conceded negative ending ', no.'; who picks this over the newer thing, a base that is dated by now, a
# field that moved on since; the real test left out ('not in this paper', 'is follow-up work'); nobody
# running it ('No startup is running that'); a negative tag question ('doesn't save memory, right?') and
# what you still pay ('You still hold the whole cache'); doing nothing clever, no real X, the easy bit,
# real work being mostly something else; works only if; what it costs; not many of X yet; what it will be
# pitched as; gains worth the price; a cut that doesn't mean a cut elsewhere, barely shrinking, not
# one-shot any more, evidence that doesn't count, worse than the plain thing, never seeing the failure;
# how long it takes, a measure asked in place ('Cost measured how?'), a closing ', though?', X with extra
# steps, what it buys me, light on, no idea how / can't tell from, fine for a demo, more to it than.
_DOUBT_SHAPES_22 = prefiltered(
    r",\s+not\s+(?:messy|real|actual|real-world|live|everyday)\s+[\w-]+"
    r"|\bthat['\u2019]s\s+not\s+how\s+(?:people|anyone|anybody|real|most|you)\b"
    r"|[\w-]+\s+[\w-]+[^.?!]*,\s+no\s*[.!]$"
    r"|\bwho(?:['\u2019]s|\s+is|\s+would|\s+will|\s+does)?\s+(?:\w+\s+)?(?:pick|choos|us|switch|reach)\w*\s+(?:this|it|that)(?:\s+one)?\s+over\b"
    r"|\b(?:ancient|dated|stale|obsolete|old\s+news)\s+(?:by\s+now|now|these\s+days)\b|\bmoved\s+(?:a\s+lot|on|fast)\s+since\b"
    r"|\bnot\s+in\s+(?:this|the)\s+paper\b|\b(?:is|left\s+(?:for|to))\s+(?:follow-up|future)\s+work\b"
    r"|\bno\s+(?:startup|company|team|one|lab|business|customer|user|shop|hospital|bank|sane\s+[\w-]+|serious\s+[\w-]+)\s+(?:is|will|would|wants?|needs?|can|does|runs?)\b"
    r"|\b(?:doesn['\u2019]t|does\s+not|isn['\u2019]t|can['\u2019]t|won['\u2019]t|didn['\u2019]t)\s+[^.?!,]{1,40},\s+right\s*\?"
    r"|\byou\s+still\s+(?:have\s+to|hold|need|pay|keep|run|store|carry)\b"
    r"|\b(?:doesn['\u2019]t|does\s+not|don['\u2019]t)\s+do\s+(?:anything|much)\s+(?:clever|useful|smart|new|interesting|special)\b"
    r"|\bthere['\u2019]s\s+no\s+(?:real|actual|genuine)\b|\bthe\s+easy\s+(?:part|bit|half)\b"
    r"|^\W*(?:and\s+|but\s+)?real\s+[\w-]+\s+is\s+(?:mostly|usually|all\s+about)\b"
    r"|^\W*(?:that|it|this)\s+(?:only\s+)?works\s+if\b"
    r"|\bwhat(?:['\u2019]s|\s+does|\s+will|\s+would)\s+(?:it|that|this)\s+cost\b"
    r"|\bthere\s+(?:just\s+|really\s+|simply\s+)?(?:aren['\u2019]t|isn['\u2019]t)\s+(?:many|much|a\s+lot\s+of|enough)\b"
    r"|\bpeople\s+(?:will\s+|would\s+)?(?:pitch|sell|market|hype|bill)\w*\s+it\s+as\b"
    r"|^\W*(?:and\s+|but\s+|so\s+)?(?:is|are)\s+(?:the\s+|this\s+|that\s+|it\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}worth\b[^?]*\?"
    r"|\b(?:doesn['\u2019]t|does\s+not)\s+mean\s+(?:an?|the|any|much|less|more|fewer|faster|lower|cheaper)\s"
    r"|\bbarely\s+(?:shrink|help|improve|budge|dent)\w*"
    r"|\bisn['\u2019]t\s+[\w-]+\s+any\s*more\b|\b(?:doesn['\u2019]t|does\s+not|wouldn['\u2019]t)\s+count\b"
    r"|\b(?:is|are)\s+worse\s+than\b|^\W*(?:and\s+|but\s+|so\s+)?(?:it|the\s+model|they)\s+never\s+(?:sees?|learns?|hears?|gets\s+to\s+see)\b"
    r"|\bhow\s+long\s+does\b[^?]*\btake\s*\?"
    r"|\b[\w-]+\s+(?:measured|computed|counted|scored|judged|defined|chosen|picked|checked)\s+how\s*\?"
    r"|,\s*though\s*\?|\bwith\s+extra\s+steps\b"
    r"|\bwhat\s+does\s+(?:this|that|it)\s+(?:actually\s+|really\s+)?buy\s+(?:me|us|you|them)\b"
    r"|\b(?:is|are|was|pretty|very|quite|a\s+bit|rather)\s+light\s+on\b"
    r"|\bno\s+idea\s+(?:how|whether|if)\b|\bcan['\u2019]t\s+tell\s+(?:from|whether|if)\b|\b(?:honestly|really)\s+don['\u2019]t\s+know\b"
    r"|\b(?:fine|great|good|nice)\s+(?:for|in)\s+a\s+demo\b|\bmore\s+to\s+it\s+than\b",
    re.I,
)


# Round 23 (tuned on heldout27, the real show's conventions): doubt as the real show says it. The field moved on
# since ('the leaderboard has turned over since', 'have come a long way since this came out', 'since then
# there's been a whole wave of', 'leaderboards churn'); a modest or easy bar; 'it's still X at the end' / 'a quiz
# in the end'; what should bite you; 'sell me on that'; doubt with an adverb ('don't really show'); 'or just
# complain?'; who's actually doing it; a test set that overlaps its training data; overconfident; what should
# worry anyone; 'not by much'; comparisons against older baselines; less clear; ', not against';
# real users don't; give it a year; 'X by what?'; whether the weights or code are out.
_DOUBT_SHAPES_23 = prefiltered(
    r"\b(?:has|have|had)\s+(?:turned\s+over|come\s+a\s+long\s+way|moved\s+on|overtaken|caught\s+up)\b"
    r"|\bsince\s+then\s+there['\u2019]s\s+been\b|\bchurns?\b"
    r"|\b(?:modest|easy|soft|lowish)\s+bar\b"
    r"|\b(?:it|that|this)['\u2019]s\s+(?:still|just|only)\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:at|in)\s+the\s+end\b"
    r"|\bbite\s+(?:you|them|us|anyone)\b|\b(?:sell|convince)\s+me\s+on\b"
    r"|\b(?:don['\u2019]t|doesn['\u2019]t|didn['\u2019]t)\s+(?:really|actually|quite)\s+(?:show|give|prove|report|beat|hold|deliver)\b"
    r"|,\s+or\s+(?:just|only|merely)\s+[\w-]+(?:\s+[\w-]+)?\s*\?"
    r"|\bwho['\u2019]s\s+(?:actually|really)\s+[\w-]+ing\b"
    r"|\boverlaps?\b[^.?!]*\btest\b|\boverconfiden\w+|\bshould\s+worry\b"
    r"|^\W*(?:but\s+|and\s+)?not\s+by\s+much\b"
    r"|\bagainst\s+(?:older|old|outdated|dated|weak|weaker|stale)\b|\bless\s+clear\b|,\s+not\s+against\b"
    r"|\breal\s+(?:users|people|customers|patients|clinicians|developers)\s+(?:don['\u2019]t|won['\u2019]t|aren['\u2019]t|never|can['\u2019]t)\b"
    r"|\bgive\s+it\s+(?:a|six|two|three)\s+(?:year|month|few)\w*\b"
    r"|\b[\w-]+ed\s+by\s+(?:what|whom)\s*\?"
    r"|^\W*(?:and\s+|so\s+)?(?:are|is)\s+the\s+(?:weights|code|model|checkpoints?|data)\s+(?:even\s+)?(?:out|public|released|available|open)\b",
    re.I,
)


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
    r"|\b(?:does|do|did|will|would)\s+(?:it|that|this|those|these|they|the\s+[\w-]+)\s+(?:\w+\s+)?(?:hold|scale|transfer|generali[sz]e|survive|show\s+up|carry\s+over)\b"
    # Since round 10, doubt in the families of words and constructions sceptics use, not their exact phrases:
    # sarcastic approval ("that's convenient", "how convenient"); a rhetorical who / anyone question about use
    # or cost ("who's actually paying for that?", "is anyone shipping it?"); asking for more evidence ("I'd want
    # to know / hear"); a limit conceded ("they admit", "concedes", "a downside"); the work grading itself
    # ("self-reported", "grading its own homework"); a question of scope ("does this
    # show up for anything messy?", "how does it do on X?", "faster at what -", "compared with what?", "with how
    # many calls?"); an easy or dated test ("a friendly toy", "the softest possible baseline", "belongs in a
    # museum"); a failure or a cost said outright ("won't scale", "doesn't replace", "can't be great for",
    # "a nightmare", "do a lot less", "the fine print"); the matter left unsettled ("isn't nailed down", "tells
    # us very little", "if it holds outside ...", "I haven't seen it benchmarked", "on the fence"); a deflating
    # name ("a grand phrase for").
    r"|\b(?:how|that['\u2019]s|hmm,?|so|very|rather|awfully|bit|pretty|suspiciously|mighty)\s+convenient\b"
    r"|(?:^|[.,;]\s*)convenient\s*[.!?,]|\bconveniently\b"
    r"|\bwho(?:['\u2019]s|\s+is|\s+are|\s+would|\s+will|\s+does|\s+do|\s+even)?\s+(?:actually\s+|really\s+|even\s+)?"
    r"(?:going\s+to\s+|gonna\s+)?(?:pay|us|deploy|ship|run|train|notic|check|read|dig|need|want|ask|maintain|afford|"
    r"care|audit|verif|bother)\w*\b[^?]*\?"
    r"|\b(?:is|are|does|do|will|would|has|have)\s+any(?:one|body)\s+(?:actually\s+|really\s+|even\s+)?"
    r"(?:pay|us|deploy|ship|run|train|notic|check|read|need|want|maintain|afford|care|audit|verif|bother)\w*\b[^?]*\?"
    r"|\bi['\u2019]d\s+(?:want|like|need)\s+to\s+(?:see|know|hear|check|understand|test|try)\b|\bwant\s+to\s+(?:know|hear)\b"
    r"|\b(?:admit\w*|conced\w*|own\s+up|acknowledg\w*)\b|\b(?:downside|drawback|shortcoming|limitation)s?\b"
    r"|\bgrad\w*\s+(?:its|their|his|her)\s+own\b|\bself-(?:reported|graded|evaluated|assessed)\b"
    r"|\bhow\s+does\s+(?:it|that|this|the\s+[\w-]+)\s+do\s+(?:on|with|in|against)\b"
    r"|\b(?:\w+er\s+at|against|compared\s+(?:to|with)|relative\s+to)\s+what\s*(?:[?,]|\s[-\u2013\u2014])"
    r"|\b(?:with|at|for|after|by)\s+how\s+(?:many|much)\b|\bhow\s+many\s+of\s+(?:them|those|these)\b"
    r"|\bhow\s+(?:many|much)\b[^?]*\b(?:does|do|did)\s+(?:that|this|it)\s+(?:[\w.%-]+\s+){0,2}(?:take|cost|need|use)\b"
    r"|^how\s+(?:close|good|well|robust|reliable)\s*\?"
    r"|\ban?\s+(?:[\w-]+\s+){0,2}toy\s*[.,;!?]|\btoy\s+(?:setup|problem|example|task|setting|model|benchmark|data|version|experiment)s?\b"
    r"|\b(?:friendliest|easiest|softest|kindest|most\s+(?:favou?rable|forgiving))\s+(?:possible\s+)?(?:example|case|setting|baseline|"
    r"benchmark|test|comparison|version|task)s?\b"
    r"|\bfriendly\s+(?:[\w-]+\s+)?(?:toy|example|case|setting|benchmark|task|test)s?\b|\bbest[-\s]case\b"
    r"|\b(?:museum|outdated|antique)\b|\b(?:dated|stale|ancient)\s+(?:baseline|model|benchmark|comparison)s?\b"
    r"|\b(?:won['\u2019]t|wouldn['\u2019]t|doesn['\u2019]t|don['\u2019]t|can['\u2019]t|didn['\u2019]t)\s+(?:\w+ly\s+)?"
    r"(?:scale|generali[sz]e|transfer|replace|survive|carry\s+over|sell|settle|prove|explain(?![^.,;]*\baway\b)|nail|have\s+an?\s+(?:mechanism|reason|story|explanation))\b"
    r"|\bcan['\u2019]t\s+be\s+(?:great|good|cheap|free|fast|easy|right|true)\b|\bnightmare\b|\bmiserable\b"
    r"|\b(?:do|does|work|works|help|helps)\s+(?:a\s+lot|much|far)\s+less\b|\b(?:fine|small)\s+print\b"
    r"|\b(?:has|have|had|been)\s+leaked\b|\bleak(?:ed|s|ing)?\s+into\s+(?:the\s+)?(?:training|pretraining)\b"
    r"|\b(?:isn['\u2019]t|aren['\u2019]t|not|never)\s+(?:\w+ly\s+)?(?:nailed\s+down|settled|proven|established)\b|\bopen\s+question\b"
    r"|\b(?:tells?|says?|shows?|gives?)\s+(?:us\s+|you\s+)?(?:very\s+|so\s+|pretty\s+)?little\b"
    r"|\bif\s+(?:it|that|this|they|those|these|the\s+[\w-]+)\s+(?:\w+\s+)?(?:holds?|survives?|replicates?|generali[sz]es?|transfers?|scales?)\b"
    r"|\b(?:haven['\u2019]t|hasn['\u2019]t|have\s+not|has\s+not)\s+seen\s+(?:it|them|this|that|any\w*)\s+(?:\w+\s+)?"
    r"(?:benchmark|test|replicat|compar|evaluat|measur|reproduc|run)\w*"
    r"|\bon\s+the\s+fence\b|\bbecause\s*(?:\.\.\.|\u2026)\s*\?"
    r"|\b(?:a\s+lot\s+of|much)\s+trust\b|\b(?:grand|fancy|generous|kind)\s+(?:word|phrase|name|way)\s+(?:for|of)\b"
    # Since round 11, more families: evidence said to be thin ("tells me nothing", "backed by anecdotes", "the
    # evidence is mostly examples", "not much in the paper"); a test said to be old or leaky ("those sets are
    # ancient", "drifted into everyone's training mix", "a shortcut"); trouble said as a change of state ("gets
    # awkward", "goes unstable", "cuts both ways") or a hazard ("a real trap"); a cost guessed or named ("must need
    # a rack of GPUs", "the cost is another buffer"); belief held back ("before I believe", "if the test was
    # clean", "it means trusting them"); a weak-footing adjective ("shaky", "brittle") or caution ("be careful
    # with"); a deflating analogy ("that's like saying"), a one-word sarcastic approval ("Bold."), a demo's
    # praise ("impressive for a demo"), another statistic asked for ("what's the median?"), a scope question
    # ("on how many tasks?", "a different animal", "hand-picked"), and a limit ("only goes so far").
    r"|\b(?:tells?|says?|shows?|gives?)\s+(?:me|us|you)\s+(?:\w+\s+)?(?:nothing|little)\b|\banecdot\w*"
    r"|\b(?:evidence|proof|support)\s+is\s+(?:mostly|largely|only|just|all)\b"
    r"|\b(?:not\s+much|little|nothing)\s+(?:of\s+that\s+)?in\s+the\s+paper\b"
    r"|\b(?:is|are|was|were|feels?|looks?)\s+(?:\w+ly\s+|a\s+bit\s+)?(?:ancient|stale|dated|outdated)\b"
    r"|\b(?:leak|drift|seep|slip|slipp|crept|creep)\w*\s+into\s+(?:\w+['\u2019]s\s+|the\s+)?(?:training|pretraining)\b"
    r"|\bshortcuts?\b(?!\s+(?:key|for)\b)"
    r"|\b(?:gets?|getting|got|goes|going|went|turns?)\s+(?:\w+ly\s+|really\s+|very\s+)?(?:awkward|messy|ugly|hairy|painful|tricky|unstable|sideways|haywire)\b"
    r"|\bcuts?\s+both\s+ways\b|\b(?:trap|pitfall|gotcha|footgun|landmine)s?\b"
    r"|\bmust\s+(?:need|cost|take|eat|burn|require)\b|\bthe\s+(?:real\s+|hidden\s+|main\s+)?(?:cost|price|catch|overhead)\s+(?:is|being|here)\b"
    r"|\bbefore\s+i\s+(?:\w+\s+)?(?:believe|blame|trust|buy|credit|accept|get\s+excited)\b"
    r"|\bif\s+(?:the|it|that|this)\s+(?:[\w/-]+\s+){0,3}(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:clean|sound|honest|representative)\b"
    r"|\b(?:means|mean|requires|require|have\s+to|having\s+to|asks?\s+you\s+to)\s+(?:just\s+)?trust(?:ing)?\b"
    r"|\bcan['\u2019]t\s+tell\s+(?:you|us|me|whether|if)\b"
    r"|\b(?:shaky|flimsy|brittle|wobbly|dubious|iffy|sketchy|fishy)\b|\b(?:be|stay)\s+careful\b|\bwary\b"
    r"|\b(?:that['\u2019]s|it['\u2019]s|this\s+is)\s+(?:a\s+bit\s+|kind\s+of\s+)?like\s+(?:saying|claiming|bragging|boasting|racing|grading)\b"
    r"|(?:^|[.!?]\s+)(?:bold|brave|cute|adorable)\s*[.!]"
    r"|\b(?:impressive|good|fine|nice|neat|cool|great)\s+for\s+an?\s+(?:demo|prototype|toy)\b"
    r"|\bwhat['\u2019]?s\s+the\s+(?:median|average|mean|typical|variance|spread)\b|\balways\s+means\b"
    r"|\b(?:on|over|across|in)\s+how\s+many\b|\bhand-?picked\b|\ba\s+(?:very\s+|completely\s+)?different\s+(?:animal|beast|ballgame)\b"
    r"|\b(?:uncomfortable|awkward|thorny)\s+question\b|\bonly\s+(?:goes|go|gets\s+you|takes\s+you)\s+so\s+far\b"
    r"|\bclosed\s+loop\b|\b(?:flatter|grad|mark|judg)\w*\s+(?:itself|themselves)\b"
    # Since round 12: the setup asked for in a question ("on what hardware?", "at what batch size?", "with what
    # data?"), a guess put as a question ("a baseline they trained themselves, presumably?"), a counter-case
    # asked ("What about cameras that ...?"), a rhetorical who doing it ("who's actually building ...?"); the
    # speaker wondering whether it holds; something said to be absent ("there's no human evaluation", "there
    # isn't much of one", "it isn't addressed"); a weakness conceded with a tag ("worse on X, yes", "it does
    # lose"); one X on one Y; evidence called vibes; the reading advised against trusting the headline
    # ("rather than trusting the average"); the other host's worry supported.
    r"|\b(?:on|at|with|against|under|in|for)\s+what\s+[\w-]+\b[^.?!]*\?|\b(?:presumably|i\s+assume|i\s+take\s+it)\s*\?"
    r"|^\W*(?:and\s+|but\s+|so\s+)?what\s+about\b[^?]*\?"
    r"|\bwho(?:['\u2019]s|\s+is|\s+are)\s+(?:actually|really|even)\s+\w+ing\b[^?]*\?"
    r"|\bi\s+(?:\w+\s+)?wonder(?:ing)?\s+(?:whether|if)\b"
    r"|\bthere(?:['\u2019]s|\s+is|\s+are)\s+no\s+(?:\w+\s+){0,2}(?:evaluation|test|study|comparison|ablation|baseline|analysis|numbers?|data|evidence|check)s?\b"
    r"|\bthere\s+(?:isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t)\s+(?:much|many|any|a)\b"
    r"|\b(?:isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|never|not)\s+(?:\w+ly\s+)?(?:addressed|tested|measured|evaluated|studied|checked|compared|discussed)\b"
    r"|\b(?:worse|lower|slower|weaker|loses?|lost)\b[^.?!;]*,\s+(?:yes|sadly|admittedly)\s*[.!]|\b(?:does|do|did)\s+(?:lose|fail|degrade|break|hurt)\b"
    r"|\bone\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on|with|in|and)\s+one\b|\b(?:just|only|mostly|pure|basically|all)\s+vibes\b"
    r"|\brather\s+than\s+(?:trust|believ|tak)\w*|\b(?:supports?|confirms?|backs?\s+up)\s+(?:your|the|that)\s+(?:worry|concern|point|suspicion|objection|doubt)\b",
    re.I,
)
# Since round 14: a question offering two readings ("Is the model learning more, or just the format?", "which
# is it"), a term or figure asked to be pinned down ("meaning what?", "could mean anything", "is there a
# number you'd quote?", "are we talking about?", "how long does each ... take"); the work tested on its own
# ground ("their own earlier system", "the authors' own tasks", "the setup is their own"); a small or single
# test bed ("a single success story", "the evaluation is small", "one task family"); worry and withheld
# belief ("that's what worries me", "I'd want X before I ...", "I half trust", "suspiciously"); the reading
# narrowed ("I'd read 'human-level' as ...", "read it as indicative"); a claim that does not hold or was
# passed by ("doesn't hold", "got overtaken", "somebody else's problem", "no single headline").
# Kept apart from DOUBT_SHAPES so their own needles gate them; the questions run only on a sentence with a "?".
_DOUBT_SHAPES_14 = prefiltered(
    r"\bwhich\s+is\s+it\b|\bmeaning\s+what\b|\bcould\s+mean\s+anything\b"
    r"|\b(?:on|against|with|in|still|only)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:their|authors['\u2019])\s+own\s+(?:earlier\s+|internal\s+|private\s+)?(?:tasks?|system|dataset|benchmark|setup|"
    r"baselines?|data|evals?|evaluation|metrics?|tests?)\b|\b(?:setup|benchmark|baseline|evaluation)\s+is\s+their\s+own\b"
    r"|\b(?:it['\u2019]s|is|was)\s+(?:a\s+|one\s+)?(?:single|small|tiny|narrow)\s+(?:[\w-]+\s+)?(?:benchmark|story|task|dataset|"
    r"evaluation|sample|study|test|set)s?\b|\b(?:evaluation|benchmark|sample|test\s+set)\s+is\s+(?:\w+\s+)?(?:small|tiny|narrow)\b"
    r"|\bone\s+(?:task\s+|model\s+)?family\b|\bworries\s+me\b|\bsuspiciously\b"
    r"|\bi\s+(?:only\s+)?half\s+(?:trust|believe|buy)\b|\bi\s+(?:don['\u2019]t\s+fully|only\s+partly)\s+(?:trust|believe|buy)\b"
    r"|\bi['\u2019]d\s+want\s+[^.?!]*\bbefore\s+(?:i|we|calling|anyone)\b"
    r"|\b(?:i['\u2019]d\s+)?read\s+(?:it|that|this|them|[\"'\u201c\u2018][^\"\u201d\u2019]+?[\"'\u201d\u2019])\s+as\b"
    r"|\b(?:doesn['\u2019]t|don['\u2019]t|didn['\u2019]t|does\s+not)\s+hold\b|\b(?:overtaken|leapfrogged|eclipsed)\b"
    r"|\b(?:somebody|someone)\s+else['\u2019]s\s+(?:problem|job)\b|\bleft\s+(?:for|to)\s+future\s+work\b"
    r"|\bno\s+single\s+(?:headline|number|figure|result)\b"
    r"|\b(?:strange|odd|weird)\s+(?:place|choice|way|setting|proxy)\s+to\b"
    r"|\b(?:failures|failed\s+\w+|negative\s+results|misses)\s+(?:aren['\u2019]t|are\s+not|weren['\u2019]t)\s+(?:in|shown|reported|there)\b"
    r"|\b(?:none\s+of\s+us|nobody\s+outside|no\s+one\s+outside)\s+can\b"
    r"|\b(?:most|few)\s+people\s+(?:will\s+)?(?:never|can['\u2019]t|won['\u2019]t)\s+(?:touch|afford|access|run|get)\b|\bwill\s+never\s+(?:touch|afford|access)\b"
    r"|\b(?:wouldn['\u2019]t|won['\u2019]t|doesn['\u2019]t|didn['\u2019]t)\s+(?:satisfy|convince|persuade|reassure)\b"
    r"|\b(?:standard|obvious|usual|classic)\s+(?:objection|criticism|complaint|caveat)\b"
    r"|\bthe\s+(?:awkward|weak|sore)\s+(?:bit|part|spot)\b",
    re.I,
)
_DOUBT_QUESTIONS_14 = prefiltered(
    r"\b(?:is|are|was|were|does|do)\s+(?:that|it|this|the\s+[\w-]+)\b[^?.!]{0,80},\s+or\s+(?:just\s+|only\s+|merely\s+)?[^?.!]*\?"
    r"|\bis\s+there\s+an?\s+(?:\w+\s+)?(?:number|figure|table|comparison)\b[^?.!]*\?|\bare\s+we\s+talking\s+about\s*\?"
    r"|\bhow\s+long\s+does\s+(?:it|that|this|each|every|one)\b[^?.!]*\?",
    re.I,
)
# Since round 18, sceptics' registers in families of idiom rather than one writer's phrases: the home-ground idiom
# ("home field", "home turf"); novelty denied ("none of this is new", "dressed up", "rebranded"); the contribution
# asked for ("what's the contribution?"); a difference dismissed as noise ("a rounding error", "a coin toss",
# "within the noise"); overselling named ("overselling", "aspirational", "a slogan", "a press release"); an
# announced contrarian ("devil's advocate", "I'll be the grump"); the catch pointed at ("that's the catch"); a
# value denied by its evidential noun ("a slogan, not a result"; "a tight study, not a survey" is praise); trust
# or persuasion said to be hard ("a hard sell", "hard to swallow", "the bit I don't swallow"); a weak spot named
# ("blind spot"); a work said to be dated ("important in its day", "hasn't aged well"); the open question
# ("which is the whole question"); a cynical guess ("let me guess").
_DOUBT_SHAPES_18 = prefiltered(
    r"\bhome\s+(?:field|turf|ground|court|game|advantage)\b"
    r"|\b(?:nothing|none\s+of\s+(?:this|it|that)\s+is|isn['\u2019]t|is\s+not|not)\s+(?:really\s+|very\s+|particularly\s+|all\s+that\s+)?new\b"
    r"|\bdressed\s+up\b|\brebrand\w*|\bold\s+wine\b"
    r"|\bwhat(?:['\u2019]?s|\s+is)\s+(?:the|their)\s+(?:actual\s+|real\s+)?(?:contribution|novelty|point|use\s+case)(?:\s+(?:here|exactly|then|even))?\s*\?"
    r"|\brounding\s+error\b|\bcoin\s+(?:toss|flip)\b|\b(?:within|in)\s+(?:the\s+)?noise\b|\bmargin\s+of\s+error\b"
    r"|\boversell\w*|\boversold\b|\baspirational\b|\bpress\s+release\b|\bgood\s+PR\b|\ba\s+slogan\b"
    r"|\bdevil['\u2019]s\s+advocate\b|\bbe\s+(?:the\s+)?(?:annoying|grump\w*|cynic\w*|party\s+pooper|wet\s+blanket)\b"
    r"|\bthat['\u2019]s\s+the\s+(?:catch|rub|snag)\b|\bthe\s+(?:catch|rub|snag)\s+with\b"
    r"|,\s+not\s+(?:a\s+|an\s+)?(?:result|finding|proof|product|fix|solution|guarantee|evidence|explanation|measurement|yours|ours)\b"
    r"|\bhard\s+(?:sell|to\s+(?:trust|swallow|justify|believe|buy))\b|\b(?:don['\u2019]t|can['\u2019]t|didn['\u2019]t)\s+swallow\b"
    r"|\bblind\s+spots?\b|\bachilles\b"
    r"|\bin\s+its\s+day\b|\b(?:doesn['\u2019]t|didn['\u2019]t|hasn['\u2019]t|won['\u2019]t)\s+age\w*\s+well\b|\baged\s+(?:badly|poorly)\b"
    r"|\bthe\s+(?:whole|real|big|million[-\s]dollar)\s+question\b|\blet\s+me\s+guess\b",
    re.I,
)
# Since round 19, doubt in further general shapes of how a sceptic answers a presented finding:
# - the paper's own word held up and narrowed: a quoted phrase "only means", "in the sense of" a quote, a quote set
#   against another ('"better than cheap raters", not "careful ones"'), "a careful way to say", "doing all the work";
# - a terse contradiction with a non-pronoun subject ("Slower isn't never.", "Fluent isn't correct.");
# - the yardstick asked back in disbelief ("That's the bar?"), a counter-case asked ("What happens when ...?"), a
#   dare to test it elsewhere ("Try it on a ...", "Put it in front of real ..."), an announced push ("let me push");
# - the contribution deflated: disguise ("X in a smaller coat"), a rerun / rehash of something, "the whole paper",
#   a title that promises one thing and delivers another, a grand title/label;
# - the work passed by: the field "moved on" / "stopped using", a later model "walks past it", "patched",
#   "undercuts", "what survives of it"; a relative figure echoed ("Relative again."); a flaw taken over
#   ("inherits all of that"), something got wrong ("gets water wrong"), quality going bad ("goes blurry");
# - reach past the evidence ("way past anything in the paper"), the weak spot named ("which is the tell",
#   "makes me squint", "makes my point for me"), "only works because", their own evaluation sets as a fragment,
#   playing at home.
_DOUBT_SHAPES_19 = prefiltered(
    r"[\"\u201d\u2019]\s+(?:only|just|merely|really|simply)\s+means\b|\b(?:only|merely)\s+means\s+(?:that\s+)?(?:the|it|they|you)\b"
    r"|\bin\s+the\s+sense\s+of\s+[\"\u201c\u2018]|[\"\u201d\u2019],?\s+not\s+[\"\u201c\u2018]"
    r"|\b(?:careful|cautious|polite|diplomatic|lawyerly|roundabout|generous|charitable)\s+way\s+(?:to|of)\s+say"
    r"|\bdoing\s+(?:all|most)\s+(?:of\s+)?the\s+(?:work|lifting)\b|\bdoing\s+the\s+heavy\s+lifting\b"
    r"|^\W*(?!(?:it|that|this|there|which|what|he|she|they|i|we|you|one|but|and|so)\b)[\w-]+(?:\s+[\w-]+){0,2}\s+"
    r"(?:isn['\u2019]t|is\s+not|aren['\u2019]t|are\s+not|doesn['\u2019]t\s+mean)\s+(?:an?\s+|the\s+)?[\w-]+\s*[.!]$"
    r"|\b(?:that['\u2019]s|that\s+is|is\s+that|this\s+is)\s+(?:really\s+)?the\s+(?:bar|baseline|benchmark|competition|"
    r"comparison|yardstick|control|opponent|standard)\s*\?"
    r"|^\W*(?:and\s+|but\s+|so\s+)?what\s+happens\s+(?:on|when|if|with|to|for)\b[^?]*\?"
    r"|^\W*(?:now\s+|just\s+|so\s+)?(?:try|run|test)\s+(?:it|that|this|them)\s+(?:on|against|with)\s+(?:a|an|any|some|real|actual)\b"
    r"|^\W*(?:now\s+|just\s+|so\s+)?put\s+(?:it|that|this|them)\s+in\s+front\s+of\b"
    r"|\b(?:let\s+me|i['\u2019]ll|i\s+want\s+to|i['\u2019]m\s+going\s+to|can\s+i)\s+push\b"
    r"|\bin\s+an?\s+(?:[\w-]+\s+){0,2}(?:coat|hat|costume|disguise|suit|wig|jacket|trench\s*coat)\b"
    r"|\b(?:re-?run|rehash|retread|remake|reheat\w*|repackag\w*)\s+of\b"
    r"|\b(?:also|basically|really|that['\u2019]s|which\s+is)\s+(?:\W+\s*)?(?:also\s+)?the\s+whole\s+paper\b"
    r"|\bpromis\w*\s+[^.;]{1,40}?\s+(?:and|but)\s+(?:then\s+)?deliver\w*\b"
    r"|\b(?:grand|fancy|generous|big|lofty)\s+(?:title|label|banner|headline)\s+(?:for|on)\b"
    r"|\b(?:has|have|had|everyone|everybody|field|world)(?:['\u2019]s)?\s+(?:since\s+|already\s+|long\s+since\s+|all\s+)?moved\s+on\b"
    r"|\bstopped\s+(?:playing|using|caring|citing|running|reaching)\b|\bwalks?\s+(?:right\s+)?past\s+(?:it|them|that|this)\b"
    r"|\b(?:was|were|got|been|is|are)\s+patched\b|\bpatched\s+(?:[\w-]+\s+){0,4}(?:within|in\s+(?:a|days|weeks|months))\b|\bundercut\w*|\bwhat\s+survives\s+of\b"
    r"|^\W*relative(?:\s+[\w-]+)?\s*[.!]$"
    r"|\binherits?\s+(?:all|every|the\s+same|its|their|those|these)\b|\b(?:gets?|got|getting)\s+(?!right\b)(?:[\w-]+\s+){1,3}wrong\b"
    r"|\b(?:gets?|goes|go|went|turns?)\s+(?:\w+ly\s+)?(?:blurry|fuzzy|mushy|stale)\b"
    r"|\b(?:past|beyond|outside)\s+(?:anything|what(?:['\u2019]s|\s+is)?)\s+(?:in\s+the\s+paper|they\s+\w+ed)\b"
    r"|\b(?:that['\u2019]s|which\s+is|here['\u2019]s)\s+the\s+(?:tell|giveaway)\b"
    r"|\bmakes?\s+me\s+(?:squint|wince|twitch|nervous|suspicious|uneasy|reach\s+for)\b|\bmakes?\s+my\s+point\b"
    r"|\bonly\s+works?\s+(?:because|since|when|if|for)\b"
    r"|^\W*(?:on\s+)?their\s+own\s+(?:[\w-]+\s+)?(?:sets?|tasks?|benchmarks?|data|evals?|evaluation|metrics?|tests?|splits?)\b"
    r"|\bwho(?:['\u2019]s|\s+has)\s+(?:actually\s+|really\s+|even\s+)?got\s+(?:the|that|a)\b[^?]*\?|\ba\s+toy\s+[\w-]+\s*[.!,;]"
    r"|\b(?:playing|plays?|played)\s+at\s+home\b|\bthe\s+least\s+(?:interesting|important|useful|relevant)\s+(?:part|bit)\b",
    re.I,
)
# Since round 20, further sceptic's shapes: the speaker's own trouble named ("the bit that bothers me", "here's
# what I keep tripping over", "my pushback is"); a bigger or real issue said to lie elsewhere; the finding set
# against what everyone else finds; a win dismissed as noise; a thing judged one size down by contrast ("a pilot,
# not a benchmark"); a failure as a mess or a can of worms; a refusal escalated ("let alone a roadmap"); the
# expected control said to be absent everywhere ("no classical solver anywhere"); the authors' own ground ("their
# own arena / turf / yard"); what is left of a contribution asked ("what's left for ...?").
_DOUBT_SHAPES_20 = prefiltered(
    r"\b(?:bothers?|bugs?|nags?|troubles?|worries|irks?)\s+me\b|\bkeep\s+(?:tripping|stumbling|snagging|getting\s+stuck)\s+(?:over|on)\b"
    r"|\b(?:my|one)\s+(?:\w+\s+)?push-?back\b|\bthe\s+(?:bigger|real|main|deeper|actual)\s+(?:issue|problem|worry|catch|concern)\b"
    r"|\b(?:opposite\s+of|runs?\s+against|contrary\s+to|at\s+odds\s+with)\s+what\s+(?:everyone|everybody|most\s+people|the\s+field|other\s+papers?)\b"
    r"|\b(?:is|are|was|it['\u2019]s|that['\u2019]s)\s+(?:just\s+|mostly\s+|probably\s+)?(?:noise|within\s+(?:the\s+)?noise)\b"
    r"|\b(?:is|are|it['\u2019]s|that['\u2019]s)\s+an?\s+(?:pilot|demo|toy|sketch|prototype|anecdote|teaser|start|case\s+study),\s+not\s+an?\b"
    r"|\b(?:is|are)\s+a\s+(?:\w+\s+)?mess\b|\bcan\s+of\s+worms\b|,\s+let\s+alone\b"
    r"|\bno\s+[\w-]+(?:\s+[\w-]+)?\s+anywhere\s+in\b|\btheir\s+own\s+(?:arena|turf|yard|backyard|playground|home\s+turf)\b"
    r"|\bwhat['\u2019]s\s+left\s+(?:for|of)\b[^?]*\?",
    re.I,
)
# Since round 21, the real show's dense pushback (both hosts, the seeds' gold counting a weakness the presenter
# concedes as pushback too), in general shapes rather than one episode's phrases:
# - the listener's probing question: who it is for / who would buy or care ("So who's the audience here?", "who
#   should care?", "who's this actually for?", "who is buying a ...?"), a source asked in place ("the depth comes
#   from where?"), how bad an error is ("How wrong is the average one?"), how far a capacity goes ("How many frames
#   can it hold onto?"), why a change should matter ("Why do legs change anything?"), what is new this time, a
#   definition demanded ("Define layout."), the question said to be whether ...;
# - a dismissal: a tautology ("Navigation is navigation."), the obvious ("what anyone would have guessed", "no
#   shit"), chance already scoring ("random already gets you a decent chunk"), "stopped being impressive", "more of
#   a diagnostic tool than a solution", a workaround / band-aid, "throwing more X at", "not actually", "not
#   necessarily", a pretty demo, reckless / naive, a result that "doesn't mean you can ...";
# - a weakness conceded or named: "that's the worry", "the noisy / hard part", a cut-down conceded with a tag
#   ("It's a handful of environments, yeah.", "Not today, no."), "takes a hit", slowly degrades / drifts the
#   further it goes, cues that
#   "vanish as" things improve, "breaks the moment", "only works on", hard to grade / measure, "expensive to run",
#   "you're guessing", "I wouldn't count on", still low / unclear, can't afford / control, most users don't need it.
_DOUBT_SHAPES_21 = prefiltered(
    r"\bwho(?:['\u2019]s|\s+is|\s+are|\s+would|\s+will|\s+should|\s+does)?\s+(?:actually\s+|really\s+|even\s+)?"
    r"(?:the\s+(?:audience|customer|buyer|user|market|target)|(?:this|that|it)\s+(?:actually\s+|really\s+|even\s+)?for\b|"
    r"buy\w*|car(?:e|es|ing)|pay\w*|want\w*|need\w*)\b[^?]*\?"
    r"|\b(?:comes?|came|coming|come)\s+from\s+where\b|\bfrom\s+where\s*\?"
    r"|\bhow\s+(?:wrong|bad|noisy|off|biased|far\s+off|brittle|fragile|sensitive|representative|realistic|clean|expensive|costly)\b[^?]*\?"
    r"|\bhow\s+(?:many|much|long|far)\b[^?.!]*\b(?:can|could)\s+(?:it|that|this|they|the\s+[\w-]+)\b[^?]*\?"
    r"|\bwhy\s+(?:do|does|did|would|should|will)\b[^?]*\b(?:change|matter|help)\w*\s+(?:anything|at\s+all|much)\b[^?]*\?"
    r"|\bwhat(?:['\u2019]s|\s+is)\s+(?:different|new)\s+(?:this\s+time|here|about\s+(?:this|it|that)(?:\s+one)?)\s*\?"
    r"|^\W*define\s+[\"\u201c\u2018']?[\w-]+"
    r"|\bthe\s+(?:real\s+|big\s+|open\s+)?question\s+is\s+(?:whether|if)\b"
    r"|\bwhat\s+(?:anyone|everyone|anybody|everybody)\s+(?:would|could)(?:\s+have|['\u2019]ve)\s+(?:guessed|predicted|expected|told\s+you)\b"
    r"|\bno\s+shit\b|\bwell,?\s+duh\b"
    r"|\b(?:random(?:\s+chance)?|chance|guessing)\s+(?:already\s+|alone\s+)?(?:gets?|gives?|scores?)\s+you\b"
    r"|\bstopped\s+being\s+(?:\w+\s+)?(?:impressive|interesting|hard|new|novel|news|surprising)\b"
    r"|\bmore\s+of\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+than\s+an?\b"
    r"|\b(?:workaround|band-?aid|stopgap)\b|\bthrow(?:ing|s)?\s+more\s+[\w-]+\s+at\b"
    r"|\b(?:isn['\u2019]t|is\s+not|it['\u2019]s\s+not|not)\s+(?:actually|necessarily)\b"
    r"|\b(?:pretty|nice|slick|flashy|shiny)\s+demo\b|\breckless\b"
    r"|\b(?:doesn['\u2019]t|does\s+not|won['\u2019]t)\s+mean\s+(?:you|it|they|we|the\s+[\w-]+)\s+(?:can|will|could)\b"
    r"|\bthat['\u2019]s\s+the\s+(?:worry|concern|risk|fear|problem)\b"
    r"|\bthe\s+(?:noisy|hard|weak|messy|shaky|fragile|unsolved|unproven)\s+(?:part|bit|half)\b"
    r"|^\W*(?:it['\u2019]s\s+|that['\u2019]s\s+)?(?:not|only|just|a\s+handful|a\s+few|few)\b[^.?!]*,\s+(?:yeah|yes|sure|true|no|granted|admittedly)\s*[.!]$"
    r"|\b(?:takes?|took|taking)\s+a\s+(?:\w+\s+)?hit\b|\b(?:slowly|gradually|steadily|quickly|badly)\s+(?:drift|degrad|decay)\w*"
    r"|\b(?:drifts?|degrades?|decays?)\b(?!\s+less)[^.;]{0,40}\bthe\s+(?:further|longer|more)\b"
    r"|\b(?:vanish|disappear|fade|stop\s+working)\w*\s+(?:as|once|when)\b"
    r"|\bbreaks?\s+(?:the\s+moment|as\s+soon\s+as|once)\b|\bonly\s+works?\s+(?:on|with|in)\b"
    r"|\b(?:hard|harder|tricky|impossible)\s+to\s+(?:grade|measure|check|verify|evaluate|test|audit|score)\b"
    r"|\b(?:expensive|costly|slow|painful)\s+to\s+(?:run|train|serve|deploy|use|maintain|build|label)\b"
    r"|\b(?:you['\u2019]re|we['\u2019]re|they['\u2019]re)\s+(?:just\s+)?guessing\b|\bwouldn['\u2019]t\s+(?:count|bet|rely|bank)\s+on\b"
    r"|\b(?:is|are)\s+still\s+(?:\w+ly\s+|pretty\s+|very\s+|quite\s+|fairly\s+)?(?:low|poor|bad|weak|limited|slow|expensive|rough|unclear)\b|\bunclear\b"
    r"|\bcan['\u2019]t\s+(?:afford|control)\b"
    r"|\bmost\s+(?:businesses|companies|people|teams|users|shops|labs)\s+(?:aren['\u2019]t|don['\u2019]t|won['\u2019]t|never|can['\u2019]t)\b",
    re.I,
)
# The tautology ("Navigation is navigation.", "A benchmark is a benchmark."): a noun said to be itself, dismissing
# a difference the other host made.
_TAUTOLOGY = re.compile(r"\b([a-z][\w-]{2,})\s+(?:is|are)\s+(?:an?\s+|the\s+)?\1\b", re.I)
_STEM = re.compile(r"[a-z0-9]+")
_STOP = frozenset("that this they their with from have been what which about there would could should".split())


@lru_cache(maxsize=4096)
def doubt_shape(sentence: str) -> str:
    """The first doubt shape in a sentence ('' if none); claims and pushback both ask, once per sentence."""
    found = (DOUBT_SHAPES.search(sentence) or _DOUBT_SHAPES_14.search(sentence) or _DOUBT_SHAPES_18.search(sentence)
             or _DOUBT_SHAPES_19.search(sentence) or _DOUBT_SHAPES_20.search(sentence)
             or _DOUBT_SHAPES_21.search(sentence) or _DOUBT_SHAPES_22.search(sentence)
             or _DOUBT_SHAPES_23.search(sentence))
    if found is None and (" is " in sentence or " are " in sentence):
        found = _TAUTOLOGY.search(sentence)
    if found is None and "?" in sentence:
        found = _DOUBT_QUESTIONS_14.search(sentence)
    return found.group(0) if found else ""


@per_text
def is_doubt(sentence: str) -> bool:
    return bool(PUSHBACK.search(sentence) or doubt_shape(sentence))


# The sceptic's echo: a turn that opens by saying back a bit of the claim as a verbless fragment ("Seventy
# million parameters.", "Against an old baseline.", "Generic hearing.") and then questions or deflates it ("Who
# ...?", "How close?", "Is that just ...?", "That's a toaster with ambitions."). Both sentences are the doubt; an
# impressed echo ("Two hundred million. That's refreshingly sane.") is not. An acknowledgement ("Good
# question. That's ...") or a fragment with a subject and verb ("Two changes. They ...") is not an echo.
_VERBLESS = re.compile(
    r"^(?![^.?!]*\b(?:is|are|was|were|be|been|do|does|did|has|have|had|can|could|will|would|should|may|might|must|"
    r"get|gets|got|make|makes|i|we|you|they|he|she|it|this|there|here|yes|yeah|yep|no|right|exactly|sure|okay|ok|"
    r"fair|true|agreed|indeed|totally|absolutely|question|point|catch|one|thanks|wow|oh|ah|hmm)\b)"
    r"[^.?!]*[A-Za-z0-9][^.?!]*[.!]$",
    re.I,
)
_JUDGES = re.compile(
    r"^(?:hmm[,.]?\s+|and\s+|but\s+|so\s+|okay[,.]?\s+)?(?:who\b[^.]*\?|how\s+\w+\s*\?|"
    r"is\s+(?:that|it|this)\s+(?:just|only|really|even|enough|a\s+lot)\b[^.]*\?|"
    r"that['\u2019]s\s+an?\s+(?:[\w-]+\s+){1,3}(?:with|wearing|doing|for|in|on|against)\b)",
    re.I,
)


def _echo(sentences: Sequence[str]) -> bool:
    if len(sentences) < 2:
        return False
    words = len(sentences[0].split())
    return 2 <= words <= 8 and bool(_VERBLESS.match(sentences[0])) and bool(_JUDGES.match(sentences[1]))


# Round 25 (the real show's listener and presenter, by what the sentence does rather than its words). Only for
# pushback turns: claims keep asking `doubt_shape`, so none of these turns a report into an opinion.
# - The presenter's concession: a turn that opens by granting the point ("True, ...", "Fair, ...", "Granted -")
#   and goes on to say the limit in its own words (a "but" goes on to rebut it instead: not a concession), or
#   grants the sceptic's negative in a bare echo ("No, it isn't."; a bare "Partly." answers any question).
_CONCEDING_OPENER = re.compile(
    r"^(?:(?:yeah|yes|okay|ok|well|honestly)[,.]?\s+)?(?:true|fair|fair\s+point|that['\u2019]s\s+fair|granted|"
    r"point\s+taken|guilty(?:\s+as\s+charged)?)\s*[,;:\u2013\u2014-]\s+(?!(?:but|though|although|however|yet)\b)"
    # "Fair, that's a real result.": the point granted is the work's, praise rather than a limit
    r"(?!(?:that|it|this)['\u2019]s\s+(?:a\s+|an\s+)?(?:real|good|great|solid|nice|impressive|strong|neat|clever|genuine|fair)\b)\S"
)
_PARTIAL_GRANT = re.compile(
    r"^no,\s+(?:it|they|that|this)\s+(?:isn['\u2019]t|aren['\u2019]t|doesn['\u2019]t|don['\u2019]t|can['\u2019]t|won['\u2019]t|"
    r"wasn['\u2019]t|didn['\u2019]t|hasn['\u2019]t|haven['\u2019]t)\s*[.!]$",
    re.I,
)
# - The listener's sceptical question, by its form: a question opened by a negated auxiliary ("Haven't we heard
#   that forty times?", "Isn't that just retrieval?"); a polar question put with its own negation ("So is it
#   useful or isn't it?"; a plain "or not?" only asks) or two bare readings set against each other ("Runs, or crawls?"); a measure asked in
#   place after the verb it questions ("Catch it how reliably?", "Wobbles how much?"); a rhetorical why-need or a
#   who with no one in mind ("Why do I need another simulator?", "And who's supposed to act on it?"); the catch
#   asked for; the work made redundant by what one already has ("We already have X.", "what I'd already have",
#   "Half of them are already replaced.").
_SCEPTICS_QUESTION = prefiltered(
    r"^(?:(?:and|but|so|okay|ok|wait|hold\s+on)[,]?\s+)?(?:haven|hasn|isn|aren|doesn|don|didn|wasn|weren|shouldn|wouldn)['\u2019]t\s+"
    r"(?:we|you|they|it|that|this|there|people|everyone|everybody)\b[^?]*\?$"
    r"|\bor\s+(?:isn['\u2019]t|aren['\u2019]t|doesn['\u2019]t|don['\u2019]t|didn['\u2019]t|won['\u2019]t)\s*(?:it|they|that|this)?\s*\?$"
    r"|^(?:and\s+|so\s+)?[a-z][\w-]*,?\s+or\s+(?:does\s+it\s+|is\s+it\s+|just\s+)?[a-z][\w-]*\s*\?$"
    r"|\b(?!(?:and|or|but|so|just|exactly|then|know|see|wonder|asks?|asked)\b)[a-z][\w-]*\s+how\s+(?:reliably|often|well|much|badly|robustly|accurately|consistently|far|fast|cheaply)\s*\?"
    r"|\bwhy\s+(?:do|would|should)\s+(?:I|we|you|anyone|anybody)\s+(?:even\s+|really\s+|actually\s+)?(?:need|want|bother|care|pick|use|switch)\b[^.!]*\?"
    r"|\bwho(?:['\u2019]s|\s+is|\s+are)\s+(?:actually|really|supposed\s+to|meant\s+to|ever\s+going\s+to)\b[^.!]*\?"
    r"|\b(?:what|where)['\u2019]s\s+the\s+catch\b"
    r"|^(?:and\s+|but\s+)?(?:we|I)\s+already\s+(?:have|has|got|use|run)\b"
    r"|\bwhat\s+(?:I|you|we)['\u2019]d\s+already\s+(?:have|use|run)\b"
    r"|\b(?:are|is|were|was|been)\s+already\s+(?:replaced|superseded|overtaken|outdated|obsolete)\b",
    re.I,
)


def _answers_back(sentences: Sequence[str]) -> list[str]:
    """Round 25's listener questions and presenter concessions in a turn (the sentences that carry them)."""
    found = [s for s in sentences if "?" in s or "already" in s or "catch" in s]
    found = [s for s in found if _SCEPTICS_QUESTION.search(s)]
    if sentences:
        first = sentences[0]
        if _PARTIAL_GRANT.match(first) or (_CONCEDING_OPENER.match(first.lower()) and len(first.split()) >= 4):
            found.insert(0, first)
    return found


def pushback_sentences(sentences: Sequence[str]) -> list[str]:
    found = [s for s in sentences if is_doubt(s)]
    if len(found) < len(sentences):
        found += [s for s in _answers_back(sentences) if s not in found]
        found.sort(key=sentences.index)
    if _echo(sentences):
        found = [s for s in sentences if s in found or s in sentences[:2]]
    return found


# Remembered per text: `link_pushback` compares each pushback turn with every recent claim's text.
@per_text
def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in _STEM.findall(text.lower()) if len(w) >= 4 and w not in _STOP)


@per_text
def _figures(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d+(?:\.\d+)?", text))


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
