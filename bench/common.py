"""Shared helpers: figure output and timing."""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any


def emit(
    bench: str, metric: str, value: float, unit: str, *, target: Any = None, size: Any = None, **extra: Any
) -> dict[str, Any]:
    row = {
        "bench": bench,
        "metric": metric,
        "value": round(value, 3),
        "unit": unit,
        "target": target,
        "size": size,
        **extra,
    }
    print(json.dumps(row, ensure_ascii=False), flush=True)
    return row


def median_ms(fn: Callable[[], object], repeat: int = 21, warmup: int = 2) -> tuple[float, float]:
    """Median and p95 wall time of `fn` in milliseconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        cpu = platform.processor() or "unknown"
    import os

    return {"python": sys.version.split()[0], "platform": platform.platform(), "cpu": cpu, "cores": os.cpu_count()}
