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
    "pushback_r": 0.42,
    "verdict_acc": 0.90,
    "null_verdict_acc": 0.80,
}
# Development sets: written apart from the main corpus by others, now read and scored while developing (the
# final honest figure comes from a further held-out set nobody tunes on). Floors a little below analysis v7.
DEV_FLOORS = {
    "heldout": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.93,
        "claim_r": 0.76,
        "claim_p": 0.58,
        "number_r": 0.87,
        "pushback_r": 0.40,
        "verdict_acc": 0.90,
        "null_verdict_acc": 0.85,
    },
    "heldout2": {
        "paper_p": 0.94,
        "paper_r": 0.94,
        "segment_acc": 0.94,
        "claim_r": 0.80,
        "claim_p": 0.50,
        "number_r": 0.90,
        "pushback_r": 0.46,
        "verdict_acc": 0.85,
        "null_verdict_acc": 0.85,
    },
    # held out until analysis v7 (v6 scored P 0.80, segmentation 0.81, claims 0.75, numbers 0.82, unclear 0.50)
    "heldout3": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.85,
        "claim_p": 0.60,
        "number_r": 0.95,
        "pushback_r": 0.45,
        "verdict_acc": 0.92,
        "null_verdict_acc": 0.85,
    },
    # held out until analysis v8 (v7 scored P 0.86, R 0.82, segmentation 0.77, claims 0.63, numbers 0.75,
    # verdicts 0.70, unclear 0.75): messy speech, a guest, an episode that opens straight on a paper
    "heldout4": {
        "paper_p": 0.95,
        "paper_r": 0.94,
        "segment_acc": 0.94,
        "claim_r": 0.80,
        "claim_p": 0.58,
        "number_r": 0.90,
        "pushback_r": 0.44,
        "verdict_acc": 0.76,
        "null_verdict_acc": 0.70,
    },
    # held out until analysis v9 (v8 scored P 0.92, R 0.89, segmentation 0.86, claims 0.76, numbers 0.81,
    # verdicts 0.66, unclear 0.75): imitates the real shows closely (lower-case names, acronym descriptions,
    # a predecessor named before its versioned paper, verdicts said in passing)
    "heldout5": {
        "paper_p": 0.92,
        "paper_r": 0.95,
        "segment_acc": 0.94,
        "claim_r": 0.86,
        "claim_p": 0.64,
        "number_r": 0.88,
        "pushback_r": 0.44,
        "verdict_acc": 0.93,
        "null_verdict_acc": 0.85,
    },
    # held out until analysis v10 (v9 scored P 1.00, R 0.90, segmentation 0.91, claims 0.82, numbers 0.85,
    # verdicts 0.70, unclear 1.00): titled and short-tailed names, known models pinned by provenance, verdict
    # words said bare, spoken durations, fractions and counts
    "heldout6": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.85,
        "claim_p": 0.66,
        "number_r": 0.93,
        "pushback_r": 0.50,
        "verdict_acc": 0.90,
        "null_verdict_acc": 0.80,
    },
    # held out until analysis v11 (v10 scored P 0.79, R 0.75, segmentation 0.69, claims 0.62, numbers 0.63,
    # verdicts 0.44, unclear 1.00): plain capitalised names after a description and a dash, "the opening for X",
    # "Let's keep moving.", a name in apposition to a description
    "heldout7": {
        "paper_p": 0.80,
        "paper_r": 0.92,
        "segment_acc": 0.80,
        "claim_r": 0.70,
        "claim_p": 0.60,
        "number_r": 0.73,
        "pushback_r": 0.40,
        "verdict_acc": 0.65,
        "null_verdict_acc": 0.90,
    },
    # held out until analysis v12 (v11 scored P 1.00, R 0.75, segmentation 0.76, claims 0.61, numbers 0.56,
    # verdicts 0.50, unclear 1.00): introductions by topic sentence, titled names with lower-case connectors,
    # closing rounds in the hosts' own words
    "heldout8": {
        "paper_p": 0.95,
        "paper_r": 0.85,
        "segment_acc": 0.86,
        "claim_r": 0.71,
        "claim_p": 0.64,
        "number_r": 0.71,
        "pushback_r": 0.60,
        "verdict_acc": 0.75,
        "null_verdict_acc": 0.90,
    },
    # held out until analysis v12 (v11 scored P 0.93, R 0.74, segmentation 0.60, claims 0.62, numbers 0.49,
    # verdicts 0.20, unclear 0.75): names revealed after a dash, procedures told in order, spoken fractions,
    # doubt in many registers, judgements opening with a paper's name
    "heldout9": {
        "paper_p": 0.95,
        "paper_r": 0.84,
        "segment_acc": 0.85,
        "claim_r": 0.75,
        "claim_p": 0.54,
        "number_r": 0.83,
        "pushback_r": 0.75,
        "verdict_acc": 0.80,
        "null_verdict_acc": 0.90,
    },
    # held out until analysis v13 (v12 scored P 0.74, R 0.89, segmentation 0.74, claims 0.61, numbers 0.74,
    # verdicts 0.73, unclear 0.75): labs before "group / team", field acronyms, "-only" descriptions, a name
    # revealed after "Let's start big.", name-checks that do not open a discussion, doubt families
    "heldout10": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.77,
        "claim_p": 0.57,
        "number_r": 0.90,
        "pushback_r": 0.88,
        "verdict_acc": 0.85,
        "null_verdict_acc": 0.70,
    },
    # held out until analysis v14 (v13 scored P 0.94, R 0.79, segmentation 0.77, claims 0.66, numbers 0.69,
    # verdicts 0.33, unclear 1.00): digit-led coined names, naming verbs, quoted short titles, universities,
    # closing calls opening on a paper in another form, made-up cases, absent evidence as doubt
    "heldout11": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.82,
        "claim_p": 0.51,
        "number_r": 0.90,
        "pushback_r": 0.75,
        "verdict_acc": 0.90,
        "null_verdict_acc": 0.90,
    },
    # held out until analysis v15 (v14 scored P 0.87, R 1.00, segmentation 0.95, claims 0.93, numbers 0.93,
    # verdicts 0.62, unclear 0.75): a lab named after a move, a name said alone after its description, quoted
    # titles, baselines set beside the paper, near-term plans with any verb, the presenter's partner restating
    "heldout12": {
        "paper_p": 0.90,
        "paper_r": 0.95,
        "segment_acc": 0.92,
        "claim_r": 0.88,
        "claim_p": 0.50,
        "number_r": 0.88,
        "pushback_r": 0.60,
        "verdict_acc": 0.85,
        "null_verdict_acc": 0.90,
    },
    # held out until analysis v16 (v15 scored P 1.00, R 0.90, segmentation 0.84, claims 0.75, numbers 0.79,
    # verdicts 0.75, unclear 1.00): a first line already on the paper, an acronym after a lab's possessive, one-word
    # descriptions only with their paper noun, money and counts over long noun phrases, joined subjects in closings
    "heldout13": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.88,
        "claim_p": 0.55,
        "number_r": 0.93,
        "pushback_r": 0.85,
        "verdict_acc": 0.90,
        "null_verdict_acc": 0.90,
    },
    # held out until analysis v17 (v16 scored P 1.00, R 0.75, segmentation 0.72, claims 0.64, numbers 0.67,
    # verdicts 0.33, unclear 1.00): first lines already mid-explanation, a lab plus nickname, closings in own words
    "heldout14": {
        "paper_p": 0.95,
        "paper_r": 0.70,
        "segment_acc": 0.70,
        "claim_r": 0.60,
        "claim_p": 0.50,
        "number_r": 0.63,
        "pushback_r": 0.63,
        "verdict_acc": 0.30,
        "null_verdict_acc": 0.90,
    },
    # held out until analysis v18; first scored by v16 (P 0.92, R 0.69, segmentation 0.58, claims 0.52, numbers
    # 0.64, verdicts 0.58) and by the first v17 commits (no better: tuning on heldout14 did not transfer)
    "heldout15": {
        "paper_p": 0.87,
        "paper_r": 0.64,
        "segment_acc": 0.53,
        "claim_r": 0.46,
        "claim_p": 0.44,
        "number_r": 0.59,
        "pushback_r": 0.33,
        "verdict_acc": 0.45,
        "null_verdict_acc": 0.70,
    },
    # held out until analysis v18; first scored by v16 (P 0.91, R 0.62, segmentation 0.57, claims 0.50, numbers
    # 0.53, verdicts 0.08): a first line mid-explanation, names revealed late, verdicts given per discussion
    "heldout16": {
        "paper_p": 0.86,
        "paper_r": 0.57,
        "segment_acc": 0.52,
        "claim_r": 0.45,
        "claim_p": 0.40,
        "number_r": 0.48,
        "pushback_r": 0.41,
        "verdict_acc": 0.05,
        "null_verdict_acc": 0.70,
    },
    # held out until analysis v19; first scored by v17 (P 0.92, R 0.69, segmentation 0.66, claims 0.62, numbers
    # 0.67, verdicts 0.58) and v18 (P 0.92, R 0.75, segmentation 0.69, claims 0.65, numbers 0.67, verdicts 0.58)
    "heldout17": {
        "paper_p": 0.87,
        "paper_r": 0.70,
        "segment_acc": 0.64,
        "claim_r": 0.60,
        "claim_p": 0.54,
        "number_r": 0.62,
        "pushback_r": 0.37,
        "verdict_acc": 0.53,
        "null_verdict_acc": 0.70,
    },
    # held out until analysis v19; first scored by v17 (P 0.77, R 0.62, segmentation 0.60, claims 0.50, numbers
    # 0.55, verdicts 0.33) and v18 (P 0.80, R 0.75, segmentation 0.74, claims 0.64, numbers 0.70, verdicts 0.67)
    "heldout18": {
        "paper_p": 0.75,
        "paper_r": 0.70,
        "segment_acc": 0.69,
        "claim_r": 0.59,
        "claim_p": 0.47,
        "number_r": 0.65,
        "pushback_r": 0.42,
        "verdict_acc": 0.62,
        "null_verdict_acc": 0.95,
    },
    # held out until analysis v20; first scored by v19 (P 0.86, R 0.75, segmentation 0.54, claims 0.47,
    # numbers 0.52, verdicts 0.58): written to vary every introduction and closing
    "heldout19": {
        "paper_p": 0.81,
        "paper_r": 0.70,
        "segment_acc": 0.49,
        "claim_r": 0.42,
        "claim_p": 0.34,
        "number_r": 0.47,
        "pushback_r": 0.40,
        "verdict_acc": 0.53,
        "null_verdict_acc": 0.45,
    },
    # held out until analysis v20; first scored by v19 (P 0.86, R 0.75, segmentation 0.46, claims 0.39,
    # numbers 0.43, verdicts 0.50): written to vary every introduction and closing
    "heldout20": {
        "paper_p": 0.81,
        "paper_r": 0.70,
        "segment_acc": 0.41,
        "claim_r": 0.34,
        "claim_p": 0.32,
        "number_r": 0.38,
        "pushback_r": 0.26,
        "verdict_acc": 0.45,
        "null_verdict_acc": 0.45,
    },
    # held out until analysis v20; first scored by v19 (P 0.70, R 0.44, segmentation 0.26, claims 0.19,
    # numbers 0.18, verdicts 0.33): written to vary every introduction and closing
    "heldout21": {
        "paper_p": 0.65,
        "paper_r": 0.39,
        "segment_acc": 0.21,
        "claim_r": 0.14,
        "claim_p": 0.33,
        "number_r": 0.13,
        "pushback_r": 0.20,
        "verdict_acc": 0.28,
        "null_verdict_acc": 0.95,
    },
    # held out until analysis v20; first scored by v19 (P 0.92, R 0.69, segmentation 0.47, claims 0.37,
    # numbers 0.46, verdicts 0.50): written to vary every introduction and closing
    "heldout22": {
        "paper_p": 0.87,
        "paper_r": 0.64,
        "segment_acc": 0.42,
        "claim_r": 0.32,
        "claim_p": 0.34,
        "number_r": 0.41,
        "pushback_r": 0.52,
        "verdict_acc": 0.45,
        "null_verdict_acc": 0.45,
    },
    # held out until analysis v21; first scored by v20 (P 1.00, R 1.00, segmentation 1.00, claims 0.84,
    # numbers 1.00, verdicts 0.64): imitates the real show's conventions
    "heldout23": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.79,
        "claim_p": 0.73,
        "number_r": 0.95,
        "pushback_r": 0.43,
        "verdict_acc": 0.59,
        "null_verdict_acc": 0.95,
    },
    # held out until analysis v21; first scored by v20 (P 0.79, R 0.69, segmentation 0.54, claims 0.42,
    # numbers 0.39, verdicts 0.42): written to vary every introduction and closing
    "heldout24": {
        "paper_p": 0.74,
        "paper_r": 0.64,
        "segment_acc": 0.49,
        "claim_r": 0.37,
        "claim_p": 0.26,
        "number_r": 0.34,
        "pushback_r": 0.40,
        "verdict_acc": 0.37,
        "null_verdict_acc": 0.70,
    },
    # held out until analysis v22; first scored by v21 (P 0.93, R 0.82, segmentation 0.79, claims 0.59,
    # numbers 0.80, verdicts 0.57): imitates the real show's conventions
    "heldout25": {
        "paper_p": 0.88,
        "paper_r": 0.77,
        "segment_acc": 0.74,
        "claim_r": 0.54,
        "claim_p": 0.58,
        "number_r": 0.75,
        "pushback_r": 0.36,
        "verdict_acc": 0.52,
        "null_verdict_acc": 0.95,
    },
    # held out until analysis v22; first scored by v21 (P 0.73, R 0.69, segmentation 0.57, claims 0.58,
    # numbers 0.49, verdicts 0.42): written to vary every introduction and closing
    "heldout26": {
        "paper_p": 0.68,
        "paper_r": 0.64,
        "segment_acc": 0.52,
        "claim_r": 0.53,
        "claim_p": 0.41,
        "number_r": 0.44,
        "pushback_r": 0.34,
        "verdict_acc": 0.37,
        "null_verdict_acc": 0.70,
    },
    # scored once by v22 (P 1.00, R 0.88, segmentation 0.90, claims 0.70, numbers 0.86,
    # verdicts 0.50) and read by round 23: imitates the real show's conventions
    "heldout27": {
        "paper_p": 0.95,
        "paper_r": 0.83,
        "segment_acc": 0.85,
        "claim_r": 0.65,
        "claim_p": 0.52,
        "number_r": 0.81,
        "pushback_r": 0.30,
        "verdict_acc": 0.45,
        "null_verdict_acc": 0.95,
    },
    # scored once by v22 (P 0.78, R 0.88, segmentation 0.67, claims 0.54, numbers 0.85,
    # verdicts 0.83) and not read since: written to vary every introduction and closing; the next round's development set
    "heldout28": {
        "paper_p": 0.73,
        "paper_r": 0.83,
        "segment_acc": 0.62,
        "claim_r": 0.49,
        "claim_p": 0.38,
        "number_r": 0.80,
        "pushback_r": 0.36,
        "verdict_acc": 0.78,
        "null_verdict_acc": 0.70,
    },
    # scored once by v24 (P 1.00, R 0.88, segmentation 0.86, claims 0.69, numbers 0.91,
    # verdicts 0.80) and not read since: imitates the real show's conventions; the next round's development set
    "heldout29": {
        "paper_p": 0.95,
        "paper_r": 0.83,
        "segment_acc": 0.81,
        "claim_r": 0.64,
        "claim_p": 0.58,
        "number_r": 0.86,
        "pushback_r": 0.41,
        "verdict_acc": 0.75,
        "null_verdict_acc": 0.95,
    },
    # scored once by v24 (P 0.79, R 0.69, segmentation 0.52, claims 0.34, numbers 0.74,
    # verdicts 0.58) and not read since: written to vary every introduction and closing; the next round's development set
    "heldout30": {
        "paper_p": 0.74,
        "paper_r": 0.64,
        "segment_acc": 0.47,
        "claim_r": 0.29,
        "claim_p": 0.37,
        "number_r": 0.69,
        "pushback_r": 0.45,
        "verdict_acc": 0.53,
        "null_verdict_acc": 0.95,
    },
    # scored once by v25 without a catalog (paper_p 0.94, paper_r 0.88, segment_acc 0.88, claim_r 0.77, claim_p 0.67, number_r 0.78, pushback_r 0.50, verdict_acc 0.67, null_verdict_acc 1.00) before anyone read it; imitates the real show (EAGLE-3, Donut, DocLayNet, DCN V2 ...)
    "heldout31": {
        "paper_p": 0.88,
        "paper_r": 0.83,
        "segment_acc": 0.82,
        "claim_r": 0.72,
        "claim_p": 0.62,
        "number_r": 0.73,
        "pushback_r": 0.45,
        "verdict_acc": 0.61,
        "null_verdict_acc": 0.95,
    },
    # scored once by v25 without a catalog (paper_p 0.57, paper_r 0.50, segment_acc 0.26, claim_r 0.21, claim_p 0.30, number_r 0.14, pushback_r 0.22, verdict_acc 0.25, null_verdict_acc 0.25) before anyone read it; varied: names as common words, closings in mixing-desk and gearbox codes
    "heldout32": {
        "paper_p": 0.52,
        "paper_r": 0.45,
        "segment_acc": 0.20,
        "claim_r": 0.15,
        "claim_p": 0.25,
        "number_r": 0.08,
        "pushback_r": 0.16,
        "verdict_acc": 0.20,
        "null_verdict_acc": 0.20,
    },
    # scored once by v25 without a catalog (paper_p 0.94, paper_r 0.94, segment_acc 0.90, claim_r 0.83, claim_p 0.78, number_r 0.87, pushback_r 0.50, verdict_acc 0.67, null_verdict_acc 1.00) before anyone read it; imitates the real show (SWE-Lancer, Cosmos, Toto ...)
    "heldout33": {
        "paper_p": 0.89,
        "paper_r": 0.89,
        "segment_acc": 0.85,
        "claim_r": 0.78,
        "claim_p": 0.73,
        "number_r": 0.82,
        "pushback_r": 0.45,
        "verdict_acc": 0.61,
        "null_verdict_acc": 0.95,
    },
    # scored once by v25 without a catalog (paper_p 1.00, paper_r 1.00, segment_acc 0.98, claim_r 0.95, claim_p 0.81, number_r 1.00, pushback_r 0.60, verdict_acc 1.00, null_verdict_acc 0.50) before anyone read it; imitates the real show (Zip-NeRF, nnU-Net, MedSAM ...)
    "heldout35": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.93,
        "claim_r": 0.89,
        "claim_p": 0.76,
        "number_r": 0.95,
        "pushback_r": 0.54,
        "verdict_acc": 0.95,
        "null_verdict_acc": 0.45,
    },
    # scored once by v26/v27 without a catalog (paper_p 1.00, paper_r 0.76, segment_acc 0.73, claim_r 0.66, claim_p 0.63, number_r 0.79, pushback_r 0.49, verdict_acc 0.53, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout36": {
        "paper_p": 0.95,
        "paper_r": 0.71,
        "segment_acc": 0.68,
        "claim_r": 0.60,
        "claim_p": 0.57,
        "number_r": 0.74,
        "pushback_r": 0.44,
        "verdict_acc": 0.48,
        "null_verdict_acc": 0.95,
    },
    # scored once by v26/v27 without a catalog (paper_p 1.00, paper_r 0.94, segment_acc 0.88, claim_r 0.83, claim_p 0.69, number_r 0.81, pushback_r 0.49, verdict_acc 0.69, null_verdict_acc 0.50) before anyone read it; imitates the real show
    "heldout37": {
        "paper_p": 0.95,
        "paper_r": 0.89,
        "segment_acc": 0.82,
        "claim_r": 0.78,
        "claim_p": 0.63,
        "number_r": 0.75,
        "pushback_r": 0.43,
        "verdict_acc": 0.63,
        "null_verdict_acc": 0.45,
    },
    # scored once by v26/v27 without a catalog (paper_p 0.94, paper_r 1.00, segment_acc 0.96, claim_r 0.96, claim_p 0.80, number_r 0.97, pushback_r 0.42, verdict_acc 0.87, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout38": {
        "paper_p": 0.89,
        "paper_r": 0.95,
        "segment_acc": 0.91,
        "claim_r": 0.90,
        "claim_p": 0.74,
        "number_r": 0.91,
        "pushback_r": 0.36,
        "verdict_acc": 0.81,
        "null_verdict_acc": 0.95,
    },
    # scored once by v28 without a catalog (paper_p 1.00, paper_r 0.88, segment_acc 0.89, claim_r 0.86, claim_p 0.68, number_r 0.91, pushback_r 0.54, verdict_acc 0.73, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout39": {
        "paper_p": 0.95,
        "paper_r": 0.83,
        "segment_acc": 0.83,
        "claim_r": 0.80,
        "claim_p": 0.63,
        "number_r": 0.85,
        "pushback_r": 0.49,
        "verdict_acc": 0.68,
        "null_verdict_acc": 0.95,
    },
    # scored once by v28 without a catalog (paper_p 1.00, paper_r 0.89, segment_acc 0.88, claim_r 0.86, claim_p 0.77, number_r 0.90, pushback_r 0.59, verdict_acc 0.81, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout40": {
        "paper_p": 0.95,
        "paper_r": 0.83,
        "segment_acc": 0.82,
        "claim_r": 0.81,
        "claim_p": 0.71,
        "number_r": 0.84,
        "pushback_r": 0.54,
        "verdict_acc": 0.76,
        "null_verdict_acc": 0.95,
    },
    # scored once by v28 without a catalog (paper_p 0.94, paper_r 1.00, segment_acc 0.93, claim_r 0.86, claim_p 0.80, number_r 0.85, pushback_r 0.51, verdict_acc 0.73, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout41": {
        "paper_p": 0.89,
        "paper_r": 0.95,
        "segment_acc": 0.87,
        "claim_r": 0.80,
        "claim_p": 0.74,
        "number_r": 0.79,
        "pushback_r": 0.45,
        "verdict_acc": 0.68,
        "null_verdict_acc": 0.95,
    },
    # scored once by v28 and v29 without a catalog (v29: paper_p 0.94, paper_r 0.94, segment_acc 0.89, claim_r 0.90, claim_p 0.68, number_r 1.00, pushback_r 0.52, verdict_acc 0.80, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout42": {
        "paper_p": 0.89,
        "paper_r": 0.89,
        "segment_acc": 0.84,
        "claim_r": 0.85,
        "claim_p": 0.62,
        "number_r": 0.95,
        "pushback_r": 0.46,
        "verdict_acc": 0.75,
        "null_verdict_acc": 0.95,
    },
    # scored once by v28 and v29 without a catalog (v29: paper_p 0.94, paper_r 1.00, segment_acc 0.98, claim_r 0.95, claim_p 0.70, number_r 0.97, pushback_r 0.48, verdict_acc 0.73, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout43": {
        "paper_p": 0.89,
        "paper_r": 0.95,
        "segment_acc": 0.92,
        "claim_r": 0.90,
        "claim_p": 0.64,
        "number_r": 0.91,
        "pushback_r": 0.43,
        "verdict_acc": 0.68,
        "null_verdict_acc": 0.95,
    },
    # scored once by v28 and v29 without a catalog (v29: paper_p 1.00, paper_r 0.94, segment_acc 0.93, claim_r 0.89, claim_p 0.78, number_r 0.85, pushback_r 0.49, verdict_acc 1.00, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout44": {
        "paper_p": 0.95,
        "paper_r": 0.89,
        "segment_acc": 0.87,
        "claim_r": 0.83,
        "claim_p": 0.73,
        "number_r": 0.80,
        "pushback_r": 0.44,
        "verdict_acc": 0.95,
        "null_verdict_acc": 0.95,
    },
    # scored once by v30 and v31 without a catalog (v31: paper_p 0.94, paper_r 0.94, segment_acc 0.91, claim_r 0.86, claim_p 0.75, number_r 0.85, pushback_r 0.51, verdict_acc 1.00, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout45": {
        "paper_p": 0.89,
        "paper_r": 0.89,
        "segment_acc": 0.85,
        "claim_r": 0.80,
        "claim_p": 0.70,
        "number_r": 0.80,
        "pushback_r": 0.45,
        "verdict_acc": 0.95,
        "null_verdict_acc": 0.95,
    },
    # scored once by v30 and v31 without a catalog (v31: paper_p 0.94, paper_r 0.89, segment_acc 0.83, claim_r 0.80, claim_p 0.83, number_r 0.80, pushback_r 0.45, verdict_acc 0.81, null_verdict_acc 0.50) before anyone read it; imitates the real show
    "heldout46": {
        "paper_p": 0.89,
        "paper_r": 0.83,
        "segment_acc": 0.77,
        "claim_r": 0.75,
        "claim_p": 0.77,
        "number_r": 0.75,
        "pushback_r": 0.40,
        "verdict_acc": 0.76,
        "null_verdict_acc": 0.45,
    },
    # scored once by v30 and v31 without a catalog (v31: paper_p 0.88, paper_r 0.88, segment_acc 0.81, claim_r 0.74, claim_p 0.66, number_r 0.80, pushback_r 0.48, verdict_acc 0.47, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout47": {
        "paper_p": 0.83,
        "paper_r": 0.83,
        "segment_acc": 0.75,
        "claim_r": 0.68,
        "claim_p": 0.60,
        "number_r": 0.75,
        "pushback_r": 0.43,
        "verdict_acc": 0.41,
        "null_verdict_acc": 0.95,
    },
    # scored once by v32 and v33 (v33 figures) without a catalog (paper_p 1.00, paper_r 1.00, segment_acc 1.00, claim_r 0.97, claim_p 0.81, number_r 0.97, pushback_r 0.46, verdict_acc 0.80, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout48": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.92,
        "claim_p": 0.76,
        "number_r": 0.92,
        "pushback_r": 0.41,
        "verdict_acc": 0.75,
        "null_verdict_acc": 0.95,
    },
    # scored once by v32 and v33 (v33 figures) without a catalog (paper_p 1.00, paper_r 1.00, segment_acc 1.00, claim_r 0.95, claim_p 0.75, number_r 1.00, pushback_r 0.50, verdict_acc 1.00, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout49": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.90,
        "claim_p": 0.70,
        "number_r": 0.95,
        "pushback_r": 0.45,
        "verdict_acc": 0.95,
        "null_verdict_acc": 0.95,
    },
    # scored once by v32 and v33 (v33 figures) without a catalog (paper_p 1.00, paper_r 1.00, segment_acc 1.00, claim_r 0.94, claim_p 0.83, number_r 1.00, pushback_r 0.47, verdict_acc 1.00, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout50": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.89,
        "claim_p": 0.78,
        "number_r": 0.95,
        "pushback_r": 0.42,
        "verdict_acc": 0.95,
        "null_verdict_acc": 0.95,
    },
    # scored once by v32 and v33 (v33 figures) without a catalog (paper_p 0.94, paper_r 0.94, segment_acc 0.95, claim_r 0.88, claim_p 0.71, number_r 0.95, pushback_r 0.68, verdict_acc 0.87, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout51": {
        "paper_p": 0.89,
        "paper_r": 0.89,
        "segment_acc": 0.90,
        "claim_r": 0.82,
        "claim_p": 0.66,
        "number_r": 0.90,
        "pushback_r": 0.63,
        "verdict_acc": 0.82,
        "null_verdict_acc": 0.95,
    },
    # scored once by v34 and v35 (v35 figures) without a catalog (paper_p 0.93, paper_r 0.82, segment_acc 0.79, claim_r 0.79, claim_p 0.75, number_r 0.65, pushback_r 0.28, verdict_acc 0.47, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout52": {
        "paper_p": 0.88,
        "paper_r": 0.77,
        "segment_acc": 0.74,
        "claim_r": 0.74,
        "claim_p": 0.70,
        "number_r": 0.60,
        "pushback_r": 0.23,
        "verdict_acc": 0.42,
        "null_verdict_acc": 0.95,
    },
    # scored once by v34 and v35 (v35 figures) without a catalog (paper_p 0.94, paper_r 0.89, segment_acc 0.85, claim_r 0.86, claim_p 0.68, number_r 0.93, pushback_r 0.40, verdict_acc 0.81, null_verdict_acc 0.50) before anyone read it; imitates the real show
    "heldout53": {
        "paper_p": 0.89,
        "paper_r": 0.84,
        "segment_acc": 0.80,
        "claim_r": 0.81,
        "claim_p": 0.63,
        "number_r": 0.88,
        "pushback_r": 0.35,
        "verdict_acc": 0.76,
        "null_verdict_acc": 0.45,
    },
    # scored once by v34 and v35 (v35 figures) without a catalog (paper_p 0.88, paper_r 0.83, segment_acc 0.79, claim_r 0.75, claim_p 0.71, number_r 0.75, pushback_r 0.46, verdict_acc 0.69, null_verdict_acc 0.50) before anyone read it; imitates the real show
    "heldout54": {
        "paper_p": 0.83,
        "paper_r": 0.78,
        "segment_acc": 0.74,
        "claim_r": 0.70,
        "claim_p": 0.66,
        "number_r": 0.70,
        "pushback_r": 0.41,
        "verdict_acc": 0.64,
        "null_verdict_acc": 0.45,
    },
    # scored once by v34 and v35 (v35 figures) without a catalog (paper_p 1.00, paper_r 0.89, segment_acc 0.85, claim_r 0.78, claim_p 0.64, number_r 0.93, pushback_r 0.39, verdict_acc 0.88, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout55": {
        "paper_p": 0.95,
        "paper_r": 0.84,
        "segment_acc": 0.80,
        "claim_r": 0.73,
        "claim_p": 0.59,
        "number_r": 0.88,
        "pushback_r": 0.34,
        "verdict_acc": 0.82,
        "null_verdict_acc": 0.95,
    },
    # scored once by v34, v35, v36 and v37 (v37 figures) without a catalog (paper_p 0.94, paper_r 1.00, segment_acc 0.99, claim_r 1.00, claim_p 0.75, number_r 1.00, pushback_r 0.54, verdict_acc 0.93, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout56": {
        "paper_p": 0.89,
        "paper_r": 0.95,
        "segment_acc": 0.94,
        "claim_r": 0.95,
        "claim_p": 0.70,
        "number_r": 0.95,
        "pushback_r": 0.49,
        "verdict_acc": 0.88,
        "null_verdict_acc": 0.95,
    },
    # scored once by v34, v35, v36 and v37 (v37 figures) without a catalog (paper_p 1.00, paper_r 0.94, segment_acc 0.94, claim_r 0.92, claim_p 0.72, number_r 1.00, pushback_r 0.49, verdict_acc 0.87, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout57": {
        "paper_p": 0.95,
        "paper_r": 0.89,
        "segment_acc": 0.89,
        "claim_r": 0.87,
        "claim_p": 0.67,
        "number_r": 0.95,
        "pushback_r": 0.44,
        "verdict_acc": 0.82,
        "null_verdict_acc": 0.95,
    },
    # scored once by v34, v35, v36 and v37 (v37 figures) without a catalog (paper_p 1.00, paper_r 0.82, segment_acc 0.82, claim_r 0.78, claim_p 0.58, number_r 0.96, pushback_r 0.49, verdict_acc 0.73, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout58": {
        "paper_p": 0.95,
        "paper_r": 0.77,
        "segment_acc": 0.77,
        "claim_r": 0.73,
        "claim_p": 0.53,
        "number_r": 0.91,
        "pushback_r": 0.44,
        "verdict_acc": 0.68,
        "null_verdict_acc": 0.95,
    },
    # scored once by v34, v35, v36 and v37 (v37 figures) without a catalog (paper_p 1.00, paper_r 0.94, segment_acc 0.95, claim_r 0.95, claim_p 0.72, number_r 0.94, pushback_r 0.56, verdict_acc 0.88, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout59": {
        "paper_p": 0.95,
        "paper_r": 0.89,
        "segment_acc": 0.90,
        "claim_r": 0.90,
        "claim_p": 0.67,
        "number_r": 0.89,
        "pushback_r": 0.51,
        "verdict_acc": 0.82,
        "null_verdict_acc": 0.95,
    },
    # scored once by v36-v39 (v39 figures) without a catalog (paper_p 1.00, paper_r 0.88, segment_acc 0.87, claim_r 0.82, claim_p 0.81, number_r 0.77, pushback_r 0.51, verdict_acc 0.73, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout60": {
        "paper_p": 0.95,
        "paper_r": 0.83,
        "segment_acc": 0.82,
        "claim_r": 0.77,
        "claim_p": 0.76,
        "number_r": 0.72,
        "pushback_r": 0.46,
        "verdict_acc": 0.68,
        "null_verdict_acc": 0.95,
    },
    # scored once by v36-v39 (v39 figures) without a catalog (paper_p 1.00, paper_r 1.00, segment_acc 0.89, claim_r 0.89, claim_p 0.74, number_r 0.93, pushback_r 0.48, verdict_acc 0.94, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout61": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.84,
        "claim_r": 0.84,
        "claim_p": 0.69,
        "number_r": 0.88,
        "pushback_r": 0.43,
        "verdict_acc": 0.89,
        "null_verdict_acc": 0.95,
    },
    # scored once by v36-v39 (v39 figures) without a catalog (paper_p 1.00, paper_r 1.00, segment_acc 1.00, claim_r 1.00, claim_p 0.77, number_r 1.00, pushback_r 0.53, verdict_acc 0.94, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout62": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.95,
        "claim_p": 0.72,
        "number_r": 0.95,
        "pushback_r": 0.48,
        "verdict_acc": 0.89,
        "null_verdict_acc": 0.95,
    },
    # scored once by v36-v39 (v39 figures) without a catalog (paper_p 0.94, paper_r 0.88, segment_acc 0.89, claim_r 0.90, claim_p 0.80, number_r 0.83, pushback_r 0.52, verdict_acc 0.67, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout63": {
        "paper_p": 0.89,
        "paper_r": 0.83,
        "segment_acc": 0.84,
        "claim_r": 0.85,
        "claim_p": 0.75,
        "number_r": 0.78,
        "pushback_r": 0.47,
        "verdict_acc": 0.62,
        "null_verdict_acc": 0.95,
    },
    # scored once by v41 (v38-v40 scored 64-67 the same) without a catalog (paper_p 1.00, paper_r 0.94, segment_acc 0.94, claim_r 0.90, claim_p 0.71, number_r 0.89, pushback_r 0.45, verdict_acc 0.87, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout64": {
        "paper_p": 0.95,
        "paper_r": 0.89,
        "segment_acc": 0.89,
        "claim_r": 0.85,
        "claim_p": 0.66,
        "number_r": 0.84,
        "pushback_r": 0.40,
        "verdict_acc": 0.82,
        "null_verdict_acc": 0.95,
    },
    # scored once by v41 (v38-v40 scored 64-67 the same) without a catalog (paper_p 0.94, paper_r 1.00, segment_acc 0.96, claim_r 0.95, claim_p 0.70, number_r 0.97, pushback_r 0.53, verdict_acc 1.00, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout65": {
        "paper_p": 0.89,
        "paper_r": 0.95,
        "segment_acc": 0.91,
        "claim_r": 0.90,
        "claim_p": 0.65,
        "number_r": 0.92,
        "pushback_r": 0.48,
        "verdict_acc": 0.95,
        "null_verdict_acc": 0.95,
    },
    # scored once by v41 (v38-v40 scored 64-67 the same) without a catalog (paper_p 0.89, paper_r 0.94, segment_acc 0.86, claim_r 0.89, claim_p 0.85, number_r 0.96, pushback_r 0.49, verdict_acc 0.93, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout66": {
        "paper_p": 0.84,
        "paper_r": 0.89,
        "segment_acc": 0.81,
        "claim_r": 0.84,
        "claim_p": 0.80,
        "number_r": 0.91,
        "pushback_r": 0.44,
        "verdict_acc": 0.88,
        "null_verdict_acc": 0.95,
    },
    # scored once by v41 (v38-v40 scored 64-67 the same) without a catalog (paper_p 1.00, paper_r 1.00, segment_acc 1.00, claim_r 0.97, claim_p 0.74, number_r 1.00, pushback_r 0.57, verdict_acc 1.00, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout67": {
        "paper_p": 0.95,
        "paper_r": 0.95,
        "segment_acc": 0.95,
        "claim_r": 0.92,
        "claim_p": 0.69,
        "number_r": 0.95,
        "pushback_r": 0.52,
        "verdict_acc": 0.95,
        "null_verdict_acc": 0.95,
    },
    # scored once by v41 only, never tuned on without a catalog (paper_p 0.89, paper_r 0.94, segment_acc 0.92, claim_r 0.86, claim_p 0.80, number_r 0.97, pushback_r 0.42, verdict_acc 0.81, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout68": {
        "paper_p": 0.84,
        "paper_r": 0.89,
        "segment_acc": 0.87,
        "claim_r": 0.81,
        "claim_p": 0.75,
        "number_r": 0.92,
        "pushback_r": 0.37,
        "verdict_acc": 0.76,
        "null_verdict_acc": 0.95,
    },
    # scored once by v41 only, never tuned on without a catalog (paper_p 0.94, paper_r 0.94, segment_acc 0.93, claim_r 0.92, claim_p 0.72, number_r 1.00, pushback_r 0.55, verdict_acc 0.93, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout69": {
        "paper_p": 0.89,
        "paper_r": 0.89,
        "segment_acc": 0.88,
        "claim_r": 0.87,
        "claim_p": 0.67,
        "number_r": 0.95,
        "pushback_r": 0.50,
        "verdict_acc": 0.88,
        "null_verdict_acc": 0.95,
    },
    # scored once by v41 only, never tuned on without a catalog (paper_p 1.00, paper_r 0.89, segment_acc 0.89, claim_r 0.88, claim_p 0.82, number_r 0.76, pushback_r 0.47, verdict_acc 0.88, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout70": {
        "paper_p": 0.95,
        "paper_r": 0.84,
        "segment_acc": 0.84,
        "claim_r": 0.83,
        "claim_p": 0.77,
        "number_r": 0.71,
        "pushback_r": 0.42,
        "verdict_acc": 0.82,
        "null_verdict_acc": 0.95,
    },
    # scored once by v41 only, never tuned on without a catalog (paper_p 0.94, paper_r 0.94, segment_acc 0.92, claim_r 0.88, claim_p 0.83, number_r 0.88, pushback_r 0.59, verdict_acc 0.80, null_verdict_acc 1.00) before anyone read it; imitates the real show
    "heldout71": {
        "paper_p": 0.89,
        "paper_r": 0.89,
        "segment_acc": 0.87,
        "claim_r": 0.83,
        "claim_p": 0.78,
        "number_r": 0.83,
        "pushback_r": 0.54,
        "verdict_acc": 0.75,
        "null_verdict_acc": 0.95,
    },
}


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


_dev_cache: dict[str, dict[str, float | None]] = {}


def _dev_scores(name: str) -> dict[str, float | None]:
    if name in _dev_cache:
        return _dev_cache[name]
    dev = GOLD / name
    if not (GOLD / "goldlib.py").exists() or not dev.is_dir():
        pytest.skip(f"development gold set {name} not present")
    sys.path.insert(0, str(GOLD))
    import json

    import goldlib  # type: ignore[import-not-found]

    files = [goldlib.GoldFile(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(dev.glob("*.gold.json"))]
    files = [f for f in files if f.episode_path.exists()]
    if not files:
        pytest.skip(f"no {name} gold episodes present")
    total, _rows = _eval_module().run(files, catalog=[])
    _dev_cache[name] = total.as_dict()
    return _dev_cache[name]


@pytest.mark.parametrize(("dev", "part"), [(d, p) for d, floors in DEV_FLOORS.items() for p in sorted(floors)])
def test_development_set_floor(dev, part):
    scores = _dev_scores(dev)
    floor = DEV_FLOORS[dev][part]
    assert scores[part] is not None
    assert scores[part] >= floor, f"{dev} {part} fell to {scores[part]:.2f} (floor {floor})"


def test_pairing_is_fuzzy_but_one_to_one():
    module = _eval_module()
    from tui.core.models import PaperDiscussion

    preds = [PaperDiscussion(key="name:a", name="BabyNet-V2"), PaperDiscussion(key="name:b", name="BabyNet")]
    golds = [{"name": "BabyNet-V2", "aliases": ["BabyNet"]}]
    assert module.pair_papers(preds, golds) == {0: 0}
