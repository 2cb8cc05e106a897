"""Promotions: subscribe, newsletter, podcasts, apps, advertisement labels."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Page
from .._rule import Category, Context, Label, Rule
from ._phrases import covered_by_phrases

_APP_NAME = regex.compile(r"^(?:\p{Lu}[\p{L}\p{N}&.'-]*\s+){0,4}(?:App|app|Apps|APP)$")


class PromoPhraseLine(Rule):
    """Lines that only promote the site's own products.

    What it catches: a short line made only of promo words in any supported language
    ("Subscribe", "Newsletter", "Podcasts", "All podcasts", "Advertisement", "Sign up").
    Why: promo boxes and ad labels are scattered through article pages.
    Example: ``All podcasts``
    """

    code = "AC501"
    name = "promo-phrase-line"
    category = Category.PROMO

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if covered_by_phrases(block.text, ("promo", "share"), 8) and not block.terminal:
                yield self.hit(block.index, "line is only promotion words")


class AppPromo(Rule):
    """The name of the site's app on a line of its own.

    What it catches: a line of at most five capitalised words ending in "App".
    Why: app download banners are rendered as their title; the article never is.
    Example: ``News App``
    """

    code = "AC502"
    name = "app-promo"
    category = Category.PROMO

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if _APP_NAME.match(block.text):
                yield self.hit(block.index, "an app's name on its own line")
