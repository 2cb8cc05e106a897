"""The batch side of ``articlecleaner clean``: JSONL out, progress, summary, exit code."""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import IO

from ._batch import BatchResult, clean_many
from ._sources import read_documents

_PROGRESS_EVERY = 0.5


def _record(result: BatchResult) -> str:
    record: dict[str, object] = {"source": result.source, "url": result.url, "ok": result.ok}
    if result.article is not None:
        record["article"] = result.article.model_dump(mode="json")
    else:
        record["error"] = result.error
    return json.dumps(record, ensure_ascii=False)


class _Progress:
    """A one-line progress display on a terminal; silent otherwise."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream, self.live = stream, stream.isatty()
        self.started = self.shown = time.monotonic()
        self.done = self.failed = 0

    def update(self, result: BatchResult) -> None:
        self.done += 1
        self.failed += not result.ok
        now = time.monotonic()
        if self.live and now - self.shown >= _PROGRESS_EVERY:
            self.shown = now
            self.stream.write(
                f"\r{self.done} documents, {self.rate():.1f} docs/s, {self.failed} failed"
            )
            self.stream.flush()

    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.started, 1e-9)

    def summary(self) -> str:
        prefix = "\r" if self.live else ""
        return f"{prefix}{self.done} documents, {self.failed} failed, {self.rate():.1f} docs/s\n"


def run_batch(args: argparse.Namespace) -> int:
    """Clean every document of the inputs; 0 when all succeeded, 1 when any failed."""
    documents = read_documents(args.sources, args.input_format, args.field)
    options = {"select": args.select, "ignore": args.ignore}
    progress = _Progress(sys.stderr)
    with ExitStack() as stack:
        out = (
            stack.enter_context(Path(args.output).open("w", encoding="utf-8"))
            if args.output
            else sys.stdout
        )
        for result in clean_many(documents, workers=args.workers, timeout=args.timeout, **options):
            out.write(_record(result) + "\n")
            progress.update(result)
            if not result.ok:
                print(f"articlecleaner: {result.source}: {result.error}", file=sys.stderr)
                if args.on_error == "fail":
                    break
    sys.stderr.write(progress.summary())
    return 1 if progress.failed else 0
