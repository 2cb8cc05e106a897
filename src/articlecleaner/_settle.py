"""Running the rules stage by stage and settling their labels into one verdict per block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._page import Page
from ._rule import Context, Label, Rule, Stage

_PRECEDENCE = {Stage.LINE: 0, Stage.FIELDS: 1, Stage.CONTEXT: 2}


@dataclass(frozen=True)
class Verdict:
    """The settled page: which blocks are kept and why each other block was removed."""

    kept: tuple[int, ...]
    removed: dict[int, tuple[Rule, Label]]
    """The reported label of each removed block."""
    labels: dict[int, list[tuple[Rule, Label]]]
    """Every label of each removed block, for field extraction."""


def settle(page: Page, rules: Sequence[Rule]) -> Verdict:
    """Run every rule and decide each block.

    Line rules run first, context rules see their labels, field rules see the body that
    remains. A block with any label is removed; when several rules label one block, the
    reported one is the most specific: line rules before field rules before context rules,
    lower code first within a stage. Rule order never changes the outcome.
    """
    labels: dict[int, list[tuple[Rule, Label]]] = {}
    context = Context()
    for stage in Stage:
        for rule in (r for r in rules if r.stage is stage):
            for label in rule.label(page, context):
                labels.setdefault(label.block, []).append((rule, label))
        if stage is Stage.LINE:
            context = Context(
                junk={block: _first(found)[0].category for block, found in labels.items()},
                boundaries=frozenset(
                    block
                    for block, found in labels.items()
                    if any(rule.marks_boundary for rule, _ in found)
                ),
            )
        elif stage is Stage.CONTEXT:
            body = tuple(b.index for b in page.blocks if b.index not in labels)
            context = Context(junk=context.junk, body=body, boundaries=context.boundaries)
    removed = {block: _first(found) for block, found in labels.items()}
    kept = tuple(b.index for b in page.blocks if b.index not in removed)
    return Verdict(kept=kept, removed=removed, labels=labels)


def _first(found: list[tuple[Rule, Label]]) -> tuple[Rule, Label]:
    return min(found, key=lambda item: (_PRECEDENCE[item[0].stage], item[0].code))
