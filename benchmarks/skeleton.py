"""``python -m benchmarks speed --mode text --skeleton``: the text skeleton that issue #33
measured, timed on the same pages with the rules' own line patterns.

The skeleton splits a page into lines, counts each line's words with one C-level call,
runs line patterns over the whole page (``MULTILINE``, each match mapped to the line it
starts on by ``bisect``) and finds the heaviest run of lines (Kadane). The issue timed it
with its own patterns; here the patterns are the ones the shipped rules match lines with
(every upper-case module-level pattern of ``articlecleaner.rules``), so the figure says
what a whole-page pass of each costs on real pages. The skeleton builds no Article: no
headline, dates, authors, quotes, structure, language or removal reasons.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

import regex

_PASSES = 5
_ISSUE_PATTERNS = 30  # the issue's skeleton ran 30 whole-page passes
_COSTLIEST_SHOWN = 10
_LINE_WORDS_AT_LEAST = 10  # a line of fewer words lowers the run's weight
_HIT_PENALTY = 30  # a line a pattern matched lowers it by this much


def rule_patterns() -> list[Any]:
    """The shipped rule modules' upper-case module-level patterns, in module order,
    compiled again with ``MULTILINE`` so that ``^`` and ``$`` hold at each line."""
    import articlecleaner.rules as rules_package

    patterns: list[Any] = []
    for module_info in pkgutil.iter_modules(rules_package.__path__):
        module = importlib.import_module(f"articlecleaner.rules.{module_info.name}")
        for name, value in vars(module).items():
            if not name.lstrip("_").isupper():
                continue
            if isinstance(value, regex.Pattern):
                patterns.append(regex.compile(value.pattern, value.flags | regex.MULTILINE))
            elif isinstance(value, re.Pattern):
                patterns.append(re.compile(value.pattern, value.flags | re.MULTILINE))
    return patterns


def line_starts(lines: Sequence[str]) -> list[int]:
    """The offset at which each of a text's lines (split at "\\n") starts."""
    return list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))


def matched_lines(text: str, starts: Sequence[int], patterns: Sequence[Any]) -> set[int]:
    """The lines on which a match of one of ``patterns`` starts, by line number."""
    return {
        bisect_right(starts, match.start()) - 1
        for pattern in patterns
        for match in pattern.finditer(text)
    }


def skeleton(text: str, patterns: Sequence[Any]) -> int:
    """The weight of the page's heaviest run of lines: a line weighs its words less
    ``_LINE_WORDS_AT_LEAST``, or ``-_HIT_PENALTY`` when a pattern matched on it."""
    lines = text.split("\n")
    words = [len(line.split()) for line in lines]
    hits = matched_lines(text, line_starts(lines), patterns) if patterns else set()
    best = current = 0
    for number, count in enumerate(words):
        weight = -_HIT_PENALTY if number in hits else count - _LINE_WORDS_AT_LEAST
        current = max(0, current + weight)
        best = max(best, current)
    return best


def _ms_per_page(texts: Sequence[str], patterns: Sequence[Any]) -> float:
    """The fastest of ``_PASSES`` passes of the skeleton over ``texts``, in ms per page."""
    fastest = float("inf")
    for _ in range(_PASSES):
        start = time.perf_counter()
        for text in texts:
            skeleton(text, patterns)
        fastest = min(fastest, time.perf_counter() - start)
    return fastest / len(texts) * 1e3


def _pass_ms(texts: Sequence[str], pattern: Any) -> float:
    """One whole-page pass of ``pattern`` over ``texts``, in ms per page."""
    start = time.perf_counter()
    for text in texts:
        for _ in pattern.finditer(text):
            pass
    return (time.perf_counter() - start) / len(texts) * 1e3


def skeleton_table(texts: Sequence[str]) -> str:
    """Markdown: the skeleton's ms per page with no pattern, the issue's 30 and every
    rule pattern, then the costliest whole-page passes."""
    patterns = rule_patterns()
    rows = [
        ("split, word counts and Kadane only", []),
        (f"with the first {_ISSUE_PATTERNS} rule patterns", patterns[:_ISSUE_PATTERNS]),
        (f"with all {len(patterns)} rule patterns", patterns),
    ]
    lines = [
        f"the text skeleton of #33 over {len(texts)} pages (fastest of {_PASSES} passes)",
        "",
        "| skeleton | ms/page |",
        "|---|---|",
    ]
    lines += [f"| {label} | {_ms_per_page(texts, chosen):.2f} |" for label, chosen in rows]
    costs = sorted(((_pass_ms(texts, p), p.pattern) for p in patterns), reverse=True)
    lines += ["", "the costliest whole-page passes", "", "| pattern | ms/page |", "|---|---|"]
    for ms, source in costs[:_COSTLIEST_SHOWN]:
        shown = source[:60].replace("|", "\\|")  # a table cell's bar, even in code
        lines.append(f"| `{shown}` | {ms:.3f} |")
    return "\n".join(lines)
