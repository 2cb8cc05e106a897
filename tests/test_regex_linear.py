"""Every shipped regular expression stays fast on adversarial input.

Each module-level pattern of the package is run over 1 MB strings made of the characters
such patterns match (runs of letters, spaces, digits, punctuation, quotation marks, tags)
with the ``regex`` module's timeout: a quadratic pattern would overrun it and fail.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
import regex

import articlecleaner

pytestmark = pytest.mark.timeout(600)

_SIZE = 1_000_000
_ADVERSARIAL = [
    "a" * _SIZE,
    " " * _SIZE,
    "A a " * (_SIZE // 4),
    "1." * (_SIZE // 2),
    "<a " * (_SIZE // 3),
    "“" * _SIZE,
    '"' * _SIZE,
    "Home" * (_SIZE // 4),
    "icon" * (_SIZE // 4),
    "é中" * (_SIZE // 2),
    "ab-" * (_SIZE // 3),
    "\n" * _SIZE,
]
_BUDGET_SECONDS = 5.0


def _shipped_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    found = []
    for module_info in pkgutil.walk_packages(articlecleaner.__path__, "articlecleaner."):
        if module_info.name.endswith("datatrove_step") or module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern) and isinstance(value.pattern, str):
                found.append((f"{module_info.name}.{name}", value))
            elif isinstance(value, (dict, tuple)):
                items = value.items() if isinstance(value, dict) else enumerate(value)
                found.extend(
                    (f"{module_info.name}.{name}[{key}]", item)
                    for key, item in items
                    if isinstance(item, regex.Pattern) and isinstance(item.pattern, str)
                )
    return found


PATTERNS = _shipped_patterns()


def test_patterns_were_found() -> None:
    assert len(PATTERNS) > 40


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_adversarial_strings(name: str, pattern: regex.Pattern[str]) -> None:
    for text in _ADVERSARIAL:
        pattern.search(text, timeout=_BUDGET_SECONDS)
        pattern.match(text, timeout=_BUDGET_SECONDS)
