"""Resolving which rules run: defaults, ``select`` and ``ignore`` by code prefix."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ._errors import ConfigError
from ._rule import Rule


def _longest_prefix(code: str, prefixes: Sequence[str]) -> int:
    return max((len(p) for p in prefixes if code.startswith(p)), default=-1)


def _normalise(prefixes: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if prefixes is None:
        return None
    if isinstance(prefixes, str):
        prefixes = prefixes.split(",")
    return tuple(p.strip().upper() for p in prefixes if p.strip())


def resolve_rules(
    rules: Sequence[type[Rule]],
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
) -> tuple[type[Rule], ...]:
    """The rules that run, sorted by code.

    A rule runs when the longest ``select`` prefix matching its code is longer than the
    longest matching ``ignore`` prefix. Without ``select``, a rule's default decides where
    no ``ignore`` prefix matches. "ALL" selects every rule. Unknown prefixes raise
    ConfigError, and so do two rules with one code.
    """
    seen: dict[str, type[Rule]] = {}
    for rule in rules:
        if rule.code in seen and seen[rule.code] is not rule:
            raise ConfigError(
                f"rule code {rule.code} is used twice: by {seen[rule.code].__module__}."
                f"{seen[rule.code].__qualname__} and by {rule.__module__}.{rule.__qualname__}"
            )
        seen[rule.code] = rule
    chosen, dropped = _normalise(select), _normalise(ignore) or ()
    if chosen is not None and "ALL" in chosen:
        chosen = (*(p for p in chosen if p != "ALL"), "")
    for prefix in (*(chosen or ()), *dropped):
        if prefix and not any(code.startswith(prefix) for code in seen):
            raise ConfigError(
                f"no rule code starts with {prefix!r}; known codes: {', '.join(sorted(seen))}"
            )
    active = []
    for code, rule in sorted(seen.items()):
        selected = _longest_prefix(code, chosen) if chosen is not None else -1
        ignored = _longest_prefix(code, dropped)
        if selected > ignored or (chosen is None and ignored < 0 and rule.enabled_by_default):
            active.append(rule)
    return tuple(active)
