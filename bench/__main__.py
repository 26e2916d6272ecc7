"""Run the benchmarks: `python -m bench [--quick] [name ...]` (names: the bench_* modules)."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from pathlib import Path

from bench.common import machine


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--quick", action="store_true", help="reduced sizes (about a minute)")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args()
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    chosen = [n for n in names if not args.names or n in args.names or n.removeprefix("bench_") in args.names]
    print(json.dumps({"machine": machine(), "quick": args.quick}), flush=True)
    for name in chosen:
        mod = importlib.import_module(f"bench.{name}")
        mod.run(quick=args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
