"""Navigation: menus, breadcrumbs, skip links."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Page
from .._rule import Category, Context, Label, Rule
from .._text import letter_words
from ._pattern_line import PatternLine
from ._phrases import blocks_covered_by_phrases, words_covered_by_phrases

_HOME_WORDS = ("Home", "Startseite", "Inicio", "Accueil", "Início", "Главная", "Strona główna")
_GLUED_BREADCRUMB = regex.compile(
    r"^(?:" + "|".join(_HOME_WORDS) + r")(?=\p{Lu})[\p{L}\p{N} &,'’.-]{2,80}$"
)
_LABELLED_LINE = regex.compile(r"^([\p{L} ]{2,30}):\s*\S")
_TAG_LINE_MAX_WORDS = 15
# "Report 2021 (PDF, 298 KB)", "PDF | 38 KB": a file's type and size, as download links
# print them.
_FILE_LINK = regex.compile(
    r"(?<!\p{L})(?:pdf|docx?|xlsx?|pptx?|odt|zip|epub|mp3|m4a)\s*[|(,:]\s*"
    r"\d+(?:[.,]\d+)?\s*(?:kb|mb|gb|kib|mib)\b",
    regex.IGNORECASE,
)
_FILE_LINK_MAX_WORDS = 25
_SEPARATED_BREADCRUMB = regex.compile(
    r"^(?:" + "|".join(_HOME_WORDS) + r")\s*[>»/|›→]\s*[^\n]{1,120}$"
)


class NavigationPhraseLine(Rule):
    """Lines made only of navigation words.

    What it catches: a short line whose every word is a menu or site-section word in any
    supported language ("Home", "Search", "Skip to content", "Sign in", "Sport").
    Why: menus rendered as text become runs of such lines above and below the article.
    Example: ``Skip to main content``
    """

    code = "AC101"
    name = "navigation-phrase-line"
    category = Category.NAVIGATION

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in blocks_covered_by_phrases(page, ("navigation",), 6):
            if not block.terminal:
                yield self.hit(block.index, "line is only navigation words")


class Breadcrumb(Rule):
    """Breadcrumb trails, including ones whose separators were lost.

    What it catches: a line that starts with the home-page link followed by section names,
    either with separators (``Home > World > Europe``) or glued together when the markup
    that separated them was dropped (``HomeRussia & Former Soviet Union``).
    Why: a breadcrumb names the site's sections, never the article's content.
    Example: ``HomeRussia & Former Soviet Union``
    """

    code = "AC102"
    name = "breadcrumb"
    category = Category.NAVIGATION

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if not block.text.startswith(_HOME_WORDS):
                continue  # both forms open with the home link
            if _GLUED_BREADCRUMB.match(block.text):
                yield self.hit(block.index, "home link glued to section names")
            elif _SEPARATED_BREADCRUMB.match(block.text) and block.word_count <= 15:
                yield self.hit(block.index, "home link followed by section separators")


class TagLine(Rule):
    """A line of tags or categories after its label.

    What it catches: a line that opens with a tags label in any supported language and a
    colon, followed by a few names and no sentence end (``Tags: Harbour, Ferries``,
    ``Schlagworte: Berlin Gewässer``, ``Kategorien: Infos``).
    Why: tag and category lines link to the site's index pages; they are not the article.
    Example: ``Topics: Harbour, Ferries, Weather``
    """

    code = "AC103"
    name = "tag-line"
    category = Category.NAVIGATION

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            labelled = _LABELLED_LINE.match(block.text)
            if (
                labelled
                and block.word_count <= _TAG_LINE_MAX_WORDS
                and not block.text.rstrip().endswith((".", "!", "?"))
                and words_covered_by_phrases(letter_words(labelled[1]), ("tags",))
            ):
                yield self.hit(block.index, "tags after their label")


class FileLink(PatternLine):
    """A link to a file, printed with the file's type and size.

    What it catches: a line of at most 25 words that names a file type and its size
    (``Annual report 2021 (PDF, 298 KB)``, ``Informationsschreiben PDF | 38 KB``,
    ``Download: mp3 (30 MB)``).
    Why: the line is a download link next to the article, not a sentence of it.
    Example: ``Messengerdienste sind kein rechtsfreier Raum (PDF, 298KB)``
    """

    code = "AC104"
    name = "file-link"
    category = Category.NAVIGATION
    pattern = _FILE_LINK
    hints = frozenset(("kb", "mb", "gb", "kib", "mib"))
    max_words = _FILE_LINK_MAX_WORDS
    reason = "a file's type and size"
