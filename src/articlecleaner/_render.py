"""An Article as Markdown (CommonMark with GFM tables) and as minimal, safe HTML."""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ._models import Article, BodyBlock, Link

# Characters that make markup anywhere in a line, and those that do only at its start.
_INLINE_SPECIAL = regex.compile(r"([\\`*_\[\]<>|~])")
_ENTITY_LIKE = regex.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START_SPECIAL = regex.compile(r"^(\s*(?:\d+(?=[.)]))?)([.)#>+=-])")
# Addresses a reader must not follow from a page (CommonMark parsers refuse them too).
_UNSAFE_ADDRESS = regex.compile(r"^\s*(?:javascript|vbscript|data|file):", regex.IGNORECASE)
_CLOSING_HASHES = regex.compile(r"(?<=\s)#+$")


def _pieces(text: str, links: Sequence[Link]) -> Iterator[tuple[str, str | None]]:
    """The text in pieces, each with the address of the link it is the text of (None for
    plain text). Each link is found at the first place after the one before it."""
    position = 0
    for link in links:
        found = text.find(link.text, position)
        if found < 0 or not link.text or _UNSAFE_ADDRESS.match(link.url):
            continue
        if found > position:
            yield text[position:found], None
        yield link.text, link.url
        position = found + len(link.text)
    if position < len(text):
        yield text[position:], None


def _escape_markdown(text: str) -> str:
    return _ENTITY_LIKE.sub(r"\\&", _INLINE_SPECIAL.sub(r"\\\1", text))


def _markdown_inline(text: str, links: Sequence[Link], with_links: bool) -> str:
    """One line of Markdown: the text escaped, its links as ``[text](address)``."""
    parts = []
    for piece, address in _pieces(text, links if with_links else ()):
        escaped = _escape_markdown(piece)
        if address is None:
            parts.append(escaped)
        else:
            parts.append(f"[{escaped}]({_destination(address)})")
    line = " ".join("".join(parts).split())
    return _LINE_START_SPECIAL.sub(r"\1\\\2", line)


_PLAIN_DESTINATION = regex.compile(r"[^\s()<>\\]+")


def _destination(address: str) -> str:
    """A link destination: as is when it holds no space, bracket or backslash, else
    between angle brackets (where only those need escaping)."""
    if _PLAIN_DESTINATION.fullmatch(address):
        return address
    return "<" + address.replace("<", "%3C").replace(">", "%3E").replace("\n", "%0A") + ">"


def _fence(code: str) -> str:
    longest = max((len(run) for run in regex.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


def _table_markdown(block: BodyBlock) -> str:
    width = max(len(row) for row in block.rows)
    rows = [[*row, *[""] * (width - len(row))] for row in block.rows]
    if not block.header:  # GFM needs a header row: an empty one, so no cell is promoted
        rows.insert(0, [""] * width)

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(_markdown_inline(cell, (), False) for cell in cells) + " |"

    return "\n".join(
        [line(rows[0]), "| " + " | ".join(["---"] * width) + " |", *map(line, rows[1:])]
    )


def _list_markdown(items: Sequence[BodyBlock], links: bool) -> str:
    """A run of list items; each nests at most one level below the item above it, and
    is indented under its parent's text as CommonMark requires. A numbered list that
    starts at another number than 1 right below a line is set off by a blank line, as
    such a list cannot interrupt the paragraph above it."""
    lines: list[str] = []
    indents: list[int] = []  # where the text of the open items at each depth starts
    kinds: list[bool] = []  # whether the list open at each depth is numbered
    for item in items:
        depth = min(item.depth, len(indents) + 1)
        opens = depth > len(indents) or kinds[depth - 1] != _ordered(item)
        del indents[depth - 1 :], kinds[depth - 1 :]
        indent = indents[-1] if indents else 0
        marker = f"{item.number}." if item.number is not None else "-"
        if lines and opens and item.number not in (None, 1):
            lines.append("")
        lines.append(" " * indent + f"{marker} " + _markdown_inline(item.text, item.links, links))
        indents.append(indent + len(marker) + 1)
        kinds.append(_ordered(item))
    return "\n".join(lines)


def _block_markdown(block: BodyBlock, links: bool, headline: bool) -> str:
    if block.kind == "heading":
        level = max(block.level or 2, 2 if headline else 1)
        text = _markdown_inline(block.text, block.links, links)
        # A heading's trailing "#"s would be read as its closing sequence.
        text = _CLOSING_HASHES.sub(lambda hashes: "\\#" * len(hashes[0]), text)
        return "#" * level + " " + text
    if block.kind == "table":
        return _table_markdown(block)
    if block.kind == "code":
        fence = _fence(block.text)
        return f"{fence}\n{block.text}\n{fence}"
    if block.kind == "quote":
        paragraphs = block.text.split("\n\n")
        return "\n>\n".join("> " + _markdown_inline(p, block.links, links) for p in paragraphs)
    return _markdown_inline(block.text, block.links, links)


def _runs(blocks: Sequence[BodyBlock]) -> Iterator[list[BodyBlock]]:
    """The blocks, with each run of list items together (numbered and bulleted ones, at
    any depth: a bulleted list may nest in a numbered item)."""
    run: list[BodyBlock] = []
    for block in blocks:
        if run and block.kind != "list_item":
            yield run
            run = []
        if block.kind == "list_item":
            run.append(block)
        else:
            yield [block]
    if run:
        yield run


def _ordered(block: BodyBlock) -> bool:
    return block.number is not None


def _header_details(article: Article) -> list[str]:
    details = [article.published.isoformat()] if article.published else []
    return details + ([", ".join(article.authors)] if article.authors else [])


def article_markdown(article: Article, *, links: bool = True, images: bool = False) -> str:
    """The Article as Markdown: the headline as ``#``, the date and byline line in
    italics, then the body's blocks."""
    parts = [f"# {_markdown_inline(article.headline, (), False)}"] if article.headline else []
    details = _header_details(article)
    if details:
        parts.append("*" + _escape_markdown(" · ".join(details)) + "*")
    blocks = article.blocks or _paragraph_blocks(article)
    for run in _runs(blocks):
        if images:
            parts.extend(
                f"![{_escape_markdown(image.alt)}]({_destination(image.url)})"
                for block in run
                for image in block.images
            )
        if run[0].kind == "list_item":
            parts.append(_list_markdown(run, links))
        else:
            parts.append(_block_markdown(run[0], links, article.headline is not None))
    return "\n\n".join(parts) + "\n"


def _paragraph_blocks(article: Article) -> list[BodyBlock]:
    """Blocks for an Article built without them: one paragraph per item."""
    from ._models import BodyBlock

    return [
        BodyBlock(kind="paragraph", text=text, paragraph=index)
        for index, text in enumerate(article.paragraphs)
    ]


def _html_inline(text: str, links: Sequence[Link], with_links: bool) -> str:
    parts = []
    for piece, address in _pieces(text, links if with_links else ()):
        escaped = html.escape(piece, quote=False)
        if address is None:
            parts.append(escaped)
        else:
            parts.append(f'<a href="{html.escape(address, quote=True)}">{escaped}</a>')
    return "".join(parts)


def _list_html(items: Sequence[BodyBlock], links: bool) -> str:
    """A run of list items as nested ``<ul>``/``<ol>``: each item nests at most one level
    below the item above it, and a change between numbered and bulleted items at one
    level starts a new list there."""
    out: list[str] = []
    open_lists: list[str] = []  # the list element open at each depth
    for item in items:
        tag = "ol" if _ordered(item) else "ul"
        depth = min(item.depth, len(open_lists) + 1)
        while len(open_lists) > depth or (len(open_lists) == depth and open_lists[-1] != tag):
            out.append(f"</li></{open_lists.pop()}>")
        if len(open_lists) == depth:
            out.append("</li>")  # the item before, at this depth, ends
        else:
            out.append(f"<{tag}>")
            open_lists.append(tag)
        out.append(f"<li>{_html_inline(item.text, item.links, links)}")
    out.extend(f"</li></{tag}>" for tag in reversed(open_lists))
    return "".join(out)


def _block_html(block: BodyBlock, links: bool) -> str:
    if block.kind == "heading":
        level = min(max(block.level or 2, 2), 6)
        return f"<h{level}>{_html_inline(block.text, block.links, links)}</h{level}>"
    if block.kind == "table":
        rows = block.rows
        head = ""
        if block.header:
            cells = "".join(f"<th>{html.escape(cell, quote=False)}</th>" for cell in rows[0])
            head, rows = f"<thead><tr>{cells}</tr></thead>", rows[1:]
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c, quote=False)}</td>" for c in row) + "</tr>"
            for row in rows
        )
        return f"<table>{head}<tbody>{body}</tbody></table>"
    if block.kind == "code":
        return f"<pre><code>{html.escape(block.text, quote=False)}</code></pre>"
    if block.kind == "quote":
        paragraphs = "".join(
            f"<p>{_html_inline(p, block.links, links)}</p>" for p in block.text.split("\n\n")
        )
        return f"<blockquote>{paragraphs}</blockquote>"
    return f"<p>{_html_inline(block.text, block.links, links)}</p>"


def article_html(article: Article, *, links: bool = True) -> str:
    """The Article as an ``<article>`` fragment of structural tags; the only attribute
    is a link's ``href`` (never a script address)."""
    parts = ["<article>"]
    if article.headline:
        parts.append(f"<h1>{html.escape(article.headline, quote=False)}</h1>")
    details = _header_details(article)
    if details:
        parts.append(f"<p><em>{html.escape(' · '.join(details), quote=False)}</em></p>")
    for run in _runs(article.blocks or _paragraph_blocks(article)):
        if run[0].kind == "list_item":
            parts.append(_list_html(run, links))
        else:
            parts.append(_block_html(run[0], links))
    parts.append("</article>")
    return "\n".join(parts) + "\n"
