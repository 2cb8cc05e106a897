"""A box that presents the article's author: its label, the name and the biography."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from .._page import Block, Page
from .._rule import Category, Context, Label, Rule

_LABEL = regex.compile(
    r"^(?:about the (?:authors?|writer)|author(?: info| bio)?|the author|"
    r"über (?:den autor|die autorin|die autoren)|zu[mr] (?:autor|autorin)|"
    r"autor(?:in|eninfo|eninformation)?|der autor|die autorin|"
    r"à propos de l['’]auteur|l['’]auteur|l['’]autrice|"
    r"(?:sobre|acerca) (?:el autor|la autora|del autor)|sobre (?:o autor|a autora)|"
    r"l['’]autore|(?:informazioni )?sull['’]autore|over de (?:auteur|schrijver)|o autorze|"
    r"об авторе)\s*:?$",
    regex.IGNORECASE,
)
_MAX_LABEL_WORDS = 4
_MAX_NAME_LINES = 2  # the name, then a role ("Jane Roe", "Staff writer")
_MAX_NAME_WORDS = 6
_MAX_BIO_WORDS = 80
_QUOTATION_MARKS = frozenset('"“”„«»‘’‚‹›')


class AuthorBox(Rule):
    """A box that presents the article's author, under its label.

    What it catches: a line that is only an "about the author" label ("About the author",
    "Über den Autor", "Autor", "À propos de l'auteur", "Sobre el autor"; a plural
    "Authors" alone is a menu item), up to two short lines below it (the name, a role)
    and the biography after them (a block of at most 80 words).
    Why: the box describes the author, not the story. The biography is prose, so without
    its label it would pass for a last paragraph.
    Example: ``About the author`` / ``Jane Roe`` / ``Jane Roe covers the harbour ...``
    """

    code = "AC905"
    name = "author-box"
    category = Category.METADATA

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        blocks = page.blocks
        for block in blocks:
            if block.word_count > _MAX_LABEL_WORDS or not _LABEL.match(block.text):
                continue
            yield self.hit(block.index, "label of a box about the author")
            below = blocks[block.index + 1 : block.index + 2 + _MAX_NAME_LINES]
            names = 0
            while names < len(below) and below[names].word_count <= _MAX_NAME_WORDS:
                names += 1
            if names == len(below):
                continue  # no biography right below: a menu or a byline label
            if _is_biography(below[names], below[:names]):
                for box in below[: names + 1]:
                    yield self.hit(box.index, "the author's name and biography")


def _is_biography(block: Block, names: Sequence[Block]) -> bool:
    """A short text about the person named above it (or, with no name line, about
    someone): not a quotation, which opens an interview printed below a byline box."""
    if block.word_count > _MAX_BIO_WORDS or block.text[:1] in _QUOTATION_MARKS:
        return False
    named = {word for line in names for word in line.letter_words if len(word) > 2}
    return not named or any(word in named for word in block.letter_words)
