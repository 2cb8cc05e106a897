"""Raw input -> Page: decoding, limits, HTML or text splitting. Every cut is a warning."""

from __future__ import annotations

from lxml import etree

from ._errors import InputError
from ._html import (
    collapsed_content,
    drop_inert_bulk,
    html_blocks,
    looks_like_html,
    metadata,
    parse,
    shorten_long_tags,
    strip_tags,
)
from ._html import to_blocks as html_to_blocks
from ._limits import Limits
from ._page import Block, Page, blocks_from_text, build_page
from ._text import count_letters, decode, fix_mojibake


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


def _cut(text: str, limit: int, what: str, warnings: list[str]) -> str:
    if len(text) <= limit:
        return text
    warnings.append(f"{what} cut to its first {limit} of {len(text)} characters")
    return text[:limit]


def _text_page(text: str, limits: Limits, language: str | None, warnings: list[str]) -> Page:
    text = _cut(text, limits.max_chars, "text", warnings)
    return build_page(text, _text_blocks(text, limits, warnings), language=language)


def _html_page(text: str, limits: Limits, language: str | None, warnings: list[str]) -> Page:
    """The HTML path; when the markup cannot be trusted the page is read as text.

    The parsing budget counts markup that can become text: on a page over it, comments
    and large scripts, styles and SVG are emptied and attribute floods reduced first."""
    if len(text) > limits.max_html_chars:
        text, dropped = drop_inert_bulk(text)
        if dropped:
            warnings.append(
                f"{dropped} characters of scripts, styles, SVG and comments were left out "
                "before parsing"
            )
    text, shortened = shorten_long_tags(text, limits.max_tag_chars)
    if shortened:
        warnings.append(
            f"{shortened} tag(s) longer than {limits.max_tag_chars} characters "
            "were reduced to their name (attribute flood)"
        )
    text = _cut(text, limits.max_html_chars, "markup", warnings)
    try:
        root = parse(text)
    except (etree.ParserError, ValueError) as error:
        warnings.append(f"HTML could not be parsed ({error}); read as text instead")
        return _text_page(strip_tags(text), limits, language, warnings)
    walked = html_blocks(root, limits.max_blocks, limits.max_chars)
    shown = collapsed_content(walked.hidden, walked.blocks)
    if shown:  # walked again from the first panel shown
        first = next(point for point in walked.checkpoints if point.element in shown)
        walked = html_blocks(root, limits.max_blocks, limits.max_chars, shown, first)
    found, deepest = walked.blocks, walked.deepest
    if walked.cut_chars:
        warnings.append(
            f"text cut to its first {limits.max_chars} characters; "
            f"{walked.cut_chars} more were not read"
        )
    complete = len(found) <= limits.max_blocks
    if complete and (deepest >= _PARSER_DEPTH_NEAR_LIMIT or not found):
        visible = strip_tags(text)
        parsed = sum(count_letters(block.text) for block in found)
        if parsed < limits.min_parsed_share * count_letters(visible):
            warnings.append(
                "the HTML parser kept only part of the page's text (nesting too deep or broken "
                "markup); read as text instead"
            )
            return _text_page(visible, limits, language, warnings)
    blocks, markup, split = html_to_blocks(text, found, limits.max_line_chars)
    if split:
        warnings.append(
            f"{split} block(s) longer than {limits.max_line_chars} characters were split"
        )
    meta = metadata(root)
    if walked.thread:
        meta.setdefault("thread", "microdata")
    return build_page(
        text,
        blocks,
        language=language,
        is_html=True,
        meta=meta,
        shapes=walked.shapes,
        landmarks=walked.landmarks,
        markup=markup,
    )


def read_page(
    raw: str | bytes, limits: Limits, language: str | None = None
) -> tuple[Page, list[str]]:
    """Decode the input and split it into a Page; also return the warnings raised doing so."""
    if raw is None or not isinstance(raw, (str, bytes, bytearray, memoryview)):
        raise InputError(f"clean() takes str or bytes, not {type(raw).__name__}")
    warnings: list[str] = []
    text = fix_mojibake(decode(raw, warnings), warnings)
    if looks_like_html(text):
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
            shapes=page.shapes,
            landmarks=page.landmarks,
            markup={i: m for i, m in page.markup.items() if i < limits.max_blocks},
        )
    return page, warnings
