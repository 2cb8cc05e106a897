"""``python -m benchmarks speed --breakdown``: where articlecleaner's time goes, in ms per
page, phase by phase.

Each phase is one or more of the library's own functions, wrapped with a timer for this
run only (the library has no timing hooks on its hot path). Times are exclusive: a phase
called inside another (a block's features inside the walk) is taken out of the outer
one. Features computed on first use (a page's repeated passages, a block's prose test)
show in the phase that first asks for them. The wrappers add about a microsecond per
call; the "total" line is the plain ``clean()`` time measured in the same process
without them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

# (phase, module, function): the functions each phase's time is the sum of. "parse" counts
# the scans of the markup before lxml parses it, "walk" the test of the hidden panels.
_PHASES = (
    ("decode", "articlecleaner._reader", "decode"),
    ("decode", "articlecleaner._reader", "fix_mojibake"),
    ("parse", "articlecleaner._reader", "drop_inert_bulk"),
    ("parse", "articlecleaner._reader", "shorten_long_tags"),
    ("parse", "articlecleaner._reader", "parse"),
    ("walk", "articlecleaner._reader", "html_blocks"),
    ("walk", "articlecleaner._reader", "collapsed_content"),
    ("walk", "articlecleaner._reader", "html_to_blocks"),
    ("walk", "articlecleaner._reader", "metadata"),
    ("text split", "articlecleaner._reader", "blocks_from_text"),
    ("features", "articlecleaner._html", "make_block"),
    ("features", "articlecleaner._page", "make_block"),
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
    "features",
    "language",
    "line rules",
    "main content",
    "field rules",
    "fields",
    "structure",
    "quotes",
)


_RULES_SHOWN = 10


class _Clock:
    """Exclusive time per phase: the time of a phase entered inside another is taken
    out of the outer one."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.open: list[str] = []

    def timed(
        self, function: Callable[..., Any], phase: str, whole: bool = False
    ) -> Callable[..., Any]:
        """``function`` timed as ``phase``; ``whole`` drains a generator (a rule's labels)."""

        def run(*args: Any, **kwargs: Any) -> Any:
            self.open.append(phase)
            started = time.perf_counter()
            try:
                result = function(*args, **kwargs)
                return list(result) if whole else result
            finally:
                elapsed = time.perf_counter() - started
                self.open.pop()
                self.spent[phase] = self.spent.get(phase, 0.0) + elapsed
                if self.open:
                    outer = self.open[-1]
                    self.spent[outer] = self.spent.get(outer, 0.0) - elapsed

        return run


def _rule_phase(code: str, stage: str) -> str:
    if code == "AC001":
        return "main content"
    if stage == "LINE":
        return "line rules"
    return "field rules" if stage == "FIELDS" else "other context rules"


def breakdown(inputs: Sequence[str | bytes]) -> tuple[dict[str, float], dict[str, float]]:
    """Milliseconds per page in each phase, plus "total" (the unwrapped run), and in
    each rule."""
    import importlib

    from articlecleaner import Cleaner

    cleaner = Cleaner()
    cleaner.clean(inputs[0])  # warm-up
    started = time.perf_counter()
    for raw in inputs:
        cleaner.clean(raw)
    total = time.perf_counter() - started
    clock = _Clock()
    originals = []
    for phase, module_name, name in _PHASES:
        module = importlib.import_module(module_name)
        originals.append((module, name, getattr(module, name)))
        setattr(module, name, clock.timed(getattr(module, name), phase))
    rules = _Clock()  # the same time again, by rule code
    for rule in cleaner.rules:
        phase = _rule_phase(rule.code, rule.stage.name)
        timed = clock.timed(rule.label, phase, whole=True)
        rule.label = rules.timed(timed, rule.code)  # type: ignore[method-assign]
    try:
        for raw in inputs:
            cleaner.clean(raw)
    finally:
        for module, name, function in originals:
            setattr(module, name, function)
    pages = len(inputs)
    result = {phase: 1000 * seconds / pages for phase, seconds in clock.spent.items()}
    result["total"] = 1000 * total / pages
    return result, {code: 1000 * seconds / pages for code, seconds in rules.spent.items()}


def breakdown_table(mode: str, inputs: Sequence[str | bytes]) -> str:
    figures, by_rule = breakdown(inputs)
    total = figures.pop("total")
    shown = {phase for phase, ms in figures.items() if ms >= 0.005}  # the phases of this mode
    phases = [phase for phase in _ORDER if phase in shown] + sorted(shown - set(_ORDER))
    lines = [
        f"articlecleaner, {mode}, {len(inputs)} pages: ms per page by phase",
        "",
        "| phase | ms/page |",
        "|---|---|",
    ]
    lines.extend(f"| {phase} | {figures[phase]:.2f} |" for phase in phases)
    rest = total - sum(figures[phase] for phase in phases)
    lines.append(f"| the rest (settling, Article, unwrapped difference) | {rest:.2f} |")
    lines.append(f"| total (unwrapped run) | {total:.2f} |")
    slowest = sorted(by_rule.items(), key=lambda item: -item[1])[:_RULES_SHOWN]
    lines += ["", f"the {len(slowest)} slowest rules", "", "| rule | ms/page |", "|---|---|"]
    lines.extend(f"| {code} | {ms:.2f} |" for code, ms in slowest)
    return "\n".join(lines)
