"""Copyright notices and footer links."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Page
from .._rule import Category, Context, Label, Rule
from ._phrases import blocks_covered_by_phrases

_MAX_COPYRIGHT_WORDS = 40
# An ASCII line is tried only with "(c)", one of these words (whole: "copyright-free"
# is no notice) or a licence hint.
_COPYRIGHT_WORDS = frozenset(
    "c copyright rights rechte droits derechos diritti direitos rechten prawa".split()
)
_LICENCE_HINTS = ("commons", "cc by", "cc-by")
# What each form of _COPYRIGHT needs in a line's folded text: a line with none of these
# is not tried.
_COPYRIGHT_STEMS = (
    "©", "(c)", "copyright", "rights", "rechte", "droits", "derechos", "diritti",
    "direitos", "prawa", "права", "hakl", "الحقوق", "版权所有", "保留所有权利", "無断転載",
    "무단", "creative", "cc by", "cc-by",
)  # fmt: skip
_COPYRIGHT = regex.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
    r"todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|"
    r"все права защищены|(?:всі|усі) права захищені|tüm hakları saklıdır|جميع الحقوق محفوظة|"
    r"版权所有|保留所有权利|無断転載|무단\s?전재|"
    # a licence notice: "... stehen unter einer Creative-Commons-Lizenz", "... CC BY-SA 4.0"
    r"\b(?:unter|under|sous|bajo)\s(?:\p{L}+\s){0,2}(?:creative[- ]commons|cc[- ]by)\b|"
    r"\bcc[- ]by(?:[- ](?:sa|nc|nd)){0,3}(?:[- ]\d\.\d)?(?:[- ]\p{L}{2})?\W*$",
    regex.IGNORECASE,
)


class CopyrightLine(Rule):
    """Copyright notices.

    What it catches: a line of at most 40 words with a copyright sign, the word
    "copyright" or "all rights reserved" in any supported language, or a licence notice
    (a text "under a Creative Commons licence", a line ending in "CC BY-SA 4.0").
    Why: the notice closes every page of a site; it is never the article.
    Example: ``© 2005–2021 Example Media. All rights reserved.``
    """

    code = "AC801"
    name = "copyright-line"
    category = Category.FOOTER

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for index in sorted(page.blocks_containing(_COPYRIGHT_STEMS)):
            block = page.blocks[index]
            if (
                block.word_count <= _MAX_COPYRIGHT_WORDS
                and (
                    not block.text.isascii()
                    or not _COPYRIGHT_WORDS.isdisjoint(block.letter_words)
                    or any(hint in page.folded[index] for hint in _LICENCE_HINTS)
                )
                and _COPYRIGHT.search(block.text)
            ):
                yield self.hit(index, "copyright notice")


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
        for block in blocks_covered_by_phrases(page, ("footer", "cookie"), 12):
            yield self.hit(block.index, "line is only footer links")


# How a blog engine opens the sentence under a post that files it ...
_FILING_SENTENCE = regex.compile(
    r"^(?:This (?:entry|post|article) was (?:posted|filed|published)|Posted in|"
    r"(?:Posted|Published|Written) on|(?:Erstellt|Veröffentlicht|Geschrieben) am|"
    r"(?:Dieser|Der) (?:Beitrag|Eintrag|Artikel) wurde|Cette entrée a été publiée|"
    r"Ce (?:billet|article) a été publié|Esta entrada (?:fue publicada|se publicó))\b",
    regex.IGNORECASE,
)
# ... and the words of filing: categories, tags and the permalink.
_FILING_WORDS = regex.compile(
    r"permalink|permanentlink|lesezeichen|bookmark|tagged|getaggt|verschlagwortet|"
    r"gekennzeichnet|schlagw|abgelegt|categor|kategorie|catégorie|étiquet|etiquet|"
    r"mots?-clés?|posted in|filed under|veröffentlicht in|publié dans|publicado en|\bRSS\b",
    regex.IGNORECASE,
)
# The label form: "Filed under: Travel, Trains", "Veröffentlicht in Reise".
_FILING_LABEL = regex.compile(
    r"^(?:Posted in|Filed under|Veröffentlicht in|Publié dans|Publicado en)(?:\b|(?=\p{Lu}))",
    regex.IGNORECASE,
)
_MAX_FILING_WORDS = 80
_MAX_FILING_LABEL_WORDS = 30


class PostFilingLine(Rule):
    """The line a blog prints under a post to file it under categories and tags.

    What it catches: a line of at most 80 words that opens as blog engines word the
    sentence ("This entry was posted", "Posted on <date>", "Dieser Beitrag wurde", "Erstellt
    am <date>", "Cette entrée a été publiée") and names categories, tags or the permalink
    ("... and tagged ... Bookmark the permalink.", "... abgelegt und mit ...
    verschlagwortet", "... und abgelegt unter ..."), and a label of at most
    30 words with no full stop at its end ("Filed under: Travel, Trains", "Posted in
    News | Permalink", "Veröffentlicht in Reise").
    Why: the line says where the post is filed on the site, not what it says; the blog
    prints it under every post.
    Example: ``This entry was posted in Travel and tagged trains. Bookmark the permalink.``
    """

    code = "AC803"
    name = "post-filing-line"
    category = Category.METADATA

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            text = block.text
            if block.word_count > _MAX_FILING_WORDS:
                continue
            sentence = _FILING_SENTENCE.match(text)
            if (sentence and _FILING_WORDS.search(text, sentence.end())) or (
                block.word_count <= _MAX_FILING_LABEL_WORDS
                and not text.endswith((".", "!", "?"))
                and _FILING_LABEL.match(text)
            ):
                yield self.hit(block.index, "the line that files the post under its categories")
