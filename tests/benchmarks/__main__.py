"""Run the benchmark suite and print a table of figures and targets.

    nice python -m tests.benchmarks [--only filter,start,scan,scroll,export]

Each part that needs code not landed yet reports "not available yet" instead of failing. Generated
libraries are kept in /tmp/papertui-bench (deterministic; delete the folder to regenerate)."""

from __future__ import annotations

import argparse
import importlib
import time
import traceback

from tests.benchmarks.common import Figure, Unavailable, print_table

PARTS = {
    "start": "tests.benchmarks.bench_start",
    "scan": "tests.benchmarks.bench_scan",
    "filter": "tests.benchmarks.bench_filter",
    "scroll": "tests.benchmarks.bench_scroll",
    "export": "tests.benchmarks.bench_export",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts ({', '.join(PARTS)})")
    args = parser.parse_args(argv)
    wanted = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = [p for p in wanted if p not in PARTS]
    if unknown:
        parser.error(f"unknown part(s): {', '.join(unknown)}")
    figures: list[Figure] = []
    for part in wanted:
        started = time.perf_counter()
        print(f"... {part}", flush=True)
        try:
            figures += importlib.import_module(PARTS[part]).run()
        except Unavailable as missing:
            figures.append(Figure(part, "-", f"not available yet: {missing}"))
        except Exception as error:  # a broken part must not hide the others' figures
            traceback.print_exc()
            figures.append(Figure(part, "-", f"failed: {type(error).__name__}: {error}"))
        print(f"    {part} took {time.perf_counter() - started:.1f} s", flush=True)
    print_table(figures)
    return 1 if any(f.ok is False for f in figures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
