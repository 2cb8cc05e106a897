"""The typed results: Article, Quote and Removal (pydantic v2, frozen)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


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
    quotes: list[Quote] = Field(default_factory=list)
    language: str | None = Field(default=None, description="ISO 639-1 code of the page.")
    warnings: list[str] = Field(default_factory=list)
    removed: list[Removal] = Field(
        default_factory=list, description="Filled when clean(..., explain=True)."
    )
