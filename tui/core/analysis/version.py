"""The analysis version, apart from the pipeline: the library reads it on every start to key its cache, and
importing the pipeline (about 150 cue regexes) just for this constant cost ~150 ms on a fully cached start.

Bump it whenever `analyze`'s output changes.
"""

ANALYSIS_VERSION = "16"
