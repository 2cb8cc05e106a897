"""A rule that labels every short line in which its pattern is found."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import regex

from .._page import Page
from .._rule import Context, Label, Rule


class PatternLine(Rule):
    """Labels each block of at most ``max_words`` words in which ``pattern`` is found.

    The pattern is only tried on a block with one of the ``hints`` among its lower-cased
    letter words (every match needs one): most blocks are passed over at the cost of a
    set lookup.
    """

    pattern: ClassVar[regex.Pattern[str]]
    hints: ClassVar[frozenset[str]]
    max_words: ClassVar[int]
    reason: ClassVar[str]

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if (
                block.word_count <= self.max_words
                and not self.hints.isdisjoint(block.letter_words)
                and self.pattern.search(block.text)
            ):
                yield self.hit(block.index, self.reason)
