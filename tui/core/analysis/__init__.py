"""The analysis of an episode: which papers it discusses, where, what is claimed, and what the hosts concluded.

`analyze(episode, catalog=None) -> EpisodeAnalysis` is pure, deterministic and offline; bump
`ANALYSIS_VERSION` whenever its output changes (it keys the analysis cache). See docs/ANALYSIS.md.
"""

from __future__ import annotations

from tui.core.analysis.pipeline import ANALYSIS_VERSION, analyze

__all__ = ["ANALYSIS_VERSION", "analyze"]
