"""Copyright notices and footer links."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Page
from .._rule import Category, Context, Label, Rule
from ._phrases import covered_by_phrases

_MAX_COPYRIGHT_WORDS = 40
# A line can only match _COPYRIGHT if it has "©" or one of these words: a cheap first test.
_COPYRIGHT_WORDS = frozenset(
    "c copyright rights rechte droits derechos diritti direitos rechten prawa права".split()
)
_COPYRIGHT = regex.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
    r"todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|"
    r"все права защищены|(?:всі|усі) права захищені|tüm hakları saklıdır|جميع الحقوق محفوظة|"
    r"版权所有|保留所有权利|無断転載|무단\s?전재",
    regex.IGNORECASE,
)


class CopyrightLine(Rule):
    """Copyright notices.

    What it catches: a line of at most 40 words with a copyright sign, the word
    "copyright" or "all rights reserved" in any supported language.
    Why: the notice closes every page of a site; it is never the article.
    Example: ``© 2005–2021 Example Media. All rights reserved.``
    """

    code = "AC801"
    name = "copyright-line"
    category = Category.FOOTER

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if (
                block.word_count <= _MAX_COPYRIGHT_WORDS
                and (not block.text.isascii() or _COPYRIGHT_WORDS.intersection(block.letter_words))
                and _COPYRIGHT.search(block.text)
            ):
                yield self.hit(block.index, "copyright notice")


class FooterPhraseLine(Rule):
    """Footer link rows.

    What it catches: a short line made only of footer words in any supported language
    ("Contact us", "Terms of use", "Imprint", "Sitemap"), possibly several separated by
    slashes or bars.
    Why: footers list the same links on every page of a site.
    Example: ``About / Advertise / Contact``
    """

    code = "AC802"
    name = "footer-phrase-line"
    category = Category.FOOTER

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if covered_by_phrases(block, ("footer", "cookie"), 12):
                yield self.hit(block.index, "line is only footer links")
