"""Metadata lines: the headline, the dateline and the byline are not body text."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import BREADCRUMB_TOKENS, SITE_TITLE_TOKENS, Block, Page
from .._rule import Category, Context, Label, Rule, Stage

_HEADER_REACH = 15
_BODY_HEADER_REACH = 8  # lines at the body's start, before a sentence, that may be its header
_SHORT_TITLE_WORDS = 3
_SHORT_TITLE_PENALTY = 1.5
_NOT_TITLE_STARTS = frozenset(
    "posted published updated by von par por author autor veröffentlicht publié publicado "
    "aktualisiert home startseite".split()
)
# A line above the body whose words the body uses again is likely its headline; the
# bonus is only for lines above the body (a subheading inside it echoes it as well).
_ECHO_WEIGHT = 2.0
_ECHO_MIN_LETTERS = 4
_TAG_LIST_MIN_ITEMS = 3
_TAG_MAX_WORDS = 2
_DATELINE_MAX_WORDS = 16
_BYLINE = regex.compile(
    r"^(?:by|von|par|por|di|door|przez|автор|author|autor|text|texte|written by)\s*:?\s+"
    r"(?P<names>\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and|und|et|y|e|en|i|и|&)?\s*\p{Lu}?[\p{L}.'’-]*){0,8})",
    regex.IGNORECASE,
)
_BYLINE_MAX_WORDS = 12


def header_zone(context: Context, page: Page) -> tuple[int, int, int]:
    """(first, lede, last): the header zone runs from ``first`` to ``last`` (exclusive):
    up to _HEADER_REACH blocks above the body, the body's short lines before its first
    sentence (``lede``; a page may print its headline and byline inside the article), and
    the two blocks from there, or every block up to the body's next one when the body
    skips the lines below its lede."""
    start = body_start(context, page)
    first = max(0, start - _HEADER_REACH)
    body = context.body[:_BODY_HEADER_REACH]
    at = next((k for k, index in enumerate(body) if page.blocks[index].terminal), None)
    if at is None:
        return first, start, min(len(page.blocks), start + 2)
    lede = body[at]
    # The header lines the body skips right after its lede (a byline, a dateline between
    # a standfirst and the text) are in the zone too.
    following = context.body[at + 1] if at + 1 < len(context.body) else lede + 1
    last = max(lede + 2, min(following, lede + 2 + _BODY_HEADER_REACH))
    return first, lede, min(len(page.blocks), last)


def body_start(context: Context, page: Page) -> int:
    """Index of the first kept block (the number of blocks when nothing is kept)."""
    return context.body[0] if context.body else len(page.blocks)


def is_headline_like(block: Block) -> bool:
    """A title: 1 to 30 words, mostly letters, no sentence-final full stop, not a
    "Posted on" or "By" line, not a list of tags ("Harbour, Ferries, Weather")."""
    text = block.text
    return (
        1 <= block.word_count <= 30
        and not text.endswith((".", "。", ":", ","))
        and block.letters >= 0.6 * len(text.replace(" ", ""))
        and not (block.letter_words and block.letter_words[0] in _NOT_TITLE_STARTS)
        and not _is_tag_list(text)
    )


def _is_tag_list(text: str) -> bool:
    """Three or more items of one or two words each, separated by commas."""
    items = text.split(",")
    return len(items) >= _TAG_LIST_MIN_ITEMS and all(
        0 < len(item.split()) <= _TAG_MAX_WORDS for item in items
    )


_NOT_HEADLINE_TOKENS = SITE_TITLE_TOKENS | BREADCRUMB_TOKENS  # a logo or a trail: no bonus


def headline_score(page: Page, block: Block, start: int, dated: frozenset[int]) -> float:
    """How likely a block before the body is the article's headline."""
    score = 1.0 - (start - block.index) / (_HEADER_REACH + 1)
    if page.copies[block.index] > 1:
        score += 1.0
    if {block.index - 1, block.index + 1, block.index + 2} & dated:
        score += 1.0
    if 5 <= block.word_count <= 20:
        score += 0.5
    elif block.word_count < _SHORT_TITLE_WORDS:
        score -= _SHORT_TITLE_PENALTY
    if block.tag == "h1" and not block.dom_tokens & _NOT_HEADLINE_TOKENS:
        score += 3.0
    return score


def _body_words(page: Page, context: Context) -> frozenset[str]:
    """The words of the body long enough to carry meaning."""
    return frozenset(
        word
        for index in context.body
        for word in page.blocks[index].letter_words
        if len(word) >= _ECHO_MIN_LETTERS
    )


def _echo(block: Block, body_words: frozenset[str]) -> float:
    """Share of a line's meaningful words that the body uses too: a headline announces
    what the body tells, a menu item or a caption's credit does not."""
    words = [word for word in block.letter_words if len(word) >= _ECHO_MIN_LETTERS]
    return sum(word in body_words for word in words) / len(words) if words else 0.0


def _dated_blocks(page: Page, first: int, last: int) -> frozenset[int]:
    return frozenset(block.index for block in page.blocks[first:last] if is_dateline(page, block))


def is_dateline(page: Page, block: Block) -> bool:
    """A short line that gives a date ("15 Dec, 2021 21:32", "Updated 3 May 2020")."""
    return block.word_count <= _DATELINE_MAX_WORDS and bool(page.text_dates.dates(block.text))


def is_byline(block: Block) -> bool:
    """A short line that names the authors ("By Jane Doe and John Roe")."""
    return block.word_count <= _BYLINE_MAX_WORDS and _BYLINE.match(block.text) is not None


class HeadlineLine(Rule):
    """The article's headline, wherever it is printed above the body.

    What it catches: the title-like line just above the body (3 to 30 words, no final full
    stop) that is best supported by being repeated, sitting next to a dateline, being an
    ``<h1>`` (not one marked as the site's logo), or (above the body) announcing words the
    body uses; every other copy of it in the header is caught too.
    Why: the headline becomes ``Article.headline``; it is not a paragraph of the body.
    Example: ``Kremlin reveals when Putin and Biden might meet again``
    """

    code = "AC901"
    name = "headline-line"
    category = Category.METADATA
    stage = Stage.FIELDS

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        first, lede, last = header_zone(context, page)
        dated = _dated_blocks(page, first, last)
        candidates = [
            block
            for block in page.blocks[first:lede]
            if block.index not in context.junk
            and block.index not in dated
            and is_headline_like(block)
        ]
        if not candidates:
            return
        echoed = _body_words(page, context)
        best = max(
            candidates,
            key=lambda b: (
                headline_score(page, b, lede, dated)
                + (_ECHO_WEIGHT * _echo(b, echoed) if b.index < body_start(context, page) else 0.0)
            ),
        )
        for block in page.blocks[first:lede]:
            if block.text.casefold() == best.text.casefold():
                yield self.hit(block.index, "the headline")


class Dateline(Rule):
    """The line that gives the article's date, next to the headline or the body's start.

    What it catches: a line of at most 16 words in the header zone (the blocks above the
    body and its first two blocks) in which a date is found.
    Why: the date becomes ``Article.published``; the line is not body text.
    Example: ``15 Dec, 2021 21:32``
    """

    code = "AC902"
    name = "dateline"
    category = Category.METADATA
    stage = Stage.FIELDS

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        first, _, last = header_zone(context, page)
        for index in sorted(_dated_blocks(page, first, last)):
            yield self.hit(index, "a dateline")


class Byline(Rule):
    """The byline: "By Jane Doe" above or at the start of the body.

    What it catches: a line of at most 12 words in the header zone that starts with "By"
    (or its equivalent in a supported language) and a capitalised name.
    Why: the names become ``Article.authors``; the line is not body text.
    Example: ``By Jane Doe and John Roe``
    """

    code = "AC903"
    name = "byline"
    category = Category.METADATA
    stage = Stage.FIELDS

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        first, _, last = header_zone(context, page)
        for block in page.blocks[first:last]:
            if is_byline(block):
                yield self.hit(block.index, "a byline")


# Between two names (the white space around it is stripped from the names).
_NAME_SEPARATOR = regex.compile(r",|\band\b|\bund\b|\bet\b|\by\b|&|\bи\b")


def byline_names(text: str) -> list[str]:
    """The author names of a byline line ("By A and B" -> ["A", "B"])."""
    match = _BYLINE.match(text)
    if not match:
        return []
    parts = _NAME_SEPARATOR.split(match["names"])
    return [part.strip() for part in parts if part.strip()]


_BIO_TAIL = 2  # the body's last blocks where a note about the author stands
_BIO_MAX_WORDS = 80
_ARTICLE_PARAGRAPH_WORDS = 10
_BIO = regex.compile(
    r"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},?\s+(?:"
    # "... is a senior writer", "... ist Redakteurin": a role in writing or scholarship
    r"(?:is|was|ist|war|est|es|è)\s+(?:(?:an?|the|ein|eine|un|une|el|la|il|uno|una)\s+)?"
    r"(?:[\p{L}-]+\s+){0,4}?(?:\p{L}+-)?"  # "... ist ERP-Experte": a compound role
    r"(?i:writer|reporter|journalist|editor|correspondent|columnist|professor|author|"
    r"contributor|founder|consultant|redakteur(?:in)?|journalistin|autor(?:in)?|"
    r"korrespondent(?:in)?|professorin|kolumnist(?:in)?|rédact(?:eur|rice)|journaliste|"
    r"periodista|redactor(?:a)?|giornalista|expert(?:e|in)?|blogger(?:in)?|"
    r"fotograf(?:in)?|photographer)s?\b"
    # "... writes about", "... schreibt über": what the author covers
    r"|(?i:writes about|covers|schreibt über|berichtet über|écrit sur|escribe sobre)\b)"
    # the author introducing themself: "Ich bin Jana Roe, ...", "Hi, I'm Jane."
    r"|^(?i:(?:hi|hallo|hello|hey)[,!]?\s+)?"
    r"(?i:ich bin|i am|i['’]m|je suis|soy|mein name ist|my name is)\s+"
    r"\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s*[,.!]",
)


class AuthorNote(Rule):
    """A note about the author at the end of the article.

    What it catches: one of the body's last two blocks, after a paragraph of the article
    (never the article itself), of at most 80 words, that opens with a capitalised name
    and says what the person does for a living as a writer, editor, reporter, scholar or
    expert or what the person writes about ("Jane Roe is a senior writer for ...", "Max
    Muster ist Redakteur im Ressort ...", "John Roe writes about ..."), or in which the
    author introduces themself ("Ich bin Jana Roe, ...", "Hi, I'm Jane.").
    Why: it describes the author, not the story; it belongs with the byline.
    Example: ``Jane Roe is a staff writer covering the harbour and its ferries.``
    """

    code = "AC904"
    name = "author-note"
    category = Category.METADATA
    stage = Stage.FIELDS

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        body = context.body
        for position in range(max(0, len(body) - _BIO_TAIL), len(body)):
            block = page.blocks[body[position]]
            if (
                block.word_count <= _BIO_MAX_WORDS
                and _BIO.match(block.text)
                and any(_is_paragraph(page.blocks[index]) for index in body[:position])
            ):
                yield self.hit(block.index, "a note about the author")


def _is_paragraph(block: Block) -> bool:
    """A sentence or more of prose: the article a note about its author may follow."""
    return block.word_count >= _ARTICLE_PARAGRAPH_WORDS and block.terminal
