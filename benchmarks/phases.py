"""``python -m benchmarks speed --breakdown``: where articlecleaner's time goes, in ms per
page, phase by phase.

Each phase is one or more of the library's own functions, wrapped with a timer for this
run only (the library has no timing hooks on its hot path). Block features are computed
on first use, so their cost shows in the phase that first asks for them. The wrappers
add about a microsecond per call; the "total" line is the plain ``clean()`` time measured
in the same process without them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

# (phase, module, function): the functions each phase's time is the sum of.
_PHASES = (
    ("decode", "articlecleaner._reader", "decode"),
    ("decode", "articlecleaner._reader", "fix_mojibake"),
    ("parse", "articlecleaner._reader", "parse"),
    ("walk", "articlecleaner._reader", "html_blocks"),
    ("walk", "articlecleaner._reader", "html_to_blocks"),
    ("walk", "articlecleaner._reader", "metadata"),
    ("text split", "articlecleaner._reader", "blocks_from_text"),
    ("language", "articlecleaner._page", "detect_language"),
    ("fields", "articlecleaner._api", "page_dates"),
    ("fields", "articlecleaner.fields.assemble", "paragraphs"),
    ("fields", "articlecleaner.fields.assemble", "body"),
    ("fields", "articlecleaner.fields.assemble", "headline"),
    ("fields", "articlecleaner.fields.assemble", "authors"),
    ("structure", "articlecleaner._api", "body_blocks"),
    ("quotes", "articlecleaner._api", "find_quotes"),
)
_ORDER = (
    "decode",
    "parse",
    "walk",
    "text split",
    "language",
    "line rules",
    "main content",
    "field rules",
    "fields",
    "structure",
    "quotes",
)


def _timed(function: Callable[..., Any], phase: str, spent: dict[str, float]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[phase] = spent.get(phase, 0.0) + time.perf_counter() - started

    return run


def _timed_rule(
    label: Callable[..., Any], phase: str, spent: dict[str, float]
) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> list[Any]:
        started = time.perf_counter()
        try:
            return list(label(*args, **kwargs))  # rules yield lazily: time the whole run
        finally:
            spent[phase] = spent.get(phase, 0.0) + time.perf_counter() - started

    return run


def _rule_phase(code: str, stage: str) -> str:
    if code == "AC001":
        return "main content"
    return (
        "line rules"
        if stage == "LINE"
        else ("field rules" if stage == "FIELDS" else "other context rules")
    )


def breakdown(inputs: Sequence[str | bytes]) -> dict[str, float]:
    """Milliseconds per page in each phase, plus "total" (the unwrapped run)."""
    import importlib

    from articlecleaner import Cleaner

    cleaner = Cleaner()
    cleaner.clean(inputs[0])  # warm-up
    started = time.perf_counter()
    for raw in inputs:
        cleaner.clean(raw)
    total = time.perf_counter() - started
    spent: dict[str, float] = {}
    originals = []
    for phase, module_name, name in _PHASES:
        module = importlib.import_module(module_name)
        originals.append((module, name, getattr(module, name)))
        setattr(module, name, _timed(getattr(module, name), phase, spent))
    for rule in cleaner.rules:
        phase = _rule_phase(rule.code, rule.stage.name)
        rule.label = _timed_rule(rule.label, phase, spent)  # type: ignore[method-assign]
    try:
        for raw in inputs:
            cleaner.clean(raw)
    finally:
        for module, name, function in originals:
            setattr(module, name, function)
    pages = len(inputs)
    result = {phase: 1000 * seconds / pages for phase, seconds in spent.items()}
    result["total"] = 1000 * total / pages
    return result


def breakdown_table(mode: str, inputs: Sequence[str | bytes]) -> str:
    figures = breakdown(inputs)
    total = figures.pop("total")
    phases = [phase for phase in _ORDER if phase in figures] + sorted(set(figures) - set(_ORDER))
    lines = [
        f"articlecleaner, {mode}, {len(inputs)} pages: ms per page by phase",
        "",
        "| phase | ms/page |",
        "|---|---|",
    ]
    lines.extend(f"| {phase} | {figures[phase]:.2f} |" for phase in phases)
    rest = total - sum(figures.values())
    lines.append(f"| the rest (settling, Article, unwrapped difference) | {rest:.2f} |")
    lines.append(f"| total (unwrapped run) | {total:.2f} |")
    return "\n".join(lines)
