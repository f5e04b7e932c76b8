"""The word-statistics verdict: where it reads, how it decides, and that it only fills the rules' gaps."""

from __future__ import annotations

import json

from tui.core.analysis import verdict_model as vm
from tui.core.models import Evidence, PaperDiscussion, Segment, SuggestedVerdict

TEXTS = [
    "Ann: First up, Parrot. It rewrites prompts before they reach the model.",  # 0
    "It claims a big drop in refusals.",  # 1
    "Sounds optimistic. Who checked?",  # 2
    "They did, on their own set. Honestly I'd wire it in this week.",  # 3
    "Next, the quiet ants paper. Ant colonies as a search heuristic.",  # 4
    "Lovely idea, nobody will run it.",  # 5
    "So, closing. Parrot goes into the pipeline tomorrow, we ship it. Agreed?",  # 6
    "Agreed. The ants one is for a rainy weekend.",  # 7
]


def _toy_model() -> vm.VerdictModel:
    deploy = {"S:ship", "S:tomorrow", "S:pipeline", "W:pipeline", "W:tomorrow", "W:ship"}
    research = {"S:idea", "S:nobody", "W:weekend", "W:rainy", "S:lovely"}
    none = {"S:dunno", "W:open"}
    examples = [("deploy-ready", deploy)] * 6 + [("research-only", research)] * 6 + [("none", none)] * 6
    examples += [("skip", {"S:waste"})] * 3
    return vm.VerdictModel.train(examples)


def test_passages_read_the_end_of_each_discussion_and_the_closing_sentences_that_name_the_paper():
    found = vm.passages(TEXTS, [(0, 3)], closing_turns=[6, 7], names=["Parrot"])
    assert {p.turn for p in found if p.region == "S"} == {2, 3}
    closing = [p for p in found if p.region == "W"]
    assert [p.turn for p in closing] == [6]
    # the naming sentence and the one after it, nothing before
    assert closing[0].text == "Parrot goes into the pipeline tomorrow, we ship it. Agreed?"


def test_a_full_title_among_the_names_does_not_pick_out_unrelated_sentences():
    keys = vm.name_keys(["Parrot", "Parrot: Prompt Rewriting Makes the Model Refuse Less Often"])
    assert keys == frozenset({"parrot"})
    found = vm.passages(TEXTS, [(4, 5)], closing_turns=[6, 7], names=["the quiet ants paper"])
    assert [p.turn for p in found if p.region == "W"] == [7]  # "ants", not "the" or "paper"


def test_the_paper_name_is_not_a_feature():
    tokens = vm.tokens(vm.Passage(0, "S", "Parrot ships tomorrow"), skip=vm.name_keys(["Parrot"]))
    assert tokens == ["S:ships", "S:tomorrow"]


def test_the_model_calls_what_the_words_lean_to_and_quotes_the_passage_that_leans_furthest():
    model = _toy_model()
    found = vm.passages(TEXTS, [(0, 3)], closing_turns=[6, 7], names=["Parrot"])
    call = model.call(found, vm.name_keys(["Parrot"]))
    assert call is not None and call.verdict == "deploy-ready"
    assert call.margin >= vm.MIN_MARGIN
    assert call.evidence.turn == 6 and "pipeline tomorrow" in call.evidence.text


def test_no_call_when_the_words_lean_nowhere_or_towards_none():
    model = _toy_model()
    assert model.call([]) is None
    assert model.call([vm.Passage(3, "S", "The weather was fine and the coffee was hot.")]) is None
    assert model.call([vm.Passage(3, "W", "Dunno. Leave it open.")]) is None


def _discussion(name: str, spans, verdict=None) -> PaperDiscussion:
    suggestion = SuggestedVerdict(verdict=verdict, confidence=0.8 if verdict else 0.0,
                                  evidence=[Evidence(turn=3, quote="rules")] if verdict else [])
    return PaperDiscussion(key=f"name:{name}", name=name, spans=spans, suggested_verdict=suggestion)


def test_fill_unjudged_only_fills_gaps_and_says_it_is_a_weaker_call(monkeypatch):
    monkeypatch.setattr(vm, "load_model", lambda *a, **k: _toy_model())
    parrot = _discussion("Parrot", [(0, 3)])
    ants = _discussion("the quiet ants paper", [(4, 5)], verdict="skip")
    unseen = _discussion("Ghost", [])
    segments = [Segment(first_turn=6, last_turn=7, label="wrap-up")]
    vm.fill_unjudged([parrot, ants, unseen], segments, TEXTS)
    assert parrot.suggested_verdict.verdict == "deploy-ready"
    assert parrot.suggested_verdict.confidence <= 0.55
    assert parrot.suggested_verdict.evidence[0].turn == 6
    assert ants.suggested_verdict.verdict == "skip"  # the rules' call stands
    assert ants.suggested_verdict.evidence[0].quote == "rules"
    assert unseen.suggested_verdict.verdict is None  # nothing to read


def test_without_a_readable_model_file_the_rules_work_alone(tmp_path, monkeypatch):
    broken = tmp_path / "model.json"
    broken.write_text("{not json", encoding="utf-8")
    vm.load_model.cache_clear()
    try:
        assert vm.load_model(broken) is None
        assert vm.load_model(tmp_path / "missing.json") is None
    finally:
        vm.load_model.cache_clear()
    monkeypatch.setattr(vm, "load_model", lambda *a, **k: None)
    parrot = _discussion("Parrot", [(0, 3)])
    vm.fill_unjudged([parrot], [], TEXTS)
    assert parrot.suggested_verdict.verdict is None


def test_the_shipped_model_loads_and_knows_every_label():
    data = json.loads(vm.MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data["label_docs"]) == set(vm.LABELS)
    model = vm.load_model()
    assert model is not None and len(model.vocab) > 1000
    # trained on many closing rounds: plain shipping words lean deploy-ready, shelf words research-only
    assert max(model.scores({"W:production", "W:ship", "W:today"}).items(), key=lambda kv: kv[1])[0] == "deploy-ready"
    assert max(model.scores({"W:research", "W:academic", "W:interesting"}).items(), key=lambda kv: kv[1])[0] == "research-only"


def test_confidence_stays_below_the_rules():
    assert vm.confidence(vm.MIN_MARGIN) < 0.5
    assert vm.confidence(100.0) == 0.55


def test_a_paper_the_hosts_leave_open_is_never_filled_in(monkeypatch):
    monkeypatch.setattr(vm, "load_model", lambda *a, **k: _toy_model())
    parrot = _discussion("Parrot", [(0, 3)])
    parrot.suggested_verdict = SuggestedVerdict(
        verdict=None, evidence=[Evidence(turn=7, quote="Parrot, I'd leave that one open until they publish the set.")]
    )
    vm.fill_unjudged([parrot], [Segment(first_turn=6, last_turn=7, label="wrap-up")], TEXTS)
    assert parrot.suggested_verdict.verdict is None


def test_names_are_matched_as_whole_words():
    # a short name inside a longer word ("GIN" in "engine") or a possessive must not change which sentences count
    assert not vm.name_keys(["GIN"]) & vm._name_words("The engine is fine.")
    assert vm.name_keys(["Qwen2.5-VL"]) & vm._name_words("Qwen2.5-VL's closing score was fine.")
    texts = ["GIN first.", "It aggregates neighbours.", "Closing: the engine paper goes on the shelf. GIN ships."]
    found = vm.passages(texts, [(0, 1)], closing_turns=[2], names=["GIN"])
    assert [p.text for p in found if p.region == "W"] == ["GIN ships."]


def test_the_model_learns_only_from_sets_already_scored():
    train = _train_script()
    from tests.core.test_eval_corpus import DEV_FLOORS

    names = set(train.gold_sets(exclude=[]))
    assert names - {"corpus"} <= set(DEV_FLOORS)  # an unscored held-out folder (no floors yet) is never learnt
    assert "seeds" not in names
    assert "heldout3" not in train.gold_sets(exclude=["heldout3"])


def _train_script():
    import importlib.util
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("train_verdict_model", repo / "scripts" / "train_verdict_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_margin_is_the_smallest_that_keeps_unseen_unclear_papers_uncalled():
    train = _train_script()
    # (set, gold, best label, margin): two unclear papers the model would call at margins 1.2 and 3.1
    rows = [("a", "none", "skip", 1.2), ("b", "none", "deploy-ready", 3.1)] + [("c", "none", "none", 9.0)] * 18
    rows += [("a", "skip", "skip", 5.0), ("b", "research-only", "research-only", 2.0)]
    assert train.calls_at(rows, 0.0) == (1.0, 0.9)
    assert train.choose_margin(rows) == 0.0  # 18 + 0 of 20 kept already reaches 0.9
    rows.append(("d", "none", "skip", 0.7))
    assert train.choose_margin(rows) == 1.0  # now the 0.7 call must go: 19/21 kept
    assert train.calls_at(rows, 1.0) == (1.0, 19 / 21)


def test_the_shipped_model_carries_its_margin():
    data = json.loads(vm.MODEL_PATH.read_text(encoding="utf-8"))
    assert data["min_margin"] >= 0
    assert vm.load_model().min_margin == data["min_margin"]


def test_no_fill_in_when_the_passages_it_would_read_leave_the_paper_open(monkeypatch):
    """The rules found no call, but where the hosts judge the paper one of them says "it depends on your use
    case": that is their verdict, and word statistics must not turn it into a call."""
    monkeypatch.setattr(vm, "load_model", lambda *a, **k: _toy_model())
    texts = [*TEXTS[:3], "They did, on their own set. Honestly, it depends on your use case.", *TEXTS[4:]]
    closing = [Segment(first_turn=6, last_turn=7, label="wrap-up")]
    parrot = _discussion("Parrot", [(0, 3)])
    vm.fill_unjudged([parrot], closing, texts)
    assert parrot.suggested_verdict.verdict is None
    parrot = _discussion("Parrot", [(0, 3)])
    vm.fill_unjudged([parrot], closing, TEXTS)  # the same episode without it: the model fills the gap
    assert parrot.suggested_verdict.verdict == "deploy-ready"


def test_the_evaluation_switch_leaves_the_rules_alone(monkeypatch):
    monkeypatch.setattr(vm, "load_model", lambda *a, **k: _toy_model())
    monkeypatch.setenv("PAPERTUI_NO_VERDICT_MODEL", "1")
    parrot = _discussion("Parrot", [(0, 3)])
    vm.fill_unjudged([parrot], [Segment(first_turn=6, last_turn=7, label="wrap-up")], TEXTS)
    assert parrot.suggested_verdict.verdict is None
