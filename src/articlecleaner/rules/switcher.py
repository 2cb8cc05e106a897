"""Language switchers: links to the same site in other languages."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Page
from .._rule import Category, Context, Label, Rule

_SCRIPTS = (
    "Latin",
    "Cyrillic",
    "Arabic",
    "Greek",
    "Han",
    "Hebrew",
    "Hangul",
    "Devanagari",
    "Thai",
    "Georgian",
    "Armenian",
)
_SCRIPT_PATTERNS = {name: regex.compile(r"\p{Script=" + name + "}") for name in _SCRIPTS}
_ENDONYMS = frozenset(
    "english deutsch français español italiano português nederlands polski русский "
    "українська türkçe العربية 中文 日本語 한국어 ελληνικά עברית čeština svenska dansk norsk "
    "suomi magyar română български srpski hrvatski فارسی हिन्दी".split()
)
_LANGUAGE_CODE_RUN = regex.compile(r"^(?:[A-Za-z]{2}(?:-[A-Za-z]{2})?(?:[\s|/·•]+|$)){3,}$")
_SENTENCE_PUNCTUATION = regex.compile(r"[.!?。．！？、，「」]")
_MAX_GLUED_LENGTH = 60


def _script_count(text: str) -> int:
    return sum(1 for pattern in _SCRIPT_PATTERNS.values() if pattern.search(text))


class LanguageSwitcher(Rule):
    """Lists of the site's other language editions.

    What it catches: a short line with at most one space and no sentence punctuation
    (``。``, ``、``, ``.``) that mixes two or more scripts (``العربيةespрусdefr``), a line
    made only of language names in their own language (``English Deutsch Français``), or a
    run of two-letter language codes set apart (``EN | DE | FR``, not ``BOYS SOCCER``).
    Why: a language menu is navigation, whatever language it is written in.
    Example: ``العربيةespрусdefr``
    """

    code = "AC601"
    name = "language-switcher"
    category = Category.LANGUAGE_SWITCHER

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            text = block.text
            head = text.split(None, 1)
            short = len(text) <= _MAX_GLUED_LENGTH
            if not head or (
                head[0].casefold() not in _ENDONYMS
                and not (short and (not text.isascii() or text.isupper()))
            ):
                continue  # every form is short and not plain ASCII, or names a language first
            words = text.casefold().split()
            if (
                short
                and len(words) <= 2
                and not text.isascii()
                and not _SENTENCE_PUNCTUATION.search(text)  # Japanese naming "iPhone。"
                and _script_count(text) >= 2
            ):
                yield self.hit(block.index, "glued language names in several scripts")
            elif len(words) >= 2 and all(word in _ENDONYMS for word in words):
                yield self.hit(block.index, "line of language names")
            elif short and text.isupper() and _LANGUAGE_CODE_RUN.match(text):
                yield self.hit(block.index, "run of language codes")
