"""papertui: triage research papers from the transcripts of the shows that discuss them."""

__version__ = "0.1.0"
