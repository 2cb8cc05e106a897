"""``python -m benchmarks hostile``: time and peak memory of each hostile page, one process each."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def measure(name: str) -> dict[str, object]:
    """Clean one hostile page in this process; report seconds, peak MiB and warnings."""
    from articlecleaner import clean
    from tests.pathological import ARTICLE_PARAGRAPHS, CASES, WITH_ARTICLE

    page = CASES[name]()
    started = time.perf_counter()
    article = clean(page)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kept = (
        all(p in article.paragraphs for p in ARTICLE_PARAGRAPHS) if name in WITH_ARTICLE else None
    )
    return {"seconds": seconds, "peak_mib": peak, "kept": kept, "warnings": article.warnings}


def run_hostile() -> str:
    """Every hostile page in its own process; the markdown table."""
    from tests.pathological import CASES

    lines = [
        "| page | seconds | peak MiB | article kept | warnings |",
        "|---|---|---|---|---|",
    ]
    for name in CASES:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.hostile", name],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        warnings = "; ".join(result["warnings"]) or "–"
        kept = {True: "yes", False: "NO", None: "–"}[result["kept"]]
        lines.append(
            f"| {name} | {result['seconds']:.2f} | {result['peak_mib']:.0f} | {kept} | {warnings} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1])))
