"""Round 14: figures said in shapes the number reader had missed - money, spelled counts of a longer noun phrase,
shares ("two of 16 heads"), spelled durations measuring a quantity, "half a second", "N-way" choices and
percentiles - and the chatter that keeps the same words out."""

from __future__ import annotations

from tui.core.analysis.numbers import find_numbers


def _figures(sentence: str) -> list[tuple[float, str | None]]:
    return [(n.value, n.unit) for n in find_numbers(sentence)]


def test_money_is_a_figure() -> None:
    assert _figures("Each episode costs roughly $2.40 to run, and $0.35 once it's cached.") == [(2.4, "$"), (0.35, "$")]
    assert (3e6, "$") in _figures("Training came in at about $3 million on rented cards.")
    assert (2.0, "$") in _figures("They report a budget of two dollars per repository.")
    mention = [n for n in find_numbers("It finishes a full app for less than one dollar a go.") if n.unit == "$"]
    assert mention and mention[0].value == 1.0 and mention[0].qualifier == "less than"


def test_a_spelled_count_reaches_over_adjectives_and_names_to_its_noun() -> None:
    assert (6.0, None) in _figures("The tuned model wins on six separate held-out suites, judged by people.")
    assert (12.0, "tasks") in _figures("Across twelve MMLU-Pro style tasks, the gap holds.")
    assert (9.0, None) in _figures("They built nine deliberately tiny toy worlds.")
    assert (5.0, "models") in _figures("It transfers to five different open models - all of them small.")


def test_a_spelled_count_does_not_run_into_the_next_clause() -> None:
    assert _figures("Maybe six groups train these things from scratch.") == []
    assert _figures("Two years later the benchmarks caught up.") == []
    assert _figures("Those are three ways of saying the same thing.") == []


def test_a_count_followed_by_a_clause_without_that() -> None:
    assert (3.0, None) in _figures("The graph has three constraints they enforce at decode time.")


def test_shares_are_figures() -> None:
    assert (3.0, None) in _figures("Three of 64 heads do all the copying.")
    assert _figures("It swaps in a local window for five out of every six blocks.") == [(5.0, None), (6.0, None)]
    assert _figures("Forty-one of sixty.") == []  # a bare tally, no noun


def test_spelled_durations_measuring_a_quantity() -> None:
    assert (20.0, "seconds") in _figures("Twenty seconds of speech is generated in a fraction of that.")
    assert (0.5, "seconds") in _figures("A full page renders in half a second on one card.")
    assert (0.5, "%") in _figures("The error rate moves by half a percent.")
    assert _figures("And then three seconds of dead air before the bot answers.") == []
    assert _figures("I lost two hours of my life to that repo.") == []
    assert _figures("We'll be back in half an hour.") == []
    assert _figures("That wins you half a point and a tweet.") == []


def test_n_way_choices_and_percentiles() -> None:
    assert (4.0, "way") in _figures("Every item is a four-way multiple-choice question.")
    assert (10.0, "way") in _figures("They frame it as a ten-way classification over gestures.")
    assert _figures("It turned into a three-way argument.") == []
    assert _figures("It ends up a two-way race.") == []
    assert (88.0, "percentile") in _figures("It lands in the 88th percentile of human competitors.")
    assert _figures("That's the 3rd run they report.") == []


def test_chatter_with_money_words_stays_out() -> None:
    assert _figures("Just my two cents on it.") == []


# Claims: the method and its findings in further general shapes.
from tui.core.analysis.claims import is_claim  # noqa: E402


def _claim(sentence: str, presenting: bool = True) -> bool:
    return is_claim(sentence, find_numbers(sentence), names_paper=False, presenting=presenting)


def test_it_doing_something_is_the_method_described() -> None:
    assert _claim("You hand it a floor plan and it writes out a parts list, line by line.")
    assert _claim("It takes each attention map and sparsifies it before the next layer reads it.")
    assert _claim("Right, and it also helps models that never saw a caption.")
    assert not _claim("It sounds clever on a whiteboard.")
    assert not _claim("It means nothing without a baseline to compare to.")
    assert not _claim("So it changes how you should read every chart in the paper.", presenting=False)
    assert not _claim("It catches typos, not actual bugs.")
    assert not _claim("And it only works where somebody already labelled the data.")
    assert not _claim("But fair, it rewards a rather narrow kind of patience.")


def test_the_authors_thing_as_subject_and_counted_findings() -> None:
    assert _claim("Their fix for drift is resampling the buffer every epoch.")
    assert _claim("Their appendix lists every prompt the filter rejected.")
    assert not _claim("Their answer is: nope.")
    assert _claim("One, the ranker hardly notices the order of the history unless you spell it out.")
    assert _claim("Second, the value head drifts away from the returns and a small penalty keeps it honest.")
    assert not _claim("First, I want to say this was a fun one to read.")


def test_method_subjects_and_comparisons() -> None:
    assert _claim("The hypothesis says the heads that fire early are the ones that matter late.")
    assert _claim("The whole method: you jitter the input embeddings during tuning.")
    assert _claim("Here the planner proposes sub-goals as short programs.")
    assert _claim("With those two tweaks, the small ranker can compete with trained systems.")
    assert _claim("Slightly worse on the outdoor scenes, better everywhere else.")
    assert _claim("And it's clearly better on tables, where older parsers lose the columns.")


# Pushback: doubt in further general shapes.
from tui.core.analysis.pushback import is_doubt  # noqa: E402


def test_two_readings_offered_and_terms_pinned_down() -> None:
    assert is_doubt("Is the agent planning better, or just memorising the maps?")
    assert is_doubt("Does the probe find structure, or only noise it was tuned to see?")
    assert is_doubt("Which is it - a compiler or a chatbot?")
    assert is_doubt("Robust meaning what?")
    assert is_doubt("'Faster than the usual pipeline' could mean anything.")
    assert is_doubt("Is there a latency number they actually report?")
    assert is_doubt("How many prompts are we talking about?")
    assert is_doubt("And how long does each render take when the solver runs every frame?")
    assert not is_doubt("Is it open source?")
    assert not is_doubt("The planner plans, or rather the critic does, in their setup.")


def test_tested_on_its_own_ground_or_a_small_bed() -> None:
    assert is_doubt("The comparison is against their own earlier pipeline, which nobody else has.")
    assert is_doubt("Still the authors' own benchmark, remember.")
    assert is_doubt("It's a single case study, really.")
    assert is_doubt("The evaluation is pretty small as well.")
    assert is_doubt("And it's one model family, all of it English.")
    assert not is_doubt("They collected a large, diverse test set across twelve languages.")


def test_worry_withheld_belief_and_narrowed_readings() -> None:
    assert is_doubt("That's the part that worries me.")
    assert is_doubt("I'd want a blinded study before I repeat 'beats doctors' to anyone.")
    assert is_doubt("Honestly I only half believe the ablation.")
    assert is_doubt("I'd read 'general' as 'general across three puzzle games'.")
    assert is_doubt("The gains are suspiciously tidy.")
    assert is_doubt("It doesn't hold on the bigger models.")
    assert is_doubt("And it was overtaken within months by a simpler method.")
    assert is_doubt("Deployment is left to future work.")
    assert is_doubt("The failed runs aren't reported anywhere.")
    assert is_doubt("That answer wouldn't convince a reviewer.")
    assert is_doubt("A narrow benchmark is an odd place to claim general reasoning.")
    assert not is_doubt("They train on eight GPUs for two days.")
