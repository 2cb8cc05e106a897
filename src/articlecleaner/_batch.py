"""Cleaning many documents on all cores, each with a time budget, results in input order.

Every document runs in a worker process. A worker that overruns its budget is killed and
replaced, a worker that crashes is replaced; either way that document is reported as
failed with the reason, and the batch goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from ._api import Cleaner
from ._errors import ConfigError
from ._models import Article


@dataclass(frozen=True)
class Document:
    """One input of a batch: its content and where it came from."""

    content: str | bytes
    source: str = ""
    url: str | None = None
    error: str | None = None
    """Set when the input could not even be read as a document (a broken JSONL line)."""
    fetched: datetime | None = None
    """When the page was fetched (a WARC record's date): resolves "2 hours ago"."""


@dataclass(frozen=True)
class BatchResult:
    """The outcome for one document: an Article, or the reason it failed."""

    index: int
    source: str
    url: str | None
    article: Article | None
    error: str | None
    seconds: float

    @property
    def ok(self) -> bool:
        return self.error is None


def _serve(connection: Connection, options: dict[str, Any]) -> None:
    """Worker loop: clean each document received, send back the Article or the error."""
    cleaner = Cleaner(**options)
    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        if job is None:
            return
        index, content, url, fetched = job
        try:
            article = cleaner.clean(content, url=url, reference_time=fetched)
            reply: tuple[int, Article | None, str | None] = (index, article, None)
        except Exception as error:  # one bad document must not stop the batch
            reply = (index, None, f"{type(error).__name__}: {error}")
        connection.send(reply)


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    job: int | None = None
    started: float = 0.0


@dataclass
class _Pool:
    size: int
    options: dict[str, Any]
    workers: list[_Worker] = field(default_factory=list)

    def spawn(self) -> _Worker:
        ours, theirs = multiprocessing.Pipe()
        process = multiprocessing.Process(target=_serve, args=(theirs, self.options), daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self.workers.append(worker)
        return worker

    def replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.connection.close()
        self.workers.remove(worker)
        self.spawn()

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.connection.send(None)
        for worker in self.workers:
            worker.process.join(1)
            if worker.process.is_alive():
                worker.process.kill()
            worker.connection.close()


def _as_document(item: str | bytes | Document) -> Document:
    return item if isinstance(item, Document) else Document(content=item)


def clean_many(
    items: Iterable[str | bytes | Document],
    *,
    workers: int | None = None,
    timeout: float = 30.0,
    **cleaner_options: Any,
) -> Iterator[BatchResult]:
    """Clean every item in worker processes and yield one BatchResult per item, in order.

    ``workers`` defaults to the number of cores; ``timeout`` is each document's budget in
    seconds. ``cleaner_options`` go to each worker's Cleaner (select, ignore, ...). A
    document that overruns, raises or kills its worker gives a failed BatchResult; no
    other document is lost.
    """
    if timeout <= 0:
        raise ConfigError("timeout must be positive")
    size = max(1, workers or os.cpu_count() or 1)
    pool = _Pool(size, cleaner_options)
    for _ in range(size):
        pool.spawn()
    documents: dict[int, Document] = {}
    finished: dict[int, BatchResult] = {}
    pending = enumerate(map(_as_document, items))
    next_out = 0
    exhausted = False
    lookahead = size * 64
    try:
        while True:
            for worker in pool.workers:
                if worker.job is None and not exhausted and len(documents) < lookahead:
                    job = next(pending, None)
                    if job is None:
                        exhausted = True
                        break
                    index, document = job
                    if document.error is not None:
                        finished[index] = _result(
                            index, document, time.monotonic(), None, document.error
                        )
                        continue
                    documents[index] = document
                    worker.connection.send(
                        (index, document.content, document.url, document.fetched)
                    )
                    worker.job, worker.started = index, time.monotonic()
            busy = [w for w in pool.workers if w.job is not None]
            if busy:
                _collect(pool, busy, documents, finished, timeout)
            while next_out in finished:
                yield finished.pop(next_out)
                next_out += 1
            if exhausted and not busy and not finished:
                break
    finally:
        pool.close()


def _result(
    index: int, document: Document, started: float, article: Article | None, error: str | None
) -> BatchResult:
    return BatchResult(
        index, document.source, document.url, article, error, time.monotonic() - started
    )


def _collect(
    pool: _Pool,
    busy: list[_Worker],
    documents: dict[int, Document],
    finished: dict[int, BatchResult],
    timeout: float,
) -> None:
    """Wait for the next reply or deadline; record results, replace stuck or dead workers."""
    now = time.monotonic()
    deadline = min(w.started + timeout for w in busy)
    ready = wait([w.connection for w in busy], max(0.0, deadline - now))
    for worker in busy:
        index = worker.job
        assert index is not None
        if worker.connection in ready:
            try:
                _, article, error = worker.connection.recv()
            except (EOFError, OSError):
                code = worker.process.exitcode
                finished[index] = _result(
                    index,
                    documents.pop(index),
                    worker.started,
                    None,
                    f"worker crashed (exit code {code})",
                )
                pool.replace(worker)
                continue
            finished[index] = _result(index, documents.pop(index), worker.started, article, error)
            worker.job = None
        elif time.monotonic() - worker.started >= timeout:
            finished[index] = _result(
                index, documents.pop(index), worker.started, None, f"timeout after {timeout:g}s"
            )
            pool.replace(worker)
