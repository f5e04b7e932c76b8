"""The analysis of an episode: which papers it discusses, where, what is claimed, and what the hosts concluded.

`analyze(episode, catalog=None) -> EpisodeAnalysis` is pure, deterministic and offline; bump
`ANALYSIS_VERSION` (in version.py) whenever its output changes (it keys the analysis cache). See docs/ANALYSIS.md.
The pipeline is imported on first use of `analyze`, so reading the version stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.core.analysis.version import ANALYSIS_VERSION

if TYPE_CHECKING:
    from tui.core.analysis.pipeline import analyze

__all__ = ["ANALYSIS_VERSION", "analyze"]


def __getattr__(name: str) -> Any:
    if name == "analyze":
        from tui.core.analysis.pipeline import analyze

        return analyze
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
