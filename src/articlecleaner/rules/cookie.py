"""Cookie and privacy consent banners."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Page
from .._rule import Category, Context, Label, Rule
from ._phrases import blocks_covered_by_phrases

_COOKIE_WORD = regex.compile(
    r"(?<![a-z])cookies?(?![a-z])|\bcookie-|クッキー|쿠키|çerez|ملفات تعريف الارتباط",
    regex.IGNORECASE,
)
# Chinese and Japanese words stand outside the word-boundary group: those scripts print
# no spaces, so a word there has no boundary on either side.
_CONSENT_CONTEXT = regex.compile(
    r"\b(?:web\s?sites?|site|browser|browsing|consent|privacy|accept|settings|experience|"
    r"webseite|datenschutz|einwilligung|zustimm|navigat|navegación|sitio|consentimiento|"
    r"utilis|utiliz|akzept|accepter|aceptar|сайт|конфиденциальн|web sitesi|kabul|الموقع|"
    r"사이트|웹사이트|동의)|サイト|同意|网站|浏览",
    regex.IGNORECASE,
)
# What _COOKIE_WORD and _EMBED_CONSENT need in a line's folded text: a line with none is
# not tried.
_COOKIE_STEMS = ("cookie", "クッキー", "쿠키", "çerez", "ملفات تعريف الارتباط")
_EMBED_STEMS = ("laden", "load", "anzeigen", "extern", "einverständnis")
_MAX_BANNER_WORDS = 80
_MAX_CONSENT_LINE_WORDS = 8
# The placeholder of an embedded post or map that waits for consent before it loads.
_EMBED_CONSENT = regex.compile(
    r"\bmit dem laden d(?:es|er)\b[^.]{0,40}\bakzeptier|\bexterne[nr]? inhalte?\b|"
    r"\bohne (?:dein|ihr|euer) einverständnis\b|\bclick (?:here )?to load\b|"
    r"\b(?:inhalte?|content)\s+(?:von\s+\S+\s+)?(?:zu\s+)?(?:laden|load|anzeigen)\b",
    regex.IGNORECASE,
)
_MAX_EMBED_NOTICE_WORDS = 40


class CookieBanner(Rule):
    """Cookie consent text and its buttons.

    What it catches: lines of at most 80 words that mention cookies together with the site,
    privacy or consent, short lines made only of consent words ("Accept cookies",
    "Privacy policy", "Accept all"), and the placeholders of embedded posts, videos and
    maps that load on consent ("Mit dem Laden des Videos akzeptieren Sie ...", "Inhalt
    laden", "Click to load").
    Why: consent banners are rendered with every page and say nothing about the article.
    Example: ``This website uses cookies. Read our Privacy policy to find out more.``
    """

    code = "AC701"
    name = "cookie-banner"
    category = Category.COOKIE

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        cookies = page.blocks_containing(_COOKIE_STEMS)
        embeds = page.blocks_containing(_EMBED_STEMS)
        consent_lines = {
            block.index
            for block in blocks_covered_by_phrases(page, ("cookie",), _MAX_CONSENT_LINE_WORDS)
        }
        for block in page.blocks:
            index = block.index
            if index in consent_lines:
                yield self.hit(index, "line is only consent words")
            elif (
                index in cookies
                and block.word_count <= _MAX_BANNER_WORDS
                and _COOKIE_WORD.search(block.text)
                and _CONSENT_CONTEXT.search(block.text)
            ):
                yield self.hit(index, "short text about cookies on this site")
            elif (
                index in embeds
                and block.word_count <= _MAX_EMBED_NOTICE_WORDS
                and _EMBED_CONSENT.search(block.text)
            ):
                yield self.hit(index, "placeholder of embedded content awaiting consent")
