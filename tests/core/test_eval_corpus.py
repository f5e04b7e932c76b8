"""Regression guard: the analysis scored against the annotated gold corpus (tests/gold, docs/CORPUS.md).

Floors sit a little below the figures measured when they were set (docs/ANALYSIS.md); a change that
drops below one is a regression to look at, not a number to lower casually.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold"

FLOORS = {
    "paper_p": 0.95,
    "paper_r": 0.95,
    "segment_acc": 0.95,
    "claim_r": 0.86,
    "claim_p": 0.63,
    "number_r": 0.93,
    "verdict_acc": 0.90,
    "null_verdict_acc": 0.80,
}
# tests/gold/heldout/ was written apart from the main corpus and is now a development set (the final
# honest figure comes from a second held-out set nobody tunes on); floors a little below analysis v4.
DEV_FLOORS = {
    "paper_p": 0.95,
    "paper_r": 0.95,
    "segment_acc": 0.93,
    "claim_r": 0.76,
    "claim_p": 0.58,
    "number_r": 0.87,
    "verdict_acc": 0.90,
    "null_verdict_acc": 0.85,
}
DEV = GOLD / "heldout"


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_analysis", REPO / "scripts" / "eval_analysis.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_analysis", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores():
    if not (GOLD / "goldlib.py").exists():
        pytest.skip("gold corpus not present")
    sys.path.insert(0, str(GOLD))
    import goldlib  # type: ignore[import-not-found]

    files = [f for f in goldlib.gold_files(include_seeds=True) if f.episode_path.exists()]
    if not files:
        pytest.skip("no gold episodes present")
    total, _rows = _eval_module().run(files, catalog=[])
    return total.as_dict()


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_gold_corpus_floor(scores, part):
    assert scores[part] is not None
    assert scores[part] >= FLOORS[part], f"{part} fell to {scores[part]:.2f} (floor {FLOORS[part]})"


@pytest.fixture(scope="module")
def dev_scores():
    if not (GOLD / "goldlib.py").exists() or not DEV.is_dir():
        pytest.skip("development gold set not present")
    sys.path.insert(0, str(GOLD))
    import json

    import goldlib  # type: ignore[import-not-found]

    files = [goldlib.GoldFile(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(DEV.glob("*.gold.json"))]
    files = [f for f in files if f.episode_path.exists()]
    if not files:
        pytest.skip("no development gold episodes present")
    total, _rows = _eval_module().run(files, catalog=[])
    return total.as_dict()


@pytest.mark.parametrize("part", sorted(DEV_FLOORS))
def test_development_set_floor(dev_scores, part):
    assert dev_scores[part] is not None
    assert dev_scores[part] >= DEV_FLOORS[part], f"{part} fell to {dev_scores[part]:.2f} (floor {DEV_FLOORS[part]})"


def test_pairing_is_fuzzy_but_one_to_one():
    module = _eval_module()
    from tui.core.models import PaperDiscussion

    preds = [PaperDiscussion(key="name:a", name="BabyNet-V2"), PaperDiscussion(key="name:b", name="BabyNet")]
    golds = [{"name": "BabyNet-V2", "aliases": ["BabyNet"]}]
    assert module.pair_papers(preds, golds) == {0: 0}
