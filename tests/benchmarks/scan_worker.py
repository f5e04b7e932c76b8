"""Scan a library once in a fresh process and print what it took as JSON (run by bench_scan).

    python -m tests.benchmarks.scan_worker LIBRARY_DIR DATA_DIR
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def main(library: str, data_dir: str) -> None:
    from tui.core.library import Library
    from tui.core.store import Store

    started = time.perf_counter()
    store = Store.open(Path(data_dir))
    library_ = Library([Path(library)], store)
    library_.scan()
    elapsed = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({
        "seconds": elapsed,
        "episodes": len(library_.episodes),
        "turns": sum(library_.turn_count(e.key) for e in library_.episodes),  # turns load lazily
        "papers": len(library_.papers),
        "claims": sum(paper.claim_count for paper in library_.papers.values()),  # counted: claims load on demand
        "problems": len(library_.problems),
        "peak_mb": own,
        "peak_worker_mb": children,
    }))
    store.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
