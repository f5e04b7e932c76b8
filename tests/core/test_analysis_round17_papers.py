"""Paper detection and segmentation, round 17: error classes checked on own dialogue written for these tests (not
taken from any seed or gold set).

- An episode whose first line is already mid-explanation puts the paper on the table as the subject of a verb of
  saying or aiming ("SieveKV argues you can ...", "Adobe's PixelQuill wants to be ..."): that name opens the
  episode's first discussion. Not a known model, a lab or a person quoted in passing, and not once the episode is
  under way (a name saying something mid-discussion is a baseline or a comparison).
- A paper introduced by the name the field gives it ("the one everybody just calls the shadow-token trick",
  "better known as ...") in a turn that moves to a new topic is that paper, in lower-case words and all; its
  discussion is found again when the hosts go back to it. A nickname said in a relative clause after the move's
  own object ("Moving on - X, which leans on what everybody calls the bitter lesson") is not a paper.
"""

from __future__ import annotations

import pytest

from tests.core.dialogue import episode, papers_and_labels
from tui.core.analysis import analyze

OPENING_ROWS = [
    ("Nadia", "SieveKV argues you can throw away most of a key-value cache and never notice, as long as you pick the right half."),  # 0
    ("Omar", "Pick the right half. That's the whole trick, isn't it?"),  # 1
    ("Nadia", "Pretty much. They score each cached token by how often recent queries attend to it, and evict the cold ones."),  # 2
    ("Omar", "And the damage?"),  # 3
    ("Nadia", "They keep 40% of the cache and lose under a point on their long-document tasks."),  # 4
    ("Omar", "Their tasks, on their model. I'd like to see that on code."),  # 5
    ("Nadia", "Fair. Moving on - Adobe's PixelQuill, the brush-stroke editor."),  # 6
    ("Omar", "This one I actually read twice."),  # 7
    ("Nadia", "It predicts edits as strokes instead of pixels, so an edit is twelve strokes rather than a new image."),  # 8
    ("Omar", "Which is why it's fast: 3x fewer steps than the diffusion editors they compare with."),  # 9
    ("Nadia", "Okay, verdicts. SieveKV I'd try in our serving stack next sprint."),  # 10
    ("Omar", "PixelQuill is research for now. Lovely demo, nothing to ship."),  # 11
]

OWNER_ROWS = [
    ("Omar", "Adobe's PixelQuill wants to be the one editor that handles every kind of touch-up with a single model."),  # 0
    ("Nadia", "Every kind? That's a big promise."),  # 1
    ("Omar", "Retouching, relighting, object removal. It predicts edits as brush strokes rather than pixels."),  # 2
    ("Nadia", "And how does it compare?"),  # 3
    ("Omar", "They claim it's preferred over the diffusion editors in 68% of side-by-side votes."),  # 4
    ("Nadia", "Votes by whom, though? Fine. Next up - SieveKV, the cache eviction one."),  # 5
    ("Omar", "They evict the cold tokens from the key-value cache and keep 40% of it."),  # 6
    ("Nadia", "Wrap-up: PixelQuill is a research toy, SieveKV I'd deploy."),  # 7
]

NICKNAME_ROWS = [
    ("Omar", "First up, SieveKV, the cache eviction paper."),  # 0
    ("Nadia", "They keep 40% of the key-value cache and lose under a point on long documents."),  # 1
    ("Omar", "Their documents, their model. Still, cheap to try."),  # 2
    ("Nadia", "Next up, a group at a Swiss university, the one everybody just calls the shadow-token trick."),  # 3
    ("Omar", "Oh, I've seen that one everywhere."),  # 4
    ("Nadia", "They add a few throwaway tokens to every prompt, and the model parks its stray attention on them."),  # 5
    ("Omar", "And that helps how much?"),  # 6
    ("Nadia", "Perplexity drops by about 8% on streaming text, with four extra tokens."),  # 7
    ("Omar", "Moving on - PixelQuill, which leans on what everybody calls the bitter lesson."),  # 8
    ("Nadia", "More data, fewer ideas. They train the stroke predictor on 30 million edits."),  # 9
    ("Omar", "Let's go back to the shadow-token trick for a second, because it pairs with SieveKV."),  # 10
    ("Nadia", "Right, the parked attention is exactly what an eviction rule would throw away by mistake."),  # 11
    ("Omar", "So keep the shadows, evict the rest. Verdicts: the shadow-token trick I'd ship this week."),  # 12
    ("Nadia", "SieveKV too. PixelQuill is research."),  # 13
]

LATE_SUBJECT_ROWS = [
    ("Nadia", "Welcome back. Three papers today, all about caches."),  # 0
    ("Omar", "First up is SieveKV, the eviction paper."),  # 1
    ("Nadia", "They keep 40% of the cache and lose under a point."),  # 2
    ("Omar", "GPT-4o says it can read a whole book, but nobody checks the middle."),  # 3
    ("Nadia", "And QuillNet argues the same for video, but that's a different story."),  # 4
    ("Omar", "Let's wrap up. SieveKV I'd ship."),  # 5
]


@pytest.fixture(scope="module")
def opening():
    return papers_and_labels(analyze(episode(OPENING_ROWS, "opening_subject")))


def test_a_first_line_naming_the_paper_as_the_subject_of_argues_opens_it(opening):
    papers, labels = opening
    assert "SieveKV" in papers
    assert all(labels[t] == "SieveKV" for t in range(0, 6))


def test_the_first_paper_keeps_its_claims_and_verdict(opening):
    papers, _ = opening
    assert 4 in {c.turn for c in papers["SieveKV"].claims}
    assert papers["SieveKV"].suggested_verdict.verdict == "deploy-ready"


def test_a_lab_possessive_before_the_opening_subject():
    papers, labels = papers_and_labels(analyze(episode(OWNER_ROWS, "owner_subject")))
    assert "PixelQuill" in papers
    assert "Adobe" not in papers
    assert all(labels[t] == "PixelQuill" for t in range(0, 5))
    assert labels[6] == "SieveKV"


def test_a_name_saying_something_once_the_episode_is_under_way_is_not_introduced():
    papers, labels = papers_and_labels(analyze(episode(LATE_SUBJECT_ROWS, "late_subject")))
    assert set(papers) == {"SieveKV"}
    assert labels[4] == "SieveKV"


def test_a_known_model_saying_something_in_the_first_line_is_no_paper():
    rows = [
        ("Nadia", "GPT-4o says it can read a whole book at once, which is the premise of today's paper."),
        ("Omar", "First up is SieveKV, the eviction paper."),
        ("Nadia", "They keep 40% of the cache and lose under a point."),
        ("Omar", "Verdict: SieveKV I'd ship."),
    ]
    papers, _ = papers_and_labels(analyze(episode(rows, "known_subject")))
    assert set(papers) == {"SieveKV"}


def test_a_plain_capitalised_word_saying_something_in_the_first_line_is_no_paper():
    rows = [
        ("Nadia", "Everyone says caches are the bottleneck now. Karpathy says so too."),
        ("Omar", "First up is SieveKV, the eviction paper."),
        ("Nadia", "They keep 40% of the cache and lose under a point."),
        ("Omar", "Verdict: SieveKV I'd ship."),
    ]
    papers, _ = papers_and_labels(analyze(episode(rows, "plain_subject")))
    assert set(papers) == {"SieveKV"}


@pytest.fixture(scope="module")
def nickname():
    return papers_and_labels(analyze(episode(NICKNAME_ROWS, "nickname")))


def test_a_paper_introduced_by_the_name_everybody_calls_it(nickname):
    papers, labels = nickname
    assert "shadow-token trick" in papers
    assert all(labels[t] == "shadow-token trick" for t in range(3, 8))


def test_the_lab_in_the_move_is_not_the_paper(nickname):
    papers, _ = nickname
    assert not any("Swiss" in name for name in papers)


def test_a_nickname_after_the_moves_own_object_is_no_paper(nickname):
    papers, labels = nickname
    assert "PixelQuill" in papers
    assert not any("bitter" in name for name in papers)
    assert labels[9] == "PixelQuill"


def test_going_back_to_the_nicknamed_paper(nickname):
    _, labels = nickname
    assert labels[10] == "shadow-token trick"
    assert labels[11] == "shadow-token trick"


def test_the_nicknamed_paper_gets_its_closing_call(nickname):
    papers, _ = nickname
    assert papers["shadow-token trick"].suggested_verdict.verdict == "deploy-ready"


def test_better_known_as_in_a_move():
    rows = [
        ("Omar", "First up, SieveKV, the cache eviction paper."),
        ("Nadia", "They keep 40% of the cache and lose under a point."),
        ("Omar", "Next up, the long-context study from a startup, better known as the needle audit."),
        ("Nadia", "They hide facts in long documents and find recall falls by half past 64k tokens."),
        ("Omar", "Which matters for every retrieval system."),
        ("Nadia", "Verdicts. SieveKV I'd ship. The needle audit is research."),
    ]
    papers, labels = papers_and_labels(analyze(episode(rows, "known_as")))
    assert "needle audit" in papers or any("needle" in name for name in papers)
    needle = next(name for name in papers if "needle" in name)
    assert labels[3] == needle


def test_a_component_they_call_something_is_no_paper():
    rows = [
        ("Omar", "First up, SieveKV, the cache eviction paper."),
        ("Nadia", "They run what they call the warm-up phase, then evict by score."),
        ("Omar", "And people call it the cold-token rule, which is catchy."),
        ("Nadia", "Verdict: SieveKV I'd ship."),
    ]
    papers, _ = papers_and_labels(analyze(episode(rows, "component")))
    assert set(papers) == {"SieveKV"}


# --- more opening shapes: a known name pinned by an apposition, a title apposed to "a ... paper", a bare title the
# next sentence points back at, and a lab's possessive presenting the next name


def test_a_known_name_after_a_move_pinned_by_an_apposition_saying_what_it_is():
    rows = [
        ("Nadia", "Maths week. First one's Qwen2.5-Math - the maths-tuned version of Qwen2.5."),
        ("Omar", "A tuned copy. Why should I care?"),
        ("Nadia", "Because they report 83% on competition problems with a 7B model, up from 55%."),
        ("Omar", "On a test set they might have trained near. Moving on - SieveKV, the eviction paper."),
        ("Nadia", "They keep 40% of the cache and lose under a point."),
        ("Omar", "Verdicts. Qwen2.5-Math is research, SieveKV I'd ship."),
    ]
    papers, labels = papers_and_labels(analyze(episode(rows, "pinned_known")))
    assert "Qwen2.5-Math" in papers
    assert [labels[t] for t in range(0, 3)] == ["Qwen2.5-Math"] * 3


def test_a_title_set_in_apposition_to_a_labs_paper_is_introduced():
    rows = [
        ("Omar", "Rewards from rubrics - an Edinburgh paper from last spring that I think got overlooked. Start us off."),
        ("Nadia", "They grade answers against a written checklist instead of a single preference score."),
        ("Omar", "And it helps?"),
        ("Nadia", "Six points on their open-ended tasks over plain preference training."),
        ("Omar", "Moving on - SieveKV, the eviction paper."),
        ("Nadia", "They keep 40% of the cache and lose under a point."),
        ("Omar", "Verdicts: rewards from rubrics is research, SieveKV I'd ship."),
    ]
    papers, labels = papers_and_labels(analyze(episode(rows, "titled_apposition")))
    assert "Rewards from rubrics" in papers
    assert [labels[t] for t in range(0, 4)] == ["Rewards from rubrics"] * 4


def test_chatter_apposed_to_a_paper_is_no_title():
    rows = [
        ("Omar", "First up is SieveKV, the eviction paper."),
        ("Nadia", "Same old thing - a paper that keeps 40% of the cache and says nothing is lost."),
        ("Omar", "Honestly - a paper like this needs a harder test. Verdict: SieveKV is research."),
    ]
    papers, _ = papers_and_labels(analyze(episode(rows, "chatter_apposition")))
    assert set(papers) == {"SieveKV"}


def test_a_bare_title_opening_the_episode_that_the_next_sentence_points_back_at():
    rows = [
        ("Nadia", "Stroke-level image editing. Omar, you sent me this one at midnight, so you explain it."),
        ("Omar", "It edits a picture as a list of brush strokes instead of regenerating the pixels."),
        ("Nadia", "And the speed?"),
        ("Omar", "3x fewer steps than the diffusion editors they compare with."),
        ("Nadia", "Next up - SieveKV, the eviction paper."),
        ("Omar", "They keep 40% of the cache and lose under a point."),
        ("Nadia", "Verdicts: stroke-level image editing is research, SieveKV I'd ship."),
    ]
    papers, labels = papers_and_labels(analyze(episode(rows, "bare_title_opening")))
    assert "Stroke-level image editing" in papers
    assert [labels[t] for t in range(0, 4)] == ["Stroke-level image editing"] * 4


def test_a_greeting_is_no_bare_title():
    rows = [
        ("Nadia", "Welcome back to the show. This one is a long episode, three papers on caches."),
        ("Omar", "First up is SieveKV, the eviction paper."),
        ("Nadia", "They keep 40% of the cache and lose under a point."),
        ("Omar", "Verdict: SieveKV I'd ship."),
    ]
    papers, _ = papers_and_labels(analyze(episode(rows, "greeting")))
    assert set(papers) == {"SieveKV"}


def test_a_labs_possessive_presenting_the_next_name_opens_its_discussion():
    rows = [
        ("Omar", "First up is SieveKV, the eviction paper."),
        ("Nadia", "They keep 40% of the cache and lose under a point on long documents."),
        ("Omar", "Their documents, though."),
        ("Nadia", "Then Adobe's PixelQuill, which is editing as brush strokes rather than pixels."),
        ("Omar", "The stroke one?"),
        ("Nadia", "Yes. 3x fewer steps than the diffusion editors they compare with."),
        ("Omar", "Verdicts: SieveKV I'd ship, PixelQuill is research."),
    ]
    papers, labels = papers_and_labels(analyze(episode(rows, "lab_presents")))
    assert "PixelQuill" in papers
    assert [labels[t] for t in range(3, 6)] == ["PixelQuill"] * 3


def test_a_labs_possessive_used_in_passing_is_not_presented():
    rows = [
        ("Omar", "First up is SieveKV, the eviction paper."),
        ("Nadia", "They keep 40% of the cache, and Adobe's PixelQuill uses the same trick for its stroke cache."),
        ("Omar", "Verdict: SieveKV I'd ship."),
    ]
    papers, _ = papers_and_labels(analyze(episode(rows, "lab_in_passing")))
    assert "PixelQuill" not in papers
