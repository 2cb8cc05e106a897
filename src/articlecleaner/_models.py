"""The typed results: Article, Quote and Removal (pydantic v2, frozen)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_M = TypeVar("_M", bound=BaseModel)
# What a pydantic v2 model instance holds: ``model_construct`` sets these four.
_INSTANCE_SLOTS = (
    "__dict__",
    "__pydantic_fields_set__",
    "__pydantic_extra__",
    "__pydantic_private__",
)
_set = object.__setattr__


def construct(model: type[_M], fields: dict[str, Any]) -> _M:
    """``model.model_construct(**fields)`` four times as fast: it runs for every block and
    link of every body. When ``fields`` gives every field of the model in its order, each
    with its type (nothing is validated), it sets what ``model_construct`` sets, on a model
    with no private attributes, no post-init hook and no extra fields, as long as pydantic's
    instances hold what they hold today; else it calls ``model_construct``."""
    if tuple(fields) != _fast_fields(model):
        return model.model_construct(**fields)
    made = model.__new__(model)
    _set(made, "__dict__", fields)
    _set(made, "__pydantic_fields_set__", set(fields))
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made


@cache
def _fast_fields(model: type[BaseModel]) -> tuple[str, ...] | None:
    """The model's field names in order, if ``construct`` may set them itself."""
    fast = (
        BaseModel.__slots__ == _INSTANCE_SLOTS
        and model.__pydantic_post_init__ is None
        and not model.__pydantic_root_model__
        and not model.__private_attributes__
        and model.model_config.get("extra") != "allow"
    )
    return tuple(model.model_fields) if fast else None


class Quote(_Frozen):
    """A direct quotation in the body and who said it."""

    text: str = Field(description="The quoted words, without the quotation marks.")
    speaker: str | None = Field(default=None, description="Full name of the speaker, if known.")
    speaker_mention: str | None = Field(
        default=None, description="The words naming the speaker at this quote."
    )
    cue: str | None = Field(default=None, description="The reporting verb or phrase.")
    paragraph: int = Field(description="Index of the paragraph in Article.paragraphs.")
    span: tuple[int, int] = Field(
        description="Character span of the quotation in body, from its first quoted word "
        "to its last."
    )
    pieces: list[tuple[int, int]] = Field(
        default_factory=list,
        description="Spans of the quoted pieces in body: two or more when the attribution "
        "interrupts the quotation (“A,” she said. “B.”), else the one span.",
    )
    partial: bool = Field(default=False, description="A quoted fragment inside a sentence.")


class Removal(_Frozen):
    """One piece of the input that did not make it into the body, and why."""

    code: str = Field(description="Stable rule code, e.g. AC301.")
    rule: str = Field(description="Rule name, e.g. read-more-teaser.")
    category: str = Field(description="Kind of junk, e.g. teaser, share, navigation.")
    reason: str = Field(description="Why the rule matched this text.")
    text: str = Field(description="The removed text.")
    span: tuple[int, int] = Field(description="Character span in the (decoded) input.")


class Link(_Frozen):
    """A link in the body: its text and where it leads."""

    text: str
    url: str = Field(description="Absolute when the page's address or <base> is known.")


class Image(_Frozen):
    """An image the body prints (HTML only)."""

    alt: str = Field(description="Its alternative text, empty when the page gives none.")
    url: str


BlockKind = Literal["heading", "paragraph", "list_item", "table", "code", "quote", "caption"]


class BodyBlock(_Frozen):
    """One block of the body, in reading order, with what kind of block it is."""

    kind: BlockKind
    text: str = Field(
        description="Its text: a table's rows one per line with its cells tab-separated, "
        "code with its line breaks and indentation, a quote's paragraphs set apart by a "
        "blank line."
    )
    level: int | None = Field(default=None, description="A heading's level, 1 to 6.")
    depth: int = Field(default=0, description="A list item's nesting, 1 for a top-level list.")
    number: int | None = Field(default=None, description="An ordered list item's number.")
    rows: list[list[str]] = Field(default_factory=list, description="A table's cells.")
    header: bool = Field(default=False, description="A table whose first row is a header.")
    links: list[Link] = Field(default_factory=list)
    images: list[Image] = Field(default_factory=list)
    paragraph: int = Field(description="Index in Article.paragraphs of its first paragraph.")


class Article(_Frozen):
    """A cleaned article page."""

    headline: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    authors: list[str] = Field(default_factory=list)
    body: str = Field(
        default="",
        description="The article text as the page laid it out: lines the page printed in "
        "one paragraph stay on consecutive lines, paragraphs are set apart by a blank line.",
    )
    paragraphs: list[str] = Field(
        default_factory=list, description="The body's lines and paragraphs, one per item."
    )
    blocks: list[BodyBlock] = Field(
        default_factory=list,
        description="The body as typed blocks: headings, paragraphs, list items, tables, "
        "code, quotes; from the tags in HTML, from the layout in raw text.",
    )
    quotes: list[Quote] = Field(default_factory=list)
    language: str | None = Field(default=None, description="ISO 639-1 code of the page.")
    warnings: list[str] = Field(default_factory=list)
    removed: list[Removal] = Field(
        default_factory=list, description="Filled when clean(..., explain=True)."
    )

    def to_markdown(self, links: bool = True, images: bool = False) -> str:
        """The Article as CommonMark with GFM tables: the headline as ``#``, the date and
        byline line, then the blocks (headings, lists, tables, fenced code, quotes)."""
        from ._render import article_markdown

        return article_markdown(self, links=links, images=images)

    def to_html(self, links: bool = True) -> str:
        """The Article as a minimal, safe HTML fragment: structural tags only, no scripts,
        styles or attributes but ``href``."""
        from ._render import article_html

        return article_html(self, links=links)
