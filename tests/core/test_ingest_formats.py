"""Every reader on our own fixtures: format detection, speakers, turn counts, timing, stage directions."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tui.core.identity import episode_key
from tui.core.ingest import load_file, parse_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"

# fixture -> (format, speakers in order of appearance, turns per speaker)
EXPECTED = {
    "lines_edge_cases.txt": ("speaker-lines", ["Dr. Ana Ruiz", "Ben", "Alban"], {"Dr. Ana Ruiz": 3, "Ben": 2, "Alban": 2}),
    "lines_blank_separated.txt": ("speaker-lines", ["Host", "Guest"], {"Host": 3, "Guest": 2}),
    "markdown_bold.md": ("markdown", ["Maya Chen", "Theo"], {"Maya Chen": 3, "Theo": 2}),
    "pairs.json": ("json-pairs", ["Ana", "Ben"], {"Ana": 2, "Ben": 2}),
    "pairs_wrapped.json": ("json-pairs", ["Host A", "Host B"], {"Host A": 2, "Host B": 1}),
    "p20_words.json": ("podcast20-json", ["Maya", "Theo"], {"Maya": 2, "Theo": 1}),
    "vtt_voice_bom_crlf.vtt": ("vtt", ["Maya", "Okafor, Theo"], {"Maya": 2, "Okafor, Theo": 2}),
    "vtt_teams_out_of_order.vtt": ("vtt", ["Chen, Maya", "Okafor, Theo"], {"Chen, Maya": 1, "Okafor, Theo": 1}),
    "vtt_cr_only.vtt": ("vtt", ["Ana", "Ben"], {"Ana": 1, "Ben": 1}),
    "vtt_prefixes.vtt": ("vtt", ["SPEAKER_00", "SPEAKER_01", "Zoe"], {"SPEAKER_00": 2, "SPEAKER_01": 1, "Zoe": 1}),
    "vtt_dashes.vtt": ("vtt", ["Speaker 1", "Speaker 2"], {"Speaker 1": 2, "Speaker 2": 1}),
    "vtt_no_speakers.vtt": ("vtt", ["Speaker"], {"Speaker": 1}),
    "youtube_rolling.vtt": ("vtt", ["Speaker"], {"Speaker": 1}),
    "srt_prefix_bom_crlf.srt": ("srt", ["Priya", "Sam"], {"Priya": 2, "Sam": 1}),
    "srt_whisperx.srt": ("srt", ["SPEAKER_00", "SPEAKER_01"], {"SPEAKER_00": 1, "SPEAKER_01": 1}),
    "whisper.json": ("whisper-json", ["Speaker"], {"Speaker": 1}),
    "whisperx.json": ("whisperx-json", ["SPEAKER_00", "SPEAKER_01"], {"SPEAKER_00": 2, "SPEAKER_01": 2}),
    "diarized_map.json": ("diarized-json", ["Eoin", "Luciano", "spk_2"], {"Eoin": 1, "Luciano": 1, "spk_2": 1}),
    "diarized_spk.json": ("diarized-json", ["Speaker 0", "Speaker 1"], {"Speaker 0": 2, "Speaker 1": 1}),
}


def load(name: str):
    episode, problems = load_file(FIXTURES / name)
    assert episode is not None, [p.describe() for p in problems]
    return episode


def test_every_fixture_is_listed() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_format_speakers_and_turns(name: str) -> None:
    fmt, speakers, per_speaker = EXPECTED[name]
    episode = load(name)
    assert episode.format == fmt
    assert episode.speakers == speakers
    assert Counter(t.speaker for t in episode.turns) == per_speaker
    assert [t.index for t in episode.turns] == list(range(len(episode.turns)))
    # consecutive pieces by one speaker are merged in every format
    assert all(a.speaker != b.speaker for a, b in zip(episode.turns, episode.turns[1:]))
    assert episode.problems == []


def test_episode_key_is_content_hash_and_ignores_bom_and_line_endings() -> None:
    crlf = load("vtt_voice_bom_crlf.vtt")
    raw = (FIXTURES / "vtt_voice_bom_crlf.vtt").read_bytes().decode("utf-8-sig")
    assert crlf.key == episode_key(raw) == episode_key(raw.replace("\r\n", "\n"))


def test_speaker_lines_edge_cases() -> None:
    episode = load("lines_edge_cases.txt")
    first, ben = episode.turns[0], episode.turns[1]
    assert "https://example.org/notes: have a look later." in first.text  # a URL is not a speaker
    assert "10:30 sharp" in ben.text and "Note: the second paper" in ben.text  # nor a time, nor "Note:"
    assert ben.stage_directions == ["laughs"] and not ben.text.startswith("[")
    assert ben.source_line == 3
    ana = episode.turns[3]
    assert ana.stage_directions == ["pauses"]
    assert "[citation needed]" in ana.text  # bracketed speech inside a sentence stays speech
    timed = episode.turns[4]
    assert (timed.speaker, timed.start, timed.stage_directions) == ("Ben", 65.0, ["sighs"])
    assert episode.turns[5].stage_directions == ["chuckles"]
    assert episode.title == "Lines edge cases"


def test_paragraphs_of_one_speaker_are_kept_as_lines() -> None:
    episode = load("lines_blank_separated.txt")
    assert episode.turns[2].text.split("\n") == [
        "Good. The headline claim is linear-time sequence modelling.",
        "It also says throughput is five times higher than a Transformer of the same size.",
    ]
    assert episode.turns[4].stage_directions == ["smiles"]


def test_markdown_title_timestamps_entities_and_break() -> None:
    episode = load("markdown_bold.md")
    assert episode.title == "Reading Group 7: Quantisation week"
    assert episode.turns[0].start == 3.0
    assert episode.turns[1].text.startswith("Hi all. I'll play the skeptic & the note taker.")
    assert "That means I'll be annoying" in episode.turns[1].text  # a paragraph without a name continues
    gptq = episode.turns[2]
    assert gptq.start == 70.0 and "[01:32]" not in gptq.text and "almost no loss" in gptq.text
    assert gptq.stage_directions == ["break at 2:00"]  # a pseudo-speaker is not a person
    assert "Break" not in episode.speakers
    assert episode.turns[3].start == 165.0  # "**Theo**:" variant
    assert episode.turns[4].stage_directions == ["laughs"]


def test_podcast20_words_paragraphs_and_missing_speaker() -> None:
    episode = load("p20_words.json")
    maya, theo, _ = episode.turns
    assert maya.text == "So Mixtral is a sparse mixture.\nEight experts."
    assert theo.text == "Two active per token."  # speakerless segments continue Theo
    assert theo.start == 2.9 and maya.end == 2.85  # float noise rounded to ms


def test_vtt_voice_tags_blocks_and_entities() -> None:
    episode = load("vtt_voice_bom_crlf.vtt")
    assert episode.title == "Vision papers, part 2"
    first = episode.turns[0]
    assert first.text == "CLIP trains on 400 million image-text pairs. Contrastively, & zero-shot works."
    assert (first.start, first.end, first.source_line) == (1.0, 6.5, 10)
    assert episode.turns[2].text == "76.2 percent."  # two voices in one cue
    last = episode.turns[3]
    assert last.text == "That matches a ResNet-50 without its labels."
    assert last.stage_directions == ["laughs"]


def test_out_of_order_overlapping_cues_are_read_in_time_order() -> None:
    maya, theo = load("vtt_teams_out_of_order.vtt").turns
    assert maya.text == "The LLaMA paper trained only on public data."
    assert theo.text == "Which is why people could reproduce it. And the batch size was tiny."
    assert (theo.start, theo.end, theo.source_line) == (3.8, 8.4, 13)


def test_vtt_prefixes_and_note_is_not_a_speaker() -> None:
    episode = load("vtt_prefixes.vtt")
    assert episode.turns[3].text == "That is the elegant part. Note: elegance is not evidence."


def test_vtt_dash_changes_alternate_anonymous_speakers() -> None:
    episode = load("vtt_dashes.vtt")
    assert [t.text.split(".")[0] for t in episode.turns] == [
        "Did you read the ViT paper?",
        "An image is worth sixteen by sixteen words",
        "JFT, three hundred million images",
    ]
    assert episode.turns[1].stage_directions == ["Music"]
    assert episode.turns[2].stage_directions == ["silence"]


def test_youtube_rolling_window_is_deduplicated() -> None:
    (turn,) = load("youtube_rolling.vtt").turns
    assert turn.text == "so residual connections made deep nets trainable"
    assert turn.stage_directions == ["Music"]
    assert (turn.start, turn.end) == (0.0, 6.0)


def test_srt_prefix_only_on_change_tags_and_false_note() -> None:
    episode = load("srt_prefix_bom_crlf.srt")
    priya, sam, priya2 = episode.turns
    assert priya.text == "The Phi-3 report says a 3.8B model rivals much larger ones. On benchmarks, anyway."
    assert sam.text == "Benchmarks it may have seen? Note: they deny contamination."
    assert priya2.text == "They do deny it."
    assert (sam.start, sam.end) == (5.0, 9.0)


def test_whisper_and_whisperx() -> None:
    (turn,) = load("whisper.json").turns
    assert turn.text == "Flash attention is exact. It is just IO aware." and turn.end == 117.6
    episode = load("whisperx.json")
    first, really, yes, _ = episode.turns
    assert first.text == "LoRA freezes the base model. Mhm. And trains rank 8 adapters."  # no speaker key: carried
    assert (really.speaker, really.text, really.start) == ("SPEAKER_01", "Really?", 5.6)  # split mid-segment
    assert yes.text == "Yes."


def test_diarized_map_and_unknown_label() -> None:
    episode = load("diarized_map.json")
    assert episode.turns[0].text == "Today we read the Llama 2 paper. Seven to seventy billion parameters."
    assert episode.turns[2].speaker == "spk_2"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Ana: hi\nBen: hello\nAna: bye\n", ["Ana", "Ben"]),
        ("ana: one\nben: two\nana: three\nben: four\n", ["ana", "ben"]),  # lower-case, repeated
        ("So the answer is: yes.\nAnd then: no.\n", ["Speaker"]),  # prose colons
        ("Speaker 1: first\nSpeaker 2: second\n", ["Speaker 1", "Speaker 2"]),
        ("[SPEAKER_00]: a\n[SPEAKER_01]: b\n", ["SPEAKER_00", "SPEAKER_01"]),
        ("00:00:03 Ana: timed\n00:00:09 Ben: also timed\n", ["Ana", "Ben"]),
        ("Ana: see https://arxiv.org/abs/2512.08829\nMeeting at 10:30: fine\n", ["Ana"]),
        ("Episode 12: Small models\nHosts: Ana and Ben\n\nAna: hi\nBen: hello\n", ["Speaker", "Ana", "Ben"]),
        ("Verdict: research-only\nBottom line: wait for code.\n", ["Speaker"]),
    ],
)
def test_speaker_line_variants(text: str, speakers: list[str]) -> None:
    assert parse_text(text, "x.txt").speakers == speakers


def test_a_name_alone_on_its_line_owns_the_next_lines() -> None:
    episode = parse_text("Ana:\nHello there.\n\nBen:\n[laughs]\nHi.\n", "x.txt")
    assert [(t.speaker, t.text, t.source_line, t.stage_directions) for t in episode.turns] == [
        ("Ana", "Hello there.", 1, []),
        ("Ben", "Hi.", 4, ["laughs"]),
    ]
    markdown = parse_text("**Ana:** \\[00:10\\]\n\nHello.\n\n**Ben:**\n\nHi.", "x.md")
    assert [(t.speaker, t.start, t.text) for t in markdown.turns] == [("Ana", 10.0, "Hello."), ("Ben", None, "Hi.")]


def test_forced_format_and_json_detection_by_content() -> None:
    text = '[{"Ana": "hello"}, {"Ben": "hi"}]'
    assert parse_text(text, "notes.txt").format == "json-pairs"
    assert parse_text("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n", "a.txt").format == "vtt"
    assert parse_text("1\n00:00:01,000 --> 00:00:02,000\nhi\n", "a.txt").format == "srt"
    assert parse_text("Ana: [00:01:05] hi", "a.json").format == "speaker-lines"
    assert parse_text("**Ana:** hi", "a.txt", format="speaker-lines").format == "speaker-lines"


def test_vtt_with_voice_tags_does_not_take_a_colon_phrase_for_a_new_speaker() -> None:
    from tui.core.ingest import parse_text

    text = (
        "WEBVTT\n\n00:00.000 --> 00:03.000\n<v Ana>Verdicts, quickly.\n\n"
        "00:03.000 --> 00:06.000\n<v Ben>Fine.\n\n"
        "00:06.000 --> 00:09.000\nDPO: deploy-ready, it is the default now.\n\n"
        "00:09.000 --> 00:12.000\n<v Ana>Agreed.\n"
    )
    episode = parse_text(text, "voiced.vtt")
    assert [t.speaker for t in episode.turns] == ["Ana", "Ben", "Ana"]
    assert episode.turns[1].text.endswith("DPO: deploy-ready, it is the default now.")


def _srt(cards: list[str]) -> str:
    return "\n".join(
        f"{i}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{card}\n" for i, card in enumerate(cards, start=1)
    )


def test_srt_card_cut_before_a_colon_phrase_is_speech_not_a_new_speaker() -> None:
    # Subtitle tools cut at any word: a one-off "Two Words:" after a card that stops mid-sentence is speech.
    cards = [
        "Ana: The benchmark has three task kinds. The first is",
        "Retrieval Probes: the answer sits in one place.",
        "Ben: And the second?",
        "Ana: Aggregation over the whole document.",
        "Ben: Fine.",
        "Ana: Okay.",
    ]
    episode = parse_text(_srt(cards), "cut.srt")
    assert [t.speaker for t in episode.turns] == ["Ana", "Ben", "Ana", "Ben", "Ana"]
    assert "The first is Retrieval Probes: the answer sits in one place." in episode.turns[0].text


def test_srt_one_off_guest_after_a_finished_sentence_is_still_a_speaker() -> None:
    cards = ["Ana: Welcome back.", "Ben: Hi.", "Ana: We have a guest.", "Ben: Right.", "Cleo: Thanks for having me."]
    episode = parse_text(_srt(cards), "guest.srt")
    assert [t.speaker for t in episode.turns][-1] == "Cleo"


def test_srt_named_file_keeps_a_dash_the_tool_cut_at() -> None:
    # With names marking the changes, "- " opening a card is the speaker's own dash, not a change of speaker.
    cards = ["Ana: Moving on", "- StruQ, from Berkeley.", "Ben: Go on.", "Ana: Sure."]
    episode = parse_text(_srt(cards), "dash.srt")
    assert episode.turns[0].speaker == "Ana"
    assert episode.turns[0].text == "Moving on - StruQ, from Berkeley."


def _whisper_without_speakers(sentences: list[str], gap_after: set[int] = frozenset()) -> str:
    import json

    segments, clock = [], 0.0
    for i, sentence in enumerate(sentences):
        end = clock + 0.3 * len(sentence.split())
        segments.append({"id": i, "start": round(clock, 2), "end": round(end, 2), "text": " " + sentence})
        clock = end + (2.5 if i in gap_after else 0.1)
    return json.dumps({"text": " ".join(sentences), "segments": segments, "language": "en"})


def test_speech_nobody_is_named_for_is_cut_into_paragraph_turns_not_one_turn() -> None:
    # Plain Whisper output names nobody: a whole episode in one turn could not be read, segmented or cited.
    long_sentence = "They report a large gain on eleven benchmarks with a model a tenth of the size of the baseline."
    sentences = ["Welcome back, today we read three papers."] + [long_sentence] * 12 + ["Moving on to the second one."]
    episode = parse_text(_whisper_without_speakers(sentences), "talk.json")
    assert len(episode.turns) > 3
    assert {t.speaker for t in episode.turns} == {"Speaker"}
    assert all(t.text.rstrip().endswith((".", "?", "!")) for t in episode.turns)  # cut only at sentence ends
    assert " ".join(t.text for t in episode.turns) == " ".join(sentences)  # nothing lost or repeated


def test_a_pause_ends_an_unnamed_paragraph_and_named_speech_is_never_cut() -> None:
    sentences = ["First up is a paper on sparse attention that I liked a lot, for reasons I will get to."] * 2
    sentences += ["Next, the speech paper."]
    paused = parse_text(_whisper_without_speakers(sentences, gap_after={1}), "pause.json")
    assert [t.text for t in paused.turns][-1] == "Next, the speech paper."
    named = "\n\n".join(f"Ana: {s}" for s in ["One paragraph. " * 40, "Another paragraph. " * 40])
    assert len(parse_text(named, "named.txt").turns) == 1


def test_unnamed_plain_text_paragraphs_are_turns() -> None:
    episode = parse_text("Welcome back.\n\nFirst up, InfiniteVL.\n\nSounds optimistic to me.\n", "notes.txt")
    assert [t.text for t in episode.turns] == ["Welcome back.", "First up, InfiniteVL.", "Sounds optimistic to me."]
