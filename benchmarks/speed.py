"""``python -m benchmarks speed``: pages/s and peak memory, each system in its own process.

Systems are alternated within each pass, and the median pass is reported, so that a
burst of load on the machine hurts every system alike. Inputs are read before timing.
"""

from __future__ import annotations

import json
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from .corpus import Page
from .systems import SYSTEMS, prepare_input


def measure(system: str, inputs: Sequence[str | bytes], mode: str) -> dict[str, float]:
    """Time one system over the prepared inputs in this process; errors count as pages."""
    run = SYSTEMS[system]
    run(inputs[0], mode)  # warm-up: imports and lazy initialisation are not timed
    baseline = _status_mib("VmRSS")
    started = time.perf_counter()
    errors = 0
    for fed in inputs:
        try:
            run(fed, mode)
        except Exception:  # a crash still took its time
            errors += 1
    elapsed = time.perf_counter() - started
    peak = _status_mib("VmHWM")
    return {
        "seconds": elapsed,
        "pages": len(inputs),
        "errors": errors,
        "peak_mib": peak,
        "growth_mib": max(0.0, peak - baseline),
    }


def _status_mib(field: str) -> float:
    """A memory figure of this process from /proc/self/status (0 where it is missing).

    VmHWM (peak resident memory) belongs to the process image, unlike ``ru_maxrss``,
    which on Linux survives ``exec`` and so would report the parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _child(system: str, mode: str, inputs_file: Path) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.speed", system, mode, str(inputs_file)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run_speed(pages: Sequence[Page], systems: Sequence[str], mode: str, passes: int) -> str:
    """Measure every system ``passes`` times, alternated; return the markdown table."""
    results: dict[str, list[dict[str, float]]] = {system: [] for system in systems}
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for system in systems:
            inputs = [prepare_input(system, page.read_bytes(mode), mode) for page in pages]
            files[system] = Path(folder) / f"{system}.pickle"
            files[system].write_bytes(pickle.dumps(inputs))
        for _ in range(passes):
            for system in systems:
                results[system].append(_child(system, mode, files[system]))
    ours = (
        statistics.median(r["pages"] / r["seconds"] for r in results["articlecleaner"])
        if "articlecleaner" in results
        else None
    )
    lines = [
        f"mode: {mode}, {len(pages)} pages, median of {passes} passes",
        "",
        "| system | pages/s | ms/page | peak MiB | MiB beyond warm-up | errors "
        "| articlecleaner speed-up |",
        "|---|---|---|---|---|---|---|",
    ]
    for system, runs in results.items():
        rate = statistics.median(r["pages"] / r["seconds"] for r in runs)
        peak = max(r["peak_mib"] for r in runs)
        growth = max(r["growth_mib"] for r in runs)
        ratio = f"{ours / rate:.1f}×" if ours else "–"
        lines.append(
            f"| {system} | {rate:.1f} | {1000 / rate:.2f} | {peak:.0f} | {growth:.0f} | "
            f"{int(runs[0]['errors'])} | {ratio} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    name, page_mode, path = sys.argv[1:4]
    with Path(path).open("rb") as handle:  # streamed, so that loading leaves no peak
        inputs = pickle.load(handle)
    print(json.dumps(measure(name, inputs, page_mode)))
