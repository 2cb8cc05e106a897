"""An example plugin: two rules with codes under the prefix "CR", which this plugin owns."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from articlecleaner import Category, Context, Label, Page, Rule

_CONTINUES_BELOW = regex.compile(
    r"^(?:the )?(?:story|article|text|content) continues (?:below|after)"
    r"(?: (?:this |the )?(?:ad|advert|advertisement))?\.?$|"
    r"^scroll (?:down )?to continue(?: reading)?\.?$",
    regex.IGNORECASE,
)
_ADVERTORIAL = regex.compile(r"^(?:sponsored|advertorial|paid content)\s*:", regex.IGNORECASE)


class ContinuesBelowMarker(Rule):
    """Markers that tell the reader the story goes on after an advertisement.

    What it catches: lines such as "Story continues below advertisement" or "Scroll to
    continue reading".
    Why: they sit where an ad was cut out of the page and are not part of the article.
    Example: ``Story continues below advertisement``
    """

    code = "CR001"
    name = "continues-below-marker"
    category = Category.PROMO

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if _CONTINUES_BELOW.match(block.text):
                yield self.hit(block.index, "marker left where an advertisement was")


class AdvertorialParagraph(Rule):
    """Paragraphs introduced as sponsored content (off unless selected).

    What it catches: a paragraph that starts with "Sponsored:", "Advertorial:" or "Paid
    content:".
    Why: some sites mix paid paragraphs into articles; whether to keep them is the user's
    call, so this rule runs only with ``select=["CR002"]``.
    Example: ``Sponsored: Try the new phone plan today and save.``
    """

    code = "CR002"
    name = "advertorial-paragraph"
    category = Category.PROMO
    enabled_by_default = False

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if _ADVERTORIAL.match(block.text):
                yield self.hit(block.index, "paragraph marked as paid content")


RULES = (ContinuesBelowMarker, AdvertorialParagraph)
"""The rules this plugin adds; articlecleaner finds them through the entry point."""
