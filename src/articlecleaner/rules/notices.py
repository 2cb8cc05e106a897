"""Notices about the page rather than its story: script notices and disclaimers."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Page
from .._rule import Category, Context, Label, Rule
from ._pattern_line import PatternLine

_JAVASCRIPT = regex.compile(r"\bjava\s?script\b", regex.IGNORECASE)
# Turning scripts on or off, or needing them, in the languages of the lexicons.
_SWITCH_OR_NEED = regex.compile(
    r"enabl|activ|turn(?:ed)? (?:on|off)|switch(?:ed)? (?:on|off)|disabl|requir|need|"
    r"support|aktiv|einschalt|ausgeschaltet|erforder|benötig|voraus|"
    r"nécessit|habilit|requier|necesit|attiv|abilit|richied|"
    r"włącz|wymaga|obsług|включ|отключ|требу",
    regex.IGNORECASE,
)
_MAX_NOTICE_WORDS = 40
# "Disclaimer: ...", and the sentence that says the views are the authors' alone.
_DISCLAIMER = regex.compile(
    r"^(?:disclaimer|haftungsausschluss|avertissement|aviso legal)\s*[:(]|"
    r"\b(?:views|opinions)\b[^.]{0,100}\b(?:(?:does|do) not necessarily (?:reflect|represent)|"
    r"are (?:their|his|her) own and not (?:that|those) of\b)|"
    r"\bn['’]engagent que (?:leurs?|son|ses) auteur|"
    r"\b(?:gibt|geben) nicht (?:unbedingt|zwingend|notwendigerweise) die meinung (?:der|des) |"
    r"\bopinion(?:es)?\b[^.]{0,100}\bno (?:reflejan?|representan?) necesariamente\b",
    regex.IGNORECASE,
)
_MAX_DISCLAIMER_WORDS = 100


class ScriptNotice(Rule):
    """Lines asking the reader to turn on JavaScript, or saying it is off or needed.

    What it catches: a line of at most 40 words that names JavaScript together with
    turning it on or off or needing it ("Please enable JavaScript to view the comments",
    "JavaScript ist deaktiviert", "Włącz obsługę JavaScript"), as pages print in
    ``<noscript>`` for browsers and scrapers that run no scripts.
    Why: the notice is about the reader's browser, never part of the article; a longer
    paragraph that discusses JavaScript is prose and stays.
    Example: ``Please enable JavaScript to view the comments powered by Disqus.``
    """

    code = "AC505"
    name = "script-notice"
    category = Category.BOILERPLATE

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for index in sorted(page.blocks_containing(("java",))):
            block = page.blocks[index]
            if (
                block.word_count <= _MAX_NOTICE_WORDS
                and _JAVASCRIPT.search(block.text)
                and _SWITCH_OR_NEED.search(block.text)
            ):
                yield self.hit(block.index, "a notice about the browser's JavaScript")


class Disclaimer(PatternLine):
    """A disclaimer: the site declines responsibility for what a text says.

    What it catches: a paragraph of at most 100 words that opens with a disclaimer label
    ("Disclaimer:", "Haftungsausschluss:") or says that the views expressed are the
    authors' alone ("... do not necessarily reflect those of ...", "... n'engagent que
    leurs auteurs", "... geben nicht unbedingt die Meinung der Redaktion wieder", "... no
    reflejan necesariamente ...").
    Why: the notice is the publisher's legal boilerplate, printed under every article.
    Example: ``The views expressed in this article do not necessarily reflect those of the
    editors.``
    """

    code = "AC507"
    name = "disclaimer"
    category = Category.BOILERPLATE
    pattern = _DISCLAIMER
    hints = frozenset(
        "disclaimer haftungsausschluss avertissement aviso necessarily own n'engagent "
        "n’engagent meinung necesariamente".split()
    )
    max_words = _MAX_DISCLAIMER_WORDS
    reason = "a disclaimer"
