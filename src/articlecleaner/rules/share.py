"""Share buttons, social links and icon-font runs."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Page
from .._rule import Category, Context, Label, Rule
from ._phrases import blocks_covered_by_phrases

_ICON_WORD = regex.compile(r"icon", regex.IGNORECASE)
_MIN_ICON_MENTIONS = 3


class SharePhraseLine(Rule):
    """Rows of share, social and bookmark buttons.

    What it catches: a short line made only of share words and social network names in any
    supported language ("Share", "Tweet", "Email", "Facebook", "Get short URL", "Print").
    Why: share toolbars render as text around the headline and at the end of the article.
    Example: ``Share this article Facebook Twitter Email``
    """

    code = "AC201"
    name = "share-phrase-line"
    category = Category.SHARE

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in blocks_covered_by_phrases(page, ("share",), 10):
            yield self.hit(block.index, "line is only share or social words")


class IconRun(Rule):
    """Runs of icon names from inline SVG sprites or icon fonts.

    What it catches: a line in which the word "icon" occurs three times or more, often glued
    to the icon names (``bookmarkicon cameraicon checkicon``).
    Why: scrapers emit the titles of inline SVG icons as text; they are never prose.
    Example: ``icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon``
    """

    code = "AC202"
    name = "icon-run"
    category = Category.SHARE

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            mentions = len(_ICON_WORD.findall(block.text))
            if mentions >= _MIN_ICON_MENTIONS and mentions * 4 >= block.word_count:
                yield self.hit(block.index, f"{mentions} icon names in one line")
