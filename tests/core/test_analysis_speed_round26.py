"""Round 26 (speed only): the helpers the speed pass introduced answer exactly like what they replace.

- `memo.per_text` now remembers a `None` answer too (most sentences carry no verdict cue);
- `verdicts._cues_for` asks the needle index once for all cue regexes instead of each cue's `may_match`;
- `verdicts.stance`, `pushback.is_doubt`, `pushback._stems` / `_figures` are remembered per text;
- `papers._mention_needles` rules sentences out before a paper's mention pattern is searched;
- `papers._scan` skips plain lower-case words before the name tests.
The dialogue is invented for these tests.
"""

from __future__ import annotations

import re

from tests.core.dialogue import detect_and_label, episode
from tui.core.analysis import analyze, memo, papers, pushback, verdicts
from tui.core.analysis.prefilter import fold

SENTENCES = [
    "Honestly I'd ship the tile sorter tomorrow, it's deploy-ready.",
    "Fun to read, but not something I'd put in production yet.",
    "Research only for me - too early to deploy.",
    "Skip. Nobody should pick it up today.",
    "The Kiln Whisperer paper claims 40% fewer cracked pots.",
    "We already have a thermometer.",
    "So is it useful or isn't it?",
    "They report 3.5x faster glazing on 200 test tiles.",
    "\u0130stanbul potters say it's a clear skip.",
    "Let's leave that one open, no rating from me.",
    "",
    "ok",
]


def test_a_per_text_memo_remembers_none_answers_too():
    calls = []
    nothing = memo.per_text(lambda t: calls.append(t))
    assert nothing("abc") is None and nothing("abc") is None
    assert calls == ["abc"]


def test_the_cue_index_chooses_the_cues_each_may_match_would():
    for sentence in SENTENCES:
        folded = fold(sentence)
        chosen = verdicts._cues_for(folded)
        expected = [cue for cue in verdicts._CUES if cue[0].may_match(folded)]
        assert chosen == expected, sentence


def test_remembered_stance_answers_like_the_scoring_itself():
    for sentence in SENTENCES:
        assert verdicts.stance(sentence) == verdicts._scored(sentence, adjusted=True)
        assert verdicts.stance(sentence) == verdicts.stance.uncached(sentence)


def test_remembered_doubt_and_overlap_helpers_answer_like_their_uncached_selves():
    for sentence in SENTENCES:
        assert pushback.is_doubt(sentence) == pushback.is_doubt.uncached(sentence)
        assert pushback._stems(sentence) == {
            w[:6] for w in re.findall(r"[a-z0-9]+", sentence.lower()) if len(w) >= 4 and w not in pushback._STOP
        }
        assert pushback._figures(sentence) == set(re.findall(r"\d+(?:\.\d+)?", sentence))
        assert isinstance(pushback._stems(sentence), frozenset)  # shared between callers: never changed in place


def test_mention_needles_never_rule_out_a_sentence_the_pattern_matches():
    patterns = [
        papers._pattern_for("Kiln Whisperer"),  # plain words: any case
        papers._pattern_for("GlazeNet-2"),  # coined: its own spelling
        papers._descriptor_pattern("crackle glaze"),
        papers._descriptor_pattern("kiln"),
    ]
    said = [
        "kiln whisperer again - directly applicable.",
        "KILN WHISPERER's numbers hold up.",
        "GlazeNet-2 beats the old sorter.",
        "The crackles glazed nicely, the crackle glaze study says so.",
        "Oh, the kiln thing.",
        "Nothing about pottery here.",
    ]
    for pattern in patterns:
        wanted = papers._mention_needles(pattern.pattern, pattern.flags)
        for sentence in said:
            if pattern.search(sentence):
                assert wanted is None or any(n in fold(sentence) for n in wanted), (pattern.pattern, sentence)


def test_lower_case_coined_names_are_still_found_after_the_plain_word_skip():
    found, _ = detect_and_label(
        [
            "Welcome back. First up, glazeNet, a tiny model that sorts tiles by crackle.",
            "So glazeNet is trained on 200 photos of fired tiles.",
            "And glazeNet gets 91% of the cracked ones.",
            "Next up - kiln2vec, which embeds firing logs.",
            "kiln2vec maps every firing to a vector.",
            "That's the show.",
        ]
    )
    names = {paper.name for paper in found}
    assert {"glazeNet", "kiln2vec"} <= names


def test_an_invented_episode_analyses_the_same_twice():
    rows = [
        ("Ann", "Today: the Kiln Whisperer paper. It predicts cracks from the firing curve."),
        ("Bo", "They report 40% fewer cracked pots on 300 firings."),
        ("Ann", "Wait, 300 firings from one kiln? That only works with their clay."),
        ("Bo", "Fair, the clay is fixed. Still, it's deploy-ready for a studio like ours."),
        ("Ann", "Okay, the round. Kiln Whisperer - I'd call it research only."),
    ]
    first = analyze(episode(rows, "kiln")).model_dump_json()
    assert analyze(episode(rows, "kiln")).model_dump_json() == first
