"""``python -m benchmarks scaling``: pages/s of ``clean_many`` with 1 and 2 workers."""

from __future__ import annotations

import time
from collections.abc import Sequence

from articlecleaner import clean_many

from .corpus import Page


def run_scaling(
    pages: Sequence[Page], mode: str, worker_counts: Sequence[int] = (1, 2), passes: int = 3
) -> str:
    """Median pages/s over ``passes`` for each worker count, and the speed-up over one."""
    inputs = [page.read_bytes(mode) for page in pages]
    rates: dict[int, list[float]] = {count: [] for count in worker_counts}
    for _ in range(passes):
        for count in worker_counts:
            started = time.perf_counter()
            done = sum(1 for _ in clean_many(inputs, workers=count, timeout=60))
            rates[count].append(done / (time.perf_counter() - started))
    base = sorted(rates[worker_counts[0]])[passes // 2]
    lines = [
        f"mode: {mode}, {len(inputs)} pages, median of {passes} passes",
        "",
        "| workers | pages/s | speed-up |",
        "|---|---|---|",
    ]
    for count in worker_counts:
        rate = sorted(rates[count])[passes // 2]
        lines.append(f"| {count} | {rate:.1f} | {rate / base:.2f}× |")
    return "\n".join(lines)
