"""Reader comment sections."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._lexicon import PERSONAL_PRONOUNS
from .._page import Page
from .._rule import Category, Context, Label, Rule

_COMMENT_WORDS = (
    r"comments?|responses?|replies|reactions?|discussion|kommentare?|leserkommentare|"
    r"commentaires?|réactions|comentarios?|commenti|comentários|reacties|komentarze?|"
    r"комментари[йиея]"
)
_HEADING = regex.compile(
    rf"^(?:\d+\s+|top rated |show |view |all |read |leave a |post a |add a |write a )?"
    rf"(?:{_COMMENT_WORDS})(?:\s*\(\d+\))?$|"
    r"^(?:leave a (?:reply|comment)|comments are closed|join the (?:discussion|conversation)|"
    r"\d+ (?:thoughts?|responses?|comments?|replies) (?:on|to)\b.*)[.!]?$",
    regex.IGNORECASE,
)
_AUTHOR_HEADER = regex.compile(
    r"^[\p{L}\p{N}_ .,:'’()-]{1,60}?\s(?:says|said|wrote|schreibt|sagt|a écrit|dice|escribió|"
    r"scrive|disse|schreef|napisał|пишет)\s*:$",
    regex.IGNORECASE,
)
_MAX_HEADING_WORDS = 25
_MIN_AUTHOR_LINES = 2  # readers' comments come in numbers, or under a comments heading


def _comment_headings(page: Page) -> list[int]:
    """The blocks that head a comment section (both rules of this module ask)."""
    return page.shared("comment headings", _find_comment_headings)


def _find_comment_headings(page: Page) -> list[int]:
    return [
        block.index
        for block in page.blocks
        if block.word_count <= _MAX_HEADING_WORDS and _HEADING.match(block.text)
    ]


class CommentSection(Rule):
    """Headings of reader comment sections.

    What it catches: a comment-section heading ("34 Comments", "Leave a Reply", "Comments
    are closed", "12 responses to ...") in any supported language.
    Why: comments follow the article and are written by readers, not by its author. The
    heading also marks where the article ends: the main-content rule never crosses it.
    Example: ``34 responses to “Title of the article”``
    """

    code = "AC120"
    name = "comment-section"
    category = Category.COMMENTS
    marks_boundary = True

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for index in _comment_headings(page):
            yield self.hit(index, "comment section heading")


class CommentAuthorLine(Rule):
    """The author line above each reader comment.

    What it catches: short lines such as "jane says:" or "Jane on May 2, 2019 at 4:47 pm
    said:", in any supported language, when the page has two or more of them or a
    comment-section heading; a single "X says:" (or "He said:") introduces a quotation.
    Why: they introduce a reader's comment, and like a section heading they mark where
    the article ended: the main-content rule never crosses them.
    Example: ``jane_doe says:``
    """

    code = "AC121"
    name = "comment-author-line"
    category = Category.COMMENTS
    marks_boundary = True

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        found = [
            block.index
            for block in page.blocks
            if block.word_count <= _MAX_HEADING_WORDS
            and block.text.endswith(":")
            and _AUTHOR_HEADER.match(block.text)
            and block.words[0].casefold() not in PERSONAL_PRONOUNS
        ]
        if len(found) < _MIN_AUTHOR_LINES and not _comment_headings(page):
            return  # one "X says:" alone introduces a quotation in the article
        for index in found:
            yield self.hit(index, "comment author line")
