"""The analysis version, apart from the pipeline: the library reads it on every start to key its cache, and
importing the pipeline (about 150 cue regexes) just for this constant cost ~150 ms on a fully cached start.

Bump it whenever `analyze`'s output changes. `READER_VERSION` is the transcript readers' counterpart: the
scan cache keeps parsed episodes, so a reader that now reads a file differently must bump it (the cache is
then rebuilt from the files).
"""

ANALYSIS_VERSION = "42"
READER_VERSION = "2"
