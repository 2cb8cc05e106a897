"""Running the rules stage by stage and settling their labels into one verdict per block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._page import Page
from ._rule import Category, Context, Label, Rule, Stage

_PRECEDENCE = {Stage.LINE: 0, Stage.FIELDS: 1, Stage.CONTEXT: 2}
_MIN_BODY_WORDS = 10  # kept text shorter than one paragraph of prose is no article


@dataclass(frozen=True)
class Verdict:
    """The settled page: which blocks are kept and why each other block was removed."""

    kept: tuple[int, ...]
    removed: dict[int, tuple[Rule, Label]]
    """The reported label of each removed block."""
    labels: dict[int, list[tuple[Rule, Label]]]
    """Every label of each removed block, for field extraction."""
    markup_distrusted: bool = False
    """True when the rules that trust markup were left out because they left nothing."""


def settle(page: Page, rules: Sequence[Rule]) -> Verdict:
    """Run every rule and decide each block.

    Line rules run first, context rules see their labels, field rules see the body that
    remains. A block with any label is removed; when several rules label one block, the
    reported one is the most specific: line rules before field rules before context rules,
    lower code first within a stage. Rule order never changes the outcome. When what is
    kept is shorter than a paragraph, the page is settled again without the rules that
    trust markup, and that verdict is taken if it keeps more.
    """
    verdict = _settle(page, rules)
    kept = _kept_words(page, verdict)
    doubting = [rule for rule in rules if not rule.trusts_markup]
    if kept >= _MIN_BODY_WORDS or len(doubting) == len(rules):
        return verdict
    retry = _settle(page, doubting)
    if _kept_words(page, retry) <= kept:
        return verdict
    return Verdict(retry.kept, retry.removed, retry.labels, markup_distrusted=True)


def _settle(page: Page, rules: Sequence[Rule]) -> Verdict:
    labels: dict[int, list[tuple[Rule, Label]]] = {}
    context = Context()
    for stage in Stage:
        for rule in (r for r in rules if r.stage is stage):
            for label in rule.label(page, context):
                labels.setdefault(label.block, []).append((rule, label))
        if stage is Stage.LINE:
            context = Context(
                junk={block: _reported_category(found) for block, found in labels.items()},
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


def _kept_words(page: Page, verdict: Verdict) -> int:
    return sum(page.blocks[index].word_count for index in verdict.kept)


def _reported_category(found: list[tuple[Rule, Label]]) -> Category:
    rule, label = _first(found)
    return rule.category_of(label)


def _first(found: list[tuple[Rule, Label]]) -> tuple[Rule, Label]:
    return min(found, key=lambda item: (_PRECEDENCE[item[0].stage], item[0].code))
