"""The body as typed blocks: kept blocks grouped into headings, paragraphs, list items,
tables, code and quotes, with their links and images made absolute."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from urllib.parse import urljoin

from .._html import join_inline
from .._models import BlockKind, BodyBlock, Image, Link, construct
from .._page import Markup, Page
from .._text import tidy_line
from .layout import item_marker, text_markup

_PLAIN = Markup()
# Kinds whose consecutive blocks of one element (a list item, a table, a <pre>, a quote,
# a caption) make one typed block.
_GROUPED = frozenset(("cell", "row", "item", "code", "quote", "caption"))


def body_blocks(page: Page, kept: Sequence[int], url: str | None = None) -> list[BodyBlock]:
    """The kept blocks as typed blocks in reading order. Blocks of one list item, one
    table, one code block or one quote (one element of the page) make one block."""
    markup = page.markup if page.is_html else text_markup(page, kept)
    base = _base_address(page, url)
    result: list[BodyBlock] = []
    position = 0
    while position < len(kept):
        first = markup.get(kept[position], _PLAIN)
        end = position + 1
        if first.kind in _GROUPED:
            while end < len(kept) and _same_group(markup.get(kept[end], _PLAIN), first):
                end += 1
        result.append(_typed(page, kept[position:end], markup, position, base))
        position = end
    return result


def _same_group(markup: Markup, first: Markup) -> bool:
    if markup.kind != first.kind:
        return False
    return markup.group == first.group and (first.kind != "item" or first.group != 0)


def _typed(
    page: Page, indexes: Sequence[int], markup: dict[int, Markup], paragraph: int, base: str
) -> BodyBlock:
    first = markup.get(indexes[0], _PLAIN)
    texts = [page.blocks[index].text for index in indexes]
    parts = [markup.get(index, _PLAIN) for index in indexes]
    links = [
        construct(Link, {"text": text, "url": _absolute(base, address)})
        for part in parts
        for pieces, address in part.links
        if (text := tidy_line(join_inline(pieces)))
    ]
    images = [
        construct(Image, {"alt": alt, "url": _absolute(base, address)})
        for part in parts
        for alt, address in part.images
    ]
    kind: BlockKind = "paragraph"
    text = texts[0]
    level, depth, number, header = None, 0, None, False
    rows: list[list[str]] = []
    if first.kind == "heading":
        kind, level = "heading", first.level or 2
    elif first.kind in ("cell", "row"):
        rows = _cells(texts, parts) if first.kind == "cell" else [t.split("\t") for t in texts]
        header = first.kind == "cell" and all(
            part.header for part, _ in zip(parts, rows[0], strict=False)
        )
        kind, text = "table", "\n".join("\t".join(row) for row in rows)
    elif first.kind == "code":
        kind = "code"
        text = "\n".join(_code_lines(parts, texts))
    elif first.kind == "quote":
        kind, text = "quote", "\n\n".join(texts)
    elif first.kind == "caption":
        kind, text = "caption", " ".join(texts)
    elif first.kind == "item":
        kind, text, depth, number = "list_item", " ".join(texts), max(1, first.level), first.number
        marker = None if page.is_html else item_marker(text)
        text = text[marker[0] :] if marker else text
    # Every value is built here with its type: the model is made without validating it.
    return construct(
        BodyBlock,
        {
            "kind": kind,
            "text": text,
            "level": level,
            "depth": depth,
            "number": number,
            "rows": rows,
            "header": header,
            "links": links,
            "images": images,
            "paragraph": paragraph,
        },
    )


def _code_lines(parts: Sequence[Markup], texts: Sequence[str]) -> Iterator[str]:
    """The code of each element of a code block, once: the pieces of an element split
    for length share its markup, which holds the element's whole code."""
    previous = None
    for part, text in zip(parts, texts, strict=True):
        if part is not previous or not part.code:
            yield part.code or text
        previous = part


def _cells(texts: Sequence[str], parts: Sequence[Markup]) -> list[list[str]]:
    """A table's rows of cells; the blocks of one cell are one cell."""
    rows: list[list[str]] = []
    previous: Markup | None = None
    for text, part in zip(texts, parts, strict=True):
        if previous is None or part.row != previous.row:
            rows.append([text])
        elif part.cell == previous.cell:
            rows[-1][-1] += " " + text
        else:
            rows[-1].append(text)
        previous = part
    return rows


def _base_address(page: Page, url: str | None) -> str:
    """What the page's links are relative to: its ``<base>``, read against its address
    (given, or the canonical one its markup names)."""
    address = url or page.meta.get("url") or ""
    base = page.meta.get("base")
    return urljoin(address, base) if base else address


def _absolute(base: str, address: str) -> str:
    return urljoin(base, address) if base else address
