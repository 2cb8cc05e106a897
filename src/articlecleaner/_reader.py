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


def _text_page(text: str, limits: Limits, language: str | None, warnings: list[str]) -> Page:
    return build_page(text, _text_blocks(text, limits, warnings), language=language)


def _html_page(text: str, limits: Limits, language: str | None, warnings: list[str]) -> Page:
    """The HTML path; when the markup cannot be trusted the page is read as text."""
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
        return _text_page(strip_tags(text), limits, language, warnings)
    found, deepest = html_blocks(root, limits.max_blocks)
    complete = len(found) <= limits.max_blocks
    if complete and (deepest >= _PARSER_DEPTH_NEAR_LIMIT or not found):
        visible = strip_tags(text)
        if sum(_letters(b.text) for b in found) < limits.min_parsed_share * _letters(visible):
            warnings.append(
                "the HTML parser kept only part of the page's text (nesting too deep or broken "
                "markup); read as text instead"
            )
            return _text_page(visible, limits, language, warnings)
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
    if is_html:
        page = _html_page(text, limits, language, warnings)
    else:
        page = _text_page(text, limits, language, warnings)
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
