"""Notes on turns and claims follow an edited transcript; what cannot be found is kept as orphaned."""

from __future__ import annotations

from tui.core.anchors import find_turn
from tui.core.identity import claim_anchor, episode_key, text_hash
from tui.core.models import Episode, NoteTarget, Turn
from tui.core.store import Store

LINES = [
    "Today we look at three papers about decoding.",
    "Speculative decoding claims a 2x speedup. It needs a draft model.",
    "I doubt the 2x holds for long prompts.",
    "Let us move on to quantisation now.",
]


def episode(lines: list[str], source: str = "/lib/show.txt") -> Episode:
    text = "\n".join(lines)
    turns = [Turn(index=i, speaker="A" if i % 2 == 0 else "B", text=line) for i, line in enumerate(lines)]
    return Episode(key=episode_key(text), source=source, format="txt", title="show", turns=turns)


def note_turn(store: Store, ep: Episode, index: int, body: str):
    turn = ep.turns[index]
    return store.save_note(NoteTarget(kind="turn", episode_key=ep.key, turn_index=index), body, turn_text=turn.text)


def test_find_turn_same_moved_fuzzy_and_lost():
    turns = episode(LINES).turns
    assert find_turn(turns, 1, text_hash(LINES[1]), LINES[1]).how == "same"
    shifted = episode(["New opening line.", *LINES]).turns
    assert find_turn(shifted, 1, text_hash(LINES[1]), LINES[1]).index == 2
    typo = episode([LINES[0], LINES[1].replace("speedup", "speed-up"), *LINES[2:]]).turns
    match = find_turn(typo, 1, text_hash(LINES[1]), LINES[1])
    assert (match.index, match.how) == (1, "fuzzy")
    assert find_turn(typo, 1, "00000000", "Something nobody ever said in this show.") is None


def test_edited_transcript_keeps_notes_attached_and_orphans_the_rest(tmp_path):
    old = episode(LINES)
    with Store.open(tmp_path) as store:
        store.put_file_index("/lib/show.txt", 100, 1.0, old.key)
        kept = note_turn(store, old, 0, "good intro")
        typo = note_turn(store, old, 1, "check the draft model size")
        lost = note_turn(store, old, 2, "they never answered this")
        sentence = "Speculative decoding claims a 2x speedup."
        claim = NoteTarget(kind="claim", paper_key="name:specdec", episode_key=old.key, turn_index=1,
                           claim_id=claim_anchor(old.key, 1, sentence))
        store.save_note(claim, "on the claim", turn_text=LINES[1], claim_text=sentence)

        edited_lines = ["Cold open added.", LINES[0], LINES[1].replace("speedup", "speed-up"),
                        "A completely different remark replaced the doubt.", LINES[3]]
        new = episode(edited_lines)
        store.put_file_index("/lib/show.txt", 120, 2.0, new.key)  # the scan saw new content at the same path
        report = store.reattach_notes(new)

        assert (report.old_key, report.new_key) == (old.key, new.key)
        assert report.moved == 1 and report.fuzzy == 2 and report.orphaned == [lost.id]
        by_id = {n.id: n for n in store.all_notes()}
        assert by_id[kept.id].target.turn_index == 1 and by_id[kept.id].target.episode_key == new.key
        assert by_id[typo.id].target.turn_index == 2 and not by_id[typo.id].orphaned
        assert by_id[lost.id].orphaned and by_id[lost.id].body == "they never answered this"
        claim_note = next(n for n in by_id.values() if n.target.kind == "claim")
        assert claim_note.target.claim_id == claim_anchor(new.key, 2, "Speculative decoding claims a 2x speed-up.")
        assert [n.id for n in store.orphaned_notes()] == [lost.id]
        again = store.reattach_notes(new)  # idempotent: only the orphan is still under the old key
        assert again.orphaned == [lost.id] and again.kept == again.moved == again.fuzzy == 0


def test_renamed_transcript_loses_nothing(tmp_path):
    ep = episode(LINES)
    with Store.open(tmp_path) as store:
        note_turn(store, ep, 3, "quantisation next time")
        moved = episode(LINES, source="/elsewhere/renamed.md")
        assert moved.key == ep.key  # identity is content, not path
        (note,) = store.notes_for_episode(moved.key)
        assert note.body == "quantisation next time"
