"""A rule that labels every short line in which its pattern is found."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import regex

from .._page import Page
from .._rule import Context, Label, Rule


class PatternLine(Rule):
    """Labels each block of at most ``max_words`` words in which ``pattern`` is found."""

    pattern: ClassVar[regex.Pattern[str]]
    max_words: ClassVar[int]
    reason: ClassVar[str]

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if block.word_count <= self.max_words and self.pattern.search(block.text):
                yield self.hit(block.index, self.reason)
