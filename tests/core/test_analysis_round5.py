"""Error classes found on a third unseen set, checked on own dialogue (written for these tests, not taken from
any seed or gold set). Paper detection: a comparison ("next to X"), a question's verb ("how does the X work?"),
a source ("from the X work"), a name qualifying a noun ("an RL agent"), a generic or ranking description
("every X paper", "the most useful X paper of the year") and a name after a description ("the X paper from the
group behind Y") are not papers; "Name is the X paper" is one paper; a description said short later ("the
next-token paper") is the same paper; a description may hold a preposition ("the pass at k paper") or open with
a capitalised word ("the Hopfield memory paper"); "QuIP#"-style names keep their sign. Segmentation: a paper not
discussed yet and named only as a tool ("scored with X") does not take the turn.
"""

from __future__ import annotations

import pytest

from tui.core.analysis import analyze
from tui.core.identity import episode_key
from tui.core.models import Episode, Turn

ROWS = [
    ("Ines", "Three audio papers and one odd one today. First up, Warbler, a speech codec from a small lab in Lyon."),  # 0
    ("Paul", "Codecs. How does the quantizer work?"),  # 1
    ("Ines", "Residual vector quantization, eight codebooks, at 1.5 kbps. Quality is scored with GlossMOS and they beat EnCodec by 0.4 points."),  # 2
    ("Paul", "And next to Lyra or SoundStream, which already run on phones?"),  # 3
    ("Ines", "They claim 30% lower bitrate at the same quality. The trick builds on the outlier channels from the LLM.int8 work."),  # 4
    ("Paul", "Every codec paper says 30% lower bitrate. I'd want a listening test."),  # 5
    ("Ines", "Fair. Moving on - Tessel is the streaming separation paper. It splits a live mix into stems with 20 ms of delay."),  # 6
    ("Paul", "How do they train it?"),  # 7
    ("Ines", "First an RL agent mixes synthetic tracks, then the separator learns to undo the mix. They report 9.1 dB SDR."),  # 8
    ("Paul", "So the streaming separation paper is mostly a data trick."),  # 9
    ("Ines", "Next one - the Hopfield memory paper from the group behind GlossMOS. It stores whole songs in an associative memory."),  # 10
    ("Paul", "Stores them how?"),  # 11
    ("Ines", "As attractors. They recall a song from a two-second clip, 94% of the time."),  # 12
    ("Paul", "The Hopfield paper is fun, but a hash table does that."),  # 13
    ("Ines", "Last one, the pass at k paper for audio captioning. They sample 64 captions and keep the best."),  # 14
    ("Paul", "That's the most honest captioning paper of the year, at least about cost."),  # 15
    ("Ines", "And QuIP# shows up as their quantizer baseline, nothing more."),  # 16
    ("Paul", "Verdicts. Warbler?"),  # 17
    ("Ines", "I'd ship it in a voice app this week."),  # 18
]


def make_episode(rows=ROWS) -> Episode:
    text = "\n".join(f"{s}: {t}" for s, t in rows)
    return Episode(
        key=episode_key(text),
        source="audio.txt",
        format="speaker-lines",
        title="audio",
        speakers=sorted({s for s, _ in rows}),
        turns=[Turn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(rows)],
    )


@pytest.fixture(scope="module")
def result():
    analysis = analyze(make_episode())
    papers = {p.name: p for p in analysis.papers}
    labels: dict[int, str] = {}
    by_key = {p.key: p.name for p in analysis.papers}
    for seg in analysis.segments:
        for t in range(seg.first_turn, seg.last_turn + 1):
            labels[t] = by_key.get(seg.paper, seg.label) if seg.paper else seg.label
    return papers, labels


def test_the_discussed_papers_and_nothing_else(result):
    papers, _ = result
    assert set(papers) == {"Warbler", "Tessel", "Hopfield memory", "pass at k"}


@pytest.mark.parametrize(
    "not_a_paper",
    ["quantizer", "Lyra", "SoundStream", "LLM.int8", "RL", "codec", "honest captioning", "GlossMOS", "QuIP#"],
)
def test_comparisons_questions_sources_and_generic_descriptions_are_not_papers(result, not_a_paper):
    papers, _ = result
    assert not any(not_a_paper.lower() in name.lower() for name in papers)


def test_name_is_the_description_paper_is_one_paper(result):
    papers, labels = result
    assert "the streaming separation paper" in papers["Tessel"].aliases
    assert [labels[t] for t in range(6, 10)] == ["Tessel"] * 4


def test_a_capitalised_description_and_its_short_form_are_one_paper(result):
    papers, labels = result
    assert papers["Hopfield memory"].spans == [(10, 13)]
    assert labels[13] == "Hopfield memory"


def test_a_tool_named_in_passing_does_not_take_the_turn(result):
    _, labels = result
    assert [labels[t] for t in range(0, 6)] == ["Warbler"] * 6


def test_a_name_ending_in_a_sign_keeps_it():
    rows = [
        ("Ines", "First up is QuIP#, which quantizes weights to 2 bits."),
        ("Paul", "QuIP# at 2 bits still reads fine, they claim 70B fits on one card."),
    ]
    names = [p.name for p in analyze(make_episode(rows)).papers]
    assert names == ["QuIP#"]


# Verdicts: a left-open judgement in its general shapes gives no verdict, even when one host states a firm
# call just before saying so; "already the default" and "there's no excuse" are adoption.
VERDICT_ROWS = [
    ("Ines", "First up, Warbler, a speech codec. It runs at 1.5 kbps and they claim 30% lower bitrate."),  # 0
    ("Paul", "Moving on - Tessel, which splits a live mix into stems with 20 ms of delay."),  # 1
    ("Ines", "Next up, Lantern, a trick for captioning audio that samples 64 captions and keeps the best."),  # 2
    ("Paul", "Last one - Pylon, a tokenizer for bird song. It beats the old one by 4 points."),  # 3
    ("Ines", "Okay, verdicts. Warbler..."),  # 4
    ("Paul", "I keep flipping. The bitrate is great, the listening test is missing."),  # 5
    ("Ines", "And I'd ship it in a voice app this week. So we're split on that one."),  # 6
    ("Paul", "Tessel I'm torn on. It's practical for karaoke apps."),  # 7
    ("Ines", "I'd want a second benchmark before I say anything, so Tessel stays a question mark."),  # 8
    ("Paul", "Lantern - it's already the default in two captioning toolkits, and it's a cheap fix. There's no excuse."),  # 9
    ("Ines", "And Pylon? I'd use it for one project. Honestly, it depends on who's asking."),  # 10
]


@pytest.fixture(scope="module")
def verdicts():
    analysis = analyze(make_episode(VERDICT_ROWS))
    return {p.name: (p.suggested_verdict.verdict if p.suggested_verdict else None) for p in analysis.papers}


def test_a_split_declared_after_a_firm_call_leaves_the_paper_open(verdicts):
    assert verdicts["Warbler"] is None


def test_torn_and_withheld_judgements_leave_the_paper_open(verdicts):
    assert verdicts["Tessel"] is None
    assert verdicts["Pylon"] is None


def test_already_the_default_is_adoption(verdicts):
    assert verdicts["Lantern"] == "deploy-ready"


# Numbers in words: multipliers ("twice as fast", "more than double", "cut in half"), spelled-out counts of the
# paper's things ("Five tracks, ..."), and "one" with a qualifier and a unit; chatter stays out.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The decoder is about twice as fast as the old one.", [("twice", 2.0, "x")]),
        ("Recall goes from 0.2 to 0.5, so more than double.", [("0.2", 0.2, None), ("0.5", 0.5, None), ("double", 2.0, "x")]),
        ("The cache cuts memory use in half.", [("half", 0.5, "x")]),
        ("Five tracks, and each one is a different genre.", [("Five", 5.0, None)]),
        ("They find two failure regimes at long context.", [("two", 2.0, None)]),
        ("It manages roughly one clip per second.", [("one clip per second", 1.0, "clips per second")]),
    ],
)
def test_numbers_in_words(sentence, expected):
    from tui.core.analysis.numbers import find_numbers

    assert [(n.text, n.value, n.unit) for n in find_numbers(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    ["I said it twice already.", "Let me double-check that.", "We covered two things last week.", "Three hosts walk into a bar."],
)
def test_word_numbers_in_chatter_are_not_figures(sentence):
    from tui.core.analysis.numbers import find_numbers

    assert find_numbers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "doubt"),
    [
        ("One fixed set of hyperparameters across 150 tasks.", False),
        ("They show meaningful gains on every split.", False),
        ("That sounds like hype to me.", True),
        ("Show me the per-task table.", True),
    ],
)
def test_doubt_cues_are_whole_words(sentence, doubt):
    from tui.core.analysis.pushback import PUSHBACK

    assert bool(PUSHBACK.search(sentence)) is doubt


def test_a_figure_sentence_with_a_doubt_word_inside_another_word_is_a_claim():
    from tui.core.analysis.claims import is_claim
    from tui.core.analysis.numbers import find_numbers

    sentence = "The pitch is one recipe with fixed hyperparameters across over 40 games."
    assert is_claim(sentence, find_numbers(sentence), names_paper=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty songs from one label. That's a narrow test bed for a recall claim.",
        "Clean by what measure? Their own listening panel?",
        "What does that do to the memory bill on a phone?",
        "They're extrapolating from a toy model to a real one, which is a lot of faith.",
        "A detector is only as good as the songs it was tuned on.",
        "For a live concert that's a non-starter.",
        "My real objection is the delay.",
    ],
)
def test_doubt_said_as_a_cost_a_limit_or_a_questioned_measure(sentence):
    from tui.core.analysis.pushback import is_doubt

    assert is_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["They ship a thin client for phones.", "The separator runs at 20 ms per block.", "It stores whole songs as attractors."],
)
def test_plain_description_is_no_doubt(sentence):
    from tui.core.analysis.pushback import is_doubt

    assert not is_doubt(sentence)
