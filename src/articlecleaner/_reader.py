"""Raw input -> Page: decoding, limits, HTML or text splitting. Every cut is a warning."""

from __future__ import annotations

from lxml import etree

from ._errors import InputError
from ._html import html_blocks, looks_like_html, metadata, parse, shorten_long_tags, strip_tags
from ._html import to_blocks as html_to_blocks
from ._limits import Limits
from ._page import Block, Page, blocks_from_text, build_page
from ._text import decode, fix_mojibake


def _text_blocks(text: str, limits: Limits, warnings: list[str]) -> list[Block]:
    blocks, split_lines = blocks_from_text(text, limits.max_line_chars, limits.max_blocks)
    if split_lines:
        warnings.append(
            f"{split_lines} line(s) longer than {limits.max_line_chars} characters were split"
        )
    return blocks


# libxml2 stops nesting at depth 256 and drops what lies deeper: only a tree that deep,
# or an empty one, needs the (costly) comparison with the text outside the parser.
_PARSER_DEPTH_NEAR_LIMIT = 250


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def _html_page(text: str, limits: Limits, language: str | None, warnings: list[str]) -> Page | None:
    """The HTML path; None when the markup cannot be trusted and the page is read as text."""
    text, shortened = shorten_long_tags(text, limits.max_tag_chars)
    if shortened:
        warnings.append(
            f"{shortened} tag(s) longer than {limits.max_tag_chars} characters "
            "were reduced to their name (attribute flood)"
        )
    try:
        root = parse(text)
    except (etree.ParserError, ValueError) as error:
        warnings.append(f"HTML could not be parsed ({error}); read as text instead")
        return None
    found, deepest = html_blocks(root, limits.max_blocks)
    complete = len(found) <= limits.max_blocks
    suspicious = deepest >= _PARSER_DEPTH_NEAR_LIMIT or not found
    if (
        suspicious
        and complete
        and sum(_letters(block.text) for block in found)
        < limits.min_parsed_share * _letters(strip_tags(text))
    ):
        warnings.append(
            "the HTML parser kept only part of the page's text (nesting too deep or broken "
            "markup); read as text instead"
        )
        return None
    return build_page(
        text, html_to_blocks(text, found), language=language, is_html=True, meta=metadata(root)
    )


def read_page(
    raw: str | bytes, limits: Limits, language: str | None = None
) -> tuple[Page, list[str]]:
    """Decode the input and split it into a Page; also return the warnings raised doing so."""
    if raw is None or not isinstance(raw, (str, bytes, bytearray, memoryview)):
        raise InputError(f"clean() takes str or bytes, not {type(raw).__name__}")
    warnings: list[str] = []
    text = fix_mojibake(decode(raw, warnings), warnings)
    is_html = looks_like_html(text)
    limit = limits.max_html_chars if is_html else limits.max_chars
    if len(text) > limit:
        warnings.append(f"input cut to its first {limit} of {len(text)} characters")
        text = text[:limit]
    page = _html_page(text, limits, language, warnings) if is_html else None
    if page is None:
        source = strip_tags(text) if is_html else text
        page = build_page(source, _text_blocks(source, limits, warnings), language=language)
    if len(page.blocks) > limits.max_blocks:
        warnings.append(f"page cut after {limits.max_blocks} blocks; the rest was not read")
        page = build_page(
            page.text,
            page.blocks[: limits.max_blocks],
            language=language,
            is_html=page.is_html,
            meta=page.meta,
        )
    return page, warnings
