"""papertui's benchmark suite (not in the default test run). Run: `nice python -m tests.benchmarks`."""
