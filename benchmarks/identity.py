"""``python -m benchmarks speed --check-identical REF``: is every page's Article the same
as a reference run's?

The reference is a git commit (checked out in a temporary worktree and run there, in its
own process) or a file written by ``--record``. Each page's whole Article is compared,
with ``explain=True``: body, paragraphs, blocks, headline, dates, authors, quotes,
warnings and every removal with its rule and reason.
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .corpus import Page
from .systems import prepare_input

_REPOSITORY = Path(__file__).resolve().parents[1]
Articles = dict[str, dict[str, Any]]


def _articles(inputs: Sequence[tuple[str, str | bytes]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each page's Article as JSON data, from whichever ``articlecleaner`` is imported."""
    from articlecleaner import clean

    for page_id, raw in inputs:
        try:
            yield page_id, clean(raw, explain=True).model_dump(mode="json")
        except Exception as error:  # a crash is an output too, and must match
            yield page_id, {"error": f"{type(error).__name__}: {error}"}


def record(pages: Sequence[Page], mode: str, path: Path, code: Path | None = None) -> None:
    """Write every page's Article to ``path`` (gzipped JSON lines), from this checkout's
    code or, with ``code``, from the ``src`` folder of another checkout."""
    inputs = [
        (page.id, prepare_input("articlecleaner", page.read_bytes(mode), mode)) for page in pages
    ]
    with tempfile.TemporaryDirectory() as folder:
        inputs_file = Path(folder) / "inputs.pickle"
        inputs_file.write_bytes(pickle.dumps(inputs))
        source = (code or _REPOSITORY) / "src"
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(source), str(_REPOSITORY)])}
        command = [sys.executable, "-m", "benchmarks.identity", str(inputs_file), str(path)]
        subprocess.run(command, check=True, env=environment, cwd=_REPOSITORY)


def load(path: Path) -> Articles:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {entry["id"]: entry["article"] for entry in map(json.loads, handle)}


def reference(pages: Sequence[Page], mode: str, ref: str, folder: Path) -> Articles:
    """The reference run's Articles: read from a recorded file, or made by the code of a
    git commit checked out in a temporary worktree."""
    if Path(ref).is_file():
        return load(Path(ref))
    worktree = folder / "reference"
    git = ["git", "-C", str(_REPOSITORY)]
    subprocess.run(
        [*git, "worktree", "add", "--detach", str(worktree), ref], check=True, capture_output=True
    )
    try:
        record(pages, mode, folder / "reference.jsonl.gz", code=worktree)
    finally:
        subprocess.run(
            [*git, "worktree", "remove", "--force", str(worktree)], check=False, capture_output=True
        )
    return load(folder / "reference.jsonl.gz")


def differences(
    current: Mapping[str, dict[str, Any]], expected: Mapping[str, dict[str, Any]]
) -> dict[str, list[str]]:
    """The Article fields that differ, by page id (a page missing on one side differs)."""
    found: dict[str, list[str]] = {}
    for page_id in sorted(set(current) | set(expected)):
        ours, theirs = current.get(page_id), expected.get(page_id)
        if ours is None or theirs is None:
            found[page_id] = ["missing in the reference" if theirs is None else "missing here"]
            continue
        fields = sorted(key for key in set(ours) | set(theirs) if ours.get(key) != theirs.get(key))
        if fields:
            found[page_id] = fields
    return found


def check_identical(pages: Sequence[Page], mode: str, ref: str) -> tuple[str, bool]:
    """The report of comparing this checkout's Articles with the reference's, and whether
    every page is identical."""
    with tempfile.TemporaryDirectory() as folder:
        expected = reference(pages, mode, ref, Path(folder))
        record(pages, mode, Path(folder) / "current.jsonl.gz")
        current = load(Path(folder) / "current.jsonl.gz")
    found = differences(current, expected)
    lines = [
        f"identity against {ref}: {len(current) - len(found)} of {len(current)} pages "
        f"identical ({mode})"
    ]
    lines.extend(f"- {page_id}: {', '.join(fields)}" for page_id, fields in found.items())
    return "\n".join(lines), not found


if __name__ == "__main__":
    inputs_path, out_path = map(Path, sys.argv[1:3])
    with inputs_path.open("rb") as inputs_handle:
        loaded = pickle.load(inputs_handle)
    with gzip.open(out_path, "wt", encoding="utf-8") as out:
        for page_id, article in _articles(loaded):
            out.write(json.dumps({"id": page_id, "article": article}) + "\n")
