"""Main-content detection: the article is the densest run of prose on the page."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .._page import Block, Page
from .._rule import Category, Context, Label, Rule, Stage

_PROSE_MIN_WORDS = 10
_SENTENCE_MIN_WORDS = 5
_PROSE_MIN_STOPWORDS = 0.2
_SHORT_LINE_COST = 30.0
_SHORT_LINE_LETTER_COST = 0.3
_LABELLED_COST = 30.0


def block_weight(page: Page, block: Block, junk: frozenset[int]) -> float:
    """How much a block argues for being inside the article (positive) or outside it."""
    if block.index in junk:
        return -_LABELLED_COST
    prose_like = block.terminal or page.stopword_ratio(block) >= _PROSE_MIN_STOPWORDS
    if block.word_count >= _PROSE_MIN_WORDS and prose_like:
        return float(block.letters) * (1.0 - block.link_density)
    if block.word_count >= _SENTENCE_MIN_WORDS and block.terminal:
        return 0.5 * block.letters * (1.0 - block.link_density)
    return -(_SHORT_LINE_COST + _SHORT_LINE_LETTER_COST * block.letters)


def densest_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """The contiguous run with the largest weight sum (Kadane), as [start, end)."""
    best_sum, best = 0.0, None
    run_sum, run_start = 0.0, 0
    for index, weight in enumerate(weights):
        if run_sum <= 0:
            run_sum, run_start = 0.0, index
        run_sum += weight
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, index + 1)
    return best


class OutsideMainContent(Rule):
    """Everything outside the page's main run of prose.

    What it catches: blocks before and after the contiguous run of blocks that holds the
    most prose, where prose blocks count for their letters and short or labelled blocks
    count against. Short lines *inside* the run (subheadings, one-line paragraphs) stay.
    Why: menus, teaser lists, comment forms and footers surround the article; their lines
    are short, so they pull the run's edges in, while a short line between two body
    paragraphs costs less than the paragraphs bring and is kept.
    Example: ``Most popular`` and the ten teaser titles below the last paragraph.
    """

    code = "AC001"
    name = "outside-main-content"
    category = Category.BOILERPLATE
    stage = Stage.CONTEXT

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        weights = [block_weight(page, block, context.junk) for block in page.blocks]
        run = densest_run(weights)
        start, end = run if run else (len(page.blocks), len(page.blocks))
        for block in page.blocks:
            if block.index < start:
                yield self.hit(block.index, "before the main run of prose")
            elif block.index >= end:
                yield self.hit(block.index, "after the main run of prose")
