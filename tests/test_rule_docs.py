"""Every built-in rule documents itself."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from articlecleaner import Category, Rule
from articlecleaner.rules import BUILTIN_RULES


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in BUILTIN_RULES}) == len(BUILTIN_RULES)
    assert len({r.name for r in BUILTIN_RULES}) == len(BUILTIN_RULES)


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule: type[Rule]) -> None:
    assert rule.code.startswith("AC") and rule.code[2:].isdigit()
    assert rule.name == rule.name.lower() and " " not in rule.name
    assert isinstance(rule.category, Category)
    doc = inspect.getdoc(rule) or ""
    for part in ("What it catches:", "Why:", "Example:"):
        assert part in doc, f"{rule.code} docstring lacks {part!r}"


def test_readme_lists_every_builtin_rule() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for rule in BUILTIN_RULES:
        assert f"| {rule.code} | {rule.name} | {rule.category.value} |" in readme, rule.code
