"""Running systems over pages in worker processes, with a time budget per page."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from types import FrameType

from .corpus import Page
from .systems import ALL_SYSTEMS, Extraction, prepare_input


class PageTimeout(BaseException):
    """A page took longer than its budget (a BaseException, so that a peer's broad
    ``except Exception`` cannot swallow it)."""


@dataclass(frozen=True)
class Outcome:
    """One system's result on one page: an extraction, or the error that replaced it."""

    system: str
    page_id: str
    extraction: Extraction | None
    error: str | None
    seconds: float


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise PageTimeout


def run_one(system: str, page: Page, mode: str, timeout: float) -> Outcome:
    """Run one system on one page; a crash or a timeout becomes an error outcome."""
    fed = prepare_input(system, page.read_bytes(mode), mode)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    started = time.perf_counter()
    try:
        extraction: Extraction | None = ALL_SYSTEMS[system](fed, mode)
        error = None
    except PageTimeout:
        extraction, error = None, f"timeout after {timeout:g}s"
    except Exception as exc:  # a peer's crash is a scored empty output
        extraction, error = None, f"{type(exc).__name__}: {exc}"[:300]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return Outcome(system, page.id, extraction, error, time.perf_counter() - started)


def _run_star(job: tuple[str, Page, str, float]) -> Outcome:
    return run_one(*job)


def run_all(
    systems: Sequence[str], pages: Sequence[Page], mode: str, jobs: int, timeout: float
) -> Iterator[Outcome]:
    """Every (system, page) outcome; pages are spread over ``jobs`` processes."""
    work = [(system, page, mode, timeout) for system in systems for page in pages]
    if jobs <= 1:
        yield from map(_run_star, work)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_run_star, work, chunksize=8)
